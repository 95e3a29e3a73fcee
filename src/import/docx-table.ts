// A Word table's row between docx.ts, which writes it as one line of marked cells, and the parser (lines.ts), which
// reads it as the lines of text its readers know, its cells joined by commas ("Bo Pettersson, Ria"), and keeps the
// cells for the text (body.ts): a table none of them took is written as a Markdown table.
import { lineAfterBreak } from './literal.js';
import { endsEscaping } from '../util/unescaped.js';

/**
 * Marks in private-use characters, which minutes never hold (as docx.ts's number marks): a row that starts a table or
 * goes on with one, the edge between two cells, between two paragraphs of a cell, Word's line break in one, and the end
 * of a list's bullet or number before its item's text.
 */
const TABLE = '\uE002';
const ROW = '\uE003';
const CELL = '\uE004';
const PARAGRAPH = '\uE005';
const BREAK = '\uE006';
const ITEM = '\uE007';
const ANY_MARK = /[\uE002-\uE007]/g;
/** A paragraph's bullet or number, up to its ITEM mark (see `CellParagraph`). */
const ITEM_MARKER = /^[^\uE005-\uE007]*\uE007/;

/** Word's most columns: a cell spanning more (a damaged or hostile file) spans this many, so that a row stays small. */
const MAX_SPAN = 63;

/** How many columns and rows a cell spans. */
export interface Span {
  readonly colspan: number;
  readonly rowspan: number;
}

/**
 * A paragraph of a cell: its Markdown, or a list's item in it, with the bullet or number Word shows before it ("•",
 * "2."), which the cell shows as typed (a table's cell holds no list) and the readers of the row's text leave out.
 */
export type CellParagraph = string | { readonly marker: string; readonly text: string };

/** A cell as the converter reads it: its paragraphs, and its span. */
export interface WordCell extends Span {
  readonly paragraphs: readonly CellParagraph[];
}

/** A cell's span from mammoth's `colspan="2"` or `rowspan="2"`, 1 when there is none. */
export const span = (attrs: string, name: 'colspan' | 'rowspan'): number => {
  const n = Math.max(Number(new RegExp(`${name}="(\\d{1,9})"`).exec(attrs)?.[1] ?? 1), 1);
  return name === 'colspan' ? Math.min(n, MAX_SPAN) : n;
};

/**
 * A table's rows laid out on its grid: mammoth leaves out the cells merged into one above them (giving that one a
 * `rowspan`), and a cell merged across columns is one with a `colspan`; each merged cell's text stays in its first
 * cell, and the cells it covers are empty, so every cell stands in its column.
 */
export class TableGrid {
  /** For each column, the rows under this one still covered by a cell merged down into them. */
  private readonly covered: number[] = [];
  /** No row with text has been written yet: the next one starts the table. */
  first = true;

  /** The row's cells, each its paragraphs, one a column. */
  place(cells: readonly WordCell[]): (readonly CellParagraph[])[] {
    const out: (readonly CellParagraph[])[] = [];
    const skipCovered = () => {
      while ((this.covered[out.length] ?? 0) > 0) {
        this.covered[out.length]!--;
        out.push([]);
      }
    };
    for (const cell of cells) {
      skipCovered();
      for (let k = 0; k < cell.colspan; k++) {
        this.covered[out.length] = cell.rowspan - 1;
        out.push(k === 0 ? cell.paragraphs : []);
      }
    }
    while (out.length < this.covered.length) {
      skipCovered();
      if (out.length < this.covered.length) out.push([]);
    }
    return out;
  }
}

/** A row as one line of marked cells (see `readRow`); empty when no cell has text, which writes nothing. */
export function writeRow(cells: readonly (readonly CellParagraph[])[], grid: TableGrid): string {
  if (!cells.some((c) => c.length > 0)) return '';
  const start = grid.first ? TABLE : ROW;
  grid.first = false;
  const marked = (text: string) => text.replace(ANY_MARK, '').replace(/[ \t]*\n\s*/g, BREAK);
  const cell = (paragraphs: readonly CellParagraph[]) => paragraphs.map((p) => (typeof p === 'string' ? marked(p) : `${p.marker.replace(ANY_MARK, '')}${ITEM}${marked(p.text)}`)).join(PARAGRAPH);
  return start + cells.map(cell).join(CELL);
}

/** A paragraph's text, without a list's bullet or number. */
const textOf = (p: CellParagraph): string => (typeof p === 'string' ? p.replace(ITEM_MARKER, '') : p.text);

/** A row's cells with text, joined by commas, each its paragraphs joined by spaces: "Bo Pettersson, Ria". */
export const commaText = (cells: readonly (readonly CellParagraph[])[]): string =>
  cells
    .filter((c) => c.length > 0)
    .map((c) => c.map(textOf).join(' '))
    .join(', ');

/** A row of a Word table as the text keeps it: whether it starts its table, and its cells' Markdown. */
export interface WordRow {
  readonly startsTable: boolean;
  /** Each cell's Markdown, its paragraphs and lines joined by `<br>` (the only line break in a Markdown table's cell). */
  readonly cells: readonly string[];
}

/**
 * A line `writeRow` wrote: the lines of text it is read as, the cells with text joined by commas and a cell's
 * paragraphs by spaces, a new line at each of Word's line breaks, as a row has always been read ("Bo Pettersson,
 * Ria"), each after a break escaped as at a paragraph's start (lines.ts marks the break a hard one); and the row.
 * Undefined for any other line.
 */
export function readRow(line: string): { readonly texts: readonly string[]; readonly row: WordRow } | undefined {
  if (line[0] !== TABLE && line[0] !== ROW) return undefined;
  const cells = line.slice(1).split(CELL);
  // After Word's line break, a line of the row's text as at a paragraph's start (see docx.ts, `hardBroken`).
  const texts = commaText(cells.map((c) => (c === '' ? [] : c.split(PARAGRAPH))))
    .split(BREAK)
    .map((t, k) => (k === 0 ? t : lineAfterBreak(t.trim())));
  // A list's bullet or number stays before its item's text in the cell, as typed: "• ett<br>• två", "1. ett<br>2. två".
  const cell = (c: string) => c.split(/[\uE005\uE006]/).map((line) => beforeBreak(line).replace(ITEM, ' ')).join('<br>');
  return { texts, row: { startsTable: line[0] === TABLE, cells: cells.map(cell) } };
}

/**
 * A cell's line before a `<br>`: a typed backslash at its end (never escaped, as nothing follows it in Word) doubled,
 * or it would escape the `<br>`'s "<" and show the tag as text.
 */
const beforeBreak = (line: string): string => (endsEscaping(line) ? `${line}\\` : line);

/**
 * A Word table's rows as a Markdown table's: without the columns empty in every row (a layout's margin), every row as
 * wide as the widest. Undefined for a table of one row or of one column with text, which stays as its rows' text:
 * a heading row with nothing under it, or a framed box of paragraphs. The first row is the header, as a table pasted
 * as text has its first line: in minutes it nearly always names the columns, and when it holds data instead it is
 * shown, all of it, in bold.
 */
export function wordTable(rows: readonly WordRow[]): string[][] | undefined {
  if (rows.length < 2) return undefined;
  const kept = textColumns(rows);
  return kept.length < 2 ? undefined : rows.map((r) => kept.map((k) => r.cells[k] ?? ''));
}

/** The columns of a table's rows with text in a row at least, by index: a column empty in every row is a margin. */
export function textColumns(rows: readonly WordRow[]): number[] {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const kept: number[] = [];
  for (let k = 0; k < width; k++) if (rows.some((r) => (r.cells[k] ?? '') !== '')) kept.push(k);
  return kept;
}
