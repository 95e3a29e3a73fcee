// Finds registered names as whole words in running text ("Även Fritidsbanken behöver en lokal"), by looking
// word sequences up in a table rather than running one huge regular expression. Only words that can start
// a name are looked at further, so scanning a long archive stays cheap.

// A soft hyphen (U+00AD) is invisible in a word ("L\u00ADeif" shows as "Leif"), so it is part of the word.
const WORD = /[\p{L}\p{N}\u00AD]+/gu;

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

// Most words have no soft hyphen: testing for one first spares a replace (and a copy) per word of running text.
const fold = (w: string) => (w.includes('\u00AD') ? w.replace(/\u00AD/g, '') : w).toLowerCase();

export class PhraseMatcher<T> {
  /** Folded phrase ("fritidsbanken", "bättre hälsa") -> entries. */
  private readonly table = new Map<string, Entry<T>[]>();
  /** Folded first words of all phrases, to skip every other word quickly. */
  private readonly starts = new Set<string>();
  private maxWords = 0;

  /**
   * Short all-capital phrases (acronyms such as "SIP", "AMF") only match in capitals; all others ignore case.
   * The last word may be followed by a genitive "s" ("Fritidsbankens").
   */
  constructor(phrases: readonly { phrase: string; value: T }[]) {
    for (const { phrase, value } of phrases) {
      const words = phrase.normalize('NFC').match(WORD) ?? [];
      if (words.length === 0) continue;
      const caseSensitive = phrase.length <= 4 && phrase === phrase.toUpperCase();
      const key = words.map(fold).join(' ');
      const list = this.table.get(key) ?? [];
      list.push({ value, caseSensitive, words });
      this.table.set(key, list);
      this.starts.add(fold(words[0]!));
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
    const out: PhraseMatch<T>[] = [];
    // Words are read one by one; only at a word that can start a phrase are the next few read too.
    const scan = new RegExp(WORD);
    for (let m = scan.exec(src); m !== null; m = scan.exec(src)) {
      const first = fold(m[0]);
      if (!this.starts.has(first) && !(first.length > 2 && first.endsWith('s') && this.starts.has(first.slice(0, -1)))) continue;
      const words = [m[0]];
      const ends = [m.index + m[0].length];
      const ahead = new RegExp(WORD);
      ahead.lastIndex = scan.lastIndex;
      while (words.length < this.maxWords) {
        const next = ahead.exec(src);
        if (next === null) break;
        words.push(next[0]);
        ends.push(next.index + next[0].length);
      }
      const hit = this.matchAt(words, 0);
      if (hit === undefined) continue;
      const end = ends[hit.length - 1]!;
      out.push({ value: hit.value, start: m.index, end });
      scan.lastIndex = end;
    }
    if (src !== text) return out.map((m) => ({ ...m, start: rawOffset(text, m.start), end: rawOffset(text, m.end) }));
    return out;
  }

  /** The longest phrase starting at word `i`, if any. */
  private matchAt(words: readonly string[], i: number): { value: T; length: number } | undefined {
    for (let n = Math.min(this.maxWords, words.length - i); n >= 1; n--) {
      const slice = words.slice(i, i + n);
      const last = slice[n - 1]!;
      const key = slice.map(fold).join(' ');
      const exact = this.pick(this.table.get(key), slice, false);
      if (exact !== undefined) return { value: exact, length: n };
      if (last.length > 2 && /s$/i.test(last)) {
        const genitive = this.pick(this.table.get(key.slice(0, -1)), slice, true);
        if (genitive !== undefined) return { value: genitive, length: n };
      }
    }
    return undefined;
  }

  private pick(entries: readonly Entry<T>[] | undefined, slice: readonly string[], genitive: boolean): T | undefined {
    if (!entries) return undefined;
    const entry = entries.find((e) => !e.caseSensitive || e.words.every((w, k) => (genitive && k === slice.length - 1 ? slice[k]!.slice(0, -1) : slice[k]) === w));
    return entry?.value;
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
