// A Markdown source's quotes, as the site's renderer reads them: their lines are the writer's Markdown, kept as
// written (a quote holds lists, paragraphs and quotes of its own, and a lazy line without its ">").
import { parseLines } from '../render/markdown.js';
import type { Line } from './lines.js';

/**
 * The quotes at the top of the text, as the index of each one's first line -> the index of its last. A line `open`
 * refuses (blank, or lifted out as the title or attendance) is blank to the parser. Parses only a text with a ">".
 */
export function quoteRanges(lines: readonly Line[], open: (l: Line | undefined) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  if (!lines.some((l) => open(l) && l.text.startsWith('>'))) return out;
  const text = lines.map((l) => (open(l) ? ' '.repeat(l.indent) + l.text : '')).join('\n');
  for (const t of parseLines(text).tokens) if (t.type === 'blockquote_open' && t.level === 0 && t.map) out.set(t.map[0], t.map[1] - 1);
  return out;
}

/** A quoted line's ">" marks, and the number that starts its text ("> > 2016. Budgeten"). */
const QUOTED_NUMBER = /^((?:[ \t]*>)+[ \t]*)(\d{1,9})([.)])(?=[ \t]|$)/;

/**
 * A quote's lines as written, but for a number past 99 right after the ">" that no quoted line next to it numbers on
 * ("> 2016. Budgeten blev klar."): a year or a sum starting a sentence, as at the top of the text (see
 * `longNumberRuns`), its full stop escaped so that the site shows the sentence, not a list starting at 2016.
 */
export function quoteText(lines: readonly Line[]): string {
  const written = lines.map((l) => ' '.repeat(l.indent) + l.text);
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
