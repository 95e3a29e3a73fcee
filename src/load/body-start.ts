// Where the Markdown text of a minutes file begins when the --- that should end its fields is missing: the text
// is then read as fields, up to the end of the file or to a --- further down that was meant as a dividing line.

/** A line that no field is written as: it starts at the margin with a letter or digit and is no `key:` (a sentence may have a colon). */
const PROSE = /^[\p{L}\p{N}][^\n]*$/u;
const KEY = /^[\p{L}\p{N}_][\p{L}\p{N}_ -]{0,30}:(?:[ \t]|\r?$)/u;
/** A field's name as every field of the front matter is written: lowercase, at the margin. */
const FIELD = /^[a-z_]+:(?:[ \t]|\r?$)/m;

/**
 * Where the text begins, between `from` and `to`: the offset of the first line of prose that no field follows, or of
 * the heading or comment lines just above it after the last field. `keyed`: YAML reads that line of prose as a field
 * (it has a colon and a space), so it is wrong without a YAML error. Undefined when there is no such line.
 */
export function bodyStart(text: string, from: number, to: number): { start: number; keyed: boolean } | undefined {
  let lastField: number | undefined;
  let at = text.indexOf('\n', from) + 1;
  if (at === 0) return undefined;
  while (at < to) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 || end > to ? to : end;
    const line = text.slice(at, lineEnd);
    if (PROSE.test(line) && !KEY.test(line)) {
      if (FIELD.test(text.slice(lineEnd, to))) return undefined;
      const start = firstLineAfter(text, lastField ?? from, at);
      // Straight under a field, with no blank line or heading between, it is more likely that field's value run on
      // onto a line of its own (summary: Lång text / som fortsätter) than the text.
      if (start === at && !/^\s*$/.test(text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1))) return undefined;
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
