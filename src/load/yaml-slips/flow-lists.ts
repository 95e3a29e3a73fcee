// Lists in brackets (and fields in braces), read with their items, on one line or over several, closed or never.


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
 * The items of a list in brackets from `from`, just after its [, up to its ] or the end of `text`, with quotes and
 * brackets inside an item read as part of it. `comments`: a # after a blank starts a comment, up to the end of its
 * line (in a list over several lines; on a line, the text up to the line's end is the list, as before). `inner`: the
 * brackets and braces inside the last item still open where the text ends (for a list never closed), innermost last.
 */
export function scanFlow(text: string, from: number, comments: boolean, closer: Closer = ']'): { items: FlowItem[]; close: number; inner: readonly Closer[] } {
  const items: FlowItem[] = [];
  // What closes each bracket or brace opened inside the current item, innermost last.
  const inner: Closer[] = [];
  // The item's first and last characters that are not blank, -1 before its first.
  let first = -1;
  let last = -1;
  for (let i = from; ; i++) {
    const c = text[i];
    const start = i;
    if (c === '"' || c === "'") {
      const quote = c === '"' ? DOUBLE : SINGLE;
      quote.lastIndex = i;
      const close = quote.exec(text);
      if (close) i += close[0].length - 1;
    } else if (comments && c === '#' && (i === from || /\s/.test(text[i - 1]!))) {
      const lineEnd = text.indexOf('\n', i);
      i = (lineEnd === -1 ? text.length : lineEnd) - 1;
      continue;
    } else if (c === '[' || c === '{') inner.push(c === '[' ? ']' : '}');
    else if (inner.length > 0 && (c === ']' || c === '}')) inner.pop();
    else if (c === undefined || c === ',' || c === closer) {
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
// about on its own), in one pass; and the list that is never closed, if one is.
let overLines: { text: string; lists: FlowList[]; unclosed?: UnclosedList } | undefined;

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

/**
 * "attendees: [Leif Redestg,\n  @Bo" and no ] below: the list in brackets of `text` that is never closed, up to the
 * first line below its [ that stands no further in than the line of the [, where the parser ends it.
 */
export function unclosedList(text: string): UnclosedList | undefined {
  return scanLists(text).unclosed;
}

function scanLists(text: string): { lists: FlowList[]; unclosed?: UnclosedList } {
  if (overLines?.text === text) return overLines;
  const lists: FlowList[] = [];
  let unclosed: UnclosedList | undefined;
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
      const list = scanFlow(text, at + open[0].length, true, closer);
      // Never closed: the rest of the text is in it. Or closed only past a field below its line ("attendees: [Anna,
      // Bo" above "guests: Cecilia]"): the parser ends it at that field, so it is as never closed, to be said at its [.
      if (list.close === -1 || (list.close > end && fieldBefore(text, at, open[0], list.close))) {
        unclosed = unclosedFrom(text, at, open[0], closer);
        break;
      }
      if (list.close > end) {
        // Fields in braces over lines are passed over: only lists have items a slip is told in.
        if (closer === ']') lists.push({ open: at + open[0].length - 1, ...list });
        const after = text.indexOf('\n', list.close);
        if (after === -1) break;
        at = after + 1;
        continue;
      }
    }
    if (nl === -1) break;
    at = nl + 1;
  }
  overLines = { text, lists, ...(unclosed ? { unclosed } : {}) };
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
  const upTo = text.slice(0, end).replace(/\r?\n$/, '');
  const { items, inner } = scanFlow(upTo, from, true, closer);
  const last = items[items.length - 1];
  const commas = last ? commasAfter(upTo, last.end) : undefined;
  return { open: from - 1, close: -1, end: upTo.length, closer, closing: [...inner].reverse().join('') + closer, items, ...(commas ? { commas } : {}) };
}

/** Where the first and the last of the commas from `from` (among blanks) stand, when nothing but blanks and comments follows them in `text`. */
function commasAfter(text: string, from: number): readonly [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === ',') {
      if (first === -1) first = i;
      last = i;
    } else if (c === '#' && /\s/.test(text[i - 1]!)) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl;
    } else if (!/\s/.test(c)) return undefined;
  }
  return first === -1 ? undefined : [first, last];
}

/**
 * For a list whose line starts at `line`, up to its [ (`opening`), where the parser ends it, whatever closes it: the
 * start of the first line below that stands no further in than its key, or its dash without one; the end of the text
 * if no line before `limit` does (past a ] that closes it, no line need be looked at). Undefined for a [ alone on its
 * line with no key above it further out.
 */
function parserEnd(text: string, line: number, opening: string, limit = text.length): number | undefined {
  const m = /^([ \t]*)(-[ \t]+)?([A-Za-z_][\w-]*:[ \t]+)?[[{]$/.exec(opening)!;
  const indent = m[2] || m[3] ? m[1]!.length + (m[3] ? (m[2]?.length ?? 0) : 0) : keyAbove(text, line, m[1]!.length);
  if (indent === undefined) return undefined;
  for (let at = text.indexOf('\n', line + opening.length) + 1; at > 0 && at < limit; at = text.indexOf('\n', at) + 1) {
    const blanks = /^[ \t]*/.exec(text.slice(at, at + 200))![0].length;
    const c = text[at + blanks];
    if (c !== undefined && c !== '\n' && c !== '\r' && c !== '#' && blanks <= indent) return at;
  }
  return text.length;
}

/**
 * Whether a list whose line starts at `line` (see parserEnd), closed at `close` on a line below, is ended before that
 * by a field: the line where the parser ends it is a key's ("guests: Cecilia]"). A line of items only too little
 * indented ("Bo]" under "attendees: [Anna,") is not: the ] there is the one meant.
 */
function fieldBefore(text: string, line: number, opening: string, close: number): boolean {
  const end = parserEnd(text, line, opening, close);
  if (end === undefined || end >= close) return false;
  const nl = text.indexOf('\n', end);
  return /^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:(?:[ \t]|\r?$)/.test(text.slice(end, nl === -1 ? text.length : nl));
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
