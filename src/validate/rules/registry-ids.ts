// Registry ids are lowercase ASCII slugs, and people and organisations share one namespace (an action's owner may be either).
import { atKey, OTHER_PLACE } from '../../diagnostics.js';
import { isSlug, MAX_SLUG, shortSlug, slugify } from '../../util/fold.js';
import type { RegistryRule } from '../context.js';
import type { EntityDoc } from '../documents.js';
import { clip } from '../../util/clip.js';

export const registryIds: RegistryRule = (ctx) => {
  const { people, organisations, groups, projects } = ctx.registryDocs;
  for (const e of [...people, ...organisations, ...groups, ...projects]) {
    if (!isSlug(e.id.value)) {
      const suggestion = slugify(e.id.value);
      ctx.report({
        file: e.file,
        where: atKey(e.id.path),
        code: 'invalid-id',
        message: `Id "${clip(e.id.value)}" är inte tillåtet.`,
        hint: `Id skrivs med a–z, siffror och bindestreck (å, ä, ö blir a, a, o)${suggestion ? `, till exempel ${clip(suggestion)}` : '.'}`,
      });
    } else if (e.id.value.length > MAX_SLUG) {
      ctx.report({
        file: e.file,
        where: atKey(e.id.path),
        code: 'invalid-id',
        message: `Id "${clip(e.id.value)}" är för långt: ${e.id.value.length} tecken, och ett id får ha högst ${MAX_SLUG}.`,
        hint: `Id:t blir namnet på sidans mapp på webbplatsen, och så långa namn går inte att spara. Korta det, till exempel till ${clip(shortSlug(e.id.value))}.`,
      });
    }
  }
  const seen = new Map<string, EntityDoc>();
  for (const e of [...people, ...organisations]) {
    const other = seen.get(e.id.value);
    if (other) {
      ctx.report({
        file: e.file,
        where: atKey(e.id.path),
        code: 'duplicate-id',
        message: `Id "${clip(e.id.value)}" används redan av ${clip(other.name?.value ?? other.id.value)} i ${OTHER_PLACE}.`,
        hint: 'Personer och organisationer kan båda vara ansvariga för åtgärder och måste därför ha olika id.',
        other: { file: other.file, where: atKey(other.id.path) },
      });
    } else seen.set(e.id.value, e);
  }
};
