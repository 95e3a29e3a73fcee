// A quote a value opens and never closes: on the line of the parser's error, or on a line above it.
import { clip } from '../../util/clip.js';
import { countUpTo } from '../../util/sorted.js';
import { itemLines } from './flow-items.js';
import { FLOW_OR_MAP_OPEN, type FlowItem, type FlowList, listsOverLines, mapsOverLines, quotedEnd, scanFlow } from './flow-lists.js';
import { lastBefore, once, OPEN_QUOTE, scanOf, type Slip } from './scan.js';

/**
 * The slip of a quote at `offset` never closed on its line: at the quote, with its line closed at its end to write, or,
 * where its value goes on over lines further in than its field (summary: "Vi ses" above "  igen"), the value's last
 * line closed at its end: closed on the first line, the lines below would be out of line.
 */
export function openQuoteSlip(text: string, offset: number): Slip {
  const { lines } = scanOf(text);
  const quote = text[offset]!;
  const last = once(text, `value end ${offset}`, () => lastValueLine(text, offset));
  if (last) return { offset, message: 'Citattecknet här avslutas aldrig.', hint: `Värdet fortsätter på raderna under: lägg till ett ${quote} i slutet av dess sista rad: ${clip(text.slice(last[0], last[1]))}${quote}` };
  const line = text.slice(lines.lineStart(offset), lines.lineEnd(offset)).trim();
  return { offset, message: 'Citattecknet här avslutas aldrig.', hint: `Lägg till ett ${quote} i slutet av värdet, på samma rad: ${clip(line)}${quote}` };
}

/**
 * The column a value opened by the quote at `offset` must go on further in than, on its lines below: its field's key
 * ("    what: \"Boka"), or an item's dash ("  - \"Leif").
 */
function ownColumn(text: string, offset: number): number {
  const own = /^([ \t]*)(-[ \t]+)?([A-Za-z_]+:)?/.exec(text.slice(scanOf(text).lines.lineStart(offset), offset))!;
  return own[1]!.length + (own[3] ? (own[2]?.length ?? 0) : 0);
}

/**
 * Where the text of the last line below the quote at `offset` that its value goes on over stands (further in than
 * its field, before any quote closes it; blank lines and comments aside), if the value goes on below its line.
 */
function lastValueLine(text: string, offset: number): readonly [number, number] | undefined {
  const { lines } = scanOf(text);
  const column = ownColumn(text, offset);
  const close = once(text, `closed ${offset}`, () => closingQuote(text, offset));
  let last: readonly [number, number] | undefined;
  for (let at = lines.lineEnd(offset) + 1; at > 0 && at < text.length; ) {
    const end = lines.lineEnd(at);
    if (close < end) break;
    const line = text.slice(at, end).replace(/\r$/, '');
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent < line.length && line[indent] !== '#') {
      if (indent <= column) break;
      last = [at + indent, at + line.trimEnd().length];
    }
    at = end + 1;
  }
  return last;
}

// A line that starts a field or an item ("  organisation:", "ivan-kuzhicov:", "  - id:"): its column.
const FIELD_OR_ITEM = /^([ \t]*)(?:-(?=[ \t]|\r?$)|[\p{L}_][\p{L}\p{N}_-]*:(?=[ \t]|\r?$))/u;

/**
 * The quotes values open and never close on their line that run on into a line written as a field or an item no further
 * in than the value's own field (or item), or that nothing closes in the last item of a list (see lastItem), with a
 * parser's error after them (`last`: the furthest error): what YAML reads as one value over those lines is a quote
 * left open (words run on to a line of their own may be the value's). Each a slip with its value to blank (from the
 * quote to its line's end), so that the lines below are read as written, and their own slips told; one in an item of
 * a list with dashes that no quote closes before the list ends is the item's own (`sign`), left out of its list. In
 * a registry (`entries`) so is one that nothing closes in an entry's field last in the file (see lastField).
 */
export function runawayQuotes(text: string, last: number, entries?: 1 | 2): Slip[] {
  const { lines, openQuotes } = scanOf(text);
  const found: { slip: Slip; close: number }[] = [];
  let closedAt = -1;
  for (const { found: quote } of openQuotes) {
    if (quote.offset <= closedAt) continue;
    if (quote.offset > last) break;
    const close = once(text, `closed ${quote.offset}`, () => closingQuote(text, quote.offset));
    const column = ownColumn(text, quote.offset);
    const end = lines.lineEnd(quote.offset);
    if (!runsInto(text, end + 1, close, column) && !lastItem(text, quote.offset, close) && !(entries !== undefined && lastField(text, quote.offset, close))) {
      closedAt = close;
      continue;
    }
    found.push({ slip: { ...openQuoteSlip(text, quote.offset), value: [quote.offset, text[end - 1] === '\r' ? end - 1 : end] }, close });
  }
  // A quote "closed" by the quote another of them opens ("    - group: \"gug" below "    - group: \"gemensam…") is
  // closed where that one is: both are said, and blanked, so neither closes the other. From the last up, in one pass.
  const closes = new Map<number, number>();
  for (let i = found.length - 1; i >= 0; i--) {
    const { slip, close } = found[i]!;
    closes.set(slip.offset, closes.get(close) ?? close);
  }
  return found.map(({ slip }) => (closedPastList(text, slip.offset, closes.get(slip.offset)!) ? { ...slip, sign: true } : slip));
}

/**
 * Whether the quote at `offset`, in an item of a list with dashes ("    what: \"Boka lokal" in an action), is closed by
 * no quote before the list ends (`close`: where a quote closes it): the item can then be left out of its list alone,
 * and its other items are read as written. A quote closed in an item below ("  - Leif Redestig\"") would be read
 * into that item.
 */
function closedPastList(text: string, offset: number, close: number): boolean {
  const { lines, dashes } = scanOf(text);
  const item = dashes().get(lines.lineStart(offset));
  if (!item) return false;
  if (close >= text.length) return true;
  const { column } = item.list;
  for (let at = lines.lineEnd(offset) + 1; at > 0 && at <= close; at = lines.lineEnd(at) + 1) {
    const line = text.slice(at, Math.min(lines.lineEnd(at), at + column + 2));
    const indent = /^ */.exec(line)![0].length;
    if (indent === line.length || line[indent] === '#' || line[indent] === '\r') continue;
    if (indent < column || (indent === column && !/^-(?:[ \t]|\r?$)/.test(line.slice(indent)))) return true;
  }
  return false;
}

/**
 * Whether the quote at `offset`, closed nowhere (`close`: the text's end), is in the last item of a list with dashes,
 * with nothing but blank lines and comments below it ("    - group: \"gug" last in people.yml): the item can be left
 * out of its list alone, as one whose quote runs into the item below. Words run on to a line of their own below a
 * field's quote (title: "Extramöte" above "location Bryggan") may be its value's, and stay so.
 */
function lastItem(text: string, offset: number, close: number): boolean {
  if (close < text.length) return false;
  const { lines, dashes } = scanOf(text);
  const item = dashes().get(lines.lineStart(offset));
  return item !== undefined && /^(?:[ \t]*(?:#[^\n]*)?\r?(?:\n|$))*$/.test(text.slice(item.end));
}

/**
 * Whether the quote at `offset`, closed nowhere (`close`: the text's end), opens the value of a field of an entry in
 * a registry with nothing but blank lines and comments below it ("  name: \"Anna Berg" last in the file):
 * the field can be left out of its entry alone, as one whose quote runs into the field below.
 */
function lastField(text: string, offset: number, close: number): boolean {
  if (close < text.length) return false;
  const { lines } = scanOf(text);
  return /^[ \t]+[A-Za-z_]+:[ \t]+$/.test(text.slice(lines.lineStart(offset), offset)) && /^(?:[ \t]*(?:#[^\n]*)?\r?(?:\n|$))*$/.test(text.slice(lines.lineEnd(offset)));
}

/** Whether a line from `from` up to `close` is a field's or an item's no further in than `column`. */
function runsInto(text: string, from: number, close: number, column: number): boolean {
  for (let at = from; at > 0 && at < close; at = text.indexOf('\n', at) + 1) {
    const m = FIELD_OR_ITEM.exec(text.slice(at, at + 200));
    if (m && m[1]!.length <= column && at + m[0].length <= close) return true;
  }
  return false;
}

/**
 * The last quote a line above `start` opens and does not close on its line, if no quote closes it before `start`
 * either: a value in quotes over lines (note: "Vi ses" above "  igen") is closed, and no slip below it is the quote's.
 */
export function openQuoteAbove(text: string, start: number): { offset: number; quote: string } | undefined {
  const found = lastBefore(scanOf(text).openQuotes, start);
  return found && once(text, `closed ${found.offset}`, () => closingQuote(text, found.offset)) >= start ? found : undefined;
}

/** Where the quote at `at` is closed (past an escape, \" or ''), or the text's end. */
function closingQuote(text: string, at: number): number {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (quote === '"' ? text[i] === '\\' : text[i] === "'" && text[i + 1] === "'") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/**
 * Where the quote stands that the line from `start` opens up to `offset` (as OPEN_QUOTE matches it there), and which.
 * The line's quote and how far its value reaches are found once for the line, as the parser may report thousands of
 * errors on it; only a line with a CR or a line separator in it is matched up to each error (OPEN_QUOTE's ^ and $
 * match beside them too).
 */
export function openQuoteUpTo(text: string, start: number, offset: number): { offset: number; quote: string } | undefined {
  const quoted = once(text, `quoted ${start}`, () => quotedValue(text, start));
  if (quoted.terminator < offset) {
    const open = OPEN_QUOTE.exec(text.slice(start, offset));
    return open ? { offset: start + open[1]!.length, quote: text[start + open[1]!.length]! } : undefined;
  }
  return quoted.at < offset && offset <= quoted.reach && !quoted.halves.has(offset) ? { offset: quoted.at, quote: text[quoted.at]! } : undefined;
}

/**
 * Of the line from `start`: where its first CR or line separator stands (or its end); and the quote its value opens,
 * if one does ("title: \"Bryggan"), with how far it reaches unclosed (to a quote that closes it, or the line's end) and
 * the places within that halve an escape (\") or a doubled quote (''): the quote is open up to any other.
 */
function quotedValue(text: string, start: number): { terminator: number; at: number; reach: number; halves: Set<number> } {
  const end = scanOf(text).lines.lineEnd(start);
  let terminator = start;
  while (terminator < end && !/[\r\u2028\u2029]/.test(text[terminator]!)) terminator++;
  let at = start;
  while (at < end && /[ \t\-A-Za-z_:]/.test(text[at]!)) at++;
  const halves = new Set<number>();
  const quote = text[at];
  if ((quote !== '"' && quote !== "'") || !/^[ \t]*(?:-[ \t]+)?(?:[A-Za-z_]+:[ \t]+)?$/.test(text.slice(start, at))) return { terminator, at: end, reach: -1, halves };
  let i = at + 1;
  for (; i < end; i++) {
    if (quote === '"' ? text[i] === '\\' : text[i] === "'" && text[i + 1] === "'") {
      // A \ last on the line escapes nothing: the value reaches up to it.
      if (i + 1 === end) break;
      halves.add(++i);
    } else if (text[i] === quote) break;
  }
  return { terminator, at, reach: i, halves };
}

/** An item of a list in brackets that opens a quote it does not close on its line: where the quote and the item's end stand. */
interface ItemQuote {
  readonly offset: number;
  readonly end: number;
  /**
   * Whether nothing closes the quote before its list's ] (its own line's, "[Anna B, \"AB]", or a line's below, in a
   * list over lines): left open, whatever the parser says where.
   */
  readonly left: boolean;
  /**
   * The list over lines it is an item of, if it is one ("attendees: [Leif Redestig," above "  \"Ivan Kuzhicov]"), or
   * an item or a field is inside ("- {group: \"gug," above "  role: ledamot}").
   */
  readonly list?: FlowList;
  /** Whether it opens a field's name inside braces ("- {\"group: gug}"): closed at the name's end. */
  readonly key?: true;
}

/**
 * "attendees: [David Bergström, 'Leif Redestig]": the last item of a list in brackets on a line above `before` (or on
 * its line, before it) that opens a quote and closes it nowhere before `before`, said at the quote, with the line to
 * write with the quote closed at the item's end. The parser says it only where the quote's text ends, past the lines
 * below: the end of the front matter or the file. An item in quotes over lines (["Leif` above `  Redestig"]) is closed.
 */
export function openItemQuote(text: string, before: number): Slip | undefined {
  const quotes = once(text, 'item quotes', () => itemQuotes(text));
  const found = quotes[countUpTo(quotes, (q) => q.offset, before - 1) - 1];
  if (!found || once(text, `closed ${found.offset}`, () => closingQuote(text, found.offset)) < before) return undefined;
  return itemQuoteSlip(text, found);
}

/**
 * The quotes items of lists in brackets leave open before their list's ] (see ItemQuote.left), each its item's slip,
 * to leave out of its list alone: every one in the text, as the parser says only where the last one's text ends
 * ("attendees: [Leif Redstig, \"Ivan Kuzhicov]" above "absent: [Åke Malmén, 'Per]").
 */
export function leftItemQuotes(text: string): Slip[] {
  return once(text, 'item quotes', () => itemQuotes(text)).flatMap((q) => (q.left ? [itemQuoteSlip(text, q)] : []));
}

/**
 * The slip of an item's quote: at the quote, with its line to write with the quote closed at the item's end; in a list
 * over lines, with … where the list goes on above or below that line, as for an item with a sign: the line alone
 * ("\"Ivan Kuzhicov\",") reads as a value of its own, not as a line of the list.
 */
function itemQuoteSlip(text: string, found: ItemQuote): Slip {
  const { lines } = scanOf(text);
  const quote = text[found.offset]!;
  const end = Math.min(found.end, lines.lineEnd(found.offset));
  const item = { at: found.offset, end, text: text.slice(found.offset, end) };
  const line = found.list ? itemLines(text, found.list, item, `${item.text}${quote}`) : clip(`${text.slice(lines.lineStart(found.offset), end)}${quote}${text.slice(end, lines.lineEnd(found.offset))}`.trim());
  // The item's own slip: it may be left out of its list alone, as one with a sign ("[Anna, @Bo]").
  return { offset: found.offset, message: 'Citattecknet här avslutas aldrig.', hint: `Lägg till ett ${quote} i slutet av ${found.key ? 'fältnamnet' : 'värdet'}, på samma rad: ${line}`, sign: true };
}

/**
 * The items of lists in brackets that open a quote they do not close on their line, in order: on the line of the
 * list's [, or on a line below it in a list over lines (see listsOverLines, which reads such a quote as a letter).
 */
function itemQuotes(text: string): ItemQuote[] {
  const onLines = quotesOnOpeningLines(text);
  const lists = listsOverLines(text);
  const over: ItemQuote[] = lists.flatMap((list) => list.items.filter((item) => opensUnclosed(text, item)).map((item) => ({ offset: item.at, end: item.end, left: true, list })));
  // And a value or a field's name inside fields in braces over lines, or inside an item in braces of a list over
  // lines ("- {group: \"gug," above "  role: ledamot}", "[{group: gug," above "  role: \"ledamot}]").
  for (const [list, closer] of [...lists.map((l) => [l, ']'] as const), ...mapsOverLines(text).map((m) => [m, '}'] as const)]) {
    if (!text.slice(list.open, list.close).includes('{') && closer === ']') continue;
    for (const q of nestedQuotes(text, list.open + 1, closer, list.close + 1)) over.push({ offset: q.at, end: q.end, left: true, list, ...(q.key ? { key: true } : {}) });
  }
  if (over.length === 0) return onLines;
  // One on the line of its [ is found both ways: as an item of its list over lines, it is left open.
  const byOffset = new Map(onLines.map((q) => [q.offset, q]));
  for (const q of over) byOffset.set(q.offset, q);
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}

/** Whether an item of a list over lines starts with a quote that nothing closes within it. */
function opensUnclosed(text: string, item: FlowItem): boolean {
  const c = text[item.at];
  if (c !== '"' && c !== "'") return false;
  const end = quotedEnd(text, item.at);
  return end === -1 || end > item.end;
}

/**
 * The items of lists in brackets, each on the line of its [, that open a quote they do not close on that line, in
 * order; left open where the list's ] is on the line, read with the quote as a letter, and the list is no list over
 * lines (one that is, the quote as a letter, is found with those below).
 */
function quotesOnOpeningLines(text: string): ItemQuote[] {
  const out: ItemQuote[] = [];
  // A list a quote closed below takes over lines ("[Anna, \"Leif]" above "  Redestig\"]"): its items are as written.
  let over: Set<number> | undefined;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, '');
    const open = line.includes('[') || line.includes('{') ? FLOW_OR_MAP_OPEN.exec(line) : null;
    if (open) {
      const closer = open[0].endsWith('{') ? '}' : ']';
      const list = scanFlow(line, open[0].length, false, closer);
      const found: NestedQuote[] = [];
      if (closer === ']') for (const item of list.items) if (opensLeftOpen(line, item.at)) found.push(item);
      // And a value or a field's name inside fields in braces ("[{group: \"gug}]", "- {\"group: gug}"): the item it
      // is in is left out.
      if (line.includes('{')) found.push(...nestedQuotes(line, open[0].length, closer));
      for (const q of found.sort((a, b) => a.at - b.at)) {
        over ??= new Set(listsOverLines(text).map((l) => l.open));
        out.push({ offset: start + q.at, end: start + q.end, left: list.close !== -1 && !over.has(start + open[0].length - 1), ...(q.key ? { key: true } : {}) });
      }
    }
    start = end + 1;
  }
  return out;
}

/** Whether a value at `at` of `line` starts with a quote the line does not close. */
const opensLeftOpen = (line: string, at: number): boolean => (line[at] === '"' || line[at] === "'") && quotedEnd(line, at) === -1;

/** A quote a value or a field's name inside fields in braces leaves open: where it stands, and where the value or the name ends. */
interface NestedQuote {
  readonly at: number;
  readonly end: number;
  /** Whether it opens a field's name ("{\"group: gug}"), to close before the colon. */
  readonly key?: true;
}

/**
 * The quotes values and fields' names inside fields in braces open and leave open in `text` (from `from`, just past
 * a [ or {, closed by `outer`, up to `limit`): a field's value ("{group: \"gug}") or an item of a list inside them,
 * each with where its value ends (its , ] or }, the quote read as a letter, as scanFlow reads it), or a field's name
 * ("{\"group: gug}", with where it ends, at its colon). The items of the outermost list are not among them (see
 * quotesOnOpeningLines). A line's text, or fields or a list over lines, whose comments end at their lines' ends.
 */
function nestedQuotes(text: string, from: number, outer: ']' | '}', limit = text.length): NestedQuote[] {
  const out: NestedQuote[] = [];
  const closers: (']' | '}')[] = [outer];
  // Whether a value may start here: past a field's colon, or an item's [ or comma; or a field's name: past a { or a
  // comma between fields.
  let value = false;
  let key = outer === '}';
  for (let i = from; i < limit && closers.length > 0; i++) {
    const c = text[i]!;
    const inner = closers[closers.length - 1];
    if (c === '"' || c === "'") {
      const end = quotedEnd(text, i, limit);
      if (end !== -1) i = end - 1;
      else if (value && (closers.length > 1 || outer === '}')) out.push({ at: i, end: i + (scanFlow(text, i, false, inner, limit).items[0]?.text.length ?? 1) });
      else if (key) out.push({ at: i, end: keyEnd(text, i, limit), key: true });
      value = key = false;
    } else if (c === '#' && /\s/.test(text[i - 1]!)) {
      const nl = text.indexOf('\n', i);
      if (nl === -1 || nl >= limit) break;
      i = nl - 1;
    } else if (c === '[' || c === '{') {
      closers.push(c === '[' ? ']' : '}');
      value = c === '[';
      key = c === '{';
    } else if (c === ']' || c === '}') {
      closers.pop();
      value = key = false;
    } else if (c === ',') {
      value = inner === ']';
      key = inner === '}';
    } else if (c === ':' && inner === '}' && /[ \t\r\n]/.test(text[i + 1] ?? '')) {
      value = true;
      key = false;
    } else if (!/\s/.test(c)) value = key = false;
  }
  return out;
}

/** Where a field's name that a quote at `at` opens ends: before its colon (one followed by a blank) and the blanks before it, or its , } or line's end. */
function keyEnd(text: string, at: number, limit: number): number {
  let i = at + 1;
  while (i < limit && !/[\n,}\]]/.test(text[i]!) && !(text[i] === ':' && /[ \t\r\n]/.test(text[i + 1] ?? ''))) i++;
  while (i > at + 1 && /[ \t\r]/.test(text[i - 1]!)) i--;
  return i;
}
