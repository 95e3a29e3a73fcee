// A registered person's name misspelt in the minutes' text ("Leif Redestg redogjorde …"): published as written, and,
// for someone not published in full, not hidden either. Told with the name meant, as the front matter's names are.
import type { MinutesRule } from '../context.js';
import { label, type Registry } from '../registry.js';
import type { PersonDoc } from '../documents.js';
import { didYouMean } from '../../util/suggest.js';
import { nameSlips } from '../name-slips.js';
import { privateNameFinder } from './private-names.js';
import { clip } from '../../util/clip.js';

export const misspeltNames: MinutesRule = (ctx, m) => {
  const hints = new Map<string, string>();
  for (const { start, end, first, last, meant } of nameSlips(ctx, m.body)) {
    const written = m.body.slice(start, end);
    const where = { kind: 'offset', offset: m.bodyOffset + start, length: written.length } as const;
    const key = `${first} ${last}`;
    let hint = hints.get(key);
    if (hint === undefined) hints.set(key, (hint = hintFor(ctx.registry, meant, first, last)));
    ctx.report({ file: m.file, where, code: 'misspelt-name', message: `"${clip(written)}" står inte i people.yml, men liknar ett namn där.`, hint });
  }
};

/**
 * "Menade du Leif Redestig?". Someone not published in full is named only where the rule for private names names them
 * (their first name or surname, written as here, is theirs alone); else the hint says what to do without the name.
 */
function hintFor(registry: Registry, meant: readonly PersonDoc[], first: string, last: string): string {
  const finder = privateNameFinder(registry);
  const told = finder ? finder.find(`${first} ${last}`).map((h) => h.id) : [];
  const shown = meant.filter((p) => p.publish === 'full' || told.includes(p.id.value));
  const hidden = meant.length > shown.length || shown.some((p) => p.publish !== 'full');
  const mean = didYouMean(shown.map(label)) ?? '';
  if (!hidden) return mean;
  return `${mean ? `${mean} ` : ''}Namnet liknar namnet på någon som inte ska publiceras fullt ut, och döljs inte på webbplatsen så som det är stavat: stava det som i people.yml, så döljs det, eller skriv om texten utan namnet.`;
}
