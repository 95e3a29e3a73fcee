// Lists pasted from Word or an e-mail keep their bullet glyphs ("• Första punkten"), which Markdown does not read as
// a list: on the site the lines run together into one paragraph, and a screen reader hears no list. A check of the
// text alone, like the other text checks (validate/index.ts); text in code is left alone.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';

/** Glyphs that start a pasted list item; the first ones are often glued to the text ("•Första"). */
const GLUED = '•●■►➢✓';
const SPACED = '◦▪▫‣⁃·';
/** A dash starts an item only among other items: one line may be a line of dialogue ("– Vi tar det sen."). */
const DASHES = '–—';

const ITEM = new RegExp(`^([ \\t>]*)(?:([${GLUED}])|([${SPACED}])(?=[ \\t])|([${DASHES}])(?=[ \\t]))`);
/** Whether a text may hold such a line at all: most do not, and are not parsed again for it. */
const MAYBE = new RegExp(`^[ \\t>]*[${GLUED}${SPACED}${DASHES}]`, 'm');
/** The glyphs one by one: looking for each is several times faster than a pattern over every line of every text. */
const GLYPHS = [...(GLUED + SPACED + DASHES)];

export function bulletFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!GLYPHS.some((g) => body.includes(g)) || !MAYBE.test(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  for (const t of tokens) {
    if (t.type !== 'paragraph_open' || !t.map) continue;
    const items: { offset: number; glyph: string; dash: boolean }[] = [];
    for (let line = t.map[0]; line < t.map[1]; line++) {
      const m = ITEM.exec(body.slice(lineStart(line), lineStart(line + 1)));
      if (m) items.push({ offset: lineStart(line) + m[1]!.length, glyph: m[2] ?? m[3] ?? m[4]!, dash: m[4] !== undefined });
    }
    const listed = items.length > 1 ? items : items.filter((i) => !i.dash);
    const first = listed[0];
    if (!first) continue;
    const message =
      listed.length > 1
        ? `${listed.length} rader i rad börjar med "${first.glyph}", som inte gör dem till en lista: på webbplatsen flyter de ihop till ett stycke.`
        : `Raden börjar med "${first.glyph}", som inte gör den till en punkt i en lista (en skärmläsare hör ingen lista).`;
    findings.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + first.offset, length: first.glyph.length },
      code: 'bullet-character',
      message,
      hint: first.dash
        ? `Är det en lista: börja varje punkt med "- " i stället för "${first.glyph}". Är det repliker: lämna en tom rad mellan dem.`
        : `Börja varje punkt med "- " i stället för "${first.glyph}"; en underpunkt med två mellanslag före.`,
    });
  }
  return findings;
}
