// The fields of front matter with YAML errors that the errors left readable, so check can still report what they show.
import type { Document, Node, YAMLMap } from 'yaml';
import { Y } from './yaml-lib.js';
import { LineIndex } from './source.js';

/**
 * The top-level fields whose key and value parsed and lie wholly outside every error's range (`errors`) and off every
 * line one of them or a slip explanation (`lines`: offsets on those lines) points at. A repeated key, an empty value
 * or one with an alias is left out: the errors may have eaten what belonged there. Undefined when nothing is left.
 *
 * A field is also whole only when no error lies on its lines up to the next line written as far in as its key, which
 * may be ones the error cut from it ("  what: Boka lokal." below "  - who: Leif" and a comment). A registry's fields
 * are its entries (`entries` 1, people.yml) or sections of entries (2, organisations.yml): a section an error lies in
 * is read entry by entry, each whole up to the next line written as far in as it, or no further in than its section.
 */
export function soundFields(doc: Document.Parsed, text: string, errors: readonly (readonly [number, number])[], lines: readonly number[], entries?: 1 | 2): Record<string, unknown> | undefined {
  if (!Y.isMap(doc.contents)) return undefined;
  // Where each line starts, found once: searching back to the line's start for each of thousands of errors on one
  // long line ("[A,, B,, C,, …]") made this quadratic.
  const index = new LineIndex(text);
  const bad = [...errors.map(([a, b]) => [a, Math.max(a, b - 1)] as const), ...lines.map((o) => [o, o] as const)].map(([a, b]) => [index.lineStart(a), index.lineEnd(b)] as const);
  const sound = { doc, text, errors, bad, index };
  const out = soundPairs(sound, doc.contents, -1);
  if (entries === 2) {
    for (const { key, value } of doc.contents.items) {
      if (!Y.isScalar(key) || typeof key.value !== 'string' || key.value in out || !Y.isMap(value)) continue;
      const whole = soundPairs(sound, value, index.position(key.range?.[0] ?? 0).col - 1);
      if (Object.keys(whole).length > 0) out[key.value] = whole;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

interface Sound {
  readonly doc: Document.Parsed;
  readonly text: string;
  readonly errors: readonly (readonly [number, number])[];
  /** The lines errors and slips lie on, as ranges of the text. */
  readonly bad: readonly (readonly [number, number])[];
  readonly index: LineIndex;
}

/**
 * The pairs of `map` that are sound (see soundFields) as data, by key. `outer` is the column of the key `map` is the
 * value of (-1 at the top): a pair of a block also has no error on its lines up to the next written as far in as it,
 * or no further in than that key.
 */
function soundPairs({ doc, text, errors, bad, index }: Sound, map: YAMLMap, outer: number): Record<string, unknown> {
  const counts = new Map<string, number>();
  for (const p of map.items) if (Y.isScalar(p.key)) counts.set(String(p.key.value), (counts.get(String(p.key.value)) ?? 0) + 1);
  // Fields in braces are closed by their own } (and may run on many to a line): only a block's entries end at a line.
  const block = !map.flow;
  const out: Record<string, unknown> = {};
  for (const { key, value } of map.items) {
    if (!Y.isScalar(key) || typeof key.value !== 'string' || counts.get(key.value) !== 1 || !key.range || !Y.isNode(value) || !value.range) continue;
    const start = key.range[0];
    const end = value.range[1];
    // Closed at the value's end: a flow list never closed ("[Anna, Bo") ends exactly where its error begins.
    if (errors.some(([a, b]) => a <= end && Math.max(b, a + 1) > start)) continue;
    const last = block ? Math.max(lastVisible(text, start, end), lastOfEntry(text, index, start, outer)) : lastVisible(text, start, end);
    if (bad.some(([a, b]) => a <= last && b >= start)) continue;
    const js = readable(doc, value);
    if (js !== undefined) out[key.value] = js;
  }
  return out;
}

/**
 * Where the lines of the entry whose key is at `start` end: before the next line (not blank, not only a comment)
 * written as far in as the key, or no further in than `outer`. An error's line between may be a field of the entry
 * that the parser, misled, left out of its value: " name: Bo Ek" under "bo-ek:", "  aliases: [Bo]" and "  # namnet".
 */
function lastOfEntry(text: string, index: LineIndex, start: number, outer: number): number {
  const column = start - index.lineStart(start);
  let last = index.lineEnd(start);
  for (let at = last + 1; at < text.length; ) {
    const lineEnd = index.lineEnd(at);
    const indent = /^[ \t]*/.exec(text.slice(at, Math.min(lineEnd, at + column + 2)))![0].length;
    const rest = text[at + indent];
    if (rest !== undefined && rest !== '#' && rest !== '\n' && rest !== '\r' && at + indent < lineEnd) {
      if (indent === column || indent <= outer) break;
      last = lineEnd;
    }
    at = lineEnd + 1;
  }
  return last;
}

/** The value as data, unless it is empty or holds an alias. */
function readable(doc: Document.Parsed, value: Node): unknown {
  let alias = false;
  Y.visit(value, {
    Alias() {
      alias = true;
      return Y.visit.BREAK;
    },
  });
  if (alias) return undefined;
  try {
    const js: unknown = value.toJS(doc, { maxAliasCount: 0 });
    return js === null ? undefined : js;
  } catch {
    return undefined;
  }
}

/** The offset of the last character before `end` that is not white space (a block value's range runs on to the next line). */
function lastVisible(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i > start && /\s/.test(text[i]!)) i--;
  return i;
}
