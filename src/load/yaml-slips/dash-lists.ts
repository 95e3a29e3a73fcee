// Slips in lists with dashes: an item out of line, a bracket above the dashes, and an item to leave out of its list.
import { clip } from '../../util/clip.js';
import { countUpTo } from '../../util/sorted.js';
import { DOUBLE, mapsOverLines, scanFlow, SINGLE } from './flow-lists.js';
import { flowItemAt } from './flow-items.js';
import { lastBefore, lineAt, type Located, scanOf, type Slip } from './scan.js';

/**
 * A list item whose dash stands a column or more further out than the dashes above it, though further in than the
 * field the list belongs to ("  - Leif Redestig" then " - Maria Nilsson"): the parser reports it as a key up to four
 * times, and reads nothing below it. Said once, at the dash, with the line aligned; the item can be left out of its
 * list (a sign of its own, see slippedItems), and the fields below are read. The parser reads the items out of line
 * after it (" - Anna Ek" below " - Maria Nilsson") with it and says nothing of them: they come `also`, each said at its
 * own dash, and left out with it.
 */
export function outdentedItem(text: string, yamlCode: string, start: number): Slip | undefined {
  const item = scanOf(text).dashes().get(start);
  if (item?.outdented === undefined) return undefined;
  // The items of the list below it, which the parser also reports as out of line: that slip's, gone with it.
  if (item.outdented !== start && !(yamlCode === 'BAD_INDENT' && item.start === start)) return undefined;
  const slip = outdentedSlip(text, item.outdented, item.list.column);
  if (!slip) return undefined;
  const also = item.list.outdented.filter((at) => at !== item.outdented).flatMap((at) => outdentedSlip(text, at, item.list.column) ?? []);
  return also.length > 0 ? { ...slip, also } : slip;
}

/** The slip of the item out of line whose dash's line starts at `start`, in a list whose dashes stand at `column`. */
function outdentedSlip(text: string, start: number, column: number): Slip | undefined {
  const { line } = lineAt(text, start);
  const m = /^( *)-[ \t]+(\S.*)$/.exec(line);
  if (!m) return undefined;
  return { offset: start + m[1]!.length, message: 'Strecket står inte rakt under strecken på raderna ovanför, så raden går inte att läsa.', hint: alignedItemHint(column, m[2]!), sign: true };
}

/** The line to write for an item whose dash is out of line with its list's dashes at `column`: aligned with them. */
export function alignedItemHint(column: number, written: string): string {
  return `Ställ - rakt under strecken ovanför (${column} mellanslag in): "${' '.repeat(column)}- ${clip(written.replace(/\s+#.*$/, '').trim())}"`;
}

/**
 * "attendees: [" above a list written with dashes: the bracket opens a list that is never closed, and the parser
 * reports the dashes and the end of the front matter instead (in English, twice). The last such line up to `until`
 * (the end of a line) whose list's first dash lies before it too.
 */
export function bracketBeforeDashes(text: string, until: number): Located | undefined {
  return lastBefore(scanOf(text).bracketsBeforeDashes, until + 1);
}

/** An item that can be left out of its list alone, and that list: where it starts (its id), and how many items it has. */
export interface SlippedItem {
  /** What to blank to leave the item out: the item with a comma beside it, or its lines. */
  readonly range: readonly [number, number];
  readonly list: number;
  readonly items: number;
}

/**
 * For `text`, the item of a list whose value starts at an offset ("[Anna, *Bo*]", "  - *Bo*"), or of a list with
 * dashes that holds it ("  - who: @Anna" with "    what: Boka" below), when it can be left out of the list alone: one
 * of a list in brackets closed on a line of its own, or a dash's item, with whatever lines it has below it, when it
 * holds every quote and bracket it opens. Blanked, the list's other items read as written, and are checked. The
 * lists with dashes are found once, in one pass.
 */
export function slippedItems(text: string): (offset: number) => SlippedItem | undefined {
  return (offset) => {
    const flow = flowItemAt(text, offset);
    if (flow) {
      const { list, item } = flow;
      const { items } = list;
      const lineEnd = text.indexOf('\n', list.close);
      // A slip inside an item in braces or brackets ("[{group: \"gug}]") leaves the item out whole.
      if ((item.at !== offset && !nested(text, item.at, offset)) || list.close === -1 || !/^[ \t]*(?:#.*)?\r?$/.test(text.slice(list.close + 1, lineEnd === -1 ? text.length : lineEnd))) return undefined;
      // With the comma after it, or the one before it for the last item: the rest stays a list.
      // Found by where it starts: looked for among thousands of items for each, it was slow.
      const i = countUpTo(items, (x) => x.at, item.at) - 1;
      const next = items[i + 1];
      const before = items[i - 1];
      const range = next ? ([item.at, next.at] as const) : before ? ([before.end, item.end] as const) : ([item.at, item.end] as const);
      return { range, list: list.open, items: items.length };
    }
    const braced = bracedValue(text, offset);
    if (braced) return braced;
    const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    const item = scanOf(text).dashes().get(start);
    return item && closedWithin(text.slice(item.start, item.end)) ? { range: [item.start, item.end], list: item.list.at, items: item.list.items } : undefined;
  };
}

// A field whose value is fields in braces ("  memberships: {"), up to its {.
const FIELD_BRACE = /^[ \t]*[A-Za-z_][\w-]*:[ \t]+\{/;

/**
 * Fields in braces that are a field's value ("memberships: {group: \"gug}", not in a list), closed on their line or
 * on one below with nothing but a comment after the }, that `offset` lies inside: left out, as an item is, by blanking
 * what lies between the braces; the field reads as empty fields, and the fields around it as written.
 */
function bracedValue(text: string, offset: number): SlippedItem | undefined {
  const { start, line } = lineAt(text, offset);
  const open = FIELD_BRACE.exec(line);
  let braces: readonly [number, number] | undefined;
  if (open) {
    const close = scanFlow(line, open[0].length, false, '}').close;
    if (close !== -1 && offset < start + close) braces = [start + open[0].length - 1, start + close];
  }
  if (!braces) {
    const maps = mapsOverLines(text);
    const map = maps[countUpTo(maps, (m) => m.open, offset - 1) - 1];
    if (!map || offset >= map.close) return undefined;
    const { start: from, line: first } = lineAt(text, map.open);
    if (FIELD_BRACE.exec(first)?.[0].length !== map.open - from + 1) return undefined;
    braces = [map.open, map.close];
  }
  const [a, b] = braces;
  const lineEnd = text.indexOf('\n', b);
  if (offset <= a || !/^[ \t]*(?:#.*)?\r?$/.test(text.slice(b + 1, lineEnd === -1 ? text.length : lineEnd))) return undefined;
  return { range: [a + 1, b], list: a, items: 1 };
}

/** Whether `offset` lies inside fields in braces or a list in brackets that the item at `at` is. */
const nested = (text: string, at: number, offset: number): boolean => (text[at] === '{' || text[at] === '[') && offset > at;

/**
 * Whether `lines` close every quote and bracket they open, so that nothing of the lines below belongs to them (a
 * value may run on in quotes over lines further out). One that may not is not left out: its field stays unread.
 */
function closedWithin(lines: string): boolean {
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!;
    if (c === '#' && (i === 0 || /\s/.test(lines[i - 1]!))) {
      const end = lines.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    } else if ((c === '"' || c === "'") && opensValue(lines, i)) {
      const quote = c === '"' ? DOUBLE : SINGLE;
      quote.lastIndex = i;
      const close = quote.exec(lines);
      if (!close) return false;
      i += close[0].length - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth === 0;
}

/** Whether the quote at `at` starts a value (after a key's colon, a dash, a bracket or a comma), not a word's '. */
function opensValue(text: string, at: number): boolean {
  let i = at - 1;
  while (text[i] === ' ' || text[i] === '\t') i--;
  const before = text[i];
  return before === undefined || before === '\n' || before === '[' || before === '{' || before === ',' || ((before === ':' || before === '-') && i < at - 1);
}
