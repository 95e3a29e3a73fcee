// Source text as numbered lines, and what each line looks like: blank, heading, list item or text.
import { boldRunsText } from '../validate/heading-text.js';
import { readRow, type WordRow } from './docx-table.js';
import { endsEscaping } from '../util/unescaped.js';

export interface Line {
  /** 1-based line number. */
  readonly n: number;
  /** Trimmed text. */
  readonly text: string;
  /** Width of the leading whitespace (a tab counts 4). */
  readonly indent: number;
  /** Numbered past 99 in a run of numbers (see `longNumberRuns`): a list's item, not a year or a sum. */
  readonly counted?: true;
  /** Text that ended in two spaces or more, a hard line break in Markdown (which `text` has trimmed off). */
  readonly spacesAfter?: true;
  /** A line of a Word table's row (docx-table.ts), one object for all of the row's lines. */
  readonly row?: WordRow;
  /**
   * Empty lines the writer left under this line, inside its paragraph or item: Word's line breaks two or more in a row
   * (docx.ts), in Markdown a backslash alone on a line after a hard line break (`emptyLineAt`). The readers never see
   * them, as they never saw them before the import kept them; the text writes them back (body.ts, `withBreaks`).
   */
  readonly emptyAfter?: number;
}

/**
 * NFC, one kind of line ending, no-break spaces as spaces, page breaks and Word's line breaks (vertical tabs) as line
 * breaks, trailing spaces gone. Invisible characters Word and web pages leave in text go: soft hyphens, which would
 * split a word ("Närv\u00ADarande") so that it is neither a label nor a name, zero-width spaces and word joiners, which
 * would make a line that looks blank a line of text, and byte-order marks inside the text (files joined together).
 * A double-spaced text is read single-spaced (see `undoubled`); `plain` says the text is no Markdown, in which a
 * blank line between every two is the writer's paragraph breaks.
 */
export function splitLines(text: string, plain = false): Line[] {
  const norm = singleBreaks(text)
    .replace(/[\uFEFF\u00AD\u200B\u2060]/g, '')
    .normalize('NFC')
    .replace(/\r\n?|[\f\v\u2028\u2029]/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
  const lines: Line[] = [];
  const raws = norm.split('\n');
  // Lines taken as empty lines into the line above: those after them keep their numbers in the source.
  let folded = 0;
  for (const [r, raw] of raws.entries()) {
    if (!plain && emptyLineAt(raws, r, lines[lines.length - 1])) {
      const above = lines[lines.length - 1]!;
      lines[lines.length - 1] = { ...above, emptyAfter: (above.emptyAfter ?? 0) + 1 };
      folded++;
      continue;
    }
    // A Word table's row, written by docx.ts as one line: the lines of text it is read as, each with the row.
    const read = plain ? undefined : readRow(raw);
    if (read) {
      // Word's line breaks in it are hard ones, as in a paragraph (docx.ts): the text keeps them.
      read.texts.forEach((text, k) => {
        const line: Line = { n: lines.length + folded + 1, text: text.trim(), indent: text.length - text.trimStart().length, row: read.row };
        lines.push(read.broken.has(k) && line.text !== '' ? { ...line, spacesAfter: true as const } : line);
      });
      continue;
    }
    const text = raw.trim();
    const line: Line = { n: lines.length + folded + 1, text, indent: indentOf(raw) };
    lines.push(!plain && text !== '' && raw.endsWith('  ') ? { ...line, spacesAfter: true as const } : line);
  }
  return longNumberRuns(plain && looksDoubled(lines) ? undoubled(lines) : lines);
}

/**
 * `raws[r]` is an empty line inside a Markdown paragraph or item, as the site shows it: a backslash alone, a hard line
 * break of its own, under a paragraph's line that breaks (two spaces, or a backslash of its own) or under another
 * such, and above a line that goes on with the paragraph or another such. docx.ts writes Word's line breaks two in a
 * row so. One at a paragraph's end is a backslash the site shows: a line of its own, as before.
 */
function emptyLineAt(raws: readonly string[], r: number, above: Line | undefined): boolean {
  if (raws[r]!.trim() !== '\\' || above === undefined || above.text === '' || above.row !== undefined) return false;
  if (above.emptyAfter === undefined && (/^#{1,6}(?:[ \t]|$)/.test(above.text) || (above.spacesAfter !== true && !endsEscaping(above.text)))) return false;
  const below = (raws[r + 1] ?? '').trim();
  return below !== '' && !MARKDOWN_BLOCK.test(below);
}

/**
 * A line Markdown reads as a block of its own also right under a paragraph's line: a heading, a list's item, a quote,
 * code, and a table's row as the import reads one.
 */
export const MARKDOWN_BLOCK = /^(?:#{1,6}(?:[ \t]|$)|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|```|~~~|\|.*\|$)/;

/**
 * A Markdown rule of underscores or stars (`____`, `***`, `_ _ _`), or of dashes with a space or tab between them
 * (`- - -`): a block of its own also right under or above a paragraph's line, never a line of it, nor a list's item
 * (`- - -`, `* * *`). Dashes without a space (`---`) are a heading's underline right under a line, and stay out.
 */
export const MARKDOWN_RULE = /^(?:(?:_[ \t]*){3,}|(?:\*[ \t]*){3,}|(?=-+[ \t])(?:-[ \t]*){3,})$/;

/** A line of three dashes or more and nothing else (`---`, `- - -`): a rule, or a heading's underline; no text. */
export const DASH_LINE = /^(?:-[ \t]*){3,}$/;

/** The width of the spaces and tabs `raw` starts with, a tab counted 4. */
export function indentOf(raw: string): number {
  return [.../^[ \t]*/.exec(raw)![0]].reduce((w, c) => w + (c === '\t' ? 4 : 1), 0);
}

/** "100. Ekonomi", "2016) Budgeten": a line numbered as Markdown numbers a list's item, in up to 9 digits. */
export const NUMBER_START = /^(\d{1,9})[.)]\s+\S/;

/**
 * The lines numbered past 99 marked `counted` when the number runs on from a line above numbered one less, in a run
 * that starts at 99 or less or on the line right above ("99. Lokal" above "100. Ekonomi", "101. Övrigt" below it), or
 * into the line right below numbered one more ("100. Ekonomi" right above "101. Lokal"): a list's or agenda's item, as
 * Markdown reads it. A number of three digits or more otherwise ("2016. Budgeten blev klar.", also with a "2015. …"
 * paragraph above it) is a year or a sum at the start of a sentence, as an old text has it: text. Whole-line bold is
 * looked through, as agenda items are written. One pass, with the numbers of the runs seen so far: the work grows with
 * the text.
 */
function longNumberRuns(lines: Line[]): Line[] {
  const numbers = lines.map((l) => {
    const m = NUMBER_START.exec(unbold(l.text).text);
    return m ? Number(m[1]) : undefined;
  });
  if (!numbers.some((n) => n !== undefined && n > 99)) return lines;
  const runs = new Set<number>();
  // A number past 99 counts on from one that counted: "2015." above "2016." with a line between is no run.
  const seen = new Set<number>();
  numbers.forEach((n, k) => {
    if (n === undefined) return;
    if (n > 99 && !seen.has(n - 1) && numbers[k - 1] !== n - 1 && numbers[k + 1] !== n + 1) return;
    if (n > 99) runs.add(k);
    seen.add(n);
  });
  return runs.size === 0 ? lines : lines.map((l, k) => (runs.has(k) ? { ...l, counted: true } : l));
}

/** A line's number as a list item's ("12." "100)") when it counts as one: two digits at most, or `counted`. */
export const countsAsNumber = (line: { readonly counted?: true | undefined }, digits: string): boolean => digits.length <= 2 || line.counted === true;

/**
 * A text whose every line break is CR CR LF, a CR LF turned into CR CR LF by a second conversion (a Windows program
 * writing text that had it already), or LF CR, as some old systems end lines, with each as LF: one line break, which
 * read as CR and LF apart would be two, a blank line under every line. Other texts as they are.
 */
export function singleBreaks(text: string): string {
  const seq = ['\r\r\n', '\n\r'].find((s) => text.includes(s) && !/[\r\n]/.test(text.split(s).join('')));
  return seq === undefined ? text : text.split(seq).join('\n');
}

/** Lengths of the runs of blank lines between the first and the last line of text. */
function innerBlankRuns(lines: readonly Line[]): number[] {
  const runs: number[] = [];
  let run: number | undefined;
  for (const l of lines) {
    if (l.text === '') {
      if (run !== undefined) run++;
    } else {
      if (run !== undefined) runs.push(run);
      run = 0;
    }
  }
  return runs;
}

/**
 * A text double-spaced throughout, as a blank line under every line makes it: never two lines of text together,
 * and every run of blank lines between them one (a line break), three (a blank line), five … With one run of
 * three or more at least, which a text of paragraphs each a line with a blank line between has not, so that
 * such a text stays as it is.
 */
function looksDoubled(lines: readonly Line[]): boolean {
  const runs = innerBlankRuns(lines);
  return runs.length > 0 && runs.every((r) => r % 2 === 1) && runs.some((r) => r >= 3);
}

/**
 * Every other blank line taken out: a run of 2k + 1 between lines of text becomes k, one of 2k at either end k.
 * The lines keep their numbers in the source.
 */
function undoubled(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let blanks: Line[] = [];
  const flush = (inner: boolean) => {
    out.push(...blanks.slice(0, inner ? (blanks.length - 1) / 2 : Math.floor(blanks.length / 2)));
    blanks = [];
  };
  for (const l of lines) {
    if (l.text !== '') {
      flush(out.length > 0);
      out.push(l);
    } else blanks.push(l);
  }
  flush(false);
  return out;
}

/**
 * "Tid: 13.30" -> label and value; undefined for a line that is no short labelled particular. A .docx table's row
 * has its cells joined by commas ("Plats:, Bryggan"): the comma after the label's cell is no part of the value.
 */
export function labelled(line: Line): { label: string; value: string } | undefined {
  const m = /^(\p{L}+)\s*:\s*(?:,\s*)?(\S.*)$/u.exec(labelText(line).replace(/^\*\*|\*\*$/g, ''));
  return m && line.text.length <= 80 ? { label: m[1]!, value: m[2]!.trim() } : undefined;
}

/**
 * The rows of the Word table that starts at `lines[k]` (docx-table.ts), and the index of its last line; undefined when
 * no table starts there. The blank lines between its rows are its own; a line of other text, or of another table,
 * ends it.
 */
export function wordTableAt(lines: readonly Line[], k: number): { rows: WordRow[]; end: number } | undefined {
  const first = lines[k]?.row;
  if (!first?.startsTable || lines[k - 1]?.row === first) return undefined;
  const rows = [first];
  let end = k;
  for (let j = k + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.row === undefined && l.text === '') continue;
    if (l.row === undefined || (l.row.startsTable && l.row !== rows[rows.length - 1])) break;
    if (l.row !== rows[rows.length - 1]) rows.push(l.row);
    end = j;
  }
  return { rows, end };
}

/** List families, from outer to inner: a bullet right after a numbered item is its sub-item. */
export type Family = 0 | 1 | 2;

export type Shape =
  | { readonly kind: 'blank' }
  /** A Markdown heading ("### Närvarande"); its text without the marks and without surrounding bold. */
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'item'; readonly marker: string; readonly family: Family; readonly text: string }
  | { readonly kind: 'fence' }
  | { readonly kind: 'table' }
  /** Anything else; `bold` when the whole line is bold ("**Kvalitetsmässan**"), with `text` unwrapped. */
  | { readonly kind: 'text'; readonly text: string; readonly bold: boolean };

// (?<!\s): the closing #s are tried after the heading's last word only, not from each of a long run of spaces.
const MD_HEADING = /^(#{1,6})\s+(.*?)(?:(?<!\s)\s+#+)?$/;
const NUMBERED = /^(\d{1,9})([.)])\s+(\S.*)$/;
// •, ●, ▪, ➢ … and the dashes; "*" and "+" as in Markdown. A bullet glyph may be glued to its text.
const BULLET = /^(?:[•●■►➢✓]\s*|[-–—*+·]\s+)(\S.*)$/;
// Word's second-level bullets as plain text: "o" and "◦", "▪", "□".
const SUB_BULLET = /^(?:[◦▪□]\s*|o\s+)(\S.*)$/;

/**
 * Removes a whole-line **bold** or __bold__ (or ***bold italics***): "**Kvalitetsmässan**" -> "Kvalitetsmässan". A
 * line of bold runs with only spaces or tabs between them, as Word writes one with a run per formatting change, is
 * wholly bold too: "**Punkt 3** **Fritidsbanken**" -> "Punkt 3 Fritidsbanken". With other text between the runs
 * ("**Punkt 3** om **Fritidsbanken**") the line is not wholly bold and stays as written.
 */
export function unbold(s: string): { text: string; bold: boolean } {
  const m = /^(\*\*\*?|___?)(.+?)\1(:?)$/.exec(s);
  const runs = m ? boldRunsText(m[2]!, m[1]!) : undefined;
  return runs === undefined ? { text: s, bold: false } : { text: `${runs}${m![3]}`, bold: true };
}

/** A line that starts like Word's "o" bullet pasted as text: "o", then a tab or spaces, then text. */
const startsWithO = (line: Line | undefined): boolean => line !== undefined && /^o[ \t]+\S/.test(line.text);

/**
 * Whether `lines[k]` starts with Word's "o" bullet rather than the word "o" (an informal "och"): a line next to it,
 * or one past a blank line, that `open` allows starts the same way.
 */
export function amongOs(lines: readonly Line[], k: number, open: (l: Line | undefined) => boolean): boolean {
  const near = (step: 1 | -1): Line | undefined => {
    const l = lines[k + step];
    return l !== undefined && l.text === '' ? lines[k + 2 * step] : l;
  };
  return startsWithO(lines[k]) && [near(-1), near(1)].some((n) => open(n) && startsWithO(n));
}

/**
 * The shape of a line. `inList` says whether the line is among list items (the previous non-blank line was
 * one, or a line next to it starts with "o" too): only then, when indented, or with a tab after it, as Word
 * pastes it, does a lone "o" start a sub-item (followed by a space it is also an informal "och"). `plain` says the
 * text is no Markdown: a line starting with three backticks or tildes, or between "|" signs, is text there as any
 * other, shown as written (literal.ts), not code nor a table's row.
 */
export function shapeOf(line: Line, inList: boolean, plain = false): Shape {
  const t = line.text;
  if (t === '') return { kind: 'blank' };
  if (!plain && /^(```|~~~)/.test(t)) return { kind: 'fence' };
  if (!plain && /^\|.*\|$/.test(t)) return { kind: 'table' };
  const h = MD_HEADING.exec(t);
  if (h) return { kind: 'heading', level: h[1]!.length, text: unbold(h[2]!.trim()).text };
  const num = NUMBERED.exec(t);
  if (num && countsAsNumber(line, num[1]!)) return { kind: 'item', marker: `${num[1]}${num[2]}`, family: 0, text: num[3]!.trim() };
  if (!/^\*\*|^__/.test(t) && (plain || !MARKDOWN_RULE.test(t))) {
    const b = BULLET.exec(t);
    if (b) return { kind: 'item', marker: '-', family: 1, text: b[1]!.trim() };
    const sub = SUB_BULLET.exec(t);
    if (sub && (inList || line.indent > 0 || !t.startsWith('o') || t.startsWith('o\t'))) return { kind: 'item', marker: '-', family: 2, text: sub[1]!.trim() };
  }
  const { text, bold } = unbold(t);
  return { kind: 'text', text, bold };
}

/**
 * A line reduced to its words, for recognising labels however they are dressed:
 * "### Närvarande", "**Närvarande:**", "• Vid pennan:" -> "Närvarande", "Vid pennan"; bold marks anywhere go.
 */
export function labelText(line: Line): string {
  let t = line.text.replace(MD_HEADING, '$2');
  t = t.replace(/^(?:[•●■►➢✓◦▪]\s*|[-–—*+·]\s+)/, '');
  t = undecorated(t.replace(/\*\*|__/g, ''));
  return undecorated(t.endsWith(':') ? t.slice(0, -1) : t);
}

/** One emoji or pictographic symbol ("🙂", "⚠️", "✔", "🇸🇪") or a part of one (joiner, skin tone, variation), or a space. */
const DECORATION = /[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\p{RI}\uFE0F\u200D\u20E3\s]/u;

/**
 * A name or label without the emoji and symbols around it: "🙂 Maria Nilsson" -> "Maria Nilsson", "Närvarande ⚠️"
 * -> "Närvarande". Only for recognising a line; the line as written is kept wherever its text goes. Walks the
 * code points in from both ends and stops at the first that is no decoration, so a long line is not looked at
 * whole (labelText reads every line this way, for each label looked for).
 */
export function undecorated(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end) {
    const c = String.fromCodePoint(text.codePointAt(start)!);
    if (!DECORATION.test(c)) break;
    start += c.length;
  }
  while (end > start) {
    // A surrogate pair is one code point; a lone surrogate is one on its own, as [...text] has it.
    const pair = end - start >= 2 && /[\uDC00-\uDFFF]/.test(text[end - 1]!) && /[\uD800-\uDBFF]/.test(text[end - 2]!);
    const c = text.slice(pair ? end - 2 : end - 1, end);
    if (!DECORATION.test(c)) break;
    end -= c.length;
  }
  return text.slice(start, end);
}
