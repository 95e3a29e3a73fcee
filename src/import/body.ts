// The text of the minutes: the lines left after the title and attendance are lifted out, as sections with
// `##` headings, paragraphs (a plain-text line break kept, hard-wrapped lines joined), and Markdown lists (nested
// where the source nests).
import { agendaHeadings, letteredRunLines, LOWER_LETTERED } from './agenda.js';
import { endsUnfinished, isHeadingText } from '../validate/heading-text.js';
import { amongOs, DASH_LINE, MARKDOWN_BLOCK, MARKDOWN_RULE, shapeOf, wordTableAt, type Family, type Line, type Shape } from './lines.js';
import { quoteRanges, quoteText, type QuoteRange } from './quotes.js';
import type { Block, ListItem, QuoteSpacing, Section } from './types.js';
import { tabs } from '../validate/rules/pasted-tables.js';
import { append } from '../util/append.js';
import { endsEscaping } from '../util/unescaped.js';
import { wordTable, type WordRow } from './docx-table.js';
import { brokenWord, type KnownWords } from './hyphens.js';

type Piece =
  | { readonly kind: 'heading'; readonly level?: number; readonly text: string }
  /** `indent`: how far in a Markdown source writes it, 0 in plain text (see `inItem`). */
  | { readonly kind: 'paragraph'; readonly indent: number; readonly text: string }
  | { readonly kind: 'item'; readonly indent: number; readonly marker: string; readonly family: Family; readonly text: string }
  | { readonly kind: 'verbatim'; readonly text: string }
  /** A .md source's quote in a list's item, its lines from `indent` on. */
  | { readonly kind: 'quote'; readonly indent: number; readonly text: string; readonly quote: QuoteSpacing }
  | { readonly kind: 'table'; readonly lines: readonly string[] }
  | { readonly kind: 'wordTable'; readonly rows: readonly (readonly string[])[] };

/**
 * A piece as first found: paragraphs and list items as their source lines, joined only once every continuation
 * is known (joining line by line copied the text so far at each line: a file of many short lines took minutes).
 */
type RawPiece =
  | Exclude<Piece, { kind: 'paragraph' | 'item' }>
  | { readonly kind: 'paragraph'; readonly indent: number; readonly lines: string[] }
  | { readonly kind: 'item'; readonly indent: number; readonly marker: string; readonly family: Family; readonly lines: string[] };

/** A line's shape, or a numbered agenda item's heading with its text. */
type LineShape = Shape | { readonly kind: 'agenda'; readonly text: string };

/**
 * `markdown` says the source is Markdown (or Word): its lists nest by indentation only. Plain text rarely
 * indents, so there a bullet right after a numbered item is taken as its sub-item.
 */
export function buildSections(lines: readonly Line[], taken: ReadonlySet<number>, markdown: boolean, read: ReadonlySet<number> = new Set(), known: KnownWords = new Set()): Section[] {
  return toSections(mergeContinuations(pieces(lines, taken, markdown, read), known), !markdown);
}

/**
 * Splits the lines into headings, paragraphs, list items and verbatim blocks. `read`: lines left in the text that a
 * reader read from (the next meeting's particulars, "Datum: 4 april"), text and never a heading; in a Word table of
 * two rows and columns or more, the table. In Markdown a single line break is soft, so lines with no blank line between them are one paragraph (or one list item); in plain text it is the
 * writer's, and each line is a paragraph of its own unless the lines are hard-wrapped (see `hardWrapped`): so is
 * a line right under a list item, "- lokal" above "Leif Redestig ska boka lokalen.".
 */
function pieces(lines: readonly Line[], taken: ReadonlySet<number>, markdown: boolean, read: ReadonlySet<number>): RawPiece[] {
  const out: RawPiece[] = [];
  const open = (l: Line | undefined) => l !== undefined && l.text !== '' && !taken.has(l.n);
  // Numbered agenda items ("1. Läxhjälp", "§ 1 Läxhjälp") are headings, decided over the whole text at once.
  const agenda = agendaHeadings(lines, open, markdown);
  // Lines of a run in letters or roman numerals the agenda did not take are a list's lines, as Word shows "I. Ekonomi",
  // "i. Hyllor", "II. Lokal": no heading, as a "1." is none (an item), though one reads as a heading with text under it.
  const listLines = letteredRunLines(lines);
  // Lines that start with "o" next to each other (a blank line between allowed) are Word's bullets, not "och".
  const index = new Map(lines.map((l, i) => [l, i]));
  const shapeAt = (l: Line, afterItem: boolean): LineShape => {
    const heading = agenda.get(l.n);
    return heading !== undefined ? { kind: 'agenda', text: heading } : shapeOf(l, afterItem || amongOs(lines, index.get(l)!, open), !markdown);
  };
  // A table copied from Word or a spreadsheet as text: two or more lines of text in a row, not indented, with the same
  // number of tabs between their words (as check's table-with-tabs sees them). `tableEnd` is the index of its last line.
  const tabsOf = (l: Line | undefined): number => (l !== undefined && open(l) && l.indent === 0 && shapeAt(l, false).kind === 'text' ? tabs(l.text) : 0);
  const tableEnd = (k: number): number => {
    const n = tabsOf(lines[k]);
    let j = k;
    while (n !== 0 && tabsOf(lines[j + 1]) === n) j++;
    return j;
  };
  const startsTable = (k: number): boolean => tableEnd(k) > k;
  // A Word table none of the readers before took a line of (docx-table.ts): its rows, and the index of its last line.
  // One read from and left in the text (the next meeting's, "Nästa möte" above "Datum: | 4 april 2016") is a table as
  // Word shows it, each label beside its value.
  const wordTableOpen = (k: number): { rows: WordRow[]; end: number } | undefined => {
    const table = wordTableAt(lines, k);
    // A blank line between a row's paragraphs (docx-table.ts, `rowLines`) is no line a reader took.
    for (let j = k + 1; table && j <= table.end; j++) if (lines[j]!.row !== undefined && lines[j]!.text !== '' && !open(lines[j])) return undefined;
    return table;
  };
  // A line wholly in bold that reads as a heading, with text under it ("**Övrigt**"): an agenda item written in Word,
  // also right under another heading, or in plain text under a line of text (each line a paragraph of its own there;
  // in Markdown the line above takes it in). check's bold-heading tells a bold line left so. Not one that breaks off on
  // a word no heading ends on ("**Budgeten för**" above a list), as a plain line is none.
  const boldHeading = (k: number, shape: LineShape): boolean =>
    shape.kind === 'text' && shape.bold && isHeadingText(shape.text.replace(/:$/, ''), markdown) && textFollows(lines, k, open, shapeAt);
  // A .md source's quotes, as the site reads them: kept as written, their lines never joined (see `quoteRanges`).
  const quotes = markdown ? quoteRanges(lines, open) : new Map<number, QuoteRange>();
  // In Markdown a line the site breaks after, or with a quote right under it, is a paragraph's line there: no heading.
  const paragraphLine = (k: number): boolean => markdown && ((breaksAfter(lines[k]!) && open(lines[k + 1])) || quotes.has(k + 1));
  // In a .md written in Markdown a line with a line of text right under it is that paragraph's first line, as the site
  // shows it ("Ekonomi" above "Budgeten är klar.": "Ekonomi Budgeten är klar."), no heading (see `writtenAsMarkdown`).
  const markdownWritten = markdown && writtenAsMarkdown(lines);
  // A paragraph under another in a Word table's cell kept as text (docx-table.ts, `boxLines`) is no heading: the cell
  // is one block, its first paragraph at most a heading, as a one-column table's row is. Nor is any line of a row with
  // a list beside its other cells, a label beside its list ("Att göra" | "• Boka lokal"), as "Datum:" beside its day.
  const laterInCell = (k: number): boolean => {
    const row = lines[k]!.row;
    return row !== undefined && (lines[k - 1]?.row === row || row.listBeside === true);
  };
  const softBrokenLine = (k: number): boolean => markdownWritten && open(lines[k + 1]) && shapeAt(lines[k + 1]!, false).kind === 'text';
  // In Markdown a rule (`____`) is a block of its own: the lines above and under it are no lines of it, nor it of theirs.
  const rule = (k: number): boolean => markdown && open(lines[k]) && MARKDOWN_RULE.test(lines[k]!.text);
  const goesOn = (k: number, afterItem: boolean): boolean => {
    if (quotes.has(k) || rule(k) || rule(k - 1)) return false;
    // Under a hard line break Markdown goes on with the paragraph unless the line starts a block of its own there:
    // Word's bullet typed after Shift+Enter ("• Hyllor", "– Skåp") or "§ 3 Ekonomi" is a line of it, as on the site.
    if (markdown && open(lines[k]) && breaksAfter(lines[k - 1]!) && !MARKDOWN_BLOCK.test(lines[k]!.text)) return true;
    const shape = open(lines[k]) ? shapeAt(lines[k]!, afterItem) : undefined;
    return shape?.kind === 'text' && !startsTable(k) && (markdown || !boldHeading(k, shape));
  };
  /** A bare "-" with an item (or another such "-") indented further right under it. */
  const emptyItemAbove = (k: number): boolean => {
    const next = lines[k + 1];
    return open(next) && next!.indent > lines[k]!.indent && (shapeAt(next!, true).kind === 'item' || (next!.text === '-' && emptyItemAbove(k + 1)));
  };
  let gap = true;
  let afterItem = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!open(line)) {
      gap = true;
      continue;
    }
    const word = wordTableOpen(i);
    const table = word && wordTable(word.rows);
    if (word && table) {
      out.push({ kind: 'wordTable', rows: table });
      i = word.end;
      gap = false;
      afterItem = false;
      continue;
    }
    const shape = shapeAt(line, afterItem);
    afterItem = false;
    const quote = quotes.get(i);
    if (quote?.place === 'item') {
      const spacing = { blankAbove: !open(lines[i - 1]), blankBelow: !open(lines[quote.end + 1]) };
      out.push({ kind: 'quote', indent: line.indent, text: quoteText(lines.slice(i, quote.end + 1), line.indent), quote: spacing });
      i = quote.end;
    } else if (quote?.place === 'top') {
      out.push({ kind: 'verbatim', text: quoteText(lines.slice(i, quote.end + 1)) });
      i = quote.end;
    } else if (shape.kind === 'fence') {
      const fence = line.text.slice(0, 3);
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.startsWith(fence)) j++;
      out.push({ kind: 'verbatim', text: lines.slice(i, j + 1).map((l) => ' '.repeat(l.indent) + l.text).join('\n') });
      i = j;
    } else if (shape.kind === 'table') {
      let j = i;
      while (open(lines[j + 1]) && shapeOf(lines[j + 1]!, false).kind === 'table') j++;
      out.push({ kind: 'verbatim', text: lines.slice(i, j + 1).map((l) => l.text).join('\n') });
      i = j;
    } else if (shape.kind === 'text' && startsTable(i)) {
      const j = tableEnd(i);
      out.push({ kind: 'table', lines: lines.slice(i, j + 1).map((l) => l.text) });
      i = j;
    } else if (shape.kind === 'heading') {
      out.push({ kind: 'heading', level: shape.level, text: shape.text });
    } else if (shape.kind === 'agenda') {
      out.push({ kind: 'heading', text: shape.text });
    } else if (markdown && line.text === '-' && emptyItemAbove(i)) {
      // The empty item a .docx's bulleted paragraph a level in with none above it is nested in (docx.ts).
      out.push({ kind: 'item', indent: line.indent, marker: '-', family: 1, lines: [''] });
      afterItem = true;
    } else if (shape.kind === 'item') {
      const first = i;
      const texts = [shape.text];
      const quoted = quotes.get(i);
      if (quoted !== undefined) {
        // A quote on the item's line ("- > citat") is its text, its lines as written from the item's text on.
        const column = contentColumn({ indent: line.indent, marker: shape.marker });
        texts[0] = quoteText([{ ...line, text: shape.text, indent: column }, ...lines.slice(i + 1, quoted.end + 1)], column);
        i = quoted.end;
      } else while (goesOn(i + 1, true)) texts.push(lines[++i]!.text);
      // In plain text the lines under an item are its own only when hard-wrapped; otherwise each is a paragraph.
      const own = markdown || hardWrapped(texts) ? texts.length : 1;
      out.push({ kind: 'item', indent: line.indent, marker: shape.marker, family: shape.family, lines: markdown ? withBreaks(texts, lines, first) : texts.slice(0, own) });
      for (const t of texts.slice(own)) out.push({ kind: 'paragraph', indent: 0, lines: [t] });
      afterItem = true;
    } else if (shape.kind === 'text' && (gap || shape.bold) && !paragraphLine(i) && !rule(i + 1) && !laterInCell(i) && !read.has(line.n) && (shape.bold ? boldHeading(i, shape) : !softBrokenLine(i) && !listLines.has(i) && isHeadingText(shape.text, markdown) && textFollows(lines, i, open, shapeAt))) {
      out.push({ kind: 'heading', text: shape.text.replace(/:$/, '') });
    } else {
      const first = i;
      const texts = [line.text];
      while (goesOn(i + 1, false)) texts.push(lines[++i]!.text);
      if (markdown) out.push({ kind: 'paragraph', indent: line.indent, lines: withBreaks(texts, lines, first) });
      else if (hardWrapped(texts)) out.push({ kind: 'paragraph', indent: 0, lines: texts });
      else for (const t of texts) out.push({ kind: 'paragraph', indent: 0, lines: [t] });
    }
    gap = false;
  }
  return out;
}

/**
 * A Markdown piece's lines (`texts`, from `lines[first]` on) with its hard line breaks kept, as the site shows them:
 * a line that ends in an odd run of backslashes, or in two spaces (written as a backslash, which no editor trims away;
 * after such a run, two), is one with the line under it, a line break between them, and the empty lines the writer
 * left under it between. At a piece's last line neither is a break, and it stays as written. Each run of lines is
 * joined once, so the work grows with the text.
 */
function withBreaks(texts: readonly string[], lines: readonly Line[], first: number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  texts.forEach((t, k) => {
    const last = k === texts.length - 1;
    const line = lines[first + k]!;
    run.push(!last && line.spacesAfter === true ? `${t}${endsEscaping(t) ? '\\\\' : '\\'}` : t);
    // The writer's empty lines under it (lines.ts, `emptyAfter`): each a backslash alone, a hard line break of its own.
    if (!last && line.emptyAfter !== undefined) for (let e = 0; e < line.emptyAfter; e++) run.push('\\');
    if (last || !endsEscaping(run[run.length - 1]!)) {
      out.push(run.join('\n'));
      run = [];
    }
  });
  return out;
}

/**
 * A .md source written in Markdown: a line of it, the title's too, is a Markdown heading ("## Ekonomi"), wholly in bold
 * ("**Ekonomi**") or ends in a backslash's line break, so that its writer marks headings and line breaks. A .md with
 * none is plain text saved as .md, as Notepad may save it: a short line right above text is its heading, as in a .txt.
 */
function writtenAsMarkdown(lines: readonly Line[]): boolean {
  return lines.some((l) => {
    const shape = shapeOf(l, false);
    return shape.kind === 'heading' || (shape.kind === 'text' && shape.bold) || endsEscaping(l.text);
  });
}

/** A Markdown line the site breaks after: it ends in two spaces or in an odd run of backslashes. */
const breaksAfter = (line: Line): boolean => line.spacesAfter === true || endsEscaping(line.text);

/**
 * Lines of plain text with no blank line between them are hard-wrapped, one paragraph broken to fit a width (as
 * e-mail and text saved from a PDF are), when one of them goes on in lower case: a sentence broken mid-way. So is
 * a line that starts with a number and goes on in lower case under a line that ends no sentence ("Budget för
 * Fritidsbanken" above "500 kr per månad till hyra"), and any line under one that breaks off on a word no sentence
 * ends on ("Budgeten för" above "2016. Den blev klar.", see `goesOnFrom`). Lines that each start in capitals, as Notepad keeps text
 * pasted from Word (a line per paragraph or per name), are not, nor is a time above its item ("13.00 Välkomna"), nor
 * lines of which two or more start with a number ("13.00 fika" above "13.30 möte", an amount a line), nor a line
 * numbered in lower-case letters or roman numerals ("a) Hyllor" under "Vi gick igenom budgeten."), a list's item.
 */
const hardWrapped = (texts: readonly string[]): boolean => {
  // Lines that start with numbers, two or more, are a column (a time, an amount a line: "13.00 fika", "300 kr till
  // fika"), not a sentence that wraps before its number.
  const column = texts.filter((t) => /^\d/.test(t)).length > 1;
  return texts.some((t, k) => k > 0 && ((/^\p{Ll}/u.test(t) && !LOWER_LETTERED.test(t)) || (!column && numberGoesOn(texts[k - 1]!, t)) || goesOnFrom(texts[k - 1]!, t, column)));
};

/**
 * `line` is the rest of a sentence `above` breaks off on a word no sentence ends on ("Budgeten för" above "2016. Den
 * blev klar.", "Vi diskuterade frågan om" above "Fritidsbanken och lokalen."), whatever its first letter: no list's
 * line in letters or roman numerals, and, in a column of lines that start with numbers, none of those.
 */
const goesOnFrom = (above: string, line: string, column: boolean): boolean => endsUnfinished(above) && !LOWER_LETTERED.test(line) && !(column && /^\d/.test(line));

/**
 * `line` starts with a number and its first word goes on in lower case ("500 kr …", "1 500 kr …", "2016 års …"),
 * under a line that ends no sentence, and is no numbered item ("2. …", "2) …", which are items of their own).
 */
const numberGoesOn = (above: string, line: string): boolean => /^\d\S*(?:\s+\d\S*)*\s+\p{Ll}/u.test(line) && !/^\d+[.)]\s/.test(line) && !endsSentence(above);

/** Text that ends a sentence or a clause: ".", "!", "?", ":" or ";", perhaps inside quotes or brackets. */
const endsSentence = (text: string): boolean => /[.!?:;]["”')]*$/.test(text);

/**
 * Joins hard-wrapped lines (none of them empty); a line ending in a hyphen ("e-\ntjänster") is joined without a
 * space, and without the hyphen when the word it breaks is known ("Fritids-\nbanken", see `brokenWord`). Each line
 * is looked at once, so the work grows with the text, however many lines it has.
 */
function joinLines(texts: readonly string[], known: KnownWords): string {
  const parts: string[] = [];
  texts.forEach((b, k) => {
    const above = texts[k - 1];
    if (above !== undefined && /\p{L}-$/u.test(above) && /^\p{Ll}/u.test(b)) {
      if (brokenWord(above, b, known)) parts[parts.length - 1] = above.slice(0, -1);
    } else if (k > 0) parts.push(' ');
    parts.push(b);
  });
  return parts.join('');
}

/** A heading needs text under it: a next line that is not the lower-case rest of a wrapped sentence. */
function textFollows(lines: readonly Line[], i: number, open: (l: Line | undefined) => boolean, shapeAt: (l: Line, afterItem: boolean) => LineShape): boolean {
  let j = i + 1;
  let blankBetween = false;
  while (j < lines.length && !open(lines[j])) {
    blankBetween = true;
    j++;
  }
  const next = lines[j];
  if (!next) return false;
  const shape = shapeAt(next, false);
  if (shape.kind === 'heading' || shape.kind === 'agenda') return false;
  if (!blankBetween && shape.kind === 'text' && /^\p{Ll}/u.test(shape.text)) return false;
  return true;
}

/**
 * A paragraph that starts in lower case after text that stops mid-sentence continues it, even across a
 * blank line: legacy files often break a bullet's sentence with an empty line. How text starts and ends is
 * seen in its first and last line: lines are joined with a space, or glued to a letter ("e-" + "tjänster").
 */
function mergeContinuations(list: readonly RawPiece[], known: KnownWords): Piece[] {
  const out: RawPiece[] = [];
  for (const p of list) {
    const prev = out[out.length - 1];
    // Not after a rule ("____", "---") or a heading's underline ("---" under its line), which is no text to go on from.
    const into = prev?.kind === 'paragraph' || prev?.kind === 'item' ? prev : undefined;
    const last = into?.lines[into.lines.length - 1];
    if (p.kind === 'paragraph' && into && last !== undefined && /^\p{Ll}/u.test(p.lines[0]!) && !LOWER_LETTERED.test(p.lines[0]!) && !endsSentence(last) && !MARKDOWN_RULE.test(last) && !DASH_LINE.test(last)) {
      append(into.lines, p.lines);
      continue;
    }
    out.push(p);
  }
  return out.map((p) => (p.kind === 'paragraph' ? { kind: 'paragraph', indent: p.indent, text: joinLines(p.lines, known) } : p.kind === 'item' ? { kind: 'item', indent: p.indent, marker: p.marker, family: p.family, text: joinLines(p.lines, known) } : p));
}

function toSections(list: readonly Piece[], nestByFamily: boolean): Section[] {
  const mdLevels = list.flatMap((p) => (p.kind === 'heading' && p.level !== undefined ? [p.level] : []));
  const top = mdLevels.length > 0 ? mdLevels.reduce((a, b) => Math.min(a, b)) : 2;
  const sections: { heading?: string; blocks: Block[] }[] = [];
  let current: { heading?: string; blocks: Block[] } | undefined;
  const section = () => {
    if (!current) {
      current = { blocks: [] };
      sections.push(current);
    }
    return current;
  };
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.kind === 'heading') {
      const level = p.level === undefined ? 2 : Math.min(6, 2 + p.level - top);
      // A tab in a heading ("Punkt 3⇥Fritidsbanken", as Word aligns a number) is a space; a run of spaces and tabs
      // is looked at from its start only.
      const text = p.text.replace(/(?<![ \t])[ \t]*\t[ \t]*/g, ' ');
      if (level <= 2) {
        current = { heading: text, blocks: [] };
        sections.push(current);
      } else section().blocks.push({ kind: 'subheading', level, text });
    } else if (p.kind === 'paragraph') section().blocks.push({ kind: 'paragraph', text: p.text });
    else if (p.kind === 'verbatim' || p.kind === 'table' || p.kind === 'wordTable') section().blocks.push(p);
    // A quote in an item the import did not read as one (see `inItem`): written where it stands.
    else if (p.kind === 'quote') section().blocks.push({ kind: 'verbatim', text: p.text });
    else {
      let j = i;
      for (let column = contentColumn(p); ; j++) {
        const next = list[j + 1];
        if (next?.kind === 'item') column = Math.min(column, contentColumn(next));
        else if (!((next?.kind === 'paragraph' || next?.kind === 'quote') && inItem(next, column))) break;
      }
      section().blocks.push({ kind: 'list', items: nest(list.slice(i, j + 1) as ListPiece[], nestByFamily) });
      i = j;
    }
  }
  return sections;
}

/** Where an item's text starts: past its marker and a space ("1. Ekonomi" at 3). */
const contentColumn = (item: { readonly indent: number; readonly marker: string }): number => item.indent + item.marker.length + 1;

/**
 * A paragraph of a Markdown source indented as far as an item's text or further, after a blank line, is inside that
 * item, as Markdown reads it: Word's list lines Markdown's list cannot number ("a) Hyllor" under "1. Ekonomi", see
 * docx.ts), and a Markdown file's second paragraph of an item.
 */
const inItem = (p: { readonly indent: number }, column: number): boolean => p.indent > 0 && p.indent >= column;

type ListPiece = Extract<Piece, { kind: 'item' | 'paragraph' | 'quote' }>;

interface Building {
  readonly marker: string;
  readonly text: string;
  readonly children: Building[];
  offNumber?: true;
  paragraph?: true;
  quote?: QuoteSpacing;
}

/**
 * Nests list items: deeper indentation makes a child, and with `byFamily` so does a more inner family at the
 * same indentation (bullets right after a numbered item, "o" after a bullet), as in the seeds' IT-gruppen list.
 */
function nest(flat: readonly ListPiece[], byFamily: boolean): ListItem[] {
  const root: Building[] = [];
  const stack: { indent: number; family: Family; node: Building }[] = [];
  const items = byFamily ? restartsIn(flat.filter((p): p is Flat => p.kind === 'item')) : flat;
  for (const item of items) {
    if (item.kind === 'paragraph' || item.kind === 'quote') {
      // Inside the innermost item whose text it is indented as far as; items can hold paragraphs, not paragraphs items.
      while (stack.length > 0 && contentColumn({ indent: stack[stack.length - 1]!.indent, marker: stack[stack.length - 1]!.node.marker }) > item.indent) stack.pop();
      const node: Building = item.kind === 'quote' ? { marker: '', text: item.text, children: [], quote: item.quote } : { marker: '', text: item.text, children: [], paragraph: true };
      (stack.length > 0 ? stack[stack.length - 1]!.node.children : root).push(node);
      continue;
    }
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (item.indent > top.indent || (byFamily && item.indent === top.indent && item.family > top.family)) break;
      stack.pop();
    }
    const node: Building = { marker: item.marker, text: item.text, children: [] };
    // Markdown's list shows no leading zero ("01." as "1."): written as text, the number shows as written.
    if (/^0\d/.test(item.marker)) node.offNumber = true;
    (stack.length > 0 ? stack[stack.length - 1]!.node.children : root).push(node);
    stack.push({ indent: item.indent, family: item.family, node });
  }
  if (byFamily) markOffNumbers(root);
  return root;
}

/**
 * Markdown numbers a list's items on from its first, whatever numbers they have: "1. Hyllor", "3. Skåp" would show
 * as 1, 2. In plain text the numbers are the writer's, so an item numbered other than the one before it and one is
 * marked, to be written as text with its number as written.
 */
function markOffNumbers(nodes: readonly Building[]): void {
  let next: number | undefined;
  let kind: string | undefined;
  for (const node of nodes) {
    const n = /^\d+/.test(node.marker) ? Number.parseInt(node.marker, 10) : undefined;
    const off = n !== undefined && next !== undefined && kind === node.marker.slice(-1) && n !== next;
    if (off) node.offNumber = true;
    [next, kind] = off || n === undefined ? [undefined, undefined] : [n + 1, node.marker.slice(-1)];
    markOffNumbers(node.children);
  }
}

type Flat = Extract<Piece, { kind: 'item' }>;

/**
 * A numbered list that starts again from 1 right under an item numbered n, with n + 1 after it at the same indentation
 * ("1. Fritidsbanken", "1. ring Leif", "2. skicka ut", "2. SIP"), is that item's own list: its items, and what
 * is under them, one step further in, so that Markdown shows each number as written and the outer numbering goes on.
 */
function restartsIn(items: readonly Flat[]): Flat[] {
  const number = (i: Flat | undefined, indent: number, kind: string): number | undefined =>
    i !== undefined && i.family === 0 && i.indent === indent && i.marker.slice(-1) === kind ? Number.parseInt(i.marker, 10) : undefined;
  const out = [...items];
  items.forEach((item, k) => {
    const kind = item.marker.slice(-1);
    const outer = number(items[k - 1], item.indent, kind);
    if (outer === undefined || number(item, item.indent, kind) !== 1) return;
    let [j, expected] = [k, 1];
    for (; j < items.length && items[j]!.indent >= item.indent; j++) {
      const n = number(items[j], item.indent, kind);
      if (n === outer + 1 && n !== expected) break;
      if (n !== undefined && n !== expected++) return;
    }
    if (number(items[j], item.indent, kind) !== outer + 1) return;
    for (let i = k; i < j; i++) out[i] = { ...out[i]!, indent: out[i]!.indent + 1 };
  });
  return out;
}
