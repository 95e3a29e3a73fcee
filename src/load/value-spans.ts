// Where a stretch of a parsed YAML value lies in the value's source text: a name inside "Leif, Maria" or on its own
// line of a block of text ("attendees: |") or of a value written over several lines. Pure.
import { countUpTo } from '../util/sorted.js';

/** A stretch of the value (`start` to `end` in `value`, the text as YAML read it). */
export interface ValueStretch {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A run of the value copied unchanged from the source: `length` characters at `at` in the value, at `from` in the source. */
export interface Run {
  readonly at: number;
  readonly from: number;
  readonly length: number;
}

/** Where `w` lies in `source` (the value's text in the file, from its first character), as offsets into `source`. */
export function withinValue(source: string, w: ValueStretch): [number, number] | undefined {
  const runs = valueRuns(source, w.value);
  return runs && placeIn(runs, w.start, w.end);
}

/**
 * The runs `value` is copied from `source` in, in order: found when the value is plain or quoted on one line as it
 * reads, plain or quoted over several lines ("Leif Redestig," above "  David Bergström"), or a block of text (| or >)
 * whose lines are copied into it unchanged; otherwise (escapes) undefined. A value over several lines has a run a line.
 */
export function valueRuns(source: string, value: string): readonly Run[] | undefined {
  if (source === value) return [{ at: 0, from: 0, length: value.length }];
  if (/^(["']).*\1$/s.test(source) && source.slice(1, -1) === value) return [{ at: 0, from: 1, length: value.length }];
  return HEADER.test(lineStarts(source)[0]?.text ?? '') ? blockRuns(source, value) : foldedRuns(source, value);
}

/** Where the stretch from `start` to `end` of the value lies in its source, or undefined when an end falls between runs (on a fold). */
export function placeIn(runs: readonly Run[], start: number, end: number): [number, number] | undefined {
  const a = runs[countUpTo(runs, runAt, start) - 1];
  const b = end > start ? runs[countUpTo(runs, runAt, end - 1) - 1] : a;
  if (!a || !b || start >= a.at + a.length || end > b.at + b.length) return undefined;
  return [a.from + start - a.at, b.from + end - b.at];
}

const runAt = (r: Run): number => r.at;

/** A block header: | or >, then an indentation digit and a chomping sign (+ or -) in either order, either or none, and a comment or nothing. */
const HEADER = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?[ \t]*(?:#.*)?$/;

/**
 * The lines of a block of text (`source` from its | or >) as runs of `value`, or undefined when `source` is no block or
 * its lines do not read back as `value` (spaces-only lines deeper than the block).
 * Between two lines the value has line breaks (one per line ended, | and >) or one space (a line break folded, >).
 */
function blockRuns(source: string, value: string): Run[] | undefined {
  const lines = lineStarts(source);
  if (!HEADER.test(lines[0]?.text ?? '')) return undefined;
  const body = lines.slice(1).filter((l) => l.text.trim() !== '');
  // The first line's spaces set the block's indentation, less those the value keeps: with a digit in the header
  // ("|2"), counted from the field's own, the first line may stand further in than the block.
  const first = body[0] ? spaces(body[0].text) : 0;
  const indent = /\d/.test(lines[0]!.text.replace(/#.*/, '')) ? first - spaces(value.replace(/^\n*/, '')) : first;
  if (indent < 0) return undefined;
  const runs: Run[] = [];
  let at = 0;
  for (const [i, line] of body.entries()) {
    if (spaces(line.text) < indent) return undefined;
    const gap = /^\n*/.exec(value.slice(at))![0].length || (i > 0 && value[at] === ' ' ? 1 : 0);
    if (i > 0 && gap === 0) return undefined;
    const text = line.text.slice(indent);
    if (!value.startsWith(text, at + gap)) return undefined;
    runs.push({ at: at + gap, from: line.from + indent, length: text.length });
    at += gap + text.length;
  }
  return /^\n*$/.test(value.slice(at)) ? runs : undefined;
}

/**
 * The lines of a plain or quoted value over several lines as runs of `value`, or undefined when it is on one line or
 * its lines do not read back as the value (an escape, '' in single quotes). YAML joins two lines with a space, and
 * lines with empty ones between them with a line break for each empty one; the blanks around a line break are dropped.
 */
function foldedRuns(source: string, value: string): Run[] | undefined {
  if (!source.includes('\n')) return undefined;
  const quote = /^(["'])[^]*\1$/.exec(source)?.[1];
  if ((quote === '"' && source.includes('\\')) || (quote === "'" && source.slice(1, -1).includes("''"))) return undefined;
  const inner = quote ? 1 : 0;
  const lines = lineStarts(source.slice(inner, source.length - inner));
  const runs: Run[] = [];
  let read = '';
  let empty = 0;
  for (const [i, line] of lines.entries()) {
    const lead = i === 0 ? 0 : /^[ \t]*/.exec(line.text)![0].length;
    const text = i === lines.length - 1 ? line.text.slice(lead) : line.text.slice(lead).replace(/[ \t]+$/, '');
    if (text === '' && i > 0 && i < lines.length - 1) {
      empty++;
      continue;
    }
    if (i > 0) read += empty > 0 ? '\n'.repeat(empty) : ' ';
    empty = 0;
    if (text !== '') runs.push({ at: read.length, from: inner + line.from + lead, length: text.length });
    read += text;
  }
  return read === value ? runs : undefined;
}

const spaces = (line: string): number => /^ */.exec(line)![0].length;

/** Each line of `text` (without its line break, \n or \r\n) and where it starts. */
function lineStarts(text: string): { text: string; from: number }[] {
  const out: { text: string; from: number }[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line.replace(/\r$/, ''), from });
    from += line.length + 1;
  }
  return out;
}
