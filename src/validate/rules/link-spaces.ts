// A link written with a space in its address ("[bilagan](Budget 2016.pdf)", as file names often have) is no link
// in Markdown: the site shows the brackets as text, and the attachment is not published. A check of the text alone,
// like the other text checks (validate/index.ts); text in code is left alone.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { clip } from '../../util/clip.js';

/**
 * "[text](address with a space)" left as text, also with a name's own brackets ("Budget 2016 (rev).xlsx"); an
 * address followed by a title ("(a.pdf "Titel")") is a link.
 */
const SPACED = /\[[^\]\n]*\]\(((?:[^()\n]|\([^()\n]*\))*\s(?:[^()\n]|\([^()\n]*\))*)\)/g;
const ANY_SPACED = new RegExp(SPACED.source);
const WITH_TITLE = /^\s*\S+\s+(?:"[^"]*"|'[^']*')\s*$/;

export function linkSpaceFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!body.includes('](') || !ANY_SPACED.test(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  for (const t of tokens) {
    if (t.type !== 'inline' || !t.map) continue;
    // What the parser left as text (not code, not a link) holds the brackets of a link it did not make.
    const text = (t.children ?? []).map((c) => (c.type === 'text' ? c.content : '\u0000')).join('');
    const from = lineStart(t.map[0]);
    const to = lineStart(t.map[1]);
    let searchFrom = from;
    for (const m of text.matchAll(SPACED)) {
      const address = m[1]!;
      // With a title, or in angle brackets (where spaces are allowed: one left as text failed for another reason).
      if (WITH_TITLE.test(address) || address.trimStart().startsWith('<')) continue;
      const at = body.indexOf(address, searchFrom);
      if (at === -1 || at >= to) continue;
      searchFrom = at + address.length;
      const trimmed = address.trim();
      findings.push({
        file,
        where: { kind: 'offset', offset: bodyOffset + at, length: address.length },
        code: 'link-with-spaces',
        message: `"${clip(m[0])}" blir ingen länk: adressen har mellanslag, så webbplatsen visar hakparenteserna som text.`,
        hint: `Skriv adressen inom vinkelparenteser, (<${clip(trimmed)}>), eller med %20 för mellanslag: (${clip(trimmed.replace(/\s/g, '%20'))})`,
      });
    }
  }
  return findings;
}
