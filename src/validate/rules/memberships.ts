// Dated memberships the steward keeps over the years: one that ends before it starts never holds, and a
// standing member (`members:`, undated) stays listed whatever end their membership of the group is given.
import { atRef } from '../context.js';
import { atValue } from '../../diagnostics.js';
import type { RegistryRule } from '../context.js';
import { clip } from '../../util/clip.js';

export const memberships: RegistryRule = (ctx) => {
  const { people, groups } = ctx.registryDocs;
  /** Person id -> group id -> the end dates of their memberships of it. */
  const ends = new Map<string, Map<string, string[]>>();
  /** "person group" of memberships with no end: someone who joined again is a member still. */
  const open = new Set<string>();
  for (const p of people) {
    for (const m of p.memberships) {
      if (m.from && m.to && m.to.value < m.from.value) {
        ctx.report({
          file: p.file,
          where: atValue(m.to.path),
          code: 'membership-ends-before-start',
          message: `Medlemskapet slutar (${m.to.value}) innan det börjar (${m.from.value}), så det gäller ingen dag.`,
          hint: 'Rätta datumen: from är första dagen, to den sista.',
        });
      }
      const groupId = m.group ? ctx.registry.id('group', m.group.value) : undefined;
      // One with a membership left out (a quote left open in it) may still be a member: their ends say nothing.
      if (!groupId || p.membershipLeftOut) continue;
      if (!m.to) {
        open.add(`${p.id.value} ${groupId}`);
        continue;
      }
      const byGroup = ends.get(p.id.value) ?? new Map<string, string[]>();
      const list = byGroup.get(groupId);
      if (list) list.push(m.to!.value);
      else byGroup.set(groupId, [m.to!.value]);
      ends.set(p.id.value, byGroup);
    }
  }
  for (const g of groups) {
    for (const ref of g.members) {
      const personId = ctx.registry.id('person', ref.value);
      const end = personId ? ends.get(personId)?.get(g.id.value) : undefined;
      if (!end || open.has(`${personId} ${g.id.value}`)) continue;
      ctx.report({
        file: g.file,
        where: atRef(ref),
        code: 'standing-member-ended',
        message: `"${clip(ref.value)}" står under members, men hens medlemskap i gruppen slutar ${[...end].sort().at(-1)} enligt people.yml. members har inga datum, så hen står kvar som fast ledamot även efter det.`,
        hint: 'Har hen lämnat gruppen: ta bort hen ur members. Medlemskapet i people.yml gör hen till fast ledamot de dagar det gäller (också i minutes new).',
      });
    }
  }
};
