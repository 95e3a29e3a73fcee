// A Markdown source that starts with fields of its own between two --- lines, as blogs and other site generators
// write them ("title: …", "date: …"): its title and date are read as the first lines of minutes are, and every
// field is kept word for word in a note, so that nothing of the source is lost and its text starts clean.
import { parse } from 'yaml';

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function unwrapFrontMatter(text: string): { text: string; notes: string[] } {
  const block = BLOCK.exec(text);
  if (!block) return { text, notes: [] };
  const lines = block[1]!.split(/\r?\n/).filter((l) => l.trim() !== '');
  let fields: unknown;
  try {
    // Errors still throw; warnings (an unknown tag) would go to stderr, in English, from this pure stage.
    fields = parse(block[1]!, { logLevel: 'error' });
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
  const blank = '\n'.repeat(Math.max(1, (block[0].match(/\n/g) ?? []).length - head.length));
  return {
    text: `${head.map((l) => `${l}\n`).join('')}${blank}${text.slice(block[0].length)}`,
    notes: [`Källan började med egna fält mellan två rader ---, här som de stod: ${quoted}.${read.length > 0 ? ` ${read.join(' och ')} lästes därifrån.` : ''}`],
  };
}
