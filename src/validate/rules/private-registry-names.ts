// Registry texts shown on the site (descriptions, names, schedules and roles) must not name people published by
// initials or not at all either.
import { atValueText } from '../../diagnostics.js';
import type { RegistryRule } from '../context.js';
import type { Located } from '../documents.js';
import { HINT, privateNameFinder } from './private-names.js';

export const privateRegistryNames: RegistryRule = (ctx) => {
  const names = privateNameFinder(ctx.registry);
  if (!names) return;
  const { organisations, groups, projects, people } = ctx.registryDocs;
  const texts: { file: string; field: Located<string> | undefined }[] = [];
  for (const e of [...organisations, ...groups, ...projects]) for (const field of [e.description, e.name, ...e.aliases]) texts.push({ file: e.file, field });
  for (const g of groups) texts.push({ file: g.file, field: g.schedule });
  for (const p of people) for (const field of [p.role, ...p.memberships.map((m) => m.role)]) texts.push({ file: p.file, field });
  for (const { file, field } of texts) {
    if (!field) continue;
    for (const hit of names.find(field.value)) {
      ctx.report({ file, where: atValueText(field.path, field.value, hit.start, hit.end), code: 'private-name', message: hit.message, hint: HINT });
    }
  }
};
