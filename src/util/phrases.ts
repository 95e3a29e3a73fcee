// Finds registered names as whole words in running text ("Även Fritidsbanken behöver en lokal"),
// by looking word sequences up in a table rather than running one huge regular expression.
import { foldCase } from './fold.js';

const WORD = /[\p{L}\p{N}]+/gu;

export interface PhraseMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

interface Entry<T> {
  readonly value: T;
  readonly caseSensitive: boolean;
  readonly words: readonly string[];
}

/** Splits a phrase into its words as the matcher sees them. */
function wordsOf(s: string): string[] {
  return s.normalize('NFC').match(WORD) ?? [];
}

export class PhraseMatcher<T> {
  private readonly table = new Map<string, Entry<T>[]>();
  private maxWords = 0;

  /**
   * Short all-capital phrases (acronyms such as "SIP", "AMF") only match in capitals; all others ignore case.
   * Words may be followed by a genitive "s" ("Fritidsbankens").
   */
  constructor(phrases: readonly { phrase: string; value: T }[]) {
    for (const { phrase, value } of phrases) {
      const words = wordsOf(phrase);
      if (words.length === 0) continue;
      const caseSensitive = phrase.length <= 4 && phrase === phrase.toLocaleUpperCase('sv');
      const key = words.map((w) => foldCase(w)).join(' ');
      const list = this.table.get(key) ?? [];
      list.push({ value, caseSensitive, words });
      this.table.set(key, list);
      this.maxWords = Math.max(this.maxWords, words.length);
    }
  }

  get empty(): boolean {
    return this.table.size === 0;
  }

  /** Every non-overlapping match, longest first at each position. */
  findAll(text: string): PhraseMatch<T>[] {
    if (this.table.size === 0) return [];
    const src = text.normalize('NFC');
    const tokens: { word: string; folded: string; start: number; end: number }[] = [];
    for (const m of src.matchAll(WORD)) tokens.push({ word: m[0], folded: foldCase(m[0]), start: m.index!, end: m.index! + m[0].length });
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let matched = false;
      for (let n = Math.min(this.maxWords, tokens.length - i); n >= 1 && !matched; n--) {
        const slice = tokens.slice(i, i + n);
        const last = slice[n - 1]!;
        const keys: [string, boolean][] = [[slice.map((t) => t.folded).join(' '), false]];
        if (last.folded.length > 2 && last.folded.endsWith('s')) keys.push([[...slice.slice(0, -1).map((t) => t.folded), last.folded.slice(0, -1)].join(' '), true]);
        for (const [key, genitive] of keys) {
          const entries = this.table.get(key);
          if (!entries) continue;
          const entry = entries.find((e) => !e.caseSensitive || e.words.every((w, k) => (genitive && k === n - 1 ? slice[k]!.word.slice(0, -1) : slice[k]!.word) === w));
          if (!entry) continue;
          out.push({ value: entry.value, start: slice[0]!.start, end: last.end });
          i += n - 1;
          matched = true;
          break;
        }
      }
    }
    if (src !== text) return out.map((m) => ({ ...m, start: rawOffset(text, m.start), end: rawOffset(text, m.end) }));
    return out;
  }

  /** Replaces every match with `replace(value)`. */
  replaceAll(text: string, replace: (value: T, matched: string) => string): string {
    const matches = this.findAll(text);
    if (matches.length === 0) return text;
    let out = '';
    let at = 0;
    for (const m of matches) {
      out += text.slice(at, m.start) + replace(m.value, text.slice(m.start, m.end));
      at = m.end;
    }
    return out + text.slice(at);
  }
}

/** Maps an offset in the NFC form of `text` back to `text` itself (which may be NFD, from a Mac). */
function rawOffset(text: string, nfcOffset: number): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.slice(0, mid).normalize('NFC').length < nfcOffset) lo = mid + 1;
    else hi = mid;
  }
  // Include combining marks that belong to the last character.
  while (lo < text.length && /\p{M}/u.test(text[lo]!)) lo++;
  return lo;
}
