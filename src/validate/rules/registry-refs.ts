// References inside the registries: a person's organisation, memberships, a group's parent and members, a project's owner.
import type { RegistryRule } from '../context.js';
import { resolveRef } from '../context.js';

export const registryRefs: RegistryRule = (ctx) => {
  const { people, groups, projects } = ctx.registryDocs;
  for (const p of people) {
    if (p.organisation) resolveRef(ctx, p.file, p.organisation, ['organisation']);
    for (const m of p.memberships) {
      if (m.organisation) resolveRef(ctx, p.file, m.organisation, ['organisation']);
      if (m.group) resolveRef(ctx, p.file, m.group, ['group']);
    }
  }
  for (const g of groups) {
    if (g.organisation) resolveRef(ctx, g.file, g.organisation, ['organisation']);
    for (const m of g.members) resolveRef(ctx, g.file, m, ['person']);
  }
  for (const pr of projects) if (pr.organisation) resolveRef(ctx, pr.file, pr.organisation, ['organisation']);
};
