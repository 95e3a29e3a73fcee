// In a registry, an entry's own field whose value a quote leaves open: left out of the entry alone, as an item is.
import type { Document, Pair } from 'yaml';
import { Y } from './yaml-lib.js';
import { LineIndex } from './source.js';
import { countUpTo } from '../util/sorted.js';

/**
 * Of the quotes values leave open (their offsets, in order, each with the part of its line blanked in `text` that
 * `doc` reads), those that open the value of an entry's own field ("  name: \"Anna Berg" above "  organisation:
 * bryggan" in people.yml, `entries` 1; a group's "    name: \"Styrgrupp" in organisations.yml, 2), by offset: the
 * value to blank, from the quote to the end of its lines below (further in than the key, which the parser then reads
 * as the value), so that the entry is read without the field and its other fields are checked. A quote in a list's
 * item or in a membership is left to the item.
 */
export function entryFieldQuotes(doc: Document.Parsed, text: string, quotes: readonly (readonly [number, number])[], entries: 1 | 2): Map<number, readonly [number, number]> {
  const out = new Map<number, readonly [number, number]>();
  if (quotes.length === 0 || !Y.isMap(doc.contents)) return out;
  // organisations.yml: the entries of every section, in the order of the text.
  const all = entries === 1 ? keyed(doc.contents.items) : doc.contents.items.flatMap((section) => (Y.isMap(section.value) ? keyed(section.value.items) : []));
  const lines = new LineIndex(text);
  for (const [offset, end] of quotes) {
    const entry = all[countUpTo(all, (p) => p.at, offset) - 1];
    if (!entry || !Y.isMap(entry.pair.value) || entry.pair.value.flow) continue;
    const fields = keyed(entry.pair.value.items);
    const field = fields[countUpTo(fields, (f) => f.at, offset) - 1];
    // The field's key on the quote's line, before it: the quote opens its value.
    if (!field || lines.lineStart(field.at) !== lines.lineStart(offset)) continue;
    const value = field.pair.value;
    out.set(offset, [offset, Math.max(end, Y.isNode(value) && value.range ? value.range[1] : end)]);
  }
  return out;
}

/** The pairs of a map with a key read as text, and where each key starts, in the order of the text. */
function keyed(items: readonly Pair[]): { at: number; pair: Pair }[] {
  return items.flatMap((pair) => (Y.isScalar(pair.key) && pair.key.range ? [{ at: pair.key.range[0], pair }] : []));
}
