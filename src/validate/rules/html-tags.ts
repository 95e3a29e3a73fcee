// HTML in a minutes text is shown as written (raw HTML is off), but what the note-takers' previewers show is not:
// a tag there formats or vanishes, and a comment left unclosed hides the rest of the text. Comments closed and <br>
// are shown by the site as by the previewers (see render/written-html.ts), so they are not told. Code is left alone.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { WRITTEN_TAG } from '../../render/written-html.js';
import { clip } from '../../util/clip.js';

/** Whether a text may hold a tag or a comment: most have no "<" at all, and are not parsed for it. */
const MAYBE = /<[A-Za-z/!]/;

/** What to write in Markdown in place of a tag, by its name. */
const MARKDOWN: Readonly<Record<string, string>> = {
  b: 'Skriv **fet text** i stället',
  strong: 'Skriv **fet text** i stället',
  i: 'Skriv *kursiv text* i stället',
  em: 'Skriv *kursiv text* i stället',
  a: 'Skriv länken som [text](adress) i stället',
  s: 'Skriv ~~överstruken text~~ i stället',
  del: 'Skriv ~~överstruken text~~ i stället',
  p: 'Skriv en tom rad mellan stycken i stället',
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`h${n}`, 'Skriv en rubrik som ## Rubrik på en egen rad i stället'])),
  ul: 'Skriv en lista med "- " först på varje rad i stället',
  li: 'Skriv en lista med "- " först på varje rad i stället',
};

export function htmlTagFindings(file: string, body: string, bodyOffset: number): Finding[] {
  if (!body.includes('<') || !MAYBE.test(body)) return [];
  const { tokens, lineStart } = parseLines(body, { tags: true });
  const findings: Finding[] = [];
  // A closing tag is told only when no tag of its name was opened before it: a pair is one thing to mend.
  const opened = new Set<string>();
  for (const t of tokens) {
    if (t.type !== 'inline' || !t.map) continue;
    for (const c of t.children ?? []) {
      if (c.type !== WRITTEN_TAG) continue;
      const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(c.content)?.[1]?.toLowerCase();
      const closing = c.content.startsWith('</');
      if (name !== undefined && !closing) opened.add(name);
      else if (name !== undefined && opened.has(name)) continue;
      const offset = sourceOffset(body, lineStart, t.map[0], t.content, (c.meta as { at: number }).at, c.content);
      const shown = clip(c.content.replace(/\s+/g, ' '));
      findings.push(
        name === undefined
          ? {
              file,
              where: { kind: 'offset', offset: bodyOffset + offset, length: 4 },
              code: 'unclosed-comment',
              message: 'Kommentaren som börjar med <!-- avslutas inte med -->, så den döljs inte: på webbplatsen visas den som text, och det den skulle dölja publiceras.',
              hint: 'Avsluta kommentaren med --> i samma stycke. Ska den räcka över flera stycken: skriv <!-- först på en egen rad.',
            }
          : {
              file,
              where: { kind: 'offset', offset: bodyOffset + offset, length: c.content.length },
              code: 'html-tag',
              message: `HTML-taggen ${shown} visas på webbplatsen som den är skriven, inte som formatering: HTML i texten blir text (bara <br> blir en radbrytning).`,
              hint: `${MARKDOWN[name] ?? 'Ta bort taggen'}.`,
            },
      );
    }
  }
  return findings;
}

/**
 * Where in the text what the parser read at `at` of an inline token's content is: its line is the token's first
 * plus the line breaks before it, and on that line the content's line is found (the line less what a list, quote or
 * table cell takes of it). Failing that, the first place the tag is written on that line.
 */
function sourceOffset(body: string, lineStart: (line: number) => number, firstLine: number, content: string, at: number, tag: string): number {
  const from = content.lastIndexOf('\n', at - 1) + 1;
  const to = content.indexOf('\n', at);
  const written = content.slice(from, to === -1 ? undefined : to);
  let line = firstLine;
  for (let i = content.indexOf('\n'); i !== -1 && i < at; i = content.indexOf('\n', i + 1)) line++;
  const start = lineStart(line);
  const text = body.slice(start, lineStart(line + 1));
  const found = text.indexOf(written);
  return start + (found === -1 ? Math.max(0, text.indexOf(tag.split('\n')[0]!)) : found + at - from);
}
