// People published by initials or not at all must not be named in running text; the site hides such names,
// and this warns so the note-taker can reword.
import { atValue } from '../../diagnostics.js';
import type { Rule } from '../context.js';
import type { Located, MinutesDoc } from '../documents.js';
import { NameHider } from '../../model/privacy.js';

export const privateNames: Rule = (ctx) => {
  const people = ctx.registryDocs.people.filter((p) => p.publish !== 'full' && p.name);
  if (people.length === 0) return;
  const publish = new Map(people.map((p) => [p.id.value, p.publish]));
  const hider = new NameHider(people.map((p) => ({ id: p.id.value, names: [p.name!.value, ...p.aliases.map((a) => a.value)], display: '' })));
  const message = (name: string, id: string) =>
    `"${name}" ${publish.get(id) === 'hidden' ? 'ska inte publiceras' : 'ska bara visas med initialer'}; namnet döljs på webbplatsen.`;
  const hint = 'Skriv om texten utan namnet, till exempel med organisationen eller rollen.';
  for (const m of ctx.minutes) {
    for (const hit of hider.find(m.body)) {
      const where = { kind: 'offset', offset: m.bodyOffset + hit.start, length: hit.end - hit.start } as const;
      ctx.report({ file: m.file, where, code: 'private-name', message: message(m.body.slice(hit.start, hit.end), hit.value.id), hint });
    }
    for (const field of freeTexts(m)) {
      for (const hit of hider.find(field.value)) {
        ctx.report({ file: m.file, where: atValue(field.path), code: 'private-name', message: message(field.value.slice(hit.start, hit.end), hit.value.id), hint });
      }
    }
  }
  // Registry texts shown on the site: descriptions, names, schedules and roles.
  const { organisations, groups, projects } = ctx.registryDocs;
  const registryTexts: { file: string; field: Located<string> | undefined }[] = [];
  for (const e of [...organisations, ...groups, ...projects]) for (const field of [e.description, e.name, ...e.aliases]) registryTexts.push({ file: e.file, field });
  for (const g of groups) registryTexts.push({ file: g.file, field: g.schedule });
  for (const p of ctx.registryDocs.people) for (const field of [p.role, ...p.memberships.map((m) => m.role)]) registryTexts.push({ file: p.file, field });
  for (const { file, field } of registryTexts) {
    if (!field) continue;
    for (const hit of hider.find(field.value)) {
      ctx.report({ file, where: atValue(field.path), code: 'private-name', message: message(field.value.slice(hit.start, hit.end), hit.value.id), hint });
    }
  }
};

/** The front-matter fields that hold free text rather than references. */
export function freeTexts(m: MinutesDoc): Located<string>[] {
  const out: Located<string>[] = [];
  for (const f of [m.title, m.location, m.summary]) if (f) out.push(f);
  out.push(...m.guests);
  for (const d of m.decisions) out.push(d.text);
  for (const a of m.actions) if (a.what) out.push(a.what);
  for (const f of m.followups) if (f.note) out.push(f.note);
  return out;
}
