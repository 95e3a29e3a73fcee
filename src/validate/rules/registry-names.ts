// A name or alias must point at one entry only, or references to it could not be resolved.
import { atValue } from '../../diagnostics.js';
import { foldCase } from '../../util/fold.js';
import type { RegistryRule } from '../context.js';
import type { EntityDoc } from '../documents.js';
import { NameIndex, sameEntry } from '../registry.js';
import { clip } from '../../util/clip.js';

export const registryNames: RegistryRule = (ctx) => {
  const { people, organisations, groups, projects } = ctx.registryDocs;
  // People and organisations together: an action's owner is looked up among both.
  const sets: EntityDoc[][] = [[...people, ...organisations], [...groups], [...projects]];
  for (const entries of sets) {
    for (const { key, entries: found } of new NameIndex(entries).ambiguousKeys()) {
      // An entry written twice under one id holds its names twice: one owner.
      const owners = found.filter((o, i) => !found.slice(0, i).some((p) => sameEntry(p, o)));
      if (owners.length < 2) continue;
      // Two entries with the same id are reported once, as a duplicate id; an id another entry had before, or two
      // entries that both had it, as a former id taken (rules/former-ids.ts).
      if (owners.filter((o) => o.id.value === key).length > 1) continue;
      if (owners.some((o) => isFormerId(o, key)) && owners.every((o) => o.id.value === key || isFormerId(o, key))) continue;
      // Report at every place the name is written except the first owner's own.
      for (const owner of owners.slice(1)) {
        const written = placeOf(owner, key);
        const first = owners[0]!;
        ctx.report({
          file: owner.file,
          where: atValue(written.path),
          code: 'ambiguous-name',
          // As written here, not in the folded form names are compared in.
          message: `Namnet "${clip(written.value)}" hör redan till ${clip(first.name?.value ?? first.id.value)} (${clip(first.id.value)}).`,
          hint: 'Ett namn eller alias får bara höra till en post; ta bort det från den ena.',
        });
      }
    }
  }
};

const isFormerId = (e: EntityDoc, key: string): boolean => e.formerIds.some((f) => foldCase(f.value) === key);

/** Where an entry writes the name `key` (folded): its id, name, one of its aliases or one of its former ids. */
function placeOf(e: EntityDoc, key: string): { value: string; path: EntityDoc['id']['path'] } {
  if (foldCase(e.id.value) === key) return e.id;
  if (e.name && foldCase(e.name.value) === key) return e.name;
  return e.aliases.find((a) => foldCase(a.value) === key) ?? e.formerIds.find((f) => foldCase(f.value) === key) ?? e.id;
}
