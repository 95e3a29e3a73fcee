// Lines indented with a tab or four spaces, as Word and e-mail indent a list or a paragraph, are code to Markdown: on
// the site they show in a typewriter font, as one block, with no list for a screen reader. Minutes have no code of
// their own, so such a block is most often a slip; code meant as code is written between ``` lines (a fence).
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { clip } from '../../util/clip.js';
import { pastedBullet, shown as shownGlyph } from './bullets.js';

/** A line indented as code: a tab, or four spaces, before its text. */
const INDENTED = /^(?: {0,3}\t| {4})/m;

/**
 * Whether INDENTED may match: a tab anywhere, or four spaces at the start or after a line break of any kind (markdown-it
 * reads a lone CR as one). Each found with indexOf, a few times faster than the pattern, which tries every position of
 * the 40 MB of text of a 10,000-minute archive, where no line is indented.
 */
const mayBeIndented = (body: string): boolean => body.includes('\t') || body.startsWith('    ') || ['\n', '\r', '\u2028', '\u2029'].some((end) => body.includes(`${end}    `));
/** A list's item: a dash, an asterisk, a plus or a number with a full stop or bracket, and a space. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;

export function indentedTextFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!mayBeIndented(body) || !INDENTED.test(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  for (const t of tokens) {
    if (t.type !== 'code_block' || !t.map) continue;
    const lines = body.slice(lineStart(t.map[0]), lineStart(t.map[1])).split('\n').filter((l) => l.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    const indent = /^[ \t]*/.exec(first)![0];
    const text = first.trim();
    const pasted = pastedBullet(text);
    const list = pasted !== undefined || LIST_ITEM.test(text);
    const how = indent.includes('\t') ? 'en tabb' : 'mellanslag';
    const many = lines.length > 1;
    const remove = `Ta bort indraget i början av ${many ? 'raderna' : 'raden'}`;
    findings.push({
      file,
      where: { kind: 'offset', offset: bodyOffset + lineStart(t.map[0]) + body.slice(lineStart(t.map[0])).indexOf(first), length: indent.length },
      code: 'indented-text',
      message: `${many ? `${lines.length} rader är indragna` : 'Raden är indragen'} med ${how}, så på webbplatsen ${many ? 'visas de' : 'visas den'} som kod och inte som ${list ? 'en lista' : 'text'}.`,
      hint: list
        ? `${remove}${pasted ? ` och börja ${many ? 'varje punkt' : 'punkten'} med - i stället för ${shownGlyph(pasted.glyph)}` : ''}: "${clip(pasted ? `- ${pasted.text}` : text)}"`
        : `${remove}. Är det kod: skriv den mellan två rader med \`\`\`.`,
    });
  }
  return findings;
}
