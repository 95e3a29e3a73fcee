// A list's item whose dash stands further in than the dashes above it ("  - Leif Redestig" then "   - Anne
// Eskilsson"): YAML reads the line as the text of the item above, run on ("Leif Redestig - Anne Eskilsson"), and says
// nothing. In a field whose items are names or items of their own, it is told at the dash and read as the item meant.
import type { Finding } from '../diagnostics.js';
import { alignedItemHint } from './yaml-slips/dash-lists.js';

/** The fields whose items are names, ids or items of their own, never a text that may go on over lines with a "- ". */
const LISTS: ReadonlySet<string> = new Set(['attendees', 'absent', 'guests', 'aliases', 'members', 'who', 'projects', 'decisions']);

/** A line that is a key with nothing after it on its line but maybe a comment ("attendees:", "  - who:"): a list may follow. */
const KEY_ALONE = /^ *(?:- +)?([A-Za-z_][\w-]*):[ \t]*(?:#.*)?\r?$/;
/**
 * The item of a dash's line (`line`, its dash at `column`), when it is plain text: no quote, bracket, block sign,
 * alias, tag or further dash first, and no field (a colon and a space); its comment left out. Read with searches
 * that each look at a character once, not one pattern, which went back over a long run of spaces for every one.
 */
function plainItem(line: string, column: number): { gap: number; written: string } | undefined {
  let at = column + 1;
  while (line[at] === ' ') at++;
  const rest = line.slice(at).replace(/\r$/, '');
  const hash = rest.search(/\s#/);
  const written = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  if (written === '' || /^[\s"'[\]{}|>&*!%@`#,?:-]/.test(written) || /:(?:\s|$)/.test(written)) return undefined;
  return { gap: at - column - 1, written };
}

/**
 * A line, from past its indentation, that ends in the sign of a block of text, | or > (after a field's name, a dash,
 * a tag or an anchor), maybe with a comment after it. Sticky: tried where the line's text starts, in the whole text,
 * so that no line is copied out to be looked at.
 */
const BLOCK_HEADER = /(?:-[ \t]+)*(?:[^\s#][^#\n]*?:[ \t]+)?(?:[!&][^\s\n]*[ \t]+)*[|>][1-9+-]{0,2}[ \t]*(?:#[^\n]*)?\r?(?=\n|$)/y;

/** Whether the line whose text starts at `at` opens a block of text. */
function opensBlock(text: string, at: number): boolean {
  BLOCK_HEADER.lastIndex = at;
  return BLOCK_HEADER.test(text);
}

/**
 * Whether a dash first on its line (after spaces only, with a blank or the line's end after it, as the pass below
 * takes one) stands further in than the one first on a line before it. Each "-" is found with indexOf and looked at
 * by its neighbours: half the time of a pattern with ^ over the 10,000 front matters of the benchmark's archive.
 */
function deeperDash(text: string): boolean {
  let before = -1;
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (!(next === 32 || next === 9 || next === 13 || next === 10 || at + 1 === text.length)) continue;
    let start = at;
    while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
    if (start > 0 && text.charCodeAt(start - 1) !== 10) continue;
    if (before !== -1 && at - start > before) return true;
    before = at - start;
  }
  return false;
}

/**
 * Of YAML `text` (at `offset` in its file), each dash further in than the dashes of its list above it, in a field of
 * LISTS, where the item above is plain text its line runs on: told at the dash, with the line to write; and the text
 * with each such dash moved out to its list's (the spaces it stood further in put after it), of the same length, so
 * that every place in it is where it was and the item reads as the list's own, and is checked as it.
 */
export function indentedDashes(file: string, text: string, offset: number): { findings: Finding[]; text: string } {
  // Most front matter has no dash line further in than the dash line before it, which such an item needs (the item
  // it runs on is the dash line before it: the lines between are its text's, further in, or blank); one pass over the
  // lines otherwise.
  if (!deeperDash(text)) return { findings: [], text };
  const findings: Finding[] = [];
  const moved: { start: number; line: string }[] = [];
  // The lists open at the current line, innermost last: the column of their dashes and the field they belong to.
  const lists: { column: number; key: string | undefined }[] = [];
  // The item whose text is open, which a line further in runs on when it is plain text: its dash's column, where its
  // first line starts and ends, and whether it is plain text (found when first asked: most lists have no such slip).
  const open = { column: -1, start: 0, end: 0, plain: undefined as boolean | undefined };
  // Where the last line that is neither blank nor a comment starts and ends: a field alone on it names a list below.
  const above = { start: -1, end: -1 };
  // The indentation of the line that opens a block of text ("summary: |"): the lines further in are its text.
  let block = -1;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let at = start;
    while (text[at] === ' ') at++;
    const first = text[at];
    const column = at - start;
    if (block !== -1 && (column > block || at === end || first === '\r')) {
      // A line of a block of text, whatever it holds.
    } else if (first === '#' || first === '\t') {
      // A comment ends a plain text; tabs are another slip's (see yaml-tabs).
      open.column = -1;
      block = -1;
    } else if (at !== end && first !== '\r') {
      block = opensBlock(text, at) ? column : -1;
      const after = text[at + 1];
      const isDash = first === '-' && (after === ' ' || after === '\t' || after === '\r' || at + 1 === end);
      let runOn = false;
      if (isDash && open.column !== -1 && column > open.column) {
        open.plain ??= plainItem(text.slice(open.start, open.end), open.column) !== undefined;
        runOn = open.plain;
      }
      if (runOn) {
        // Read on as the text of the item above; moved out, an item of plain text of the same list: open either way.
        const line = text.slice(start, end);
        const item = plainItem(line, column);
        const list = lists[lists.length - 1];
        if (item && list?.column === open.column && list.key !== undefined && LISTS.has(list.key)) {
          findings.push({ file, where: { kind: 'offset', offset: offset + at, length: 1 }, code: 'yaml-syntax', message: 'Strecket står längre in än strecken på raderna ovanför, så raden läses som fortsättningen på raden ovanför och inte som en egen rad i listan.', hint: alignedItemHint(open.column, item.written) });
          moved.push({ start, line: `${' '.repeat(open.column)}-${' '.repeat(item.gap + column - open.column)}${line.slice(column + 1 + item.gap)}` });
        }
      } else if (isDash) {
        while (lists.length > 0 && lists[lists.length - 1]!.column > column) lists.pop();
        if (lists[lists.length - 1]?.column !== column) lists.push({ column, key: above.start === -1 ? undefined : KEY_ALONE.exec(text.slice(above.start, above.end))?.[1] });
        Object.assign(open, { column, start, end, plain: undefined });
      } else {
        if (column <= open.column) open.column = -1;
        while (lists.length > 0 && lists[lists.length - 1]!.column >= column) lists.pop();
      }
      above.start = start;
      above.end = end;
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  if (moved.length === 0) return { findings, text };
  let out = '';
  let at = 0;
  for (const m of moved) {
    out += text.slice(at, m.start) + m.line;
    at = m.start + m.line.length;
  }
  return { findings, text: out + text.slice(at) };
}
