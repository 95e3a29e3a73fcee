// Lists pasted from Word or an e-mail keep their bullet glyphs ("• Första punkten"), which Markdown does not read as
// a list: on the site the lines run together into one paragraph, and a screen reader hears no list. A check of the
// text alone, like the other text checks (validate/index.ts); text in code is left alone.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';

/**
 * Glyphs that start a pasted list item; the first ones are often glued to the text ("•Första"). Word's bullets in
 * its symbol fonts come as characters of their own (U+F0B7 its round one, U+F0A7 its square, U+F0D8 its arrow,
 * U+F0FC its tick, U+F076 its diamond), which no font has: shown as nothing or a box.
 */
const WORD_SYMBOLS: Readonly<Record<string, string>> = { '\uF0B7': '•', '\uF0A7': '▪', '\uF0D8': '➢', '\uF0FC': '✓', '\uF076': '❖' };
const GLUED = `•●■►➢✓${Object.keys(WORD_SYMBOLS).join('')}`;
const SPACED = '◦▪▫‣⁃·';
/** A dash starts an item only among other items: one line may be a line of dialogue ("– Vi tar det sen."). */
const DASHES = '–—';
/** Word's second-level bullet, a letter o, pasted with the tab after it (an "o" and a space may be "och"). */
const SUB = 'o';

const ITEM = new RegExp(`^([ \\t>]*)(?:([${GLUED}])|([${SPACED}])(?=[ \\t])|([${DASHES}])(?=[ \\t])|(${SUB})(?=\\t))`);
/** Whether a text may hold such a line at all: most do not, and are not parsed again for it. */
const MAYBE = new RegExp(`^[ \\t>]*(?:[${GLUED}${SPACED}${DASHES}]|${SUB}\\t)`, 'm');
/** The glyphs one by one: looking for each is several times faster than a pattern over every line of every text. */
const GLYPHS = [...(GLUED + SPACED + DASHES), `${SUB}\t`];
/** A glyph as the message shows it: Word's own as what Word shows, and which character it is, as an editor shows none. */
export const shown = (glyph: string): string => {
  const word = WORD_SYMBOLS[glyph];
  return word === undefined ? `"${glyph}"` : `"${word}" från Word (tecknet U+${glyph.codePointAt(0)!.toString(16).toUpperCase()})`;
};

/** A line that starts with one of those glyphs, or a dash: Word turns a typed "- " into a dash or a bullet. */
const PASTED = new RegExp(`^\\s*([${GLUED}${SPACED}${DASHES}])[ \\t]*(\\S.*)$`, 'su');

/** The glyph a line pasted from a list in Word starts with, and the text after it ("– David Bergström"); none for any other line. */
export function pastedBullet(line: string): { glyph: string; text: string } | undefined {
  const m = PASTED.exec(line);
  return m ? { glyph: m[1]!, text: m[2]!.trimEnd() } : undefined;
}

export function bulletFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!GLYPHS.some((g) => body.includes(g)) || !MAYBE.test(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  for (const t of tokens) {
    if (t.type !== 'paragraph_open' || !t.map) continue;
    const items: { offset: number; glyph: string; dash: boolean }[] = [];
    for (let line = t.map[0]; line < t.map[1]; line++) {
      const m = ITEM.exec(body.slice(lineStart(line), lineStart(line + 1)));
      if (m) items.push({ offset: lineStart(line) + m[1]!.length, glyph: m[2] ?? m[3] ?? m[4] ?? m[5]!, dash: m[4] !== undefined });
    }
    const listed = items.length > 1 ? items : items.filter((i) => !i.dash);
    const first = listed[0];
    if (!first) continue;
    const message =
      listed.length > 1
        ? `${listed.length} rader i rad börjar med ${shown(first.glyph)}, som inte gör dem till en lista: på webbplatsen flyter de ihop till ett stycke.`
        : `Raden börjar med ${shown(first.glyph)}, som inte gör den till en punkt i en lista (en skärmläsare hör ingen lista).`;
    findings.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + first.offset, length: first.glyph.length },
      code: 'bullet-character',
      message,
      hint: first.dash
        ? `Är det en lista: börja varje punkt med "- " i stället för "${first.glyph}". Är det repliker: lämna en tom rad mellan dem.`
        : `Börja varje punkt med "- " i stället för ${first.glyph in WORD_SYMBOLS ? 'punkten från Word' : `"${first.glyph}"`}; en underpunkt med två mellanslag före.`,
    });
  }
  return findings;
}
