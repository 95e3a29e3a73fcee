// "##Övrigt": a heading needs a space after its # signs, or Markdown reads the line as text. On the site the agenda
// item then runs into the paragraph below it, with no heading to find it by or to link to, and nothing says so.
// A check of the text alone, like the other text checks (validate/index.ts); text in code is left alone.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { clip } from '../../util/clip.js';
import { isHeadingText } from '../heading-text.js';

/** A line of a paragraph that is # signs and a letter or digit right after them, as a heading without its space. */
const GLUED = /^( {0,3})(#{1,6})([\p{L}\d].*?)\s*$/u;

/**
 * Whether the text after the # signs is a heading's: after two or more, a letter always is (no tag or number has two);
 * a digit after two or more ("###3. Fritidsbanken") and a letter after a single # only where the text reads as a
 * heading, as minutes import and bold-heading read one: "#metoo-rörelsen har påverkat hur vi pratar om det här." (a
 * hashtag that starts a sentence) is text, and so, as before, is a single # before a digit ("#1 i kön").
 */
const isHeading = (hashes: string, text: string): boolean => (/^\p{L}/u.test(text) ? hashes.length > 1 || isHeadingText(text, true) : hashes.length > 1 && isHeadingText(text, true));

/**
 * Whether a text may hold such a line: a # at a line's start (after at most three spaces) with a letter or digit after
 * its run of #. Each # is found with indexOf, as most texts have headings but none of them glued.
 */
function mayBeGlued(body: string): boolean {
  for (let at = body.indexOf('#'); at !== -1; at = body.indexOf('#', at + 1)) {
    if (!startsLine(body, at)) continue;
    let end = at;
    while (body[end] === '#') end++;
    if (/[\p{L}\d]/u.test(body[end] ?? '')) return true;
    at = end;
  }
  return false;
}

/** Whether `at` starts a line of the text, after at most three spaces (more make the line code). */
export function startsLine(body: string, at: number): boolean {
  let start = at;
  while (start > 0 && body[start - 1] === ' ' && at - start < 3) start--;
  return start === 0 || body[start - 1] === '\n' || body[start - 1] === '\r';
}

export function headingSpaceFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!mayBeGlued(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  for (const t of tokens) {
    if (t.type !== 'paragraph_open' || !t.map) continue;
    for (let line = t.map[0]; line < t.map[1]; line++) {
      const m = GLUED.exec(body.slice(lineStart(line), lineStart(line + 1)).replace(/\r?\n$/, ''));
      if (!m) continue;
      const [, indent, hashes, text] = m as unknown as [string, string, string, string];
      if (!isHeading(hashes, text)) continue;
      // An agenda item is a ## heading (the README's format); one # is the page's own title's level.
      const heading = `${hashes.length === 1 ? '##' : hashes} ${text}`;
      findings.push({
        file,
        where: { kind: 'offset', offset: bodyOffset + lineStart(line) + indent.length, length: hashes.length + 1 },
        code: 'heading-without-space',
        message: `Raden "${clip(`${hashes}${text}`)}" blir ingen rubrik, eftersom det inte står något mellanslag efter ${hashes}: på webbplatsen visas den som vanlig text.`,
        hint: `${hashes.length === 1 ? 'Skriv rubriken med ## och ett mellanslag, som varje punkt på dagordningen' : `Skriv ett mellanslag efter ${hashes}`}: "${clip(heading)}"`,
      });
    }
  }
  return findings;
}
