// Text from the files, shortened where a message or hint quotes it: a line of thousands of characters (a paste gone
// wrong, brackets thousands deep) is of no help to read, and buries the words around it.

/** How much of a quoted text is kept: a long line of minutes, not a screenful. */
const MAX = 120;

/** `text` when it is short; else its start and its end around a "…", never splitting a character in two. */
export function clip(text: string, max = MAX): string {
  return clipJoined([text], max);
}

/**
 * clip(parts.join('')), with only the ends it keeps taken out of the parts: clipping the line around each of thousands
 * of items of one line, with the line joined for each, took time (and memory) in proportion to the line each time.
 */
export function clipJoined(parts: readonly string[], max = MAX): string {
  let length = 0;
  for (const p of parts) length += p.length;
  if (length <= max) return parts.join('');
  const head = edge(parts, Math.ceil(max * 0.75));
  const tail = edge(parts, length - (max - head - 1));
  return `${sliceOf(parts, 0, head)}…${sliceOf(parts, tail, length)}`;
}

/** `at`, or one before it when it falls between the two halves of a character outside the BMP (an emoji). */
function edge(parts: readonly string[], at: number): number {
  let i = at;
  for (const p of parts) {
    if (i < p.length) {
      const c = p.charCodeAt(i);
      return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
    }
    i -= p.length;
  }
  return at;
}

/** The text from `from` to `to` of the parts joined. */
function sliceOf(parts: readonly string[], from: number, to: number): string {
  let out = '';
  let at = 0;
  for (const p of parts) {
    if (at < to && at + p.length > from) out += p.slice(Math.max(0, from - at), Math.min(p.length, to - at));
    at += p.length;
  }
  return out;
}
