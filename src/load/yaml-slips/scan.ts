// What every slip is, and what the slips need of the whole text, found once for all the parser's errors in it.
import { bracketsBeforeDashes, type DashItem, dashItems } from './dash-items.js';
import { countUpTo } from '../../util/sorted.js';
import { firstMisaligned } from './misaligned.js';
import { insideOverLines } from './flow-lists.js';
import { LineIndex } from '../source.js';

export interface Slip {
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
  /**
   * Where the slipped value (or line) lies, when the parser, misled by it, takes the fields below it for part of it
   * (a colon in a value opens a mapping that runs on, a > a block of text): blanked, the rest of the text reads as meant.
   */
  readonly value?: readonly [number, number];
  /**
   * A sign the value starts with (or a quote it leaves open, see runawayQuotes), the value's own slip: an item of a
   * list with one may be left out of it alone.
   */
  readonly sign?: true;
  /** Slips of the same kind the parser says nothing of, read into this one: each to say, and to leave out, as it. */
  readonly also?: readonly Slip[];
}

/**
 * A line whose value opens a quote, double or single ('Bryggan), and does not close it: the value runs on over the
 * lines below, up to the next quote. Matches a single line, or with `m` any line of a text.
 */
export const OPEN_QUOTE = /^([ \t]*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?)(?:"(?:[^"\\\n]|\\.)*|'(?:[^'\n]|'')*)$/m;

/** A slip found at its place, without a value to blank. */
export interface Located {
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

/** Something found in a text, with the offset up to which the text must reach to show it (the end of its last line, + 1). */
export interface Positioned<T> {
  readonly at: number;
  readonly found: T;
}

/** Of `list` (in the order of the text), the last thing a text up to `limit` shows. */
export function lastBefore<T>(list: readonly Positioned<T>[], limit: number): T | undefined {
  return list[countUpTo(list, (p) => p.at, limit) - 1]?.found;
}

/**
 * What the slips need of the whole text, found once for all the parser's errors in it: each error asked about on its
 * own, they read the text up to it again, with patterns anchored at each line's end (a line of 200,000 characters
 * with an error every few of them took a second).
 */
interface TextScan {
  readonly text: string;
  readonly misaligned: Positioned<Slip> | undefined;
  readonly bracketsBeforeDashes: readonly Positioned<Located>[];
  readonly openQuotes: readonly Positioned<{ offset: number; quote: string }>[];
  readonly lines: LineIndex;
  /** The items of the lists with dashes, by line (see dashItems): found when first asked for. */
  readonly dashes: () => Map<number, DashItem>;
  /** What is found of a line, by what and where (see once), once asked about. */
  readonly found: Map<string, unknown>;
}

let scanned: TextScan | undefined;

export function scanOf(text: string): TextScan {
  if (scanned?.text !== text) scanned = { text, misaligned: firstMisaligned(text), bracketsBeforeDashes: bracketsBeforeDashes(text), openQuotes: openQuotes(text), lines: new LineIndex(text), dashes: lazy(() => dashItems(text)), found: new Map() };
  return scanned;
}

function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What `find` finds in `text`, asked about as `what` (what it looks for, and where): found at the first asking only. */
export function once<T>(text: string, what: string, find: () => T): T {
  const { found } = scanOf(text);
  if (!found.has(what)) found.set(what, find());
  return found.get(what) as T;
}

/**
 * The line holding `offset` (where it starts and ends, and its text without the CR of a CRLF line ending), as
 * searching back from `offset - 1` finds it: at 0, a line break first in the text starts the line after it.
 */
export function lineAt(text: string, offset: number): { start: number; end: number; line: string } {
  const { lines } = scanOf(text);
  const start = offset === 0 && text[0] === '\n' ? 1 : lines.lineStart(offset);
  const end = lines.lineEnd(start);
  // Without the CR: "." in the slips' patterns stops at it.
  return once(text, `line ${start}`, () => ({ start, end, line: text.slice(start, text[end - 1] === '\r' && end > start ? end - 1 : end) }));
}

/**
 * Every whole line of `text` that opens a quote it does not close, by where it ends (+ 1). A line below the [ of a list
 * in brackets over lines, or the { of fields in braces over lines, is not one ("attendees: [Leif Redestig," above
 * "  \"Ivan Kuzhicov,", "memberships: [{group: gug," above "  role: \"ledamot}]"): the quote is its item's (see
 * openItemQuote), which is left out of its list alone.
 */
export function openQuotes(text: string): Positioned<{ offset: number; quote: string }>[] {
  const out: Positioned<{ offset: number; quote: string }>[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    const open = OPEN_QUOTE.exec(l);
    const offset = at + (open?.[1]!.length ?? 0);
    if (open && !insideOverLines(text, offset)) out.push({ at: at + l.length + 1, found: { offset, quote: l[open[1]!.length]! } });
    at += l.length + 1;
  }
  return out;
}
