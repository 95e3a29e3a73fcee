// A line that is only a page number ("Sida 2 av 3", "2 (3)"), as text saved from a PDF has between its pages: no
// word the writer wrote in the minutes. It is taken out of the text and named in a note, as a Word file's page
// numbers are left out of its headers and footers.
import type { Line } from './lines.js';
import { setAsideNote } from './set-aside.js';

/** "Sida 2 av 3", "Sida 2", "Sid. 2 (3)", "Page 2 of 3", "2 (3)", "2/3"-less forms only: a number alone is text. */
const PAGE_NUMBER = /^(?:(?:sida|sid\.?|page)\s*(\d{1,4})(?:\s*(?:av|of|\/)\s*(\d{1,4})|\s*\((\d{1,4})\))?|(\d{1,4})\s*\((\d{1,4})\)|[-–]\s*(\d{1,4})\s*[-–])$/iu;

/** The lines that are only a page number, the page no later than the count of pages when one is given. */
export function pageNumberLines(lines: readonly Line[]): Line[] {
  return lines.filter((l) => {
    const m = l.text.length <= 20 ? PAGE_NUMBER.exec(l.text) : null;
    if (!m) return false;
    const page = Number(m[1] ?? m[4] ?? m[6]);
    const of = m[2] ?? m[3] ?? m[5];
    return page > 0 && (of === undefined || page <= Number(of));
  });
}

/** The note naming the page numbers taken out of the text, each as written, so that no word of the source is lost. */
export function pageNumbersNote(found: readonly Line[]): string | undefined {
  return setAsideNote('Sidnummer', found);
}
