// An item of a list whose items are fields written without its dash: "    who: David Bergström" below an action's
// "    what: Ring." (the parser says "who" twice), "  who: David Bergström" as far in as the dash above (the parser says
// the indent is wrong), or an action's fields above the next action's dash (the parser says four things of that dash).
// Said as what it is, once for the item, at its first field, with its lines to write.
import type { Slip } from './yaml-slips/index.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';
import { ITEM_FIELDS } from '../validate/schemas.js';
import { above, below, DASH_FIELD, FIELD, indentOf, ITEM, type ItemNoun, type Line, lineFinder, lineFrom, MOST, PARENT, skipped } from './item-lines.js';

/** How many lines up the list's field is looked for, past the items above: a list of hundreds of actions is rare. */
const FAR = 2000;

const keyOf = (l: Line): string => FIELD.exec(l.text)![2]!;

/**
 * Fields parted into items: a new item starts at a field the one being read already has ("who", "what", "who"). The
 * first goes on the item whose fields `first` are (empty when it has none there).
 */
export function itemsOf(fields: readonly Line[], first: readonly string[] = []): Line[][] {
  const items: Line[][] = [[]];
  let keys = new Set(first);
  for (const f of fields) {
    if (keys.has(keyOf(f))) {
      items.push([]);
      keys = new Set();
    }
    keys.add(keyOf(f));
    items[items.length - 1]!.push(f);
  }
  return items;
}

/**
 * The slip of an item whose dash is missing, its `fields` one a line: written with its dash at `column` and its
 * fields at `keyColumn`. `twice`: the parser read them into the item above, which has them already.
 */
export function missingDash(fields: readonly Line[], column: number, keyColumn: number, noun: ItemNoun, twice: boolean): Slip {
  const first = fields[0]!;
  const last = fields[fields.length - 1]!;
  const lines = fields.map((f, i) => `"${i === 0 ? `${' '.repeat(column)}- ` : ' '.repeat(keyColumn)}${clip(f.text.trim())}"`);
  const offset = first.at + indentOf(first);
  return {
    offset,
    message: `Strecket (-) som inleder ${noun.a} saknas före "${clip(first.text.trim())}", så ${twice ? `fälten står två gånger i ${noun.the} ovanför` : `${noun.it} går inte att läsa`}.`,
    hint: `Börja ${noun.the} med - och ett mellanslag, lika långt in som strecken i listan: ${listed(lines)}`,
    value: [offset, last.at + last.text.length],
  };
}

/** The list's field above the item whose dash's line is `dash`, at `column`, when its items are fields: past the items above. */
function listField(text: string, dash: Line, column: number): { key: string; own: ReadonlySet<string>; noun: ItemNoun } | undefined {
  let u = above(text, dash);
  for (let n = 0; u && n < FAR && (indentOf(u) > column || (indentOf(u) === column && /^ *-(?:[ \t]|$)/.test(u.text))); n++) u = above(text, u);
  const p = u && PARENT.exec(u.text);
  const own = p && ITEM_FIELDS[p[2]!];
  const noun = p && ITEM[p[2]!];
  return p && own && noun && p[1]!.length < column ? { key: p[2]!, own, noun } : undefined;
}

/**
 * "  who: David Bergström" and "  what: Boka." below an action, as far in as its dash: another action, its dash left
 * out. The slip of the run of such fields the line at `start` is in (each item of it said, the first with the others
 * `also`), when they are fields an item of the list has, one a line, the first one the item above has already.
 */
export function fieldsAfterItem(text: string, start: number): Slip | undefined {
  const at = lineFrom(text, start);
  const here = skipped(at) ? below(text, at) : at;
  if (!here || !FIELD.test(here.text)) return undefined;
  const column = indentOf(here);
  let first = here;
  for (let u = above(text, here), n = 0; u && n < MOST && FIELD.test(u.text) && indentOf(u) === column; u = above(text, u), n++) first = u;
  // The item above: its dash as far in, past its lines further in.
  let dash = above(text, first);
  for (let n = 0; dash && n < MOST && indentOf(dash) > column; n++) dash = above(text, dash);
  const d = dash && indentOf(dash) === column ? DASH_FIELD.exec(dash.text) : undefined;
  if (!d) return undefined;
  // The parser says something of many of the run's lines: the run is read once, however long.
  if (read?.text === text && read.first === first.at) return read.slip;
  const slip = runAfterItem(text, first, dash!, d, column);
  read = { text, first: first.at, slip };
  return slip;
}

/** The run of fields last read by `fieldsAfterItem`: in what text, from which line, and its slip. */
let read: { readonly text: string; readonly first: number; readonly slip: Slip | undefined } | undefined;

/** The slip of the run of fields from `first`, as far in as the `dash` above (`d` its parts, at `column`). */
function runAfterItem(text: string, first: Line, dash: Line, d: RegExpExecArray, column: number): Slip | undefined {
  const list = listField(text, dash, column);
  if (!list) return undefined;
  // A field the item above lacks may be its own, out of line ("  due:" below "    what:"): told so elsewhere.
  const keyColumn = column + d[2]!.length;
  const has = new Set([d[3]!]);
  for (let l = below(text, dash); l && l.at < first.at; l = below(text, l)) if (indentOf(l) === keyColumn && FIELD.test(l.text)) has.add(keyOf(l));
  if (!has.has(keyOf(first))) return undefined;
  const fields: Line[] = [];
  let next: Line | undefined = first;
  for (; next && FIELD.test(next.text) && indentOf(next) === column; next = below(text, next)) fields.push(next);
  // A value below its field ("what: |") is not one a line: left to the parser's words.
  if ((next && indentOf(next) > column) || !fields.every((f) => list.own.has(keyOf(f)))) return undefined;
  const slips = itemsOf(fields).map((item) => missingDash(item, column, keyColumn, list.noun, false));
  return slips.length > 1 ? { ...slips[0]!, also: slips.slice(1) } : slips[0];
}

/**
 * "    who: David Bergström" below an action's "  - who: Leif Redestig" and "    what: Ring.": a field the item has
 * already starts another item whose dash was left out. For the field the parser says is there twice at an offset, the
 * slip of that item (the same for each of its fields), when the lines below the dash are fields of the list's items,
 * one a line. The lines below a dash are read once, however many (the parser says a field of each item twice: in a
 * list of 2,000 such items, 2,000 times), and each such item is said alike, the last as the first.
 */
export function repeatedFields(text: string): (offset: number) => Slip | undefined {
  /** The slip of each field of an item read, by its key's offset. */
  const slips = new Map<number, Slip>();
  /** Dashes whose lines below have been read. */
  const read = new Set<number>();
  const lineAround = lineFinder(text);
  return (offset) => {
    const known = slips.get(offset);
    if (known) return known;
    const l = lineAround(offset);
    const keyColumn = offset - l.at;
    const m = FIELD.exec(l.text);
    if (!m || m[1]!.length !== keyColumn) return undefined;
    // The item's dash: its key as far in as this field. The parser says the first field twice a few lines below it.
    let dash = above(text, l);
    for (let n = 0; dash && n < MOST && !DASH_FIELD.test(dash.text) && indentOf(dash) >= keyColumn; n++) dash = above(text, dash);
    const d = dash && DASH_FIELD.exec(dash.text);
    if (!d || d[1]!.length + d[2]!.length !== keyColumn || read.has(dash!.at)) return undefined;
    read.add(dash!.at);
    const column = d[1]!.length;
    const list = listField(text, dash!, column);
    if (!list) return undefined;
    const fields: Line[] = [];
    for (let next = below(text, dash!); next && indentOf(next) > column; next = below(text, next)) {
      if (!FIELD.test(next.text) || indentOf(next) !== keyColumn) return undefined;
      fields.push(next);
    }
    if (![d[3]!, ...fields.map(keyOf)].every((k) => list.own.has(k))) return undefined;
    // The first are the item's own, below its dash.
    for (const item of itemsOf(fields, [d[3]!]).slice(1)) {
      const slip = missingDash(item, column, keyColumn, list.noun, true);
      for (const f of item) slips.set(f.at + keyColumn, slip);
    }
    return slips.get(offset);
  };
}
