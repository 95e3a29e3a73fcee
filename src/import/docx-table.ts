// A Word table's row between docx.ts, which writes it as one line of marked cells, and the parser (lines.ts), which
// reads it as the lines of text its readers know, its cells joined by commas ("Bo Pettersson, Ria"), and keeps the
// cells for the text (body.ts): a table none of them took is written as a Markdown table.
import { lineAfterBreak, otherBlockStart } from './literal.js';
import { endsWithDate, findDates } from '../util/dates-in-text.js';
import { append } from '../util/append.js';
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

/**
 * A row's cells with text, joined by commas, each its paragraphs joined by spaces: "Bo Pettersson, Ria". A cell that
 * ends in a label's colon ("Datum:", bold "**Datum:**") is followed by a space, as the label's line is written:
 * "Datum: 4 april 2016", never "Datum:, 4 april 2016".
 */
export const commaText = (cells: readonly (readonly CellParagraph[])[]): string => {
  const texts = cells.filter((c) => c.length > 0).map((c) => c.map(textOf).join(' '));
  return texts.map((text, k) => (k === 0 ? text : `${LABEL_END.test(texts[k - 1]!) ? ' ' : ', '}${text}`)).join('');
};

/** A label's colon at a cell's end, perhaps inside its bold or italics. */
const LABEL_END = /:[*_]*$/;

/** A row of a Word table as the text keeps it: whether it starts its table, and its cells' Markdown. */
export interface WordRow {
  readonly startsTable: boolean;
  /** Each cell's Markdown, its paragraphs and lines joined by `<br>` (the only line break in a Markdown table's cell). */
  readonly cells: readonly string[];
  /** Several cells with a list in one: read as paragraphs and the list in turn (see `rowLines`), none a heading. */
  readonly listBeside?: true;
}

/**
 * A line `writeRow` wrote: the lines of text it is read as, the cells with text joined by commas and a cell's
 * paragraphs by spaces, a new line at each of Word's line breaks, as a row has always been read ("Bo Pettersson,
 * Ria"), each after a break escaped as at a paragraph's start (lines.ts marks the break a hard one); and the row.
 * Undefined for any other line.
 */
export function readRow(line: string): { readonly texts: readonly string[]; readonly broken: ReadonlySet<number>; readonly row: WordRow } | undefined {
  if (line[0] !== TABLE && line[0] !== ROW) return undefined;
  const cells = line.slice(1).split(CELL);
  const paragraphs = cells.map((c) => (c === '' ? [] : c.split(PARAGRAPH)));
  const { texts, broken, listBeside } = rowLines(paragraphs);
  // A list's bullet or number stays before its item's text in the cell, as typed: "• ett<br>• två", "1. ett<br>2. två".
  const cell = (c: string) => c.split(/[\uE005\uE006]/).map((line) => beforeBreak(line).replace(ITEM, ' ')).join('<br>');
  return { texts, broken, row: { startsTable: line[0] === TABLE, cells: cells.map(cell), ...(listBeside ? { listBeside } : {}) } };
}

/**
 * The lines a row's cells are read as. A row whose one cell with text holds a list, or several paragraphs (a framed
 * box: "Beslut:" above "Att köpa hyllor."), is that cell's paragraphs and list (see `boxLines`); but a box whose
 * paragraphs end in a date is a title written in a box ("Protokoll", "Styrgruppen", "7 mars 2016"), read as one line,
 * as a title is. A row of several cells with a list in one is its cells' paragraphs and lists in turn, the cells
 * beside each other without a list joined by commas ("Att göra", then "- Boka lokal", "- Skicka"). Any other row is
 * its cells with text joined by commas (see `commaText`).
 */
function rowLines(cells: readonly (readonly string[])[]): BrokenLines & { readonly listBeside?: true } {
  const hasList = (c: readonly string[]) => c.some((p) => ITEM_MARKER.test(p));
  const withText = cells.filter((c) => c.length > 0);
  const one = withText.length === 1 ? withText[0]! : undefined;
  if (one !== undefined && (hasList(one) || (one.length > 1 && !endsInDate(commaText(cells))))) return boxLines(one);
  if (one !== undefined || !withText.some(hasList)) return brokenLines([commaText(cells)]);
  const parts: BrokenLines[] = [];
  let plain: (readonly string[])[] = [];
  const flush = () => {
    if (plain.length > 0) parts.push(brokenLines([commaText(plain)]));
    plain = [];
  };
  for (const c of withText) {
    if (!hasList(c)) plain.push(c);
    else {
      flush();
      parts.push(boxLines(c));
    }
  }
  flush();
  return { ...inTurn(parts), listBeside: true };
}

/** A date ends the text, as a title's does ("Styrgruppen 7 mars 2016 kl. 13.30–15.00"). */
const endsInDate = (text: string): boolean => {
  const last = findDates(text).at(-1);
  return last !== undefined && endsWithDate(text, last);
};

/** Lines of text, blank ones between them, and the indexes of those that end in Word's line break. */
interface BrokenLines {
  readonly texts: string[];
  readonly broken: Set<number>;
}

/**
 * Texts, each split at Word's line breaks: a new line at each, escaped as at a paragraph's start (see docx.ts,
 * `hardBroken`), a blank line between two texts.
 */
function brokenLines(texts: readonly string[]): BrokenLines {
  const out: BrokenLines = { texts: [], broken: new Set() };
  texts.forEach((text, k) => {
    if (k > 0) out.texts.push('');
    text.split(BREAK).forEach((t, j) => {
      if (j > 0) out.broken.add(out.texts.length - 1);
      out.texts.push(j === 0 ? t : lineAfterBreak(t.trim()));
    });
  });
  return out;
}

/** Blocks of lines one after another, a blank line between two. */
function inTurn(parts: readonly BrokenLines[]): BrokenLines {
  const out: BrokenLines = { texts: [], broken: new Set() };
  for (const part of parts) {
    if (out.texts.length > 0) out.texts.push('');
    for (const k of part.broken) out.broken.add(out.texts.length + k);
    append(out.texts, part.texts);
  }
  return out;
}

/**
 * The lines of a cell with a list, or of a row's one cell with text (a one-column table's, a framed box), which stays text:
 * each paragraph of the cell a paragraph, and the list's items a Markdown list as Word shows it ("- Boka lokal",
 * "1. Leif", an item a level in, "◦", under the item above it), not its items' text run together. A paragraph's line
 * is escaped where Markdown would read a block of its own, as at a paragraph's start in a .docx (docx.ts, `typed`).
 */
function boxLines(paragraphs: readonly string[]): BrokenLines {
  const out: BrokenLines = { texts: [], broken: new Set() };
  /** How far in the text of the last item at the list's top stands: a "◦" item goes there. */
  let inner = 0;
  let itemAbove = false;
  for (const p of paragraphs) {
    const marker = ITEM_MARKER.exec(p)?.[0].slice(0, -1);
    if (out.texts.length > 0 && !(itemAbove && marker !== undefined)) out.texts.push('');
    const text = marker === undefined ? p : p.slice(marker.length + 1);
    let start = '';
    if (marker === '◦' && itemAbove) start = `${' '.repeat(inner)}- `;
    else if (marker !== undefined) {
      start = marker === '•' || marker === '◦' ? '- ' : `${marker} `;
      inner = start.length;
    }
    itemAbove = marker !== undefined;
    const lines = brokenLines([text]);
    lines.texts[0] = start + otherBlockStart(lines.texts[0]!.trim());
    for (const k of lines.broken) out.broken.add(out.texts.length + k);
    append(out.texts, lines.texts);
  }
  return out;
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
