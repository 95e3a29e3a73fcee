// Text from the files, shortened where a message or hint quotes it: a line of thousands of characters (a paste gone
// wrong, brackets thousands deep) is of no help to read, and buries the words around it.

/** How much of a quoted text is kept: a long line of minutes, not a screenful. */
const MAX = 120;

/** `text` when it is short; else its start and its end around a "…", never splitting a character in two. */
export function clip(text: string, max = MAX): string {
  if (text.length <= max) return text;
  const head = edge(text, Math.ceil(max * 0.75));
  const tail = edge(text, text.length - (max - head - 1));
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

/** `at`, or one before it when it falls between the two halves of a character outside the BMP (an emoji). */
function edge(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}
