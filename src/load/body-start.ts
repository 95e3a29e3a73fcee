// Where the Markdown text of a minutes file begins when the --- that should end its fields is missing: the text
// is then read as fields, up to the end of the file or to a --- further down that was meant as a dividing line.

/** A line that no field is written as: it starts at the margin with a letter or digit and is no `key:` (a sentence may have a colon). */
const PROSE = /^[\p{L}\p{N}][^\n]*$/u;
const KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ -]{0,30}:(?:[ \t]|\r?$)/u;
/** A field's name as every field of the front matter is written: lowercase, at the margin. */
export const FIELD = /^[a-z_]+:(?:[ \t]|\r?$)/m;

/** An indented line or a line of a list, under which a line at the margin cannot go on its value. */
const NESTED = /^(?:[ \t]|-[ \t])/;
/** A line that begins as a sentence does: with a capital letter. */
const SENTENCE = /^\p{Lu}/u;

/**
 * Where the text begins, between `from` and `to`: the offset of the first line of prose that no field follows, or of
 * the heading or comment lines just above it after the last field. `keyed`: YAML reads that line of prose as a field
 * (it has a colon and a space), so it is wrong without a YAML error. Undefined when there is no such line.
 * `unclosed`: no --- follows at all, so a sentence straight under a line of a list or an indented line ("  - Leif
 * Redestig" above "Vi började med …") is taken for the text, which cannot go on that line's value at the margin.
 */
export function bodyStart(text: string, from: number, to: number, unclosed = false): { start: number; keyed: boolean } | undefined {
  let lastField: number | undefined;
  let at = text.indexOf('\n', from) + 1;
  if (at === 0) return undefined;
  while (at < to) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 || end > to ? to : end;
    const line = text.slice(at, lineEnd);
    // KEY first: it reads only a field's name, where PROSE reads the whole line, and most lines here are fields.
    if (!KEY.test(line) && PROSE.test(line)) {
      if (FIELD.test(text.slice(lineEnd, to))) return undefined;
      const start = firstLineAfter(text, lastField ?? from, at);
      // Straight under a field, with no blank line or heading between, it is more likely that field's value run on
      // onto a line of its own (summary: Lång text / som fortsätter) than the text.
      const above = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
      if (start === at && !/^\s*$/.test(above) && !(unclosed && NESTED.test(above) && SENTENCE.test(line))) return undefined;
      return { start, keyed: /:(?:[ \t]|\r?$)/.test(line) };
    }
    if (/\S/.test(line) && !line.startsWith('#')) lastField = at;
    at = lineEnd + 1;
  }
  return undefined;
}

/** The start of the first line with something on it after the line at `line`, up to `limit`. */
function firstLineAfter(text: string, line: number, limit: number): number {
  let at = text.indexOf('\n', line) + 1;
  while (at < limit) {
    const end = text.indexOf('\n', at);
    if (/\S/.test(text.slice(at, end))) return at;
    at = end + 1;
  }
  return limit;
}
