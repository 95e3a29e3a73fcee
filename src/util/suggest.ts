// "Did you mean": the closest candidates by edit distance on case- and accent-folded text.
import { foldAccents } from './fold.js';
import { clip } from './clip.js';

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded by `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Candidate<T> {
  /** The text shown in the suggestion, e.g. the registered name. */
  readonly label: string;
  /** Every text the candidate is known by: id, name, aliases. */
  readonly keys: readonly string[];
  readonly value: T;
}

/**
 * Up to `limit` candidates close to `input`: within an edit distance that grows with the length
 * (a third of it, at least 2), or sharing a whole word of three letters or more with it ("Redestig" -> "Leif
 * Redestig"), or being its first name, however short ("Ia" -> "Ia Jonsson"). Among those as close,
 * one whose first name is what was written comes first ("Åke" -> Åke Malmén before Kjell-Åke Svensson).
 */
export function closest<T>(input: string, candidates: readonly Candidate<T>[], limit = 3): Candidate<T>[] {
  const scored = scoredClosest(input, candidates);
  // The same text but for capitals and accents ("Ake Malmen") is the one meant: a name that only shares a word with
  // it (Kjell-Åke Svensson) is no alternative.
  const exact = scored[0]?.score === 0 ? scored.filter((s) => s.score === 0) : scored;
  return exact.slice(0, limit).map((s) => s.candidate);
}

/** Every candidate `closest` takes, nearest first, with its distance: for a caller that weighs near ones by more than the text. */
export function scoredClosest<T>(input: string, candidates: readonly Candidate<T>[]): { readonly candidate: Candidate<T>; readonly score: number }[] {
  const needle = foldAccents(input);
  if (needle === '') return [];
  const words = new Set(needle.split(/[\s,-]+/).filter((w) => w.length >= 3));
  const max = Math.max(2, Math.floor(needle.length / 3));
  const scored: { c: Candidate<T>; score: number; first: boolean }[] = [];
  for (const c of candidates) {
    let best = Infinity;
    let first = false;
    for (const key of c.keys) {
      const folded = foldAccents(key);
      const d = editDistance(needle, folded, max);
      if (d <= max && d < best) best = d;
      if (best > 0.5 && words.size > 0 && folded.split(/[\s,-]+/).some((w) => words.has(w))) best = Math.min(best, max + 0.5);
      // The key's first word, a hyphenated name whole ("kjell-ake" is not "ake").
      if (folded.split(/\s+/, 1)[0] === needle) first = true;
    }
    // A first name alone is as close as a shared word, however short: "Ia" is Ia Jonsson, "Bo" Bo Pettersson, where
    // words of fewer than three letters are otherwise too common to go by, and such a name was told to be registered.
    if (first) best = Math.min(best, max + 0.5);
    if (best !== Infinity) scored.push({ c, score: best, first });
  }
  scored.sort((x, y) => x.score - y.score || Number(y.first) - Number(x.first) || (x.c.label < y.c.label ? -1 : x.c.label > y.c.label ? 1 : 0));
  return scored.map((s) => ({ candidate: s.c, score: s.score }));
}

/** "Menade du Leif Redestig?" / "Menade du A, B eller C?" */
export function didYouMean(written: readonly string[]): string | undefined {
  if (written.length === 0) return undefined;
  // A name in the registry may be as long as a paste gone wrong made it.
  const labels = written.map((l) => clip(l));
  if (labels.length === 1) return `Menade du ${labels[0]}?`;
  return `Menade du ${labels.slice(0, -1).join(', ')} eller ${labels[labels.length - 1]}?`;
}
