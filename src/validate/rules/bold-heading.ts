// "**Övrigt**" alone on a line: an agenda item written Word-style, in bold, not as a heading. Markdown makes a paragraph
// of it, so the meeting page's list of agenda items misses it, it cannot be linked to, and a screen reader cannot
// jump to it. A check of the text alone, like the other text checks (validate/index.ts); code, lists, quotes and
// tables are left alone. minutes import writes such lines as headings (import/body.ts), by the same isHeadingText.
import type Token from 'markdown-it/lib/token.mjs';
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { clip } from '../../util/clip.js';
import { startsLine } from './heading-space.js';
import { boldRunsText, isHeadingText } from '../heading-text.js';

/** A line of the text between bold marks (** or __, or *** and ___ for bold italics), a colon perhaps inside them. */
const BOLD_LINE = /^( {0,3})(\*\*\*?|___?)(.+?)\2\s*$/u;

/**
 * Whether a text may hold such a line: ** or __ at a line's start (after at most three spaces) on a line that ends
 * with the same. Each is found with indexOf, as bold words are common but bold lines alone are rare.
 */
function mayBeBold(body: string): boolean {
  for (const marks of ['**', '__']) {
    for (let at = body.indexOf(marks); at !== -1; at = body.indexOf(marks, at + 2)) {
      if (!startsLine(body, at)) continue;
      const end = body.indexOf('\n', at);
      if (body.slice(at + 2, end === -1 ? body.length : end).trimEnd().endsWith(marks)) return true;
      if (end === -1) break;
      at = end - 1;
    }
  }
  return false;
}

/**
 * Whether an inline's pieces are bold runs and nothing else (italics around them and spaces between them aside), with
 * no link or image: "**Övrigt**", or "**Punkt 3** **Fritidsbanken**" as Word writes a line whose formatting changes.
 */
function wholeBold(children: readonly Token[]): boolean {
  let depth = 0;
  let runs = 0;
  for (const c of children) {
    if (c.type === 'strong_open') runs += depth++ === 0 ? 1 : 0;
    else if (c.type === 'strong_close') depth--;
    else if (c.type === 'link_open' || c.type === 'image') return false;
    else if (depth === 0 && c.type !== 'em_open' && c.type !== 'em_close' && c.content.trim() !== '') return false;
  }
  return runs >= 1;
}

export function boldHeadingFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!mayBeBold(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  // Agenda items are the file's highest headings (renderBody's sections), and never # (the page's title's level).
  const highest = tokens.reduce((min, t) => (t.type === 'heading_open' ? Math.min(min, Number(t.tag.slice(1))) : min), 7);
  const level = highest === 7 ? 2 : Math.max(2, highest);
  const findings: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'paragraph_open' || t.level !== 0 || !t.map) continue;
    // A bold line with text right under it ("**Övrigt**" above "Inget att ta upp."), which Markdown runs together
    // into one paragraph, "Övrigt Inget att ta upp.": the line is the paragraph's first, up to its first line break.
    const joined = t.map[1] - t.map[0] > 1;
    const children = tokens[i + 1]?.children ?? [];
    const firstLine = joined ? children.slice(0, children.findIndex((c) => c.type === 'softbreak' || c.type === 'hardbreak')) : children;
    // A heading needs text under it: a bold line last, or right above a heading, is left as it is, as import leaves it.
    const next = tokens[i + 3];
    if (!joined && (!next || next.type === 'heading_open')) continue;
    const m = BOLD_LINE.exec(body.slice(lineStart(t.map[0]), lineStart(t.map[0] + 1)).replace(/\r?\n$/, ''));
    if (!m || firstLine.length === 0 || !wholeBold(firstLine)) continue;
    const [line, indent, marks, inside] = m as unknown as [string, string, string, string];
    // What lies between two runs is only spaces (wholeBold), so the runs' text is there.
    const text = (boldRunsText(inside, marks) ?? inside.trim()).replace(/:$/, '');
    if (!isHeadingText(text, true)) continue;
    findings.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + lineStart(t.map[0]) + indent.length, length: marks.length },
      code: 'bold-heading',
      message: `Raden "${clip(line.trim())}" är fetstil, ingen rubrik: på webbplatsen kommer den inte med bland mötets punkter${joined ? ', den går ihop med raden under till ett stycke' : ''}, och den går inte att länka till eller hoppa till med en skärmläsare.`,
      hint: `Skriv raden som en rubrik, ${highest === 7 ? 'med ## och ett mellanslag, som varje punkt på dagordningen' : 'på samma nivå som protokollets andra punkter'}: "${clip(`${'#'.repeat(level)} ${text}`)}"`,
    });
  }
  return findings;
}
