// A Markdown source that starts with fields of its own between two --- lines, as blogs and other site generators
// write them ("title: …", "date: …"): its title and date are read as the first lines of minutes are, and every
// field is kept word for word in a note, so that nothing of the source is lost and its text starts clean.
import { parse } from 'yaml';
import { singleBreaks } from './lines.js';

/** The fields between two --- lines, with any line break the text is read with: LF, CR LF or CR. */
const BLOCK = /^\uFEFF?---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/;
const BREAK = /\r\n?|\n/g;

export function unwrapFrontMatter(source: string): { text: string; notes: string[] } {
  // A text whose every line ends in CR CR LF or LF CR is read with one line break there (see splitLines), here too.
  const text = singleBreaks(source);
  const block = BLOCK.exec(text);
  if (!block) return { text: source, notes: [] };
  // YAML takes LF and CR LF only.
  const fieldsText = block[1]!.replace(BREAK, '\n');
  const lines = fieldsText.split('\n').filter((l) => l.trim() !== '');
  let fields: unknown;
  try {
    // Errors still throw; warnings (an unknown tag) would go to stderr, in English, from this pure stage.
    fields = parse(fieldsText, { logLevel: 'error' });
  } catch {
    fields = undefined;
  }
  // Fields are "key: value" lines; anything else between two --- lines (rules around a paragraph) is text.
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return { text, notes: [] };
  const field = (key: string): string | undefined => {
    const value = (fields as Record<string, unknown>)[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined;
  };
  const title = field('title');
  const date = field('date');
  const head = [...(title !== undefined ? [title] : []), ...(date !== undefined ? [`Datum: ${date}`] : [])];
  const read = [...(title !== undefined ? ['Rubriken'] : []), ...(date !== undefined ? [title !== undefined ? 'datumet' : 'Datumet'] : [])];
  const quoted = lines.map((l) => `"${l.trim()}"`).join(', ');
  // The fields' lines become the title and date and blank lines, so that the text below keeps its line numbers
  // (notes name lines of the source: "rad 14").
  const blank = '\n'.repeat(Math.max(1, (block[0].match(BREAK) ?? []).length - head.length));
  return {
    text: `${head.map((l) => `${l}\n`).join('')}${blank}${text.slice(block[0].length)}`,
    notes: [`Källan började med egna fält mellan två rader ---, här som de stod: ${quoted}.${read.length > 0 ? ` ${read.join(' och ')} lästes därifrån.` : ''}`],
  };
}
