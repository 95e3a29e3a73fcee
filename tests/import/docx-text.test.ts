// A Word document's text is its writer's: the draft of a .docx, rendered by the site's own Markdown renderer, shows
// every character typed in Word, and no structure but what Word's formatting made (bold, italics, lists, headings).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/render/markdown.js';
import { docxBody, docxDraft, type Para, type Run } from './docx.js';
import { collapsed, STRUCTURE, visible } from './helpers.js';

const HEAD: readonly Para[] = [{ heading: 1, text: 'Styrgruppen 7 mars 2016' }, { bold: 'Närvarande' }, { text: 'Leif Redestig' }];

interface Case {
  readonly name: string;
  /** The document's paragraphs under its title and attendance. */
  readonly paras: readonly Para[];
  /** The draft's body, exactly: escaped only where Markdown would change the text. */
  readonly body: string;
  /** Structures Word's formatting made: a list's items, a heading, bold. */
  readonly formatted?: readonly string[];
}

const texts = (...ts: string[]): Para[] => ts.map((text) => ({ text }));
const items = (...ts: string[]): Para[] => ts.map((text) => ({ bullet: 0, text }));

/** A heading's text of 80 characters, as typed and as escaped. */
const LONG = 'Verksamhetsberättelse *preliminär* för Fritidsbankens utlåning <b> [1] x_y abcde';
const LONG_ESCAPED = 'Verksamhetsberättelse \\*preliminär\\* för Fritidsbankens utlåning \\<b> [1] x_y abcde';

const CASES: readonly Case[] = [
  { name: 'a paragraph starting with ">"', paras: texts('> 50 deltagare kom.'), body: '\\> 50 deltagare kom.' },
  { name: 'a link reference definition', paras: texts('[1]: https://example.se/protokoll'), body: '\\[1]: https://example.se/protokoll' },
  { name: 'a lone "---"', paras: texts('Bra.', '---', 'Inget mer.'), body: 'Bra.\n\n\\---\n\nInget mer.' },
  { name: 'a lone "***"', paras: texts('Bra.', '***', 'Inget mer.'), body: 'Bra.\n\n\\*\\*\\*\n\nInget mer.' },
  { name: 'a fence', paras: texts('``` slut', 'Inget mer.'), body: '\\`\\`\\` slut\n\nInget mer.' },
  { name: 'emphasis in stars', paras: texts('Det är *viktigt* att komma.'), body: 'Det är \\*viktigt\\* att komma.' },
  { name: 'emphasis in underscores', paras: texts('Ett _ord_ till.'), body: 'Ett \\_ord\\_ till.' },
  { name: 'a backslash before stars', paras: texts('Sök på \\*a* i listan.'), body: 'Sök på \\\\\\*a\\* i listan.' },
  { name: 'a code span', paras: texts('Skriv `kod` i rutan.'), body: 'Skriv \\`kod\\` i rutan.' },
  { name: 'an autolink', paras: texts('Se <https://example.se> för mer.'), body: 'Se \\<https://example.se> för mer.' },
  { name: 'a named entity written out', paras: texts('R&auml;kna med &amp; och &nbsp;.'), body: 'R\\&auml;kna med \\&amp; och \\&nbsp;.' },
  { name: 'a numeric entity written out', paras: texts('Tecknet &#65; och &#x42;.'), body: 'Tecknet \\&#65; och \\&#x42;.' },
  { name: 'a strikethrough', paras: texts('Det var ~~fel~~ rätt.'), body: 'Det var \\~\\~fel\\~\\~ rätt.' },
  { name: 'an inline link', paras: texts('Läs [protokollet](https://example.se/p) i dag.'), body: 'Läs \\[protokollet](https://example.se/p) i dag.' },
  // Typed text inside Word's formatting, and next to it.
  { name: 'stars in a bold run', paras: [{ runs: [{ text: 'Det är ' }, { text: '*viktigt*', bold: true }, { text: ' nu.' }] }], body: 'Det är **\\*viktigt\\*** nu.', formatted: ['strong'] },
  { name: 'stars either side of a bold run', paras: [{ runs: [{ text: 'Ytan 3*' }, { text: '4', bold: true }, { text: '*2 meter.' }] }], body: 'Ytan 3\\***4**\\*2 meter.', formatted: ['strong'] },
  { name: 'a "[" in italics closed after them', paras: [{ runs: [{ text: 'Läs ' }, { text: '[protokollet', italic: true }, { text: '](https://example.se/p) i dag.' }] }], body: 'Läs *\\[protokollet*](https://example.se/p) i dag.', formatted: ['em'] },
  // Bold Markdown cannot close or open where it stands (see the table below): a span of punctuation alone between
  // letters shows without it; a colon between bold and italics stands between them, where both read.
  { name: 'a bold colon between letters', paras: [{ runs: [{ text: 'Se' }, { text: ':', bold: true }, { text: 'x' }] }], body: 'Se:x' },
  { name: 'bold ending in a colon right before italics', paras: [{ runs: [{ text: 'Se ' }, { text: 'Notera:', bold: true }, { text: 'Stadshuset', italic: true }] }], body: 'Se **Notera**:*Stadshuset*', formatted: ['strong', 'em'] },
  // In a list's item and a heading, as Word formats them.
  { name: 'an item quoting', paras: items('> citat', 'Hyllor'), body: '- \\> citat\n- Hyllor', formatted: ['ul', 'li'] },
  { name: 'an item with emphasis', paras: items('Det är *viktigt*', 'Hyllor'), body: '- Det är \\*viktigt\\*\n- Hyllor', formatted: ['ul', 'li'] },
  { name: 'an item defining a link', paras: items('[1]: https://example.se', 'Hyllor'), body: '- \\[1]: https://example.se\n- Hyllor', formatted: ['ul', 'li'] },
  { name: 'a numbered item with a code span', paras: [{ numbered: 'Skriv `kod`' }, { numbered: 'Hyllor' }], body: '1. Skriv \\`kod\\`\n2. Hyllor', formatted: ['ol', 'li'] },
  { name: 'a heading with emphasis', paras: [{ heading: 2, text: 'Ekonomi *prel*' }, ...texts('Budgeten.')], body: '## Ekonomi \\*prel\\*\n\nBudgeten.', formatted: ['h2'] },
  { name: 'a heading ending in "#"', paras: [{ heading: 2, text: 'Ekonomi #' }, ...texts('Budgeten.')], body: '## Ekonomi \\#\n\nBudgeten.', formatted: ['h2'] },
  // A heading is at most 80 characters as typed, not as escaped: these are 80.
  { name: 'a heading of 80 characters with markup', paras: [...texts('Bra.', LONG, 'Vi gick igenom den.')], body: `Bra.\n\n## ${LONG_ESCAPED}\n\nVi gick igenom den.`, formatted: ['h2'] },
  { name: 'a bold heading of 80 characters with markup', paras: [...texts('Bra.'), { bold: LONG }, ...texts('Vi gick igenom den.')], body: `Bra.\n\n## ${LONG_ESCAPED}\n\nVi gick igenom den.`, formatted: ['h2'] },
  { name: "a table's row starting with \">\"", paras: [...texts('Resultat:'), { table: [['> 50', 'deltagare']] }], body: 'Resultat:\n\n\\> 50, deltagare' },
  // Word's line break (Shift+Enter): one paragraph of lines, a hard line break (a backslash) after each but the last,
  // and each line after one escaped as at a paragraph's start, so that no line of it is a list, a heading or a quote.
  { name: 'a dash after a line break', paras: texts('Rad ett\nRad två\n- inte punkt'), body: 'Rad ett\\\nRad två\\\n\\- inte punkt', formatted: ['br'] },
  { name: 'numbers after a line break', paras: texts('Vi beslutade:\n1. Hyllor\n2016. Budgeten blev klar.'), body: 'Vi beslutade:\\\n1\\. Hyllor\\\n2016\\. Budgeten blev klar.', formatted: ['br'] },
  { name: '"#" after a line break', paras: texts('Ekonomi\n# 3 i ordningen'), body: 'Ekonomi\\\n\\# 3 i ordningen', formatted: ['br'] },
  { name: '"---" after a line break', paras: [{ runs: [{ text: 'Budgeten är klar.\n---' }] }], body: 'Budgeten är klar.\\\n\\---', formatted: ['br'] },
  { name: '">" after a line break', paras: [{ runs: [{ text: 'Budgeten är klar.\n> 50 deltagare kom.' }] }], body: 'Budgeten är klar.\\\n\\> 50 deltagare kom.', formatted: ['br'] },
  { name: '"===" under a line', paras: texts('Budgeten\n==='), body: 'Budgeten\\\n\\===', formatted: ['br'] },
  { name: '"--" under a line', paras: texts('Budgeten\n--'), body: 'Budgeten\\\n\\--', formatted: ['br'] },
  { name: "a table's row after a line break", paras: texts('Ansvariga:\n| Hyllor | Leif |'), body: 'Ansvariga:\\\n\\| Hyllor | Leif |', formatted: ['br'] },
  { name: "a table's header row after a line break", paras: texts('Vi delade upp:\nHyllor | Leif\n--- | ---\nSkåp | Bo'), body: 'Vi delade upp:\\\nHyllor | Leif\\\n\\--- | ---\\\nSkåp | Bo', formatted: ['br'] },
  { name: 'a link definition after a line break', paras: texts('Se:\n[1]: https://example.se'), body: 'Se:\\\n\\[1]: https://example.se', formatted: ['br'] },
  { name: "Word's bullets typed after a line break", paras: texts('Att göra:\n• Hyllor\n– Skåp\n§ 3 Kassa'), body: 'Att göra:\\\n• Hyllor\\\n– Skåp\\\n§ 3 Kassa', formatted: ['br'] },
  { name: 'an address', paras: texts('Fritidsbanken\nStorgatan 1\n123 45 Lund', 'Vi ses där.'), body: 'Fritidsbanken\\\nStorgatan 1\\\n123 45 Lund\n\nVi ses där.', formatted: ['br'] },
  { name: 'a backslash before a line break', paras: texts('Filen ligger i C:\\mappen\\\nRad två'), body: 'Filen ligger i C:\\mappen\\\\\\\nRad två', formatted: ['br'] },
  // Two breaks in a row (Shift+Enter twice) keep the empty line Word shows between them: a backslash alone on its line.
  { name: 'two line breaks in a row', paras: texts('Rad ett\n\n- inte punkt'), body: 'Rad ett\\\n\\\n\\- inte punkt', formatted: ['br'] },
  { name: 'bold across a line break', paras: [{ runs: [{ text: 'Viktigt\n- inte punkt', bold: true }] }], body: '**Viktigt\\\n\\- inte punkt**', formatted: ['strong', 'br'] },
  { name: "a bullet's line break", paras: items('Hyllor\n- inte punkt', 'Skåp'), body: '- Hyllor\\\n  \\- inte punkt\n- Skåp', formatted: ['ul', 'li', 'br'] },
  // A heading is one line: Word's navigation pane and table of contents show its lines so.
  { name: "a heading's line break", paras: [{ heading: 2, text: 'Ekonomi\n- inte punkt #' }, ...texts('Budgeten.')], body: '## Ekonomi - inte punkt \\#\n\nBudgeten.', formatted: ['h2'] },
  { name: "a table's cell with a line break", paras: [...texts('Ansvariga:'), { table: [['Leif Redestig\n- ordförande', 'Hyllor']] }], body: 'Ansvariga:\n\nLeif Redestig\\\n\\- ordförande, Hyllor', formatted: ['br'] },
];

/** What Markdown shows as written already, and Word's formatting as Markdown: nothing typed is escaped. */
const AS_WRITTEN: readonly (Omit<Case, 'body'> & { readonly body?: string })[] = [
  { name: 'a lone star, underscore and tilde', paras: texts('Pris * 2, a _ b, ca ~50 kr.') },
  { name: 'underscores inside a word', paras: texts('Filen heter snake_case_namn.txt.') },
  { name: 'a less-than, a greater-than and an ampersand', paras: texts('Fler än 5 < 6 > 4, Bryggan & Ria; AT&T.') },
  { name: 'brackets', paras: texts('Se [bilaga 1] och (punkt 2).') },
  { name: 'a hashtag', paras: texts('#fritidsbanken är bra.') },
  // The import escapes a year at a paragraph's start (render.ts), as in a .md file.
  { name: 'a year starting a paragraph', paras: texts('2016. Budgeten blev klar.'), body: '2016\\. Budgeten blev klar.' },
  { name: '"---" inside a paragraph', paras: texts('Bra --- eller inte.') },
  { name: "Word's bold and italics", paras: [{ runs: [{ text: 'Det är ' }, { text: 'viktigt', bold: true }, { text: ' och ' }, { text: 'bra', italic: true }, { text: '.' }] }], body: 'Det är **viktigt** och *bra*.', formatted: ['strong', 'em'] },
  { name: "Word's bullets", paras: items('Hyllor', 'Skåp'), body: '- Hyllor\n- Skåp', formatted: ['ul', 'li'] },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-text-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The text of a paragraph as Word shows it, a table's cells joined as the draft joins them. */
function shownText(p: Para): string {
  if ('runs' in p) return p.runs.map((r) => r.text).join('');
  if ('table' in p) return p.table.map((row) => row.join(', ')).join(' ');
  if ('numbered' in p) return p.numbered;
  if ('styled' in p) return p.styled;
  return 'bold' in p ? p.bold : p.text;
}

describe('a .docx imported and rendered by the site', () => {
  it.each([...CASES, ...AS_WRITTEN])("$name: every character typed in Word shows, and only Word's structure", async ({ name, paras, body: expected, formatted = [] }) => {
    const body = await docxBody(dir, name, [...HEAD, ...paras]);
    const { html } = renderBody(body);
    const made = [...html.matchAll(new RegExp(STRUCTURE, 'g'))].map((m) => m[1]!).filter((tag) => !formatted.includes(tag));
    expect(made).toEqual([]);
    expect(visible(html)).toBe(collapsed(paras.map(shownText).join(' ')));
    expect(body).toBe(`${expected ?? paras.map(shownText).join('\n\n')}\n`);
  });
});

/**
 * Word's empty line between two line breaks (Shift+Enter twice, or more) was left out: "Rad ett" and "Rad tre" stood
 * on lines next to each other. It stays one empty line, a hard line break of its own (a backslash alone), in the
 * paragraph or item it is in, across bold too: the site shows it, and the paragraph stays one, no heading made of its
 * first line.
 */
describe("Word's empty line between line breaks", () => {
  const rows: readonly { name: string; paras: readonly Para[]; body: string; html: string }[] = [
    { name: 'a short line, an empty line, text', paras: texts('Ekonomi\n\nBudgeten är klar.', 'Sen fikade vi.'), body: 'Ekonomi\\\n\\\nBudgeten är klar.\n\nSen fikade vi.', html: '<p>Ekonomi<br><br>Budgeten är klar.</p><p>Sen fikade vi.</p>' },
    { name: 'three breaks in a row, one empty line', paras: texts('Rad ett\n\n\nRad fyra'), body: 'Rad ett\\\n\\\nRad fyra', html: '<p>Rad ett<br><br>Rad fyra</p>' },
    // Guard: breaks at a paragraph's ends leave no empty line, as before.
    { name: 'breaks at the ends, no empty line', paras: texts('\n\nRad ett\n\n'), body: 'Rad ett', html: '<p>Rad ett</p>' },
    { name: 'in bold', paras: [{ runs: [{ text: 'Viktigt\n\nRad tre', bold: true }, { text: ' sa vi.' }] }], body: '**Viktigt\\\n\\\nRad tre** sa vi.', html: '<p><strong>Viktigt<br><br>Rad tre</strong> sa vi.</p>' },
    { name: "in a list's item", paras: items('Hyllor\n\nSkåp i förrådet', 'Kassa'), body: '- Hyllor\\\n  \\\n  Skåp i förrådet\n- Kassa', html: '<ul><li>Hyllor<br><br>Skåp i förrådet</li><li>Kassa</li></ul>' },
  ];
  it.each(rows)('$name', async ({ name, paras, body: expected, html }) => {
    const body = await docxBody(dir, `empty line ${name}`, [...HEAD, ...paras]);
    expect(body).toBe(`${expected}\n`);
    expect(renderBody(body).html.replace(/\n/g, '')).toBe(html);
  });
});

/**
 * The same empty line in the text's head: the readers of the attendance, the secretary and the title's particulars
 * read the lines around it as they did when it was left out, and the text under them starts with no stray backslash
 * and keeps its own.
 */
describe("Word's empty line between line breaks in the text's head", () => {
  const rows: readonly { name: string; paras: readonly Para[]; data: Record<string, unknown>; body: string }[] = [
    {
      name: 'the attendance and the secretary',
      paras: texts('Närvarande:\nLeif Redestig\n\nDavid Bergström', 'Vid pennan\n\nÅke Malmén', 'Budgeten är klar.\n\nSen fikade vi.'),
      data: { attendees: ['Leif Redestig', 'David Bergström'], secretary: 'Åke Malmén' },
      body: 'Budgeten är klar.\\\n\\\nSen fikade vi.',
    },
    {
      name: "the title's particulars",
      paras: texts('Tid: 13.30\n\nPlats: Bryggan', 'Närvarande: Leif Redestig', 'Budgeten är klar.\n\nSen fikade vi.'),
      data: { time: '13:30', location: 'Bryggan', attendees: ['Leif Redestig'] },
      body: 'Budgeten är klar.\\\n\\\nSen fikade vi.',
    },
  ];
  it.each(rows)('$name', async ({ name, paras, data: expected, body: text }) => {
    const { data, body } = await docxDraft(dir, `empty line head ${name}`, [{ heading: 1, text: 'Styrgruppen 7 mars 2016' }, ...paras]);
    expect(data).toMatchObject(expected);
    expect(body).toBe(`${text}\n`);
  });
});

describe("an action in a .docx's text", () => {
  it.each([
    { text: 'Leif ska boka *lokalen* i dag.', what: 'Boka *lokalen* i dag.' },
    { text: 'Leif ska läsa [bilaga 1] och räkna med &amp;.', what: 'Läsa [bilaga 1] och räkna med &amp;.' },
    { text: 'Leif ska skriva C:\\mappen\\*.txt.', what: 'Skriva C:\\mappen\\*.txt.' },
  ])('$text: its what as typed, which the site shows as plain text', async ({ text, what }) => {
    const { data } = await docxDraft(dir, text, [...HEAD, { text }]);
    expect(data.actions).toEqual([{ who: 'Leif Redestig', what }]);
  });
});

/**
 * Bold and italics between every kind of neighbour: CommonMark reads no emphasis in "**Plats:**Stadshuset" (a closing
 * run after punctuation needs a space or punctuation after it) nor in "ord**(ord)**", and showed the stars. The text
 * shows as typed, its letters in their emphasis, and punctuation at an edge next to a letter outside it is moved out.
 */
describe("Word's bold and italics next to letters, spaces and punctuation", () => {
  const sides = [
    ['a letter', 'Se', 'Stadshuset'],
    ['a space', 'Se ', ' Stadshuset'],
    ['punctuation', 'Se:', '/Stadshuset'],
  ] as const;
  const cores = ['ord', '(ord', 'ord:', '(ord)'];
  const kinds = [
    { kind: 'bold', run: { bold: true }, tags: ['strong'] },
    { kind: 'italic', run: { italic: true }, tags: ['em'] },
    { kind: 'bold italic', run: { bold: true, italic: true }, tags: ['strong', 'em'] },
  ] as const;
  // Punctuation at an edge leaves the emphasis only where a letter stands outside it; rows where none does are guards.
  const emphasised = (left: string, core: string, right: string): string =>
    core.replace(/^\(/, /\p{L}$/u.test(left) ? '' : '(').replace(/[:)]$/, (p) => (/^\p{L}/u.test(right) ? '' : p));
  const rows = kinds.flatMap((k) =>
    cores.flatMap((core) =>
      sides.flatMap(([leftName, left]) =>
        sides.map(([rightName, , right]) => {
          const shown = emphasised(left, core, right);
          return { ...k, core, left, right, leftName, rightName, shown, as: shown === core ? '(as before)' : '' };
        }),
      ),
    ),
  );
  it.each(rows)('$kind $core after $leftName, before $rightName $as', async ({ run, tags, core, left, right, shown }) => {
    const paras: Para[] = [{ runs: [{ text: left }, { text: core, ...run }, { text: right }] }];
    const body = await docxBody(dir, `emphasis ${left}${core}${right} ${tags.join()}`, [...HEAD, ...paras]);
    const { html } = renderBody(body);
    expect(visible(html)).toBe(`${left}${core}${right}`);
    for (const tag of ['strong', 'em']) expect([...html.matchAll(new RegExp(`<${tag}>`, 'g'))].length).toBe(tags.includes(tag as never) ? 1 : 0);
    expect(visible(html.replace(/^[^]*?<(?:strong|em)>|<\/(?:strong|em)>[^]*$/g, ''))).toBe(shown);
  });
});

/**
 * Bold and italics around a link: Word keeps many links as HYPERLINK fields, and mammoth puts the formatting of such a
 * link's runs outside it ("<strong><a …>länken</a></strong>"). CommonMark reads no emphasis in
 * "**[länken](…)**text" (a closing run after the link's ")" needs a space or punctuation after it) nor in
 * "Se**[länken](…)**", and the bold was left out. The text shows as typed, the link's text in its emphasis inside the
 * link, and what else was emphasised with it outside, as Word shows them.
 */
describe("Word's bold and italics around a link", () => {
  const href = 'https://example.se/p';
  const rows: readonly { name: string; runs: readonly Run[]; strong: readonly string[]; em?: readonly string[] }[] = [
    { name: 'a bold link before a letter', runs: [{ text: 'Se ' }, { text: 'länken', bold: true, href, field: true }, { text: 'text' }], strong: ['länken'] },
    { name: 'a bold link after a letter', runs: [{ text: 'Se' }, { text: 'länken', bold: true, href, field: true }, { text: ' text' }], strong: ['länken'] },
    { name: 'a bold link between letters', runs: [{ text: 'Se' }, { text: 'länken', bold: true, href, field: true }, { text: 'text' }], strong: ['länken'] },
    { name: 'an italic link between letters', runs: [{ text: 'Se' }, { text: 'länken', italic: true, href, field: true }, { text: 'text' }], strong: [], em: ['länken'] },
    { name: 'a bold italic link between letters', runs: [{ text: 'Se' }, { text: 'länken', bold: true, italic: true, href, field: true }, { text: 'text' }], strong: ['länken'], em: ['länken'] },
    { name: 'a link in parentheses, bold, before a letter', runs: [{ text: 'Se ' }, { text: '(länken)', bold: true, href, field: true }, { text: 'text' }], strong: ['(länken)'] },
    { name: 'bold text then a bold link, before a letter', runs: [{ text: 'Se ' }, { text: 'Läs ', bold: true }, { text: 'länken', bold: true, href, field: true }, { text: 'text' }], strong: ['Läs', 'länken'] },
    { name: 'bold text right before a bold link, before a letter', runs: [{ text: 'Se ' }, { text: 'Läs:', bold: true }, { text: 'länken', bold: true, href, field: true }, { text: 'text' }], strong: ['Läs:', 'länken'] },
    { name: 'a bold link then bold text, after a letter', runs: [{ text: 'Se' }, { text: 'länken', bold: true, href, field: true }, { text: ' nu', bold: true }, { text: '.' }], strong: ['länken', 'nu'] },
    { name: 'bold text, a bold link, bold text, between letters', runs: [{ text: 'Se' }, { text: 'länken', bold: true, href, field: true }, { text: ' och ', bold: true }, { text: 'den', bold: true, href: `${href}2`, field: true }, { text: 'text' }], strong: ['länken', 'och', 'den'] },
    // As before: Markdown reads these as they are.
    { name: 'a bold link between spaces (as before)', runs: [{ text: 'Se ' }, { text: 'länken', bold: true, href, field: true }, { text: ' nu' }], strong: ['länken'] },
    { name: 'bold text and a bold link between spaces (as before)', runs: [{ text: 'Se ' }, { text: 'Läs ', bold: true }, { text: 'länken', bold: true, href, field: true }, { text: ' nu' }], strong: ['Läs länken'] },
    { name: 'a link with bold inside it, between letters (as before)', runs: [{ text: 'Se' }, { text: 'länken', bold: true, href }, { text: 'text' }], strong: ['länken'] },
  ];
  const texts = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}>([^]*?)</${tag}>`, 'g'))].map((m) => visible(m[1]!));
  it.each(rows)('$name', async ({ name, runs, strong, em = [] }) => {
    const body = await docxBody(dir, `link ${name}`, [...HEAD, { runs }]);
    const { html } = renderBody(body);
    expect(visible(html)).toBe(runs.map((r) => r.text).join(''));
    expect([...html.matchAll(/<a href="([^"]*)">([^]*?)<\/a>/g)].map((m) => [m[1], visible(m[2]!)])).toEqual(runs.filter((r) => r.href).map((r) => [r.href, r.text]));
    expect(texts(html, 'strong')).toEqual(strong);
    expect(texts(html, 'em')).toEqual(em);
  });
});
