// Removing a run of characters from the end of a text in one pass. `text.replace(/[…]+$/, '')` tries the run from
// every position of every long run inside the text, not only the last: a line with 50,000 spaces took seconds.

/** `text` without the characters at its end that `char` (a pattern of one character, such as /[\s.]/) matches. */
export function trimEndOf(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}
