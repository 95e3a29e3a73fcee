// The lists with dashes of a text, read in one pass: their items, and a bracket opened above one.
import { clip } from '../../util/clip.js';
import type { Located, Positioned } from './scan.js';

/** Every line of `text` that "attendees: [" above a list with dashes is, by where its first dash's line ends (+ 1). */
export function bracketsBeforeDashes(text: string): Positioned<Located>[] {
  const lines = text.split('\n');
  const out: Positioned<Located>[] = [];
  // Where each line starts, and the next line that is neither blank nor a comment below each: one pass from the end.
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const next: (number | undefined)[] = [];
  for (let i = lines.length - 1, below: number | undefined; i >= 0; i--) {
    next[i] = below;
    const l = lines[i]!;
    if (l.trim() !== '' && !/^\s*#/.test(l)) below = i;
  }
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?([A-Za-z_][\w-]*):[ \t]*)([[{])[ \t]*(?:#.*)?\r?$/.exec(lines[i]!);
    const n = m ? next[i] : undefined;
    if (m && n !== undefined && /^\s*-(?:\s|$)/.test(lines[n]!)) {
      const opened = m[3] === '[' ? 'en lista inom hakparenteser' : 'ett fält inom klammerparenteser';
      const found = { offset: starts[i]! + m[1]!.length, message: `Raderna under "${clip(m[2]!)}" är en lista med streck (-), men ${m[3]} efter kolonet öppnar ${opened} som aldrig avslutas.`, hint: `Ta bort ${m[3]} efter ${clip(m[2]!)}: (en lista med streck behöver inga parenteser).` };
      out.push({ at: starts[n]! + lines[n]!.length + 1, found });
    }
  }
  return out;
}

export interface DashItem {
  /**
   * Where the list's first dash's line starts, how many items it has, the column of its dashes, and where the line of
   * each of its items out of line starts.
   */
  readonly list: { readonly at: number; items: number; readonly column: number; readonly outdented: number[] };
  /** Where its dash's line starts, and where its last line ends: its text or fields further in go on below it. */
  readonly start: number;
  end: number;
  /** Where the line starts of the last item of its list up to it (itself or one above) that stands out of line. */
  readonly outdented?: number;
}

/**
 * Of each line of `text` in an item of a list with dashes (by where the line starts), the innermost such item. A dash
 * a column or more further out than the list's dashes, but further in than the line that opens the list ("  - Leif"
 * then " - Maria" under "attendees:"), is taken for an item of that list, out of line (see outdentedItem).
 */
export function dashItems(text: string): Map<number, DashItem> {
  const out = new Map<number, DashItem>();
  // The lists and items open at the current line, innermost last; `outer`: the column of the line that opens the list.
  const lists: { column: number; outer: number; list: DashItem['list']; outdented?: number }[] = [];
  const items: { column: number; item: DashItem }[] = [];
  // The column of the last line that is neither blank nor a comment.
  let previous = -1;
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const line = text.slice(at, lineEnd);
    if (!/^\s*(?:#.*)?$/.test(line)) {
      const column = /^ */.exec(line)![0].length;
      const isDash = /^ *-(?:[ \t]|\r?$)/.test(line);
      // A line as far in as an item's dash, or further out, ends it; so does a dash as far in as its list's dashes (an
      // item out of line holds its fields, further in than its own dash, up to the list's next item).
      while (items.length > 0 && (items[items.length - 1]!.column >= column || (isDash && items[items.length - 1]!.item.list.column >= column))) items.pop();
      while (lists.length > 0 && lists[lists.length - 1]!.column > column && !(isDash && column > lists[lists.length - 1]!.outer)) lists.pop();
      const top = lists[lists.length - 1];
      if (top?.column === column && !isDash && items[items.length - 1]?.item.list !== top.list) lists.pop();
      if (isDash) {
        const entry = top !== undefined && top.column >= column ? top : { column, outer: previous < column ? previous : column, list: { at, items: 0, column, outdented: [] } };
        if (entry !== top) lists.push(entry);
        if (column < entry.column) {
          entry.outdented = at;
          entry.list.outdented.push(at);
        }
        entry.list.items++;
        const outdented = entry.outdented === undefined ? {} : { outdented: entry.outdented };
        items.push({ column, item: { list: entry.list, start: at, end: lineEnd, ...outdented } });
      }
      for (const open of items) open.item.end = lineEnd;
      const inner = items[items.length - 1];
      if (inner) out.set(at, inner.item);
      previous = column;
    }
    if (end === -1) break;
    at = end + 1;
  }
  return out;
}
