// Lists in brackets (and fields in braces), read with their items, on one line or over several, closed or never.
import { countUpTo } from '../../util/sorted.js';

/** An item of a list in brackets: where it starts and ends (at its , or ]), and its text. */
export interface FlowItem {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** A list in brackets, on one line or over several: where its [ and its ] stand (-1: never closed), and its items. */
export interface FlowList {
  readonly open: number;
  readonly close: number;
  readonly items: readonly FlowItem[];
}

/** A line whose value is a list in brackets ("attendees: [", "  - [", "  - who: ["), up to its [. */
export const FLOW_OPEN = /^\s*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?\[/;

/** The same, or a line whose value is fields in braces ("who: {"), up to its [ or {. */
export const FLOW_OR_MAP_OPEN = /^\s*(?:-[ \t]+)?(?:[A-Za-z_][\w-]*:[ \t]+)?[[{]/;

// A quoted item, from its quote to the one that closes it, on its line or further down.
export const DOUBLE = /"(?:[^"\\]|\\[^])*"/y;

export const SINGLE = /'(?:[^']|'')*'/y;

/**
 * Where the quoted item that the quote at `at` opens ends (just past the quote that closes it, before `limit`), or -1
 * if none does. A quote after a comma with words straight after it ("[Leif, \"Ivan, \"David]", or first on a line
 * below "  \"Ivan,") closes nothing: it opens the next item, as YAML refuses words after a closing quote, and the
 * first is left open.
 */
export function quotedEnd(text: string, at: number, limit = text.length): number {
  const quote = text[at] === '"' ? DOUBLE : SINGLE;
  quote.lastIndex = at;
  const close = quote.exec(text);
  const end = close ? at + close[0].length : -1;
  if (end === -1 || end > limit) return -1;
  return opensNext(text, end - 1) ? -1 : end;
}

/** Whether the quote at `at` stands after a comma (blanks and line breaks between) and has words straight after it. */
function opensNext(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  WORDS_AFTER.lastIndex = at + 1;
  return text[i] === ',' && WORDS_AFTER.test(text);
}

// Words on a quote's line straight after it: not a comma, a ], a }, a colon, a comment or the line's end.
const WORDS_AFTER = /[ \t]*[^\s,\]}:#]/y;

/**
 * The items of a list in brackets from `from`, just after its [, up to its ] or the end of `text`, with quotes and
 * brackets inside an item read as part of it. `comments`: a # after a blank starts a comment, up to the end of its
 * line (in a list over several lines; on a line, the text up to the line's end is the list, as before). `inner`: the
 * brackets and braces inside the last item still open where the text ends (for a list never closed), innermost last.
 * `limit`: where the text is read as ending (a quote closed only past it is not closed).
 */
export function scanFlow(text: string, from: number, comments: boolean, closer: Closer = ']', limit = text.length): { items: FlowItem[]; close: number; inner: readonly Closer[] } {
  // A comma inside an item's brackets or braces is the item's ("[{group: gug, role: ledamot}]"); in a list never
  // closed, each comma ends an item, so that its last is the text after the last comma, to close.
  const whole = scanItems(text, from, comments, closer, limit, true);
  return whole.close === -1 ? scanItems(text, from, comments, closer, limit, false) : whole;
}

function scanItems(text: string, from: number, comments: boolean, closer: Closer, limit: number, whole: boolean): { items: FlowItem[]; close: number; inner: readonly Closer[] } {
  const items: FlowItem[] = [];
  // What closes each bracket or brace opened inside the current item, innermost last.
  const inner: Closer[] = [];
  // The item's first and last characters that are not blank, -1 before its first.
  let first = -1;
  let last = -1;
  for (let i = from; ; i++) {
    const c = i < limit ? text[i] : undefined;
    const start = i;
    if (c === '"' || c === "'") {
      const end = quotedEnd(text, i, limit);
      if (end !== -1) i = end - 1;
    } else if (comments && c === '#' && (i === from || /\s/.test(text[i - 1]!))) {
      const lineEnd = text.indexOf('\n', i);
      i = (lineEnd === -1 || lineEnd > limit ? limit : lineEnd) - 1;
      continue;
    } else if (c === '[' || c === '{') inner.push(c === '[' ? ']' : '}');
    else if (inner.length > 0 && (c === ']' || c === '}')) inner.pop();
    else if (c === undefined || (c === ',' && (inner.length === 0 || !whole)) || c === closer) {
      if (first !== -1) items.push({ at: first, end: last + 1, text: text.slice(first, last + 1) });
      if (c !== ',') return { items, close: c === closer ? i : -1, inner };
      first = -1;
      continue;
    } else if (/\s/.test(c)) continue;
    if (first === -1) first = start;
    last = i;
  }
}

// The lists in brackets over several lines of the last text asked about, found once for all its slips (each is asked
// about on its own), in one pass; and the lists that are never closed, in order.
let overLines: { text: string; lists: FlowList[]; maps: FlowList[]; unclosed: UnclosedList[] } | undefined;

/** What closes a list in brackets, or fields in braces. */
type Closer = ']' | '}';

/**
 * A list in brackets never closed, or fields in braces (`closer` }), up to where the parser ends it (`end`): it has
 * no ] (or }), so `close` is -1.
 */
export interface UnclosedList extends FlowList {
  readonly end: number;
  readonly closer: Closer;
  /** What closes it and every bracket or brace left open inside its last item, in the order they are to be written ("}]]"). */
  readonly closing: string;
  /**
   * A comma after its last item with nothing after it ("attendees: [Anna, Bo,"), or more ("[Anna, Bo, ,"): where the
   * first and the last stand. The closing is written in their place, as a ] after them would leave them behind the
   * list ("[Anna, Bo],"), which YAML refuses.
   */
  readonly commas?: readonly [number, number];
}

/** The lists in brackets of `text` that open on one line and close on another. */
export function listsOverLines(text: string): FlowList[] {
  return scanLists(text).lists;
}

/** The fields in braces of `text` that open on one line and close on another ("- {group: gug," above "  role: ledamot}"), as lists with their fields as items. */
export function mapsOverLines(text: string): FlowList[] {
  return scanLists(text).maps;
}

/**
 * Whether `offset` lies inside a list in brackets or fields in braces over lines, on a line below its [ or { ("  role:
 * \"ledamot}]" below "memberships: [{group: gug,"): a quote there is theirs, read as a letter where none closes it.
 */
export function insideOverLines(text: string, offset: number): boolean {
  const { lists, maps } = scanLists(text);
  return [lists, maps].some((all) => {
    const list = all[countUpTo(all, (l) => l.open, offset - 1) - 1];
    return list !== undefined && offset < list.close && text.lastIndexOf('\n', offset) > list.open;
  });
}

/**
 * "attendees: [Leif Redestg,\n  @Bo" and no ] below: the lists in brackets of `text` that are never closed, in order,
 * each up to the first line below its [ that stands no further in than the line of the [, where the parser ends it.
 * The text is read on from there, so a second list left open below the first is found too, each said at its own [.
 */
export function unclosedLists(text: string): readonly UnclosedList[] {
  return scanLists(text).unclosed;
}

/** Of the lists never closed in `text`, the last whose [ stands at or before `offset`. */
export function unclosedBefore(text: string, offset: number): UnclosedList | undefined {
  const lists = unclosedLists(text);
  return lists[countUpTo(lists, (l) => l.open, offset) - 1];
}

function scanLists(text: string): { lists: FlowList[]; maps: FlowList[]; unclosed: UnclosedList[] } {
  if (overLines?.text === text) return overLines;
  const lists: FlowList[] = [];
  const maps: FlowList[] = [];
  const unclosed: UnclosedList[] = [];
  for (let at = 0; at < text.length; ) {
    const square = text.indexOf('[', at);
    const curly = text.indexOf('{', at);
    const bracket = square === -1 || (curly !== -1 && curly < square) ? curly : square;
    if (bracket === -1) break;
    // From the line of the next [ or {.
    at = text.lastIndexOf('\n', bracket) + 1;
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const open = FLOW_OR_MAP_OPEN.exec(text.slice(at, end));
    if (open) {
      const closer: Closer = open[0].endsWith('{') ? '}' : ']';
      // Read up to where the parser ends it, not to the end of the text: a list left open on each of thousands of
      // lines was read to the end for each. Never closed by then, it is said at its [; so is one closed only past a
      // field below its line ("attendees: [Anna, Bo" above "guests: Cecilia]"), which the parser ends at that field.
      // A line of items only too little indented that closes it ("Bo]" under "attendees: [Anna,") is read with it:
      // the ] there is the one meant.
      const ends = parserEnd(text, at, open[0]);
      const limit = ends === undefined || ends >= text.length ? text.length : isField(text, ends) ? ends : lineEnd(text, ends);
      const list = scanFlow(text, at + open[0].length, true, closer, limit);
      if (list.close === -1) {
        const found = unclosedFrom(text, at, open[0], closer);
        if (found) unclosed.push(found);
        // Read on from the line that ends it (the parser reads on from there too).
        if (ends === undefined || ends >= text.length) break;
        at = ends;
        continue;
      }
      if (list.close > end) {
        // Fields in braces over lines apart: only lists have items a slip is told in, but a quote left open in fields is.
        (closer === ']' ? lists : maps).push({ open: at + open[0].length - 1, ...list });
        const after = text.indexOf('\n', list.close);
        if (after === -1) break;
        at = after + 1;
        continue;
      }
    }
    if (nl === -1) break;
    at = nl + 1;
  }
  overLines = { text, lists, maps, unclosed };
  return overLines;
}

/**
 * The list whose line starts at `line`, up to its [ (`opening`), never closed: up to the line that ends it, one no
 * further in than its key, or its dash without one. A [ alone on its line stands in a block the line does not show.
 */
function unclosedFrom(text: string, line: number, opening: string, closer: Closer): UnclosedList | undefined {
  const end = parserEnd(text, line, opening);
  if (end === undefined) return undefined;
  const from = line + opening.length;
  // Up to that line (without its line break), with its items.
  let upTo = end;
  if (text[upTo - 1] === '\n') upTo -= text[upTo - 2] === '\r' ? 2 : 1;
  const { items, inner } = scanFlow(text, from, true, closer, upTo);
  const last = items[items.length - 1];
  const commas = last ? commasAfter(text, last.end, upTo) : undefined;
  return { open: from - 1, close: -1, end: upTo, closer, closing: [...inner].reverse().join('') + closer, items, ...(commas ? { commas } : {}) };
}

/** Where the first and the last of the commas from `from` (among blanks) stand, when nothing but blanks and comments follows them in `text` up to `limit`. */
function commasAfter(text: string, from: number, limit: number): readonly [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === ',') {
      if (first === -1) first = i;
      last = i;
    } else if (c === '#' && /\s/.test(text[i - 1]!)) {
      const nl = text.indexOf('\n', i);
      if (nl === -1 || nl >= limit) break;
      i = nl;
    } else if (!/\s/.test(c)) return undefined;
  }
  return first === -1 ? undefined : [first, last];
}

/**
 * For a list whose line starts at `line`, up to its [ (`opening`), where the parser ends it, whatever closes it: the
 * start of the first line below that stands no further in than its key, or its dash without one; the end of the text
 * if no line does. Undefined for a [ alone on its line with no key above it further out.
 */
function parserEnd(text: string, line: number, opening: string): number | undefined {
  const m = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*:[ \t]+)?[[{]$/.exec(opening)!;
  const indent = m[2] || m[3] ? m[1]!.length + (m[3] ? (m[2]?.length ?? 0) : 0) : keyAbove(text, line, m[1]!.length);
  if (indent === undefined) return undefined;
  for (let at = text.indexOf('\n', line + opening.length) + 1; at > 0; at = text.indexOf('\n', at) + 1) {
    const blanks = /^[ \t]*/.exec(text.slice(at, at + 200))![0].length;
    const c = text[at + blanks];
    if (c !== undefined && c !== '\n' && c !== '\r' && c !== '#' && blanks <= indent) return at;
  }
  return text.length;
}

/** Whether the line from `at` is a field's ("guests: Cecilia]"), or an item's with a field. */
function isField(text: string, at: number): boolean {
  return /^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:(?:[ \t]|\r?$)/.test(text.slice(at, lineEnd(text, at)));
}

/** Where the line that `at` is on ends (its line break, or the end of the text). */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/**
 * For a [ alone at the start of its line (`line`, `column` blanks in), the column of the key on the line above it
 * ("guests:" with the list below it), when the [ stands further in: the list is that key's value.
 */
function keyAbove(text: string, line: number, column: number): number | undefined {
  let end = line - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end).replace(/\r$/, '');
    if (/^\s*(?:#.*)?$/.test(above)) {
      end = start - 1;
      continue;
    }
    const key = /^([ \t]*)(-[ \t]+)?[A-Za-z_][\w-]*:[ \t]*(?:#.*)?$/.exec(above);
    const at = key ? key[1]!.length + (key[2]?.length ?? 0) : undefined;
    return at !== undefined && at < column ? at : undefined;
  }
  return undefined;
}
