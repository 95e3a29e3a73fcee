// The fields of front matter with YAML errors that the errors left readable, so check can still report what they show.
import type { Document, Node } from 'yaml';
import { Y } from './yaml-lib.js';
import { LineIndex } from './source.js';

/**
 * The top-level fields whose key and value parsed and lie wholly outside every error's range (`errors`) and off every
 * line one of them or a slip explanation (`lines`: offsets on those lines) points at. A repeated key, an empty value
 * or one with an alias is left out: the errors may have eaten what belonged there. Undefined when nothing is left.
 */
export function soundFields(doc: Document.Parsed, text: string, errors: readonly (readonly [number, number])[], lines: readonly number[]): Record<string, unknown> | undefined {
  if (!Y.isMap(doc.contents)) return undefined;
  // Where each line starts, found once: searching back to the line's start for each of thousands of errors on one
  // long line ("[A,, B,, C,, …]") made this quadratic.
  const index = new LineIndex(text);
  const bad = [...errors.map(([a, b]) => [a, Math.max(a, b - 1)] as const), ...lines.map((o) => [o, o] as const)].map(([a, b]) => [index.lineStart(a), index.lineEnd(b)] as const);
  const counts = new Map<string, number>();
  for (const p of doc.contents.items) if (Y.isScalar(p.key)) counts.set(String(p.key.value), (counts.get(String(p.key.value)) ?? 0) + 1);
  const out: Record<string, unknown> = {};
  for (const { key, value } of doc.contents.items) {
    if (!Y.isScalar(key) || typeof key.value !== 'string' || counts.get(key.value) !== 1 || !key.range || !Y.isNode(value) || !value.range) continue;
    const start = key.range[0];
    const end = value.range[1];
    // Closed at the value's end: a flow list never closed ("[Anna, Bo") ends exactly where its error begins.
    if (errors.some(([a, b]) => a <= end && Math.max(b, a + 1) > start)) continue;
    const last = lastVisible(text, start, end);
    if (bad.some(([a, b]) => a <= last && b >= start)) continue;
    const js = readable(doc, value);
    if (js !== undefined) out[key.value] = js;
  }
  return Object.keys(out).length > 0 ? out : undefined;
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
