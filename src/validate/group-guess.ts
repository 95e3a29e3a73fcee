// The group meant by a `group:` (or `minutes new --group`) that names none: an abbreviation of a group's name ("GUG" for Gemensam
// utvecklingsgrupp) or, failing near matches, the group whose folder the file lies in (minutes/gemensam-utvecklingsgrupp/).
import type { EntityDoc } from './documents.js';
import type { NameIndex } from './registry.js';
import { label, namesOf } from './registry.js';
import { foldAccents } from '../util/fold.js';
import { clip } from '../util/clip.js';
import { didYouMean } from '../util/suggest.js';

/** Small words an abbreviation often leaves out: "Samverkan för barn och unga" is SBU. */
const SKIPPED = new Set(['och', 'for', 'i', 'av', 'med', 'om', 'pa', 'till', 'den', 'det', 'en', 'ett']);

/** A text written as an abbreviation: one word of two to eight letters. */
const ABBREVIATION = /^\p{L}{2,8}$/u;

/**
 * Whether `abbr` (folded) can be read from `words` in order: each word gives its first letter and then, as a compound
 * gives the first letter of each of its parts ("utvecklingsgrupp", U and G), more letters found further in it. A small
 * word may give none.
 */
function abbreviates(abbr: string, words: readonly string[]): boolean {
  // Each word that is not small gives a letter at least: more of them than letters cannot be abbreviated.
  if (words.length < 2 || words.length > 2 * abbr.length || words.filter((w) => !SKIPPED.has(w)).length > abbr.length) return false;
  const memo = new Map<number, boolean>();
  const from = (a: number, w: number): boolean => {
    if (w === words.length) return a === abbr.length;
    const key = a * (words.length + 1) + w;
    let hit = memo.get(key);
    if (hit === undefined) memo.set(key, (hit = step(a, w)));
    return hit;
  };
  const step = (a: number, w: number): boolean => {
    const word = words[w]!;
    if (SKIPPED.has(word) && from(a, w + 1)) return true;
    if (abbr[a] !== word[0]) return false;
    // The letters this word gives: its first, then any later ones, in order.
    let at = 1;
    for (let end = a + 1; ; end++) {
      if (from(end, w + 1)) return true;
      if (end === abbr.length) return false;
      const found = partAt(word, abbr[end]!, at);
      if (found === -1) return false;
      at = found + 1;
    }
  };
  return from(0, 0);
}

/** The shortest part of a compound read here: "råd", "unga". */
const PART = 3;

/**
 * Where, from `at` on, `word` may have a part of a compound that starts with `letter`: with a part before it and one
 * from it on ("utvecklings|grupp"), not at a word's last letters ("un|ga" is no part).
 */
function partAt(word: string, letter: string, at: number): number {
  // A later one leaves a shorter part: the first is the one to try.
  const i = word.indexOf(letter, Math.max(at, PART));
  return i !== -1 && word.length - i >= PART ? i : -1;
}

/** The groups `text` abbreviates: by their name, an alias or their id, words made of its words. */
function abbreviated(groups: NameIndex<EntityDoc>, text: string): EntityDoc[] {
  const abbr = text.length > 20 ? '' : foldAccents(text.trim());
  if (!ABBREVIATION.test(abbr)) return [];
  return groups.entries.filter((e) => namesOf(e).some((n) => abbreviates(abbr, foldAccents(n).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''))));
}

/** How a group is offered for `group:`: its id, with its name to know it by. */
const offered = (e: EntityDoc): string => (e.name && e.name.value !== e.id.value ? `${clip(e.id.value)} (${clip(label(e))})` : clip(e.id.value));

/** How the group is to be written where the hint is given: `group: <id>` in minutes, `--group <id>` for `minutes new`. */
export type WriteGroup = (id: string) => string;

/**
 * The hint for a group written as `text` that names none, when it abbreviates groups' names ("GUG"): the group,
 * with the alias to add to keep the abbreviation, or the groups it may be. Undefined when it abbreviates none.
 */
export function abbreviationHint(groups: NameIndex<EntityDoc>, text: string, write: WriteGroup): string | undefined {
  const short = abbreviated(groups, text);
  if (short.length === 1) {
    const g = short[0]!;
    return `Menade du ${offered(g)}? Ska förkortningen gå att använda, lägg till "${clip(text.trim())}" under aliases för ${clip(g.id.value)} i organisations.yml. Annars skriv gruppens id: ${write(clip(g.id.value))}`;
  }
  if (short.length > 1) return `${didYouMean(short.slice(0, 3).map(offered))!} Skriv gruppens id, till exempel: ${write(clip(short[0]!.id.value))}`;
  return undefined;
}

const inMinutes: WriteGroup = (id) => `group: ${id}`;

/**
 * The hint for `group: <text>` in `file` when it names no group: the groups it abbreviates (abbreviationHint); else,
 * when nothing is near it (`near`), the group whose folder the file lies in. Undefined when neither says anything.
 */
export function groupHint(groups: NameIndex<EntityDoc>, file: string, text: string, near: readonly EntityDoc[]): string | undefined {
  const short = abbreviationHint(groups, text, inMinutes);
  if (short !== undefined || near.length > 0) return short;
  // minutes/<folder>/…: the folder named by a group's id, name or alias.
  const parts = file.split('/');
  const folder = parts.length >= 3 ? groups.lookup(parts[1]!) : [];
  if (folder.length !== 1) return undefined;
  const g = folder[0]!;
  return `Menade du ${offered(g)}, gruppen vars mapp filen ligger i? Är "${clip(text.trim())}" en annan grupp, lägg till den i organisations.yml och flytta filen till en mapp för den. Annars skriv gruppens id: ${inMinutes(clip(g.id.value))}`;
}
