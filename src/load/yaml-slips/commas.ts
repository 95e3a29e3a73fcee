// Commas where no value is: before a list's first value, or several in a row.
import { clip } from '../../util/clip.js';
import { FLOW_OR_MAP_OPEN } from './flow-lists.js';
import type { Located } from './scan.js';

/** How much of the line on either side of commas in a row their hint quotes. */
const AROUND = 60;

/** `text` with its other commas in a row mended as these are, when it has no quotes (inside which commas are text). */
const oneComma = (text: string): string => (/["']/.test(text) ? text : text.replace(/,(?:\s*,)+(\s*[\]}])/g, '$1').replace(/,(?:\s*,)+/g, ','));

/** Where an excerpt from `at` (after `start`, its line's start) begins: after a blank before `limit`, or never in a character outside the BMP (an emoji). */
function edgeAfter(text: string, at: number, start: number, limit: number): number {
  const blank = text.slice(at, limit).indexOf(' ');
  return at === start ? at : blank !== -1 ? at + blank + 1 : /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at;
}

/** Where an excerpt up to `at` (before `end`, its line's end) ends: at a blank after `limit`, or never in a character outside the BMP. */
function edgeBefore(text: string, at: number, end: number, limit: number): number {
  const blank = text.slice(limit + 1, at).lastIndexOf(' ');
  return at === end ? at : blank !== -1 ? limit + 1 + blank : /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at + 1 : at;
}

// The last run of commas asked about, found once for each of the parser's errors in it (one per comma after the first).
let commaRun: { text: string; from: number; to: number; slip: Located } | undefined;

/**
 * "attendees: [, Leif Redestig]": commas before a list's first value or the first of fields in braces, on the line of
 * its [ or { or a line below it ("attendees: [" above "  , Leif Redestig]"), which the parser reports at each. Said
 * once, at the first, with the line of the commas written without them ("… " before it when the list opens above,
 * " …" after it when the list goes on below).
 */
export function leadingCommas(text: string, offset: number): Located | undefined {
  if (commaRun?.text === text && commaRun.from <= offset && offset <= commaRun.to) return commaRun.slip;
  const open = openerBefore(text, offset);
  const opener = open === undefined ? undefined : text[open];
  if (open === undefined || (opener !== '[' && opener !== '{')) return undefined;
  const from = text.indexOf(',', open);
  let after = offset + 1;
  while (after < text.length && (BLANK_OR_COMMA.test(text[after]!) || text[after] === '\n')) after++;
  const to = text.lastIndexOf(',', after - 1);
  const many = text.slice(from, to + 1).split(',').length > 2;
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const nl = text.indexOf('\n', to);
  const lineEnd = nl === -1 ? text.length : nl;
  // The rest of the last comma's line after the commas, and before them the line of the [ when they stand on it.
  const rest = text.slice(Math.min(after, lineEnd), lineEnd).replace(/\r$/, '');
  const line = `${open >= lineStart ? text.slice(lineStart, open + 1) : ''}${rest}`.trim();
  const goesOn = /^$|,$/.test(rest.replace(/(?:^|[ \t])#.*$/, '').trim());
  const where = opener === '[' ? 'listan, före dess första värde' : 'klammerparenteserna, före det första fältet';
  const slip = { offset: from, message: `${many ? 'Kommatecken står' : 'Ett kommatecken står'} först i ${where}.`, hint: `Ta bort ${many ? 'kommatecknen' : 'kommatecknet'}: ${open < lineStart ? '… ' : ''}${clip(line)}${goesOn ? ' …' : ''}`.trimEnd() };
  commaRun = { text, from, to, slip };
  return slip;
}

// A blank or a comma within a line (a CR of a CRLF line ending is a blank).
const BLANK_OR_COMMA = /[ \t\r,]/;

/**
 * Where the last character before the commas and blanks up to `offset` stands, over line breaks: on a line above the
 * comma's, the last one before a comment ("attendees: [  # lista"), past lines of comments only.
 */
function openerBefore(text: string, offset: number): number | undefined {
  // Whether the walk left the comma's line: only a line above may end in a comment. (Not found by searching back for
  // the line's start, which for each of thousands of commas on one line made them quadratic.)
  let above = false;
  for (let i = offset - 1; ; ) {
    for (; i >= 0 && (BLANK_OR_COMMA.test(text[i]!) || text[i] === '\n'); i--) if (text[i] === '\n') above = true;
    if (i < 0) return undefined;
    if (above) {
      const start = text.lastIndexOf('\n', i) + 1;
      const code = text.slice(start, i + 1).replace(/(?:^|[ \t])#.*$/, '');
      if (code.length <= i - start) {
        i = start + code.length - 1;
        continue;
      }
    }
    return i;
  }
}

/**
 * "[Leif Redestig,, Maria Nilsson]": commas in a row (blanks or line breaks between them) with no value between, which
 * the parser reports at each comma after the first. Said once, at the second, with the list written with one comma
 * there, or none before its ] ("[Leif,,]").
 */
export function repeatedCommas(text: string, offset: number): Located | undefined {
  if (commaRun?.text === text && commaRun.from < offset && offset <= commaRun.to) return commaRun.slip;
  let from = offset;
  for (let i = offset - 1; i >= 0 && /[\s,]/.test(text[i]!); i--) if (text[i] === ',') from = i;
  if (from === offset) return undefined;
  let to = offset;
  let after = offset + 1;
  for (; after < text.length && /[\s,]/.test(text[after]!); after++) if (text[after] === ',') to = after;
  const second = text.indexOf(',', from + 1);
  const n = text.slice(from, to + 1).split(',').length - 1;
  const last = text[after] === ']' || text[after] === '}';
  // Before the ], the commas go with the blanks before them; between values, one stays where the first is.
  let cut = from + 1;
  if (last) for (cut = from; cut > 0 && /\s/.test(text[cut - 1]!); ) cut--;
  // The value after them on a line below: its line joined on, after a blank.
  const below = !last && text.slice(to + 1, after).includes('\n');
  const resume = last || below ? after : to + 1;
  // The line (or lines) of the run, at most AROUND characters either side of it: in a long line, the place itself.
  // Sought no further than that, so that a line of many such runs is read once, not once a run (-1: further off).
  const before = Math.max(0, cut - AROUND - 1);
  const back = text.slice(before, cut).lastIndexOf('\n');
  const lineStart = back !== -1 ? before + back + 1 : before === 0 ? 0 : -1;
  const ahead = text.slice(resume, resume + AROUND + 1).indexOf('\n');
  const lineEnd = ahead !== -1 ? resume + ahead - (text[resume + ahead - 1] === '\r' ? 1 : 0) : resume + AROUND + 1 >= text.length ? text.length : -1;
  const left = edgeAfter(text, Math.max(lineStart, cut - AROUND), lineStart, cut);
  const right = edgeBefore(text, lineEnd === -1 ? resume + AROUND : Math.min(lineEnd, resume + AROUND), lineEnd, resume);
  const written = `${oneComma(text.slice(left, cut))}${below ? ' ' : ''}${oneComma(text.slice(resume, right))}`.replace(/[ \t]*\r?\n\s*/g, ' ').trim();
  const opens = left === lineStart && FLOW_OR_MAP_OPEN.test(text.slice(lineStart, cut));
  const closes = right === lineEnd && /[\]}][ \t]*(?:#.*)?\r?$/.test(text.slice(resume, lineEnd));
  const words = n === 2 ? 'Två' : n === 3 ? 'Tre' : 'Flera';
  const slip = {
    offset: second,
    message: `${words} kommatecken står i rad, utan något värde mellan dem.`,
    hint: `${last ? 'Ta bort kommatecknen efter det sista värdet' : 'Skriv ett kommatecken mellan två värden'}: ${opens ? '' : '… '}${written}${closes ? '' : ' …'}`,
  };
  commaRun = { text, from, to, slip };
  return slip;
}
