// A field written first on its line above the dash that begins the item it belongs to ("actions:" above
// "  due: 2016-04-01" and "  - who: Leif Redestig"): the parser finds fields and then a list at one indent and says so
// in its own words, up to four times. Said once, at the field, with the item's lines to write, the field among them.
import type { Slip } from './yaml-slips/index.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';
import { ITEM_FIELDS } from '../validate/schemas.js';
import { above, below, DASH_FIELD, FIELD, indentOf, ITEM, type Line, lineFrom, MOST, PARENT, skipped } from './item-lines.js';
import { fieldsAfterItem, itemsOf, missingDash } from './missing-dash.js';

/**
 * The slip when the line at `start` is such a field, or the dash line below it: the fields (one or more, at one
 * indent) between a field with its value below it and the dash of its list's first item, as far in as the dash or
 * further out, down to the field above's indent. The parser reads nothing of the list past it: the list's other
 * items with fields above their dashes come `also`, each with its own lines to write.
 */
export function fieldBeforeDash(text: string, start: number): Slip | undefined {
  // Fields below an item, as far in as its dash: the next item's, its dash left out.
  const after = fieldsAfterItem(text, start);
  if (after) return after;
  // The parser may say it at a comment between them, where what it reads as one field's name starts.
  const at = lineFrom(text, start);
  const here = skipped(at) ? below(text, at) : at;
  if (!here) return undefined;
  const dash = DASH_FIELD.test(here.text) ? here : FIELD.test(here.text) ? below(text, here) : undefined;
  if (!dash || !DASH_FIELD.test(dash.text)) return undefined;
  const fields: Line[] = [];
  let parent: Line | undefined;
  for (let l = above(text, dash); l && fields.length <= MOST; l = above(text, l)) {
    if (FIELD.test(l.text) && (fields.length === 0 || indentOf(l) === indentOf(fields[0]!))) fields.unshift(l);
    else {
      parent = l;
      break;
    }
  }
  const p = parent && PARENT.exec(parent.text);
  if (!p || fields.length === 0) return undefined;
  const first = itemSlip(text, p, fields, dash, true);
  if (!first) return undefined;
  const also: Slip[] = first.slips.slice(1);
  for (let next = first.after; next && also.length < MOST; ) {
    // An item with its fields in place, between them.
    if (indentOf(next) === first.column && DASH_FIELD.test(next.text)) {
      next = pastItem(text, next, first.column);
      continue;
    }
    const later = laterFields(text, next, first.column);
    const slip = later && itemSlip(text, p, later.fields, later.dash, false);
    if (!slip) break;
    also.push(...slip.slips);
    next = slip.after;
  }
  return also.length > 0 ? { ...first.slips[0]!, also } : first.slips[0];
}

/** The line below the item whose dash's line is `dash`, its dash at `column`: the first as far out. */
function pastItem(text: string, dash: Line, column: number): Line | undefined {
  let after = below(text, dash);
  while (after && indentOf(after) > column) after = below(text, after);
  return after;
}

/** The fields at one indent from `l` down to the dash of a list's next item, at `column`, if `l` starts such. */
function laterFields(text: string, l: Line, column: number): { fields: Line[]; dash: Line } | undefined {
  const fields: Line[] = [];
  let at: Line | undefined = l;
  for (; at && FIELD.test(at.text) && (fields.length === 0 || indentOf(at) === indentOf(fields[0]!)) && fields.length <= MOST; at = below(text, at)) fields.push(at);
  return at && fields.length > 0 && indentOf(at) === column && DASH_FIELD.test(at.text) ? { fields, dash: at } : undefined;
}

/**
 * The slip of `fields` above the dash line `dash` of a list whose field is `p`, with where its dashes stand and the
 * line below its item: none when they are not an item's fields, or stand out of place (as far out as the list's field
 * only for the list's first item: below another item, that is a field of its own, after the list). Fields the item
 * lacks are its own; fields it has already, or that repeat, are items of their own, each with its dash missing.
 */
function itemSlip(text: string, p: RegExpExecArray, fields: readonly Line[], dash: Line, opening: boolean): { slips: Slip[]; column: number; after: Line | undefined } | undefined {
  const d = DASH_FIELD.exec(dash.text)!;
  const indent = indentOf(fields[0]!);
  const column = d[1]!.length;
  if (!((opening ? p[1]!.length <= indent : p[1]!.length < indent) && indent <= column && p[1]!.length < column)) return undefined;
  // The item: the dash line and those further in below it.
  const item = [dash];
  let after = below(text, dash);
  for (; after && indentOf(after) > column; after = below(text, after)) {
    if (item.length > MOST) return undefined;
    item.push(after);
  }
  const keyColumn = column + d[2]!.length;
  const keys = fields.map((f) => FIELD.exec(f.text)![2]!);
  // Only fields an item of the list has, and has not already: "name:" above "  - group:" under a person's id is the
  // person's, whose "memberships:" is missing, and a second "who:" is another action's, whose dash is missing.
  const own = ITEM_FIELDS[p[2]!];
  const noun = ITEM[p[2]!];
  const written = new Set([d[3]!, ...item.slice(1).flatMap((l) => (indentOf(l) === keyColumn ? (/^ *([A-Za-z_]+):/.exec(l.text)?.slice(1) ?? []) : []))]);
  if (!own || !noun || !keys.every((k) => own.has(k))) return undefined;
  if (keys.some((k) => written.has(k)) || new Set(keys).size < keys.length) return { slips: itemsOf(fields).map((f) => missingDash(f, column, keyColumn, noun, false)), column, after };
  // A long item is shown by its first and last lines, with … where the others are.
  const shown = item.length <= 3 ? item : [item[0]!, undefined, item[item.length - 1]!];
  const lines = [...shown.map((l) => (l ? `"${clip(l.text.trimEnd())}"` : '…')), ...fields.map((f) => `"${' '.repeat(keyColumn)}${clip(f.text.trim())}"`)];
  const first = fields[0]!.at + indent;
  const last = fields[fields.length - 1]!;
  const named = listed(keys.map((k) => `"${clip(k)}"`));
  const slip: Slip = {
    offset: first,
    message: `${keys.length === 1 ? `Fältet ${named}` : `Fälten ${named}`} står före strecket (-) som inleder ${noun.the}, så ${keys.length === 1 ? 'det' : 'de'} går inte att läsa.`,
    hint: `Flytta ${listed(keys.map((k) => `${clip(k)}:`))} ner bland ${noun.its} fält, under strecket och lika långt in som dem: ${listed(lines)}`,
    value: [first, last.at + last.text.length],
  };
  return { slips: [slip], column, after };
}
