// A registry entry's former ids (former_ids) keep its old page address and old references working, so each
// must be an id, and one that leads to this entry alone: not another entry's id, nor another entry's former id.
import { atValue } from '../../diagnostics.js';
import { isSlug, MAX_SLUG, slugify } from '../../util/fold.js';
import type { RegistryRule } from '../context.js';
import type { EntityDoc, Located } from '../documents.js';
import { label, sameEntry } from '../registry.js';
import { clip } from '../../util/clip.js';

/** Two entries of one section of one registry (two people, two groups): one may be a duplicate of the other, being merged. */
const sameKind = (a: EntityDoc, b: EntityDoc): boolean => a.file === b.file && JSON.stringify(a.id.path.slice(0, -1)) === JSON.stringify(b.id.path.slice(0, -1));

const claimant = (e: EntityDoc): string => `${clip(label(e))} (${clip(e.id.value)}) i ${e.file}`;

/**
 * For a former id that is no id ("IFS NV"): an old name goes under aliases; an id written in another form is given
 * as an id ("ifs-nv"), to paste, unless that is the entry's own id (then it is an old name or nothing to keep) or
 * another entry's (`byId`), which it cannot lead to.
 */
function notAnIdHint(e: EntityDoc, written: string, byId: ReadonlyMap<string, EntityDoc>): string {
  const alias = 'Är det ett gammalt namn som äldre protokoll använder: flytta det till aliases.';
  const id = slugify(written);
  if (id === e.id.value) return `Som id är det postens eget id (${clip(id)}), som inte står under former_ids. ${alias} Annars: ta bort det.`;
  if (id === '' || byId.has(id)) return `Skriv id:t som det stod i registret förut. ${alias}`;
  return `${alias} Var det postens id förut, skriv det som ett id: ${clip(id)}`;
}

export const formerIds: RegistryRule = (ctx) => {
  const { people, organisations, groups, projects } = ctx.registryDocs;
  // The namespaces ids live in: people and organisations share one, since an action's owner may be either.
  for (const entries of [[...people, ...organisations], [...groups], [...projects]]) {
    const byId = new Map<string, EntityDoc>();
    for (const e of entries) if (!byId.has(e.id.value)) byId.set(e.id.value, e);
    const claims = new Map<string, EntityDoc[]>();
    const valid: { e: EntityDoc; f: Located<string>; id: string }[] = [];
    for (const e of entries) {
      const own = new Set<string>();
      for (const f of e.formerIds) {
        const id = f.value.trim();
        if (!isSlug(id)) {
          ctx.report({
            file: e.file,
            where: atValue(f.path),
            code: 'invalid-former-id',
            message: `"${clip(id)}" under former_ids är inget id: id skrivs med a–z, siffror och bindestreck, så det har aldrig varit en adress på webbplatsen.`,
            hint: notAnIdHint(e, id, byId),
          });
          continue;
        }
        if (id.length > MAX_SLUG) {
          ctx.report({
            file: e.file,
            where: atValue(f.path),
            code: 'invalid-former-id',
            message: `"${clip(id)}" under former_ids är längre än ett id får vara (högst ${MAX_SLUG} tecken), så det har aldrig varit en adress på webbplatsen.`,
            hint: 'Ta bort det, eller rätta det till id:t posten hade förut.',
          });
          continue;
        }
        if (own.has(id)) continue;
        own.add(id);
        valid.push({ e, f, id });
        const list = claims.get(id);
        if (list) list.push(e);
        else claims.set(id, [e]);
      }
    }
    for (const { e, f, id } of valid) {
      const where = atValue(f.path);
      if (id === e.id.value) {
        ctx.report({ file: e.file, where, code: 'former-id-own', message: `"${clip(id)}" under former_ids är postens eget id.`, hint: 'Ta bort det från former_ids: där står bara id som posten hade förut.' });
        continue;
      }
      const current = byId.get(id);
      if (current) {
        ctx.report({
          file: e.file,
          where,
          code: 'former-id-taken',
          message: `"${clip(id)}" under former_ids är id för ${claimant(current)}, så den gamla adressen och äldre protokoll skulle leda dit.`,
          hint: sameKind(current, e)
            ? `Slår du ihop två poster till en: ta bort posten ${clip(current.id.value)} ur ${current.file} (och skriv dess namn under aliases här). Annars: ta bort det från former_ids, för ett id kan bara leda till en post, och det här leder redan till ${clip(label(current))}.`
            : `Ta bort det från former_ids: ett id kan bara leda till en post, och det här leder redan till ${clip(label(current))}.`,
        });
        continue;
      }
      const others = claims.get(id)!.filter((o) => o !== e && !sameEntry(o, e));
      if (others.length > 0) {
        ctx.report({
          file: e.file,
          where,
          code: 'former-id-taken',
          message: `"${clip(id)}" står under former_ids också för ${others.map(claimant).join(', ')}, och en gammal adress kan bara leda till en post.`,
          hint: 'Låt det stå kvar bara under den post som hade id:t.',
        });
      }
    }
  }
};
