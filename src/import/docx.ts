// The small HTML that mammoth makes of a Word document -> Markdown-like text the parser reads like any other
// source: headings as `#`, list items as `-`/`1.` indented by depth, paragraphs separated by blank lines. Word's
// formatting becomes Markdown; the text typed in Word is escaped where Markdown would read it as markup (literal.ts).
import { emphasis, link, settleEmphasis } from './docx-emphasis.js';
import { Block, type LineStart } from './docx-block.js';
import { commaText, span, TableGrid, writeRow, type CellParagraph, type Span } from './docx-table.js';
import { lineAfterBreak, literalPiece, otherBlockStart, unclosedHeading } from './literal.js';
import { append } from '../util/append.js';

/**
 * A number as Word shows it before a numbered paragraph ("2.", "2.1", "§ 2", "Punkt 2"), marked by docx-numbers.ts
 * as the paragraph's first text in private-use characters, which minutes never hold.
 */
export const NUMBER_MARK = /\uE000([^\uE000\uE001]*)\uE001/g;
/** NUMBER_MARK at the start of a block's text, made once. */
const LEADING_MARK = new RegExp(`^${NUMBER_MARK.source}`);
export const numberMark = (shown: string): string => `\uE000${shown}\uE001`;
/**
 * A number shown as its own alone, with at most a full stop or brackets: "2.", "2)", "(2)"; in digits, and without a
 * leading zero ("02.", Word's decimalZero), which Markdown's list would not show.
 */
const OWN_NUMBER = /^\(?(0|[1-9]\d*)[.)]?$/;
/** A number shown with those of the levels above it: "2.1", "2.1.3.". */
const OUTLINE_NUMBER = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))+\.?$/;

const OTHER_DELIMITER = { '.': ')', ')': '.' } as const;

/** A text's parts: the numbers Word shows (NUMBER_MARK) at odd places, typed text at even ones. */
const MARK_PARTS = /(\uE000[^\uE000\uE001]*\uE001)/;

/**
 * A text node's typed text as written (see literal.ts), the numbers marked in it as they are. `lineStart`: it starts
 * the block's line (after spaces and the number Word shows, if any), where Markdown would also read a quote, a rule,
 * a fence or a link's definition. Never a list's number or bullet, nor a heading's "#": typed, those are the
 * structure the import reads, as in a .md file.
 */
function typed(text: string, lineStart: boolean): string {
  const parts = text.split(MARK_PARTS);
  const startAt = lineStart ? (parts.length > 1 && parts[0]!.trim() === '' ? 2 : 0) : -1;
  return parts
    .map((part, k) => {
      if (k % 2 === 1) return part;
      const lead = /^\s*/.exec(part)![0];
      const piece = literalPiece(part.slice(lead.length));
      return lead + (k === startAt ? otherBlockStart(piece) : piece);
    })
    .join('');
}

/** A block's lines between Word's line breaks (Shift+Enter), trimmed, blank ones left out (see `withEmptyLines`). */
const wordLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * A paragraph's or an item's lines between Word's line breaks, trimmed, with the empty line two breaks in a row (or
 * more) leave between them, one however many, as Word shows it: a line of its own with a hard line break (see
 * `hardBroken`). None at the block's ends, where Word shows nothing.
 */
const withEmptyLines = (text: string): string[] => {
  const out: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) if (line !== '' || (out.length > 0 && out[out.length - 1] !== '')) out.push(line);
  if (out[out.length - 1] === '') out.pop();
  return out;
};

/**
 * Word's lines as one Markdown block, as Word shows them: a hard line break after each but the last, two spaces, which
 * the import writes as a backslash (body.ts, `withBreaks`) and the readers of the text's head (title, attendance) trim
 * off; each line after a break escaped where Markdown would read it as a block of its own (literal.ts).
 */
const hardBroken = (lines: readonly string[]): string[] =>
  lines.map((line, k) => (line === '' ? EMPTY_LINE : `${k === 0 ? line : lineAfterBreak(line)}${k < lines.length - 1 ? '  ' : ''}`));

/**
 * An empty line between two of Word's line breaks: a backslash alone, a hard line break of its own, which the site
 * shows as the empty line Word shows and no editor trims away (two spaces alone would be a blank line, a paragraph's
 * end). The import reads it into the line above (lines.ts, `emptyAfter`), so its readers of the text's head
 * (attendance, secretary, particulars) read past it, and the text writes it back.
 */
const EMPTY_LINE = '\\';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

interface ListLevel {
  readonly ordered: boolean;
  n: number;
  /**
   * Its item has text. Not so the empty item the converter puts a list in when Word numbers a paragraph a level in
   * with none above it: nothing is indented under that one, or Markdown would read the list as code (4 spaces) or
   * as more of the list above.
   */
  filled: boolean;
}

/**
 * The number a list item shows, when Markdown's list shows it too: its own alone ("2." or "2)", written "2.", losing
 * only the punctuation), or after those of the items it is nested in, as the nesting shows it ("2.1" a "1." under
 * "2."). Undefined for any other ("§ 2", "Punkt 2", "2.1" with no "2." item above it), which is typed.
 */
function listNumber(shown: string, item: ListLevel, lists: readonly ListLevel[]): number | undefined {
  const own = OWN_NUMBER.exec(shown);
  if (own) return Number(own[1]);
  if (!OUTLINE_NUMBER.test(shown)) return undefined;
  const parts = shown.split('.').filter((p) => p !== '').map(Number);
  const above = lists.slice(0, lists.indexOf(item));
  const nested = parts.length === above.length + 1 && above.every((l, k) => l.ordered && l.n === parts[k]);
  return nested ? parts[parts.length - 1] : undefined;
}

/** Converts mammoth's HTML. Images are left out (mammoth reports them; the reader counts them). */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  const lists: ListLevel[] = [];
  /**
   * Text of the block being built, as the pieces appended to it (joined when the block is flushed), and where inline
   * markup opened in it: appending and closing markup take time in proportion to what they touch, not to the block's
   * length (a pasted paragraph may hold thousands of runs).
   */
  const buf = new Block();
  let prefix = '';
  /** The ordered list whose item is being built: the number Word shows for it (docx-numbers.ts) goes on from there. */
  let item: ListLevel | undefined;
  /** Inline markup open in the block: where it opened, and whether a line's start could be there (see `lineStart`). */
  const marks: { tag: string; at: number; start: LineStart | undefined; href?: string }[] = [];
  /**
   * The row being built: each cell's texts (its paragraphs'), joined once the row ends; joining them as they came
   * copied the cell so far at each paragraph.
   */
  let cells: CellParagraph[][] | undefined;
  /** How many columns and rows each cell of the row being built spans (`cells` holds their texts). */
  let spans: Span[] | undefined;
  /**
   * The rows of the tables a table being read is in, each as it was when the inner table opened: the inner table's
   * rows are paragraphs of the cell it is in, its cells joined by commas.
   */
  const outer: { cells: CellParagraph[][] | undefined; spans: Span[] | undefined; rowHasText: boolean; rows: string[] | undefined; grid: TableGrid }[] = [];
  /** The rows of a table inside another's cell, as text (see `outer`); undefined when the table is no such. */
  let innerRows: string[] | undefined;
  /** Where the cells of the table being read stand (docx-table.ts). */
  let grid = new TableGrid();
  /** A cell of the row being built has text: known as it is given, not by reading the row's cells at each text. */
  let rowHasText = false;
  /**
   * The number Markdown gives the next item of the list open at each indentation, and the list's delimiter; a block
   * written at or left of it ends the list. An item Word numbers otherwise starts a list of its own, with the other
   * delimiter ("1)" after "2."), which Markdown does not number on from the one above.
   */
  const markdownNext = new Map<number, { readonly n: number; readonly delimiter: '.' | ')' }>();
  /**
   * How far in the items of the list open at `k` are written: past the markers of the filled items they are in, as
   * wide as they are written ("10. " four), or Markdown would read what is under "10." as out of it.
   */
  const depth = (k: number) => lists.slice(0, k).reduce((w, l) => w + (!l.filled ? 0 : l.ordered ? String(l.n).length + 2 : 2), 0);
  const ended = (indent: number) => {
    for (const at of markdownNext.keys()) if (at >= indent) markdownNext.delete(at);
  };

  const flush = (blankAfter: boolean) => {
    let text = buf.take(0, 'lead').replace(/[ \t]+/g, ' ').trim();
    // Markup left open across blocks (never in mammoth's HTML) opened where the next block's start has not been seen.
    for (const m of marks) m.start = undefined;
    const shown = LEADING_MARK.exec(text);
    const n = item && shown ? listNumber(shown[1]!.trim(), item, lists) : undefined;
    if (item && n !== undefined) {
      item.n = n;
      prefix = prefix.replace(/\d+\. $/, `${item.n}. `);
      text = text.slice(shown![0].length).trim();
    }
    // Elsewhere (a numbered heading, a table's cell) the number is typed, as Word shows it. So is an item's that
    // Markdown's list cannot show ("§ 1", "Punkt 1"): the item is a paragraph of its own, as deep as its list (inside the
    // item above it), so that Markdown keeps it apart from the lines around it.
    const typedItem = item !== undefined && shown !== null && n === undefined;
    if (typedItem) prefix = prefix.replace(/\d+\. $/, '');
    // Word indents a bulleted paragraph a level in with none above it, which the converter puts in an empty
    // bulleted item: that item is written, a bare "-", so that Markdown nests the bullets as Word shows them. Not
    // so for a numbered paragraph: the converter wraps it the same way whatever Word's level above is, and Markdown
    // would number on from it (see ListLevel's filled).
    if (!cells && text !== '' && /^ *- $/.test(prefix) && lists.slice(0, -1).some((l) => !l.ordered && !l.filled)) {
      lists.slice(0, -1).forEach((above, k) => {
        if (above.ordered || above.filled) return;
        out.push(`${' '.repeat(depth(k))}-`);
        ended(depth(k));
        above.filled = true;
      });
      prefix = `${' '.repeat(depth(lists.length - 1))}- `;
    }
    const indent = prefix.length - prefix.trimStart().length;
    const numbered = /^(\d+)\. $/.exec(prefix.slice(indent));
    const open = markdownNext.get(indent);
    const offNumber = numbered !== null && open !== undefined && open.n !== Number(numbered[1]);
    const delimiter = open === undefined ? '.' : offNumber ? OTHER_DELIMITER[open.delimiter] : open.delimiter;
    if (numbered) prefix = `${prefix.slice(0, -2)}${delimiter} `;
    item = undefined;
    text = settleEmphasis(text.replace(NUMBER_MARK, (_, number: string) => `${number} `).trim());
    const lines = wordLines(text);
    if (cells) {
      if (lines.length > 0 && cells.length > 0) {
        // A list's item in a cell keeps the bullet or number Word shows, which a table's cell shows as typed.
        const marker = numbered ? `${numbered[1]}.` : prefix.slice(indent) === '- ' ? (lists.length > 1 ? '◦' : '•') : '';
        cells[cells.length - 1]!.push(marker === '' ? lines.join('\n') : { marker, text: lines.join('\n') });
        rowHasText = true;
      }
      prefix = '';
      return;
    }
    if (typedItem && out.length > 0 && out[out.length - 1] !== '') out.push('');
    if (lines.length > 0) {
      // A heading is one line, its lines joined as Word's navigation pane and table of contents show them.
      if (prefix.startsWith('#')) out.push(prefix + unclosedHeading(lines.join(' ')));
      else out.push(...hardBroken(withEmptyLines(text)).map((line, k) => (k === 0 ? prefix : ' '.repeat(prefix.length)) + line));
      const level = lists[lists.length - 1];
      if (level) level.filled = true;
      ended(numbered ? indent + 1 : indent);
      if (numbered) markdownNext.set(indent, { n: Number(numbered[1]) + 1, delimiter });
    }
    prefix = '';
    if ((blankAfter || typedItem) && out.length > 0 && out[out.length - 1] !== '') out.push('');
  };

  /**
   * The next text starts a block's line: nothing but spaces and the number Word shows before it, no bold or italics
   * open around it (their marks start the line), not in a heading (whose text is inline) and, in a table's row, in
   * its first cell with text. After Word's line break the line's start is escaped once the block's text is whole
   * (`hardBroken`), where markup that runs on across the break is known.
   */
  const lineStart = (): boolean =>
    (buf.start === 'lead' || buf.start === 'after') &&
    marks.every((m) => m.tag === 'a') &&
    !prefix.startsWith('#') &&
    !rowHasText;

  const inlineClose = (tag: string) => {
    const i = marks.map((m) => m.tag).lastIndexOf(tag);
    if (i < 0) return;
    const [m] = marks.splice(i, 1);
    // Markup closed before markup opened in it (never in mammoth's HTML): where that opened is no longer known.
    for (const later of marks.slice(i)) later.start = undefined;
    const inner = buf.take(m!.at, m!.start);
    const lead = /^\s*/.exec(inner)![0];
    const trail = inner.slice(inner.trimEnd().length);
    const core = inner.trim();
    let wrapped = core;
    if (core !== '') {
      if (tag === 'strong' || tag === 'b') wrapped = emphasis(core, '**');
      else if (tag === 'em' || tag === 'i') wrapped = emphasis(core, '*');
      else if (tag === 'a' && m!.href && !m!.href.startsWith('#') && core !== m!.href && `mailto:${core}` !== m!.href) wrapped = link(core, m!.href);
    }
    buf.append(lead + wrapped + (core === '' ? '' : trail));
  };

  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      buf.append(typed(decode(m[4]).replace(/\n/g, ' '), lineStart()));
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    if (/^h[1-6]$/.test(tag)) {
      if (closing) flush(true);
      else {
        flush(true);
        prefix = `${'#'.repeat(Number(tag[1]))} `;
      }
    } else if (tag === 'p') {
      if (closing) flush(lists.length === 0);
      else if (lists.length === 0) flush(true);
    } else if (tag === 'ul' || tag === 'ol') {
      flush(false);
      if (!closing) lists.push({ ordered: tag === 'ol', n: 0, filled: false });
      else {
        lists.pop();
        if (lists.length === 0 && out[out.length - 1] !== '') out.push('');
      }
    } else if (tag === 'li') {
      flush(false);
      if (!closing) {
        const level = lists[lists.length - 1];
        const indent = depth(lists.length - 1);
        if (level) {
          level.n++;
          level.filled = false;
        }
        item = level?.ordered ? level : undefined;
        prefix = ' '.repeat(indent) + (level?.ordered ? `${level.n}. ` : '- ');
      }
    } else if (tag === 'br') buf.append('\n');
    else if (tag === 'table') {
      flush(true);
      if (!closing) {
        if (cells) outer.push({ cells, spans, rowHasText, rows: innerRows, grid });
        innerRows = cells ? [] : undefined;
        [cells, spans, grid] = [undefined, undefined, new TableGrid()];
      } else if (outer.length > 0) {
        const rows = innerRows ?? [];
        ({ cells, spans, rowHasText, rows: innerRows, grid } = outer.pop()!);
        if (rows.length > 0 && cells && cells.length > 0) {
          append(cells[cells.length - 1]!, rows);
          rowHasText = true;
        }
      }
    } else if (tag === 'tr') {
      // A table row becomes one line of its cells, read as its cells joined by commas, "Bo Pettersson, Ria", or as a
      // Markdown table's row (docx-table.ts).
      rowHasText = false;
      if (!closing) {
        [cells, spans] = [[], []];
      } else if (cells && spans) {
        const placed = grid.place(spans.map((s, k) => ({ ...s, paragraphs: cells![k] ?? [] })));
        [cells, spans] = [undefined, undefined];
        if (innerRows) {
          const text = commaText(placed);
          if (text !== '') innerRows.push(text);
        } else {
          const line = writeRow(placed, grid);
          if (line !== '') {
            out.push(line, '');
            ended(0);
          }
        }
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!closing) {
        cells?.push([]);
        spans?.push({ colspan: span(attrs, 'colspan'), rowspan: span(attrs, 'rowspan') });
      } else flush(false);
    } else if (['strong', 'b', 'em', 'i', 'a'].includes(tag)) {
      if (closing) inlineClose(tag);
      else {
        const href = /href="([^"]*)"/.exec(attrs)?.[1];
        marks.push({ tag, at: buf.length, start: buf.start, ...(href !== undefined ? { href: decode(href) } : {}) });
      }
    }
    // Everything else (img, sup, span, div) adds no structure; its text, if any, is kept.
  }
  flush(true);
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
