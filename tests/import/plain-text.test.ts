// A plain-text source's every character is the writer's text: the draft, rendered by the site's own Markdown renderer,
// shows each of them, and no structure the text did not have (a quote, a heading, a rule, code, a list, emphasis).
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/render/markdown.js';
import { collapsed, draftOf, split, STRUCTURE, visible } from './helpers.js';

const HEAD = 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\n';

interface Case {
  readonly name: string;
  /** The source's text under its title and attendance: paragraphs a blank line apart, each a line. */
  readonly text: string;
  /** The draft's body, exactly: escaped only where Markdown would change the text. */
  readonly body: string;
  /** Structures the text did type: a list's items, an agenda's headings. */
  readonly typed?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'a paragraph starting with ">"', text: '> 50 deltagare kom.', body: '\\> 50 deltagare kom.' },
  { name: 'a quoted year', text: '> 2016. Budgeten blev klar.', body: '\\> 2016. Budgeten blev klar.' },
  { name: 'a link reference definition with a number', text: '[1]: https://example.se/protokoll', body: '\\[1]: https://example.se/protokoll' },
  { name: 'a link reference definition with a word', text: '[x]: url', body: '\\[x]: url' },
  { name: 'a lone "---"', text: 'Bra.\n\n---\n\nInget mer.', body: 'Bra.\n\n\\---\n\nInget mer.' },
  { name: 'a lone "***"', text: 'Bra.\n\n***\n\nInget mer.', body: 'Bra.\n\n\\***\n\nInget mer.' },
  { name: 'a lone "___"', text: 'Bra.\n\n___\n\nInget mer.', body: 'Bra.\n\n\\___\n\nInget mer.' },
  { name: '"---" right under a line', text: 'Budgeten är klar.\n---', body: 'Budgeten är klar.\n\n\\---' },
  { name: 'emphasis in stars', text: 'Det är *viktigt* att komma.', body: 'Det är \\*viktigt\\* att komma.' },
  { name: 'emphasis in underscores', text: 'Ett _ord_ till.', body: 'Ett \\_ord\\_ till.' },
  { name: 'bold in stars', text: 'Det är **mycket** viktigt.', body: 'Det är \\*\\*mycket\\*\\* viktigt.' },
  { name: 'stars between digits', text: 'Ytan är 3*4*2 meter.', body: 'Ytan är 3\\*4\\*2 meter.' },
  { name: 'a backslash before stars', text: 'Sök på \\*a* i listan.', body: 'Sök på \\\\\\*a\\* i listan.' },
  { name: 'a code span', text: 'Skriv `kod` i rutan.', body: 'Skriv \\`kod\\` i rutan.' },
  { name: 'a backslash before a star', text: 'Sök på \\* i listan.', body: 'Sök på \\\\* i listan.' },
  { name: 'an autolink', text: 'Se <https://example.se> för mer.', body: 'Se \\<https://example.se> för mer.' },
  { name: 'an e-mail autolink', text: 'Skriv till <info@example.se>.', body: 'Skriv till \\<info@example.se>.' },
  { name: 'a <br>', text: 'Rad ett<br>rad två.', body: 'Rad ett\\<br>rad två.' },
  { name: 'an HTML comment', text: 'Före <!-- gammalt --> efter.', body: 'Före \\<!-- gammalt --> efter.' },
  { name: 'an HTML comment over paragraphs', text: '<!-- Början\n\nMitten.\n\nSlut -->', body: '\\<!-- Början\n\nMitten.\n\nSlut -->' },
  { name: 'a named entity', text: 'R&auml;kna med &amp; och &nbsp;.', body: 'R\\&auml;kna med \\&amp; och \\&nbsp;.' },
  { name: 'a numeric entity', text: 'Tecknet &#65; och &#x42;.', body: 'Tecknet \\&#65; och \\&#x42;.' },
  { name: 'a strikethrough', text: 'Det var ~~fel~~ rätt.', body: 'Det var \\~\\~fel\\~\\~ rätt.' },
  { name: 'an inline link', text: 'Läs [protokollet](https://example.se/p) i dag.', body: 'Läs \\[protokollet](https://example.se/p) i dag.' },
  { name: 'a link with brackets in its text', text: 'Läs [a [b] c](https://example.se/p).', body: 'Läs \\[a \\[b] c](https://example.se/p).' },
  { name: 'an image', text: 'Se ![bild](x.png) här.', body: 'Se !\\[bild](x.png) här.' },
  { name: 'a fence of backticks', text: 'Bra.\n\n```\n\nKod här.\n\n```', body: 'Bra.\n\n\\```\n\nKod här.\n\n\\```' },
  { name: 'a fence of backticks with a language', text: 'Bra.\n\n```js\n\nInget mer.', body: 'Bra.\n\n\\```js\n\nInget mer.' },
  { name: 'a fence of tildes', text: '~~~\n\nInget mer.', body: '\\~~~\n\nInget mer.' },
  { name: 'a fence right above a line', text: '```\nKod här.', body: '\\```\n\nKod här.' },
  { name: 'an HTML block', text: '<div>\n\nText här.\n\n</div>', body: '\\<div>\n\nText här.\n\n\\</div>' },
  { name: 'a lone "+"', text: 'Bra.\n\n+\n\nInget mer.', body: 'Bra.\n\n\\+\n\nInget mer.' },
  { name: 'a lone "*"', text: 'Bra.\n*', body: 'Bra.\n\n\\*' },
  // Rows between "|" are text, a paragraph a line, never a table: the "|" signs and "---" show as typed.
  { name: 'rows between "|"', text: '| Punkt | Ansvarig |\n| Lokal | Leif |', body: '| Punkt | Ansvarig |\n\n| Lokal | Leif |' },
  { name: 'rows between "|" with a "|---|" line', text: '| Punkt | Ansvarig |\n|---|---|\n| Lokal | Leif |', body: '| Punkt | Ansvarig |\n\n|---|---|\n\n| Lokal | Leif |' },
  { name: 'a row between "|" with markup', text: '| *viktigt* | `kod` | &nbsp; |', body: '| \\*viktigt\\* | \\`kod\\` | \\&nbsp; |' },
  // A table pasted with tabs is a table; its cells show as written.
  { name: "a tabbed table's emphasis and tags", text: 'Vem\tVad\n*viktigt*\t<b>x</b>', body: '| Vem | Vad |\n|---|---|\n| \\*viktigt\\* | \\<b>x\\</b> |', typed: ['table'] },
  { name: "a tabbed table's link and entity", text: 'Vem\tVad\n[1](https://example.se)\t&auml; `k`', body: '| Vem | Vad |\n|---|---|\n| \\[1](https://example.se) | \\&auml; \\`k\\` |', typed: ['table'] },
  { name: 'a "|" in a tabbed table\'s cell', text: 'Vem\tVad\nLeif|Bo\ta \\| b', body: '| Vem | Vad |\n|---|---|\n| Leif\\|Bo | a \\\\\\| b |', typed: ['table'] },
  // In an item's text, where Markdown reads blocks as at the top.
  { name: 'an item quoting', text: '- > citat\n- Hyllor', body: '- \\> citat\n- Hyllor', typed: ['ul', 'li'] },
  { name: 'an item of dashes', text: '- ***\n- Hyllor', body: '- \\***\n- Hyllor', typed: ['ul', 'li'] },
  { name: 'an item with emphasis', text: '- Det är *viktigt*\n- Hyllor', body: '- Det är \\*viktigt\\*\n- Hyllor', typed: ['ul', 'li'] },
  { name: 'an item opening a fence', text: '- ~~~ slut\n- Hyllor', body: '- \\~~~ slut\n- Hyllor', typed: ['ul', 'li'] },
  { name: 'an item defining a link', text: '- [1]: https://example.se\n- Hyllor', body: '- \\[1]: https://example.se\n- Hyllor', typed: ['ul', 'li'] },
  // In a heading.
  // A heading is at most 80 characters as written, not as escaped: this one is 80.
  {
    name: 'a heading of 80 characters with markup',
    text: 'Bra.\n\nVerksamhetsberättelse *preliminär* för Fritidsbankens utlåning <b> [1] x_y abcde\nVi gick igenom den.',
    body: 'Bra.\n\n## Verksamhetsberättelse \\*preliminär\\* för Fritidsbankens utlåning \\<b> [1] x_y abcde\n\nVi gick igenom den.',
    typed: ['h2'],
  },
  { name: 'a heading with emphasis', text: '1. Ekonomi *prel*\nBudgeten.\n\n2. Lokal\nBra.', body: '## 1. Ekonomi \\*prel\\*\n\nBudgeten.\n\n## 2. Lokal\n\nBra.', typed: ['h2'] },
];

/** What Markdown already shows as written: nothing to escape, and nothing is. */
const AS_WRITTEN: readonly (Omit<Case, 'body'> & { readonly body?: string })[] = [
  { name: 'a lone star, underscore and tilde', text: 'Pris * 2, a _ b, ca ~50 kr.' },
  { name: 'underscores inside a word', text: 'Filen heter snake_case_namn.txt.' },
  { name: 'a lone backtick and a backslash before a letter', text: "Det är ` och C:\\mappen." },
  { name: 'a less-than and a greater-than', text: 'Fler än 5 < 6 > 4.' },
  { name: 'an ampersand', text: 'Bryggan & Ria; AT&T.' },
  { name: 'brackets', text: 'Se [bilaga 1] och (punkt 2).' },
  // No definition is left for it to refer to: each is escaped.
  { name: 'a full reference link', text: 'Se [här][1] också.' },
  { name: 'a bare address', text: 'Se https://example.se/p i dag.' },
  { name: 'a hashtag', text: '#fritidsbanken är bra.' },
  { name: 'equals signs under a line', text: 'Budgeten är klar.\n=====', body: 'Budgeten är klar.\n\n=====' },
  { name: 'a pipe', text: 'Hyllor | Skåp' },
  { name: 'an indented line', text: 'Bra.\n\n    Inget mer.', body: 'Bra.\n\nInget mer.' },
  { name: 'two trailing spaces', text: 'Budgeten för  \nåret är klar.', body: 'Budgeten för året är klar.' },
];

function shown(text: string, markdown = false): { body: string; html: string } {
  const { body } = split(draftOf(`${HEAD}${text}\n`, { markdown }).rendered);
  return { body, html: renderBody(body).html };
}

describe('a plain text imported and rendered by the site', () => {
  it.each([...CASES, ...AS_WRITTEN])('$name: every character shows, and no structure', ({ text, body: expected = text, typed = [] }) => {
    const { body, html } = shown(text);
    const made = [...html.matchAll(new RegExp(STRUCTURE, 'g'))].map((m) => m[1]!).filter((tag) => !typed.includes(tag));
    expect(made).toEqual([]);
    expect(visible(html)).toBe(collapsed(text.replace(/^- /gm, '')));
    expect(body).toBe(`${expected}\n`);
  });
});

// The draft of a .md source renders on the site as the source does: kept as written, or written apart where the source
// runs blocks together.
describe("a .md source is the writer's Markdown", () => {
  it.each([
    { name: 'a quote', text: '> 50 deltagare kom.', html: '<blockquote>' },
    { name: 'emphasis', text: 'Det är *viktigt* att komma.', html: '<em>viktigt</em>' },
    { name: 'code', text: 'Skriv `kod` i rutan.', html: '<code>kod</code>' },
    { name: 'a link', text: 'Läs [protokollet](https://example.se/p) i dag.', html: '<a href="https://example.se/p">' },
    { name: 'a rule', text: 'Bra.\n\n---\n\nInget mer.', html: '<hr>' },
    // A quote's lines are Markdown's: they were joined into one paragraph ("> 1. ett > 2. två").
    { name: 'a quoted numbered list', text: '> 1. ett\n> 2. två', html: '<ol>' },
    { name: 'a quoted bulleted list', text: '> - Hyllor\n> - Skåp', html: '<ul>' },
    { name: 'a quote of two paragraphs', text: '> Vi läste brevet.\n>\n> Det var bra.', html: '<p>Det var bra.</p>' },
    { name: 'a nested quote', text: '> Leif skrev:\n> > Boka lokalen.\n> Så blev det.', html: '<blockquote>\n<p>Boka' },
    { name: "a quote's lazy line", text: '> Vi läste brevet och\ntyckte om det.\n> Bra.', html: 'tyckte' },
    { name: 'a quote right under a paragraph', text: 'Vi läste brevet.\n> Det var bra.\n\nInget mer.', body: 'Vi läste brevet.\n\n> Det var bra.\n\nInget mer.', html: '<blockquote>' },
    { name: 'a heading and a fence in a quote', text: '> ## Brevet\n> ```\n> kod\n> ```\nInget mer.', body: '> ## Brevet\n> ```\n> kod\n> ```\n\nInget mer.', html: '<pre>' },
    // Guard: a paragraph in lower case after a quote is no more of it (nor was it before).
    { name: 'a paragraph right under a quote', text: '> Det var bra.\n\nvi läste brevet.', html: '<blockquote>' },
    // A hard line break, two spaces or a backslash at a line's end: the lines were joined, the backslash shown as text
    // ("Rad ett rad två\\ rad tre"). Two spaces are written as a backslash, which no editor trims away.
    { name: 'hard line breaks', text: 'Rad ett  \nrad två\\\nrad tre', body: 'Rad ett\\\nrad två\\\nrad tre', html: 'Rad ett<br>\nrad två<br>' },
    { name: 'a hard line break after a backslash shown', text: 'Sökväg C:\\  \nmer', body: 'Sökväg C:\\\\\\\nmer', html: 'C:\\<br>' },
    { name: 'hard line breaks in an item', text: '- Lokal  \nBoka\\\nsalen\n- Hyllor', body: '- Lokal\\\n  Boka\\\n  salen\n- Hyllor', html: 'Lokal<br>\nBoka<br>' },
    { name: "hard line breaks in an item's paragraph", text: '- Lokal\n\n  Boka  \n  salen', body: '- Lokal\n\n  Boka\\\n  salen', html: 'Boka<br>' },
    // At a paragraph's end neither is a break: the backslash shows, the spaces go.
    { name: "a backslash at a paragraph's end", text: 'Rad ett  \nrad två\\\n\nRad tre  ', body: 'Rad ett\\\nrad två\\\n\nRad tre', html: '<p>Rad ett<br>\nrad två\\</p>' },
    // A heading-like line the site breaks after, or with a quote right under it, is a paragraph's line there: it became
    // "## Rad ett" above "Rad två", "## Text rakt ovanför" above the quote.
    { name: 'a short line with a line break after it', text: 'Rad ett  \nRad två\n\nMer.', body: 'Rad ett\\\nRad två\n\nMer.', html: '<p>Rad ett<br>' },
    { name: 'a short line right above a quote', text: 'Text rakt ovanför\n> ett citat\n\nMer.', body: 'Text rakt ovanför\n\n> ett citat\n\nMer.', html: '<p>Text rakt ovanför</p>' },
    { name: 'a bold line right above a quote', text: '**Leif skrev**\n> Boka lokalen.\n\nMer.', body: '**Leif skrev**\n\n> Boka lokalen.\n\nMer.', html: '<p><strong>Leif skrev</strong></p>' },
    // A `<br>` is a line break on the site: "## Rad ett<br>rad två" was a heading of two lines.
    { name: 'a line with <br>', text: 'Rad ett<br>Rad två\n\nMer.', html: '<p>Rad ett<br>' },
    // A quote in a list's item: its lines were joined and escaped, "\\> citat i punkt > andra raden", "1. ett > citat".
    { name: "a quote in an item's paragraph", text: '- punkt ett\n\n  > citat i punkt\n  > andra raden', html: '<blockquote>\n<p>citat i punkt\nandra raden' },
    { name: 'a quote right under an item', text: '1. ett\n   > citat\n2. två', html: '<li>ett\n<blockquote>' },
    { name: 'a quote in an item, spaced', text: '- ett\n   > citat\n\n- två', body: '- ett\n  > citat\n\n- två', html: '<li>\n<p>ett</p>\n<blockquote>' },
    { name: 'a quote in a nested item, with a lazy line', text: '- ett\n  - två\n\n    > citat\n  lat rad\n- tre', body: '- ett\n  - två\n\n    > citat\n    lat rad\n- tre', html: 'citat\nlat rad' },
    // A quote on the item's own line is its text, its lines kept: they were joined, "- > citat > mer".
    { name: "a quote on an item's line", text: '- > citat\n  > mer\n- två', html: '<p>citat\nmer</p>' },
    { name: "a quote on a numbered item's line, with a year", text: '1. > citat\n   > 2016. Budgeten\n2. två', body: '1. > citat\n   > 2016\\. Budgeten\n2. två', html: '<p>citat\n2016. Budgeten</p>' },
  ])('$name stays as written', ({ text, body: expected = text, html }) => {
    const { body, html: rendered } = shown(text, true);
    expect(body).toBe(`${expected}\n`);
    expect(rendered).toBe(renderBody(`${text}\n`).html);
    expect(rendered).toContain(html);
  });
});
