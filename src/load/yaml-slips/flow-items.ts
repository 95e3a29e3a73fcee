// The item of a list in brackets at an error, and its slips: a sign it starts with, or the list never closed.
import { clip, clipJoined } from '../../util/clip.js';
import { count } from '../../util/plural.js';
import { countUpTo } from '../../util/sorted.js';
import { emphasisTag, MARKDOWN, signMessage, TAG } from './signs.js';
import { FLOW_OPEN, type FlowItem, type FlowList, listsOverLines, scanFlow, unclosedBefore } from './flow-lists.js';
import { lineAt, once, scanOf, type Slip } from './scan.js';

/**
 * The list in brackets an offset of `text` lies in, and its item there: on the line of its [ ("guests: [Anna, @Bo]"),
 * or on a line below it, when the list runs on over lines ("attendees: [Anna Ek,\n  *Leif*]").
 */
export function flowItemAt(text: string, offset: number): { list: FlowList; item: FlowItem } | undefined {
  const { start, line } = lineAt(text, offset);
  // Read once for the line, and its items looked up by where they start: the items of a list of thousands on one
  // line, each with an error, were read from the line's start for each.
  let list = once(text, `flow ${start}`, () => flowListOn(text, start, line));
  let item = list && itemAt(list, offset);
  if (!item) {
    const unclosed = unclosedBefore(text, offset - 1);
    list = listAround(listsOverLines(text), offset) ?? (unclosed && unclosed.open < offset && offset <= unclosed.end ? unclosed : undefined);
    item = list && itemAt(list, offset);
  }
  return list && item ? { list, item } : undefined;
}

/** The list in brackets whose [ stands on the line from `start` (`line`, without a CR), if one does. */
function flowListOn(text: string, start: number, line: string): FlowList | undefined {
  const open = FLOW_OPEN.exec(line);
  if (!open) return undefined;
  // Read on its line first (a quote it never closes there is no quote, but it may close far below).
  const own = scanFlow(line, open[0].length, false);
  const bracket = start + open[0].length - 1;
  const onLine = { open: bracket, close: own.close === -1 ? -1 : start + own.close, items: own.items.map((i) => ({ ...i, at: start + i.at, end: start + i.end })) };
  // Not closed on its line: the list over the lines below, if it is closed there; else the line's items, as before.
  if (own.close !== -1) return onLine;
  const lists = listsOverLines(text);
  const over = lists[countUpTo(lists, (l) => l.open, bracket) - 1];
  return over?.open === bracket ? over : onLine;
}

/** The item of `list` an offset lies in, from its first character to its end (its items, in order, never touch). */
function itemAt(list: FlowList, offset: number): FlowItem | undefined {
  const item = list.items[countUpTo(list.items, (i) => i.at, offset) - 1];
  return item && offset <= item.end ? item : undefined;
}

/** Of `lists` (in order, none inside another), the one an offset lies in, after its [ and up to its ]. */
function listAround(lists: readonly FlowList[], offset: number): FlowList | undefined {
  const list = lists[countUpTo(lists, (l) => l.open, offset - 1) - 1];
  return list && offset <= list.close ? list : undefined;
}

/** The lines `item` of `list` stands on, with it written as `by`; "… " before them when the list opens above, " …" after when it closes below. */
export function itemLines(text: string, list: FlowList, item: FlowItem, by: string): string {
  const { start: from, end: fromEnd } = lineAt(text, item.at);
  const { lines: index } = scanOf(text);
  const to = index.lineEnd(item.end);
  // The first and the last character of the lines that are no blank, found once for each line, and the ends the clip
  // keeps taken from the line: for each of thousands of items of one line, the line was joined and trimmed again.
  const first = once(text, `first ${from}`, () => noBlankFrom(text, from, fromEnd, 1));
  const last = once(text, `last ${to}`, () => noBlankFrom(text, to - 1, index.lineStart(to) - 1, -1));
  const lines = first < item.at && last >= item.end ? clipJoined([text.slice(first, item.at), by, text.slice(item.end, last + 1)]) : clip(`${text.slice(from, item.at)}${by}${text.slice(item.end, to)}`.trim());
  return `${list.open < from ? '… ' : ''}${lines}${list.close >= to ? ' …' : ''}`;
}

/** From `from` towards `limit` (not reached) by `step`, the first character of `text` that is no blank (as trim() sees them); `limit` if none is. */
function noBlankFrom(text: string, from: number, limit: number, step: 1 | -1): number {
  let i = from;
  while (i !== limit && /\s/.test(text[i]!)) i += step;
  return i;
}

/** `value` within double quotes, as YAML reads it back. */
export const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** An item's text as YAML reads it: an item over several lines is one line, its breaks spaces. */
const folded = (item: FlowItem): string => item.text.replace(/[ \t]*\r?\n\s*/g, ' ');

/**
 * The hint for an item in brackets read without its sign: the item quoted, in its line (or lines) of the list. Like
 * every hint that ends with text to write in the file, it ends with that text, without a full stop: one after it would
 * read as part of it ("# sist." in a comment), and be copied into the file with it. A `note` goes before the colon.
 */
export const quoteItemHint = (text: string, found: { list: FlowList; item: FlowItem }, note = ''): string => `Sätt det inom citattecken${note}: ${itemLines(text, found.list, found.item, doubleQuoted(folded(found.item)))}`;

/** "attendees: [Leif Redestg, Bo" and no ] (or "who: {name: Bo" and no }): at its [, with the line to add the ] to. */
export function unclosedBracket(text: string, offset: number): Slip | undefined {
  const list = unclosedBefore(text, offset);
  // The parser says so where the list ends: past its last line, at the line that ends it.
  if (!list || (offset > list.end && /\S/.test(text.slice(list.end, offset)))) return undefined;
  const { closer, closing, commas } = list;
  const [what, where] = closer === ']' ? ['Listan inom hakparenteser', 'listans sista värde'] : ['Fälten inom klammerparenteser', 'det sista fältet'];
  const last = list.items[list.items.length - 1];
  // "name: [" and nothing after it (the file's last line): at its [ too, with the line closed there.
  if (!last) return { offset: list.open, message: `${what} som börjar här avslutas aldrig med ${closer}.`, hint: `Lägg till ${closingWords(closing)} efter ${text[list.open]}: ${clip(text.slice(lineAt(text, list.open).start, list.open + 1).trim())}${closing}` };
  // A comma after the last item is what the closing takes the place of.
  const todo = commas ? `Byt ${commas[0] === commas[1] ? 'kommatecknet' : 'kommatecknen'} efter ${where} mot ${closingWords(closing)}` : `Lägg till ${closingWords(closing)} efter ${where}`;
  const line = itemLines(text, list, commas ? { ...last, end: commas[1] + 1 } : last, `${last.text}${closing}`);
  return { offset: list.open, message: `${what} som börjar här avslutas aldrig med ${closer}.`, hint: `${todo}: ${line}` };
}

/**
 * What a hint says to add to close a list ("]"), and the brackets and braces left open inside it ("attendees: [a,
 * [b, {c: d": "}]] (i den ordningen)"); thousands of them counted ("5 000 ]"), not written out.
 */
function closingWords(closing: string): string {
  if (closing.length <= 12) return closing.length > 1 ? `${closing} (i den ordningen)` : closing;
  const runs = closing.match(/(.)\1*/g)!;
  if (runs.length > 3) return `${count(closing.length)} ] och } i rätt ordning`;
  const said = runs.map((r) => `${count(r.length)} ${r[0]!}`);
  return said.length > 1 ? `${said.join(', sedan ')}` : said[0]!;
}

/**
 * "attendees: [*David Bergström*]", "guests: [Anna, @Bo]", "attendees: [Anna,\n  *Leif*]": an item of a list in
 * brackets that starts with a sign YAML reads as its own, as a value or a list's item does. The item the parser's
 * error at `offset` lies in (js-yaml marks the end of an alias). An alias to an anchor set above it ([*s] after &s) is meant.
 */
export function flowItemStart(text: string, offset: number): Slip | undefined {
  const found = flowItemAt(text, offset);
  // Once for the item: the parser may report thousands of errors in one ("[Anna } } } …]").
  return found && once(text, `item ${found.list.open} ${found.list.close} ${found.item.at} ${found.item.end}`, () => itemSlip(text, found));
}

/** The slip of an item of a list in brackets (see flowItemStart), if it has one. */
function itemSlip(text: string, found: { list: FlowList; item: FlowItem }): Slip | undefined {
  const { list, item } = found;
  const value = folded(item);
  // ! or !! alone ("[!, Anna]"): a tag with no name before the comma, which js-yaml refuses.
  const m = /^(?:[*&@`%|>](?=\S)|(!!?)(\p{L}[\p{L}\p{N}_-]*[!?.:,]*|$)(?:[ \t]+(.*))?$|[[{].*[\]}][ \t]*[^\s#])/u.exec(value);
  if (!m) return undefined;
  if (m[1] !== undefined && !emphasisTag(m[1], m[2]!, m[3])) return undefined;
  const alias = /^\*([^\s,[\]{}]+)$/.exec(value);
  if (alias && anchoredBefore(text, alias[1]!, item.at)) return undefined;
  const sign = m[1] ?? value[0]!;
  const emphasis = /^(\*{1,2})([^*\s](?:.*[^*\s])?)\1$/.exec(value);
  const hint = emphasis ? `Ta bort asteriskerna${MARKDOWN}: ${itemLines(text, list, item, emphasis[2]!)}` : quoteItemHint(text, found, sign === '*' ? MARKDOWN : '');
  return { offset: item.at, message: signMessage(sign, m[1] === undefined ? '' : TAG), hint, sign: true };
}

/**
 * Whether `&name` stands in `text` before `limit` (ends by it). Where it first stands is found once for each name,
 * among the &s of the text: for each of thousands of aliases in a list, the text up to it was searched.
 */
function anchoredBefore(text: string, name: string, limit: number): boolean {
  const first = once(text, `anchor ${name}`, () => once(text, 'ampersands', () => ampersands(text)).find((at) => text.startsWith(name, at + 1)));
  return first !== undefined && first + 1 + name.length <= limit;
}

/** Where each & of `text` stands. */
function ampersands(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) out.push(at);
  return out;
}
