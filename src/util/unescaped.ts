// A Markdown text's characters as the site shows them, for what is measured or shown as plain text.

/** A Markdown text's backslash escapes undone ("\\*viktigt\\*" -> "*viktigt*"), for a field the site shows as plain text. */
export const unescaped = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * The text ends in an odd run of backslashes: its last one escapes what follows it (a line break, which makes it a
 * hard one; a "<br>", which it would show as text). Counted from the end, without a pattern that would try every start.
 */
export const endsEscaping = (text: string): boolean => {
  let n = 0;
  while (text[text.length - 1 - n] === '\\') n++;
  return n % 2 === 1;
};
