// A link whose text says nothing of where it leads ("klicka här", "länk", "läs mer") is the same link ten times over
// to someone who lists a page's links with a screen reader (WCAG 2.4.4, 2.4.9). A check of the text alone, like the
// other text checks (validate/index.ts).
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';

/** Link texts that name no target, folded to lower case without punctuation. */
const VAGUE = new Set([
  'här', 'klicka här', 'klicka', 'tryck här', 'se här', 'läs här', 'läs mer', 'läs mer här', 'mer', 'mer info', 'mer information',
  'länk', 'länken', 'denna länk', 'den här länken', 'länk här', 'detta', 'den här', 'här finns den', 'här finns det',
  'click here', 'here', 'link', 'read more', 'more',
]);

const fold = (text: string): string =>
  text
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function linkTextFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!body.includes('](') && !body.includes('][')) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  for (const t of tokens) {
    if (t.type !== 'inline' || !t.map) continue;
    const children = t.children ?? [];
    let searchFrom = lineStart(t.map[0]);
    for (let i = 0; i < children.length; i++) {
      const open = children[i]!;
      if (open.type !== 'link_open' || open.markup === 'linkify' || open.markup === 'autolink') continue;
      let text = '';
      for (let j = i + 1; j < children.length && children[j]!.type !== 'link_close'; j++) text += children[j]!.content;
      if (!VAGUE.has(fold(text))) continue;
      // Where the text is written: the first "[text]" from where the last one found was.
      const at = body.indexOf(`[${text}]`, searchFrom);
      if (at === -1 || at >= lineStart(t.map[1])) continue;
      searchFrom = at + text.length + 2;
      findings.push({
        file,
        where: { kind: 'offset', offset: bodyOffset + at + 1, length: text.length },
        code: 'vague-link-text',
        message: `Länktexten "${text}" säger inte vart länken leder; den som låter en skärmläsare läsa upp sidans länkar hör bara "${text}".`,
        hint: 'Skriv vad länken leder till, till exempel [protokollet från 8 februari](2016-02-08.md) eller [Fritidsbankens webbplats](https://…).',
      });
    }
  }
  return findings;
}
