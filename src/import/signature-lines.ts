// A line that is only dots, ellipses or underscores ("……………………", "__________"): the line a beslutsprotokoll leaves
// under "Justeras:" for a signature, no word the writer wrote. It is taken out of the text and quoted in a note, as a
// PDF's page numbers are (page-numbers.ts), so that the site shows no stray row of dots and nothing is lost.
import type { Line } from './lines.js';
import { setAsideNote } from './set-aside.js';

/**
 * Four or more dots, ellipses or underscores and nothing else but spaces. A `.docx`'s (and a `.md`'s) typed
 * underscores come escaped (`\_`); a bare row of them in a `.md` is Markdown's rule, which is the writer's.
 */
const SIGNATURE_LINE = /^(?:[.…_]\s*){4,}$/u;
const SIGNATURE_LINE_MARKDOWN = /^(?:(?:[.…]|\\_)\s*){4,}$/u;

/** The lines that are only a signature's dots or underscores. */
export function signatureLines(lines: readonly Line[], markdown: boolean): Line[] {
  const shape = markdown ? SIGNATURE_LINE_MARKDOWN : SIGNATURE_LINE;
  return lines.filter((l) => shape.test(l.text.trim()));
}

/**
 * The nearest lines of text above and under a signature line, past blank lines (a Word file's paragraphs have one
 * between them): the name signing, "Leif Redestig, ordförande", text and never a heading, though with the line taken
 * out it may stand alone between blank lines.
 */
export function signatureNeighbours(lines: readonly Line[], found: readonly Line[]): number[] {
  const signature = new Set(found.map((l) => l.n));
  const out = new Set<number>();
  const nearest = (from: number, step: 1 | -1): void => {
    for (let j = from + step; j >= 0 && j < lines.length && !signature.has(lines[j]!.n); j += step) {
      if (lines[j]!.text !== '') return void out.add(lines[j]!.n);
    }
  };
  lines.forEach((l, i) => {
    if (!signature.has(l.n)) return;
    nearest(i, -1);
    nearest(i, 1);
  });
  return [...out];
}

/**
 * The note naming the signature lines taken out of the text, each as written; a Word document's as Word shows them,
 * its underscores without the escapes the converter gave them (`___`, not `\_\_\_`).
 */
export function signatureLinesNote(found: readonly Line[], word: boolean): string | undefined {
  return setAsideNote('Namnteckningsrader', word ? found.map((l) => ({ ...l, text: l.text.replace(/\\_/g, '_') })) : found);
}
