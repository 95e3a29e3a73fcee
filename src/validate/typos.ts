// The registered entries a text is a slip or two of the keyboard from, case and accents aside ("Ia Jonson" for Ia
// Jonsson, "Bryggen" for Bryggan), found among the names of about its length.
import type { EntityDoc } from './documents.js';
import { namesOf, type NameIndex } from './registry.js';
import { foldAccents } from '../util/fold.js';
import { editDistance } from '../util/suggest.js';

/** Whether folded `a` is folded `b` with a slip or two: one in a name of five letters or fewer, where two make another name. */
export const slip = (a: string, b: string): boolean => Math.abs(a.length - b.length) <= 2 && editDistance(a, b, 2) <= (b.length <= 5 ? 1 : 2);

interface Folded<T> {
  readonly name: string;
  /** The letters the name has (see `letters`). */
  readonly letters: number;
  readonly entry: T;
}

/**
 * The characters a folded text has, a bit each (a to z, and the rest five to a bit). Each character of one text that
 * the other lacks takes an edit of its own, so two texts with more than two such are no slip apart: most names are
 * told from a text that way, without the distance (by length alone, a text took 0.7 ms beside 1,500 people).
 */
function letters(folded: string): number {
  let bits = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    bits |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return bits;
}

/** How many bits `bits` has set. */
function count(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/**
 * Each index's names folded once, by length: a slip or two changes a length by two at most, so a text is compared
 * with the names of five lengths only. Comparing it with every name (by `suggest`) took 5 ms for each note after an
 * attendee's comma beside 1,500 people: minutes of 18,000 such attendees took minutes to check instead of seconds.
 */
const byLength = new WeakMap<NameIndex<EntityDoc>, ReadonlyMap<number, readonly Folded<EntityDoc>[]>>();

function lengths<T extends EntityDoc>(index: NameIndex<T>): ReadonlyMap<number, readonly Folded<T>[]> {
  let map = byLength.get(index) as ReadonlyMap<number, readonly Folded<T>[]> | undefined;
  if (!map) {
    const made = new Map<number, Folded<T>[]>();
    for (const entry of index.entries) {
      for (const name of new Set(namesOf(entry).map(foldAccents))) {
        const list = made.get(name.length);
        const f = { name, letters: letters(name), entry };
        if (list) list.push(f);
        else made.set(name.length, [f]);
      }
    }
    byLength.set(index, made);
    map = made;
  }
  return map;
}

/** The entries of `index` that `text` is a slip or two from by a name, alias or id, each once, in the index's order. */
export function typosOf<T extends EntityDoc>(index: NameIndex<T>, text: string): T[] {
  const a = foldAccents(text);
  const bits = letters(a);
  const map = lengths(index);
  const found = new Set<T>();
  for (let n = a.length - 2; n <= a.length + 2; n++) {
    for (const f of map.get(n) ?? []) if (count(bits & ~f.letters) <= 2 && count(f.letters & ~bits) <= 2 && !found.has(f.entry) && slip(a, f.name)) found.add(f.entry);
  }
  return found.size < 2 ? [...found] : index.entries.filter((e) => found.has(e));
}
