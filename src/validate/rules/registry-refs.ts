// References inside the registries: a person's organisation, memberships, a group's parent and members, a project's owner.
// They name entries by id, and a suggestion gives the id to write.
import type { RegistryRule } from '../context.js';
import { resolveRef } from '../context.js';

export const registryRefs: RegistryRule = (ctx) => {
  const { people, groups, projects } = ctx.registryDocs;
  for (const p of people) {
    if (p.organisation) resolveRef(ctx, p.file, p.organisation, ['organisation'], 'id');
    for (const m of p.memberships) {
      if (m.organisation) resolveRef(ctx, p.file, m.organisation, ['organisation'], 'id');
      if (m.group) resolveRef(ctx, p.file, m.group, ['group'], 'id');
    }
  }
  for (const g of groups) {
    if (g.organisation) resolveRef(ctx, g.file, g.organisation, ['organisation'], 'id');
    for (const m of g.members) resolveRef(ctx, g.file, m, ['person'], 'id');
  }
  for (const pr of projects) if (pr.organisation) resolveRef(ctx, pr.file, pr.organisation, ['organisation'], 'id');
};
