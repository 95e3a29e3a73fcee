// The fields pasted twice: after the --- that ends them, the text starts with another block of them between ---
// lines (or the two blocks' --- run together as "------"). Markdown would show that copy on the page as a line and a
// heading made of the fields, and the site reads only the first.
import type { Finding } from '../diagnostics.js';
import { LineIndex } from './source.js';
import { parseFast } from './yaml.js';
import { minutesSchema } from '../validate/schemas.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';

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

/**
 * The copy of the fields that begins at `from` in `text`: a line of --- (after blank lines) or, with `opened`, the
 * line `from` ends ("------", the first block's end and the copy's start), then fields of minutes, then a line of
 * ---. Undefined for anything else, such as a dividing line above the text ("---" and then a sentence).
 */
function copyAt(text: string, from: number, opened?: { start: number; end: number }): { start: number; startLength: number; fields: number; close: number } | undefined {
  let start = opened?.start;
  const startLength = opened ? opened.end - opened.start : 3;
  let fields: number | undefined;
  for (const { start: at, line } of linesFrom(text, from)) {
    if (start === undefined) {
      if (DELIMITER.test(line)) start = at;
      else if (/\S/.test(line)) return undefined;
      continue;
    }
    if (fields === undefined) {
      if (!MINUTES_FIELD.test(line)) return undefined;
      fields = at;
      continue;
    }
    if (DELIMITER.test(line)) return { start, startLength, fields, close: at };
  }
  return undefined;
}

/** The top-level fields whose values differ between two blocks of YAML; undefined when either cannot be read. */
function differing(first: string, second: string): string[] | undefined {
  const a = parseFast(first);
  const b = parseFast(second);
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!a.ok || !b.ok || !isMap(a.data) || !isMap(b.data)) return undefined;
  const x = a.data;
  const y = b.data;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

/**
 * The fields written a second time in `text` from `from` (where the text starts, after the first block's ---; or,
 * with `joined`, the line of "------" that ends the first block and starts the copy), compared with `yamlText`, the
 * first block's fields. Said at the copy's first line, with the lines to remove.
 */
export function pastedTwice(file: string, text: string, from: number, yamlText: string, joined?: { start: number; end: number }): Finding | undefined {
  const copy = joined ? copyAt(text, joined.end + 1, joined) : copyAt(text, from);
  if (!copy) return undefined;
  const index = new LineIndex(text);
  const line = (offset: number) => index.position(offset).line;
  // Joined, the copy's last --- ends the fields: the "------" and the copy's fields go; else the copy, --- to ---.
  const [first, last] = joined ? [line(copy.start), line(copy.close) - 1] : [line(copy.start), line(copy.close)];
  const lines = `raderna ${first}–${last}${joined ? `, så att raden --- på rad ${last + 1} avslutar fälten` : ''}`;
  const differ = differing(yamlText, text.slice(copy.fields, copy.close));
  const fields = differ && differ.length > 0 ? listed(differ.map((k) => clip(k))) : undefined;
  const message = `Fälten överst i filen är skrivna två gånger: kopian som börjar här skulle synas som text på webbplatsen.${fields ? ` Den skiljer sig i ${fields}, men bara fälten överst gäller.` : ''}`;
  const hint = fields ? `Skriv det som stämmer av ${fields} i fälten överst. Ta sedan bort kopian, ${lines}.` : `Ta bort kopian, ${lines}.`;
  return { file, where: { kind: 'offset', offset: copy.start, length: copy.startLength }, code: 'front-matter-twice', message, hint };
}
