// Tables pasted into the text that Markdown does not read as tables: rows between | written without the |---| line
// under the first, and lines with tabs between their cells, as Word's "copy as text" and spreadsheets give. On the site
// either runs together into one paragraph, and nothing says so. A check of the text alone, like the other text
// checks (validate/index.ts); text in code is left alone, and a line indented as code is indented-text's.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { clip } from '../../util/clip.js';
import { pastedBullet } from './bullets.js';

/** A line of a paragraph, after a quote's > and a list item's indent, with where its text starts. */
const LINE = /^([ \t>]*)(.*?)\s*$/su;
/** A line between | signs (the last one not escaped), as a table's row is written. */
const PIPE_ROW = /^\|.*[^\\]\|$/s;
/** The line under a table's first row: | - : and spaces only. */
const SEPARATOR = /^[-:|][-:|\s]*$/;
/** A cell that is a list's marker ("a)", "2.", "iv."): lines starting with one are a list pasted with tabs, not a table. */
const MARKER = /^(?:\d{1,9}|[a-zA-Z]|[ivxIVX]+)[.)]$/;

interface Row {
  /** Offset of the row's text in the body. */
  readonly offset: number;
  readonly text: string;
}

/** A row's cells, split at | signs not escaped as \|, as markdown-it splits them (the outer | taken off). */
const pipeCells = (row: string): string[] => row.slice(1, -1).split(/(?<!\\)\|/);
/** A Markdown text's cell as a table's cell: a | in it escaped, so it stays in the cell (one escaped already is). */
const cell = (text: string): string => text.trim().replace(/(?<!\\)\|/g, '\\|');
/** The line under a first row of `columns` cells. */
const separator = (columns: number): string => `|${'---|'.repeat(columns)}`;
/** Cells as a table's row, each written by `cellOf`. */
const tableRow = (cells: readonly string[], cellOf = cell): string => `| ${cells.map(cellOf).join(' | ')} |`;

/**
 * The tabs of a line (its text without the indent and trailing space): one less than the columns it makes; 0 for a
 * line without, or a list pasted with its bullet or marker. Two or more lines in a row with the same number other
 * than 0 are a table pasted with tabs; minutes import writes them as one (tabbedTable).
 */
export function tabs(text: string): number {
  const first = text.indexOf('\t');
  if (first === -1 || pastedBullet(text) !== undefined || MARKER.test(text.slice(0, first).trim())) return 0;
  let n = 0;
  for (let at = first; at !== -1; at = text.indexOf('\t', at + 1)) n++;
  return n;
}

/**
 * Lines with tabs between their cells as a Markdown table: the first the header row, then the |---| line. `cellOf`
 * writes a cell's text, as Markdown by default (a plain text's cells are escaped otherwise, see import/literal.ts).
 */
export const tabbedTable = (texts: readonly string[], cellOf = cell): string => markdownTable(texts.map((t) => t.split('\t')), cellOf);

/** Rows of cells as a Markdown table: the first the header row, then the |---| line as wide as it. */
export const markdownTable = (rows: readonly (readonly string[])[], cellOf = cell): string =>
  [tableRow(rows[0]!, cellOf), separator(rows[0]!.length), ...rows.slice(1).map((r) => tableRow(r, cellOf))].join('\n');

/** A pipe row's kind for a run: 2 a row, 1 the |---| line under a table's first row, 0 no row. */
const pipeKind = (text: string): number => (PIPE_ROW.test(text) ? (SEPARATOR.test(text) ? 1 : 2) : 0);

/** The runs of two or more lines in a row that `key` gives the same key other than 0. */
function runs(rows: readonly (Row | undefined)[], key: (row: Row) => number): Row[][] {
  const found: Row[][] = [];
  let run: Row[] = [];
  let runKey = 0;
  for (const row of [...rows, undefined]) {
    const k = row ? key(row) : 0;
    if (k !== 0 && k === runKey) {
      run.push(row!);
      continue;
    }
    if (run.length > 1) found.push(run);
    run = k !== 0 ? [row!] : [];
    runKey = k;
  }
  return found;
}

/**
 * Whether two lines in a row of the text hold `ch` and are such lines, seen in the lines that hold it only: a text with
 * tables written right, or a tab in one line, is not parsed. `same` says whether two lines in a row are of one run.
 */
function mayHoldRun(body: string, ch: string, same: (a: Row, b: Row, before: Row | undefined) => boolean): boolean {
  let before: Row | undefined;
  let last: (Row & { end: number }) | undefined;
  for (let at = body.indexOf(ch); at !== -1; at = body.indexOf(ch, at + 1)) {
    const start = body.lastIndexOf('\n', at) + 1;
    const newline = body.indexOf('\n', at);
    const end = newline === -1 ? body.length : newline;
    const m = LINE.exec(body.slice(start, end))!;
    const row = { offset: start + m[1]!.length, text: m[2]!, end };
    if (last && last.end + 1 === start && same(last, row, before)) return true;
    before = last && last.end + 1 === start ? last : undefined;
    last = row;
    at = end;
  }
  return false;
}

/** The quote's > signs and indent of a row: a row of a table has its table's. */
const prefixOf = (body: string, row: Row): string => body.slice(body.lastIndexOf('\n', row.offset - 1) + 1, row.offset);

export function pastedTableFindings(file: string, body: string, bodyOffset: number): Finding[] {
  // Two rows in a row, neither the |---| line, and the line before them no row of the same table (a table's rows after
  // its |---| line have its > signs and indent).
  const pipes =
    body.includes('|') &&
    mayHoldRun(body, '|', (a, b, before) => pipeKind(a.text) === 2 && pipeKind(b.text) === 2 && !(before && pipeKind(before.text) !== 0 && prefixOf(body, before) === prefixOf(body, a)));
  const tabbed = body.includes('\t') && mayHoldRun(body, '\t', (a, b) => tabs(a.text) !== 0 && tabs(a.text) === tabs(b.text));
  if (!pipes && !tabbed) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  const finding = (row: Row, code: 'table-without-separator' | 'table-with-tabs', message: string, hint: string): void => {
    findings.push({ file, where: { kind: 'offset', offset: bodyOffset + row.offset, length: 1 }, code, message, hint });
  };
  for (const t of tokens) {
    if (t.type !== 'paragraph_open' || !t.map) continue;
    const rows: Row[] = [];
    for (let line = t.map[0]; line < t.map[1]; line++) {
      const m = LINE.exec(body.slice(lineStart(line), lineStart(line + 1)))!;
      rows.push({ offset: lineStart(line) + m[1]!.length, text: m[2]! });
    }
    if (pipes) {
      // A run of rows and |---| lines whose first two are rows: one with a |---| line second, with too few or many
      // columns, leaves a paragraph too, but is not said here.
      for (const run of runs(rows, (row) => (pipeKind(row.text) === 0 ? 0 : 1))) {
        const first = run[0]!;
        if (pipeKind(first.text) !== 2 || pipeKind(run[1]!.text) !== 2) continue;
        const under = separator(pipeCells(first.text).length);
        finding(
          first,
          'table-without-separator',
          `${run.length} rader i rad står mellan |, men blir ingen tabell eftersom raden med |---| under den första saknas: på webbplatsen flyter de ihop till ett stycke.`,
          `Skriv den här raden under den första, med lika många kolumner som den, så blir raderna en tabell: "${clip(under)}"`,
        );
      }
    }
    if (tabbed) {
      for (const run of runs(rows, (row) => tabs(row.text))) {
        const first = run[0]!;
        finding(
          first,
          'table-with-tabs',
          `${run.length} rader i rad har tabbar mellan orden, som en tabell kopierad från Word eller ett kalkylark, men blir ingen tabell: på webbplatsen flyter de ihop till ett stycke.`,
          `Skriv raderna som en tabell, med | mellan kolumnerna och en rad med |---| under den första: "${clip(tableRow(first.text.split('\t')))}" och "${clip(separator(tabs(first.text) + 1))}"`,
        );
      }
    }
  }
  return findings;
}
