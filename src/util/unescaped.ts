// A Markdown text's characters as the site shows them, for what is measured or shown as plain text.

/** A Markdown text's backslash escapes undone ("\\*viktigt\\*" -> "*viktigt*"), for a field the site shows as plain text. */
export const unescaped = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
