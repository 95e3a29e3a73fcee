// The fields pasted twice: after the --- that ends them, the text starts with another block of them between ---
// lines (or the two blocks' --- run together as "------"), or with a --- and a copy of them whose own --- is missing.
// Markdown would show that copy on the page as a line and a heading made of the fields (or a paragraph of them), and
// the site reads only the first.
import type { Finding } from '../diagnostics.js';
import { LineIndex } from './source.js';
import { parseFast } from './yaml.js';
import { minutesSchema } from '../validate/schemas.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';
import { isRecord } from '../util/is-record.js';

/** A line that starts a field of minutes, at the margin: "group: GUG", "attendees:". */
const MINUTES_FIELD = new RegExp(`^(?:${minutesSchema.keyof().options.join('|')}):(?:[ \\t]|\\r?$)`);
/** A line of exactly three hyphens, as opens and closes the fields. */
const DELIMITER = /^---[ \t]*\r?$/;

/** The lines of `text` from `at`, each with where it starts and ends (without its line break). */
function* linesFrom(text: string, at: number): Generator<{ start: number; line: string }> {
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next;
    yield { start: at, line: text.slice(at, end) };
    at = end + 1;
  }
}

/** Where a copy of the fields is in the text: its opening line of dashes, its first field, and where it ends. */
interface Copy {
  readonly start: number;
  readonly startLength: number;
  readonly fields: number;
  /** Where its closing --- starts, or, without one, where its last field's last line ends. */
  readonly close: number;
  readonly closed: boolean;
}

/** A line that may stand among fields: empty, indented, a comment, an item of a list at the margin, or a field. */
const FIELDS_LINE = /^(?:[ \t]*\r?$|[ \t#]|-(?:[ \t]|\r?$))/;

/**
 * The copy of the fields that begins at `from` in `text`: a line of --- (after blank lines) or, with `opened`, the
 * line `from` ends ("------", the first block's end and the copy's start), then fields of minutes (two or more),
 * then a line of ---; or, with no --- after them (the copy's closing line not pasted), the fields up to the first
 * line that is not (a blank line ends them, unless a field follows it). Undefined for anything else, such as a dividing line above the
 * text ("---" and then a sentence, or a line of text that reads as a field: "date: är inte bestämt" above a ---).
 */
function copyAt(text: string, from: number, opened?: { start: number; end: number }): Copy | undefined {
  let start = opened?.start;
  const startLength = opened ? opened.end - opened.start : 3;
  let fields: number | undefined;
  // Without a closing ---: the end of the last line of fields, whether a blank line has come since, and where the
  // copy ends when a line that is no field follows one.
  let end = 0;
  let blank = false;
  let unclosed: number | undefined;
  // The fields of minutes at the margin: a copy has group and date at least, and a line of text that reads as a
  // field between two dividing lines ("date: är inte bestämt") is no copy.
  let count = 0;
  for (const { start: at, line } of linesFrom(text, from)) {
    if (start === undefined) {
      if (DELIMITER.test(line)) start = at;
      else if (/\S/.test(line)) return undefined;
      continue;
    }
    if (fields === undefined) {
      if (!MINUTES_FIELD.test(line)) return undefined;
      fields = at;
      end = at + line.replace(/\r$/, '').length;
      count = 1;
      continue;
    }
    if (DELIMITER.test(line)) return count >= 2 ? { start, startLength, fields, close: at, closed: true } : undefined;
    const field = MINUTES_FIELD.test(line);
    if (field) count++;
    const among = field || FIELDS_LINE.test(line);
    if (unclosed === undefined) {
      // A comment, or a heading of the text below the fields, is taken as a blank line: the copy ends above it
      // unless a field follows.
      if (/^[ \t]*\r?$/.test(line) || line.startsWith('#')) blank = true;
      else if (!among || (blank && !field)) unclosed = end;
      else {
        end = at + line.replace(/\r$/, '').length;
        blank = false;
      }
    }
    if (!among) return { start, startLength, fields, close: unclosed ?? end, closed: false };
  }
  return start === undefined || fields === undefined ? undefined : { start, startLength, fields, close: unclosed ?? end, closed: false };
}

/** The top-level fields of a block of YAML that reads as fields; undefined for anything else. */
function fieldsOf(yaml: string): Record<string, unknown> | undefined {
  const read = parseFast(yaml);
  return read.ok && isRecord(read.data) ? read.data : undefined;
}

/**
 * Whether fields with no --- after them are a copy of the first block's: two of them or more, every one a field of
 * minutes, the first and one more written in the first block too. Fields meant for the first block but written below
 * it (a location, a title) are not a copy, nor is a text that has a line like a field or two.
 */
function isCopy(first: string, copy: string): boolean {
  const a = fieldsOf(first);
  const b = fieldsOf(copy);
  if (!a || !b) return false;
  const keys = Object.keys(b);
  const shared = keys.filter((k) => k in a);
  return keys.length >= 2 && shared.length >= 2 && shared[0] === keys[0] && keys.every((k) => MINUTES_FIELD.test(`${k}: `));
}

/**
 * The top-level fields of the copy `second` whose values differ from those in `first`; undefined when either cannot
 * be read. A field the copy leaves out has nothing in it to keep.
 */
function differing(first: string, second: string): string[] | undefined {
  const x = fieldsOf(first);
  const y = fieldsOf(second);
  if (!x || !y) return undefined;
  return Object.keys(y).filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

/**
 * The fields written a second time in `text` from `from` (where the text starts, after the first block's ---; or,
 * with `joined`, the line of "------" that ends the first block and starts the copy), compared with `yamlText`, the
 * first block's fields. Said at the copy's first line, with the lines to remove.
 */
export function pastedTwice(file: string, text: string, from: number, yamlText: string, joined?: { start: number; end: number }): Finding | undefined {
  const copy = joined ? copyAt(text, joined.end + 1, joined) : copyAt(text, from);
  // Run together with the first block's end, the copy's --- is the one that ends the fields: without it, no copy.
  if (!copy || (!copy.closed && (joined || !isCopy(yamlText, text.slice(copy.fields, copy.close))))) return undefined;
  const index = new LineIndex(text);
  const line = (offset: number) => index.position(offset).line;
  // Joined, the copy's last --- ends the fields: the "------" and the copy's fields go; else the copy, --- to ---,
  // or to its last field when it has no --- of its own.
  const [first, last] = joined ? [line(copy.start), line(copy.close) - 1] : [line(copy.start), line(copy.close)];
  const lines = `raderna ${first}–${last}${joined ? `, så att raden --- på rad ${last + 1} avslutar fälten` : ''}`;
  const differ = differing(yamlText, text.slice(copy.fields, copy.close));
  const fields = differ && differ.length > 0 ? listed(differ.map((k) => clip(k))) : undefined;
  const message = `Fälten överst i filen är skrivna två gånger: kopian som börjar här skulle synas som text på webbplatsen.${fields ? ` Den skiljer sig i ${fields}, men bara fälten överst gäller.` : ''}`;
  const hint = fields ? `Skriv det som stämmer av ${fields} i fälten överst. Ta sedan bort kopian, ${lines}.` : `Ta bort kopian, ${lines}.`;
  return { file, where: { kind: 'offset', offset: copy.start, length: copy.startLength }, code: 'front-matter-twice', message, hint };
}
