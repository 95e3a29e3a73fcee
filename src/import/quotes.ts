// A Markdown source's quotes, as the site's renderer reads them: their lines are the writer's Markdown, kept as
// written (a quote holds lists, paragraphs and quotes of its own, and a lazy line without its ">").
import { parseLines } from '../render/markdown.js';
import type { Line } from './lines.js';

/**
 * The quotes at the top of the text or in a list's item (not in another quote, whose lines are that one's), as the
 * index of each one's first line -> the index of its last and where it stands. A line `open` refuses (blank, or
 * lifted out as the title or attendance) is blank to the parser. Parses only a text with a ">".
 */
export function quoteRanges(lines: readonly Line[], open: (l: Line | undefined) => boolean): Map<number, QuoteRange> {
  const out = new Map<number, QuoteRange>();
  if (!lines.some((l) => open(l) && l.text.startsWith('>'))) return out;
  const text = lines.map((l) => (open(l) ? ' '.repeat(l.indent) + l.text : '')).join('\n');
  // The first line of each list item open around the token, and how many quotes are.
  const items: number[] = [];
  let quoted = 0;
  for (const t of parseLines(text).tokens) {
    if (t.type === 'list_item_open') items.push(t.map?.[0] ?? -1);
    else if (t.type === 'list_item_close') items.pop();
    else if (t.type === 'blockquote_close') quoted--;
    else if (t.type === 'blockquote_open') {
      const place = items.length === 0 ? 'top' : items[items.length - 1] === t.map?.[0] ? 'itemLine' : 'item';
      if (quoted === 0 && t.map) out.set(t.map[0], { end: t.map[1] - 1, place });
      quoted++;
    }
  }
  return out;
}

export interface QuoteRange {
  /** The index of its last line. */
  readonly end: number;
  /** At the top; in a list's item, under its text; or on the item's line, its text ("- > citat"). See body.ts. */
  readonly place: 'top' | 'item' | 'itemLine';
}

/** A quoted line's ">" marks, and the number that starts its text ("> > 2016. Budgeten"). */
const QUOTED_NUMBER = /^((?:[ \t]*>)+[ \t]*)(\d{1,9})([.)])(?=[ \t]|$)/;

/**
 * A quote's lines as written, but for a number past 99 right after the ">" that no quoted line next to it numbers on
 * ("> 2016. Budgeten blev klar."): a year or a sum starting a sentence, as at the top of the text (see
 * `longNumberRuns`), its full stop escaped so that the site shows the sentence, not a list starting at 2016. `from`:
 * the column the lines are written from (a quote in an item is written under the item's text, wherever it stands).
 */
export function quoteText(lines: readonly Line[], from = 0): string {
  // Lines further out than `from` (lazy lines, more of the quote's text) are written at it.
  const written = lines.map((l) => ' '.repeat(Math.max(0, l.indent - from)) + l.text);
  const numbers = written.map((w) => {
    const m = QUOTED_NUMBER.exec(w);
    return m ? Number(m[2]) : undefined;
  });
  return written
    .map((w, k) => {
      const n = numbers[k];
      const run = n !== undefined && (numbers[k - 1] === n - 1 || numbers[k + 1] === n + 1);
      return n === undefined || n < 100 || run ? w : w.replace(QUOTED_NUMBER, '$1$2\\$3');
    })
    .join('\n')
    .trimEnd();
}
