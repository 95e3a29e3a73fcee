// Front matter indented with tabs, which YAML refuses: each such line as it is with spaces, to write in its place,
// and the fields that read the same whether a tab is taken for one space or for two, so that they are still checked.
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import { LineIndex } from './source.js';
import { Y } from './yaml-lib.js';
import { soundFields } from './yaml-partial.js';
import { clip } from '../util/clip.js';
import { isRecord } from '../util/is-record.js';

export interface TabbedLine {
  readonly start: number;
  readonly end: number;
  /** The line's indentation from its first tab on. */
  readonly tabs: readonly [number, number];
}

export interface TabbedIndent {
  /**
   * Every line whose indentation starts with a tab, in order, beside those of the parser's errors: once misled by one
   * (a block of text after "summary: |" read as a field's name), the parser may say nothing of the lines after it.
   */
  readonly lines: readonly TabbedLine[];
  /** The line whose indentation holds the tab at `tab`. */
  line(tab: number): TabbedLine;
  /** What to write in its place: the line with two spaces a tab, where that reads without an error. */
  hint(line: TabbedLine): string;
  /**
   * The lines (numbers) that still read with an error with every tabbed line written as its hint says: of the errors
   * below a tab, only those there are the lines' own, the others the tab's.
   */
  badAsWritten(): ReadonlySet<number>;
  /** Of `fields` (read with a space a tab), those that read the same with two spaces a tab (`entries` 2: or, of a section, its entries that do). */
  agreeing(fields: Record<string, unknown>, entries?: 1 | 2): Record<string, unknown> | undefined;
}

/** The lines of `doc`'s errors whose indentation holds a tab, in `text`, parsed again as `parse` does. */
export function tabbedIndent(text: string, lines: LineIndex, doc: Document.Parsed, parse: (text: string) => Document.Parsed): TabbedIndent {
  const line = (offset: number): TabbedLine | undefined => {
    const start = lines.lineStart(offset);
    const end = lines.lineEnd(offset);
    const indent = /^[ \t]*/.exec(text.slice(start, Math.min(end, start + 200)))![0];
    const tab = indent.indexOf('\t');
    return tab === -1 ? undefined : { start, end, tabs: [start + tab, start + indent.length] };
  };
  const tabbed = new Map<number, TabbedLine>();
  for (const e of [...doc.errors, ...doc.warnings]) {
    const l = line(e.pos[0]);
    if (l) tabbed.set(l.start, l);
  }
  const started = tabStartedLines(text);
  for (const l of started.written) if (!tabbed.has(l.start)) tabbed.set(l.start, l);
  if (started.blank.length > 0) {
    // A blank line or a comment indented with a tab is a problem only in a block of text (after "summary: |"), where
    // it is a line of the text: said where, with two spaces a tab, it is one.
    const around = spaceOut(text, [...tabbed.values(), ...started.blank]);
    const index = new LineIndex(around);
    const inBlock = new Set<number>();
    Y.visit(parse(around), {
      Scalar(_, node) {
        if ((node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') || !node.range) return;
        const last = index.position(Math.max(node.range[0], node.range[1] - 1)).line;
        for (let l = index.position(node.range[0]).line + 1; l <= last; l++) inBlock.add(l);
      },
    });
    for (const l of started.blank) if (!tabbed.has(l.start) && inBlock.has(lines.position(l.start).line)) tabbed.set(l.start, l);
  }
  // An editor shows a tab as two spaces or more, and a note-taker who indents with tabs indents with one a level:
  // two spaces a tab gives the lines as meant ("\t- Anna" under "attendees:", "\t  what:" or "\t\twhat:" under "\t- who:").
  const spaced = spaceOut(text, [...tabbed.values()]);
  /** `text` read again, and the lines of it that read with an error. */
  const readAgain = (text: string) => {
    const again = parse(text);
    const index = new LineIndex(text);
    const badLines = new Set([...again.errors, ...again.warnings].map((e) => index.position(e.pos[0]).line));
    // Nor a line that runs on a text above it (" - Anna" over "\t- Bo" is "Anna - Bo" with two spaces): no error, but not what was meant.
    Y.visit(again, {
      Scalar(_, node) {
        if (node.type !== 'PLAIN' || !node.range) return;
        const [first, last] = [index.position(node.range[0]).line, index.position(node.range[1]).line];
        for (let l = first + 1; l <= last; l++) badLines.add(l);
      },
    });
    return { doc: again, badLines };
  };
  let read: { doc: Document.Parsed; badLines: Set<number> } | undefined;
  const reread = () => (read ??= readAgain(spaced));
  /**
   * The line `l` indented as a line above it is, where that reads without an error ("\tdue:" under "    what:" is
   * "    due:"): the columns of the lines above, the nearest first, up to the first at the margin.
   */
  const aligned = (l: TabbedLine, number: number): string | undefined => {
    const rows = spaced.split('\n');
    const own = text.slice(l.tabs[1], l.end);
    const columns = new Set<number>();
    for (let n = number - 2; n >= 0 && columns.size < 6; n--) {
      const m = /^( *)((?:-[ ]+)*)([^\s#])?/.exec(rows[n]!)!;
      if (m[3] === undefined) continue;
      columns.add(m[1]!.length + m[2]!.length).add(m[1]!.length);
      if (m[1]!.length === 0) break;
    }
    for (const column of columns) {
      const line = `${' '.repeat(column)}${own}`;
      if (!readAgain(rows.map((r, i) => (i === number - 1 ? line : r)).join('\n')).badLines.has(number)) return line.replace(/\r$/, '');
    }
    return undefined;
  };
  const sorted = [...tabbed.values()].sort((a, b) => a.start - b.start);
  return {
    lines: sorted,
    line: (tab) => line(tab)!,
    badAsWritten: () => {
      if (!sorted.some((l) => reread().badLines.has(lines.position(l.start).line))) return reread().badLines;
      const rows = spaced.split('\n');
      for (const l of sorted) {
        const number = lines.position(l.start).line;
        if (reread().badLines.has(number)) rows[number - 1] = aligned(l, number) ?? rows[number - 1]!;
      }
      return readAgain(rows.join('\n')).badLines;
    },
    hint: (l) => {
      // Lines keep their numbers: only the indentation of each changes.
      const number = lines.position(l.start).line;
      if (l.tabs[1] >= l.end || text[l.tabs[1]] === '\r') return 'Ta bort tabbarna, så att raden blir tom.';
      if (reread().badLines.has(number)) {
        const line = aligned(l, number);
        const around = 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring';
        return line === undefined ? `${around}.` : `${around}: "${clip(line)}"`;
      }
      const written = spaceOut(text.slice(l.start, l.end), [{ start: 0, end: l.end - l.start, tabs: [l.tabs[0] - l.start, l.tabs[1] - l.start] }]).replace(/\r$/, '');
      return `Skriv två mellanslag i stället för varje tabb i början av raden: "${clip(written)}"`;
    },
    agreeing: (fields, entries) => {
      const { doc: again } = reread();
      const other = soundFields(again, spaced, [...again.errors, ...again.warnings].map((e) => e.pos), [], entries) ?? {};
      return same(fields, other, entries === 2);
    },
  };
}

/** The fields of `fields` that `other` has the same; with `deeper`, of a field that differs, the entries that do not. */
function same(fields: Record<string, unknown>, other: Record<string, unknown>, deeper: boolean): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const theirs = other[key];
    if (isDeepStrictEqual(value, theirs)) out[key] = value;
    else if (deeper && isRecord(value) && isRecord(theirs)) {
      const entries = same(value, theirs, false);
      if (entries) out[key] = entries;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}


/**
 * The lines of `text` whose indentation starts with a tab, in one pass: those with text are never YAML where fields
 * start at the margin, as in front matter and the registries (a block of text needs a space before its lines, a
 * continued value is refused a tab there); blank lines and comments are, except in a block of text. A tab after
 * spaces may be text (in a block, past its indentation), so such a line is left to the parser.
 */
export function tabStartedLines(text: string): { written: TabbedLine[]; blank: TabbedLine[] } {
  const written: TabbedLine[] = [];
  const blank: TabbedLine[] = [];
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    if (text[start] === '\t') {
      let at = start;
      while (text[at] === '\t' || text[at] === ' ') at++;
      (at < end && text[at] !== '#' && text[at] !== '\r' ? written : blank).push({ start, end, tabs: [start, at] });
    }
    start = end + 1;
  }
  return { written, blank };
}

/** `text` with each tab in the indentation of `lines` two spaces. */
function spaceOut(text: string, lines: readonly TabbedLine[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const l of [...lines].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, l.tabs[0]), text.slice(l.tabs[0], l.tabs[1]).replace(/\t/g, '  '));
    at = l.tabs[1];
  }
  parts.push(text.slice(at));
  return parts.join('');
}
