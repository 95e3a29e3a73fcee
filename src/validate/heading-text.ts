// What reads as an agenda item's heading, for the checks that take a line of the text for one written another way
// (bold-heading, heading-without-space) and for minutes import, which writes such lines as headings: the three agree.

import { unescaped } from '../util/unescaped.js';

/**
 * A short line that can be an agenda item's heading: starts with a capital or digit, at most 80 characters
 * and 12 words, no sentence punctuation at the end and no "Label: value" inside, not breaking off on a word no heading
 * ends on (see `endsUnfinished`), and in Markdown no line break (`<br>`, two lines on the site). `markdown` says the text is
 * Markdown's (a .md file's, a .docx's as the import converts it, a minutes body): it is measured as the site shows it,
 * without its backslash escapes, so that "Ekonomi \\*prel\\*" is as long as the "Ekonomi *prel*" typed in Word.
 */
export function isHeadingText(text: string, markdown = false): boolean {
  const t = markdown ? unescaped(text) : text;
  return (
    t.length >= 2 &&
    t.length <= 80 &&
    t.split(/\s+/).length <= 12 &&
    /^["“«]?[\p{Lu}\d]/u.test(t) &&
    !/[.,;:!?…–-]$/.test(t) &&
    !/:\s/.test(t) &&
    !/^(https?:\/\/|www\.)/i.test(t) &&
    !/^\(.*\)$/.test(t) &&
    !endsUnfinished(t) &&
    !(markdown && LINE_BREAK.test(text))
  );
}

/** A `<br>` the site shows as a line break (not one escaped, `\\<br>`): a line with one is two lines, no heading's. */
const LINE_BREAK = /(?<!\\)<br[ \t]*\/?>/i;

/**
 * Function words no heading ends on, as written in lower case: prepositions ("för", "om", "till"), conjunctions and
 * subjunctions ("och", "att", "som"). A line that ends on one stops mid-sentence, its rest on the next line:
 * "Budgeten för" above "2016. Den blev klar.". Not so words that often end one: "efter", "över", "då", "så", "där";
 * the articles "en" and "ett", which are numbers too ("Punkt ett"), and "den" and "det", pronouns too ("Vi gjorde det").
 */
export const UNFINISHED_ENDINGS: ReadonlySet<string> = new Set([
  'av', 'från', 'för', 'i', 'med', 'mot', 'om', 'på', 'till', 'vid', 'hos', 'åt', 'ur', 'genom', 'mellan', 'inom', 'enligt', 'kring', 'bland', 'inför', 'angående',
  'under', 'per', 'trots',
  'och', 'eller', 'samt', 'men', 'att', 'som', 'eftersom', 'medan',
  // A possessive ends no sentence either ("Leif visade sina" above "Hyllor i förrådet."). Not words a sentence may end
  // on ("Vi gjorde det", "Leif kommer efter", "Vi vet inte när", "Tiden är över"), nor "en" and "ett" ("Punkt ett").
  'sin', 'sitt', 'sina',
]);

/**
 * The line ends on such a word ("Vi diskuterade frågan om"). Its last word is found from the end, without a
 * pattern that would try every start in a long line.
 */
export const endsUnfinished = (text: string): boolean => UNFINISHED_ENDINGS.has(text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t')) + 1));

/**
 * The text of a line's bold runs, written between `marks` ("**Punkt 3** **Fritidsbanken**" holds "Punkt 3** **Fritidsbanken"
 * between its outer marks): their texts joined by a space, "Punkt 3 Fritidsbanken"; undefined when anything but
 * spaces or tabs stands between two runs ("**Punkt 3** om **Fritidsbanken**"), which makes the line not wholly bold.
 */
export function boldRunsText(inside: string, marks: string): string | undefined {
  // Split at the marks: the runs' texts are at even places and what lies between two runs at odd ones.
  const parts = inside.split(marks);
  if (parts.some((p, k) => k % 2 === 1 && p.trim() !== '')) return undefined;
  return parts.filter((_, k) => k % 2 === 0).map((p) => p.trim()).join(' ');
}
