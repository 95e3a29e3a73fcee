// The draft's body as the site renders it (src/render/markdown.ts): lists the importer writes keep the structure
// of the source, also where Markdown would otherwise read a numbered line as more of the text above it.
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/render/markdown.js';
import { draftOf, split } from './helpers.js';

interface Case {
  readonly name: string;
  /** The body of the source, under a title and attendance. */
  readonly text: string;
  readonly markdown?: boolean;
  /** The draft's body, exactly. */
  readonly body: string;
  /** The HTML the site makes of it, without line breaks. */
  readonly html: string;
}

const HEAD = 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\n';

const CASES: readonly Case[] = [
  // "- Hyllor" right above "2. Ekonomi" were written as two lines one after the other: two lists, a blank line between.
  { name: 'a bullet above a numbered line', text: '- Hyllor\n2. Ekonomi\n', body: '- Hyllor\n\n2. Ekonomi\n', html: '<ul><li>Hyllor</li></ul><ol start="2"><li>Ekonomi</li></ol>' },
  { name: 'a bullet above a numbered line, in a .md', text: '- Hyllor\n2. Ekonomi\n', markdown: true, body: '- Hyllor\n\n2. Ekonomi\n', html: '<ul><li>Hyllor</li></ul><ol start="2"><li>Ekonomi</li></ol>' },
  { name: 'a bullet glyph above "2)"', text: '• Hyllor\n2) Ekonomi\n', body: '- Hyllor\n\n2) Ekonomi\n', html: '<ul><li>Hyllor</li></ul><ol start="2"><li>Ekonomi</li></ol>' },
  { name: 'a numbered line above a bullet, in a .md', text: '2. Ekonomi\n- Hyllor\n', markdown: true, body: '2. Ekonomi\n\n- Hyllor\n', html: '<ol start="2"><li>Ekonomi</li></ol><ul><li>Hyllor</li></ul>' },
  // Indented under the bullet, "2. Ekonomi" was read by Markdown as more of its text: "Hyllor 2. Ekonomi".
  { name: 'a numbered line indented under a bullet', text: '- Hyllor\n  2. Ekonomi\n', body: '- Hyllor\n\n  2. Ekonomi\n', html: '<ul><li><p>Hyllor</p><ol start="2"><li>Ekonomi</li></ol></li></ul>' },
  { name: 'a numbered line indented under a numbered line', text: '1. Hyllor\n   2. Ekonomi\n', body: '1. Hyllor\n\n   2. Ekonomi\n', html: '<ol><li><p>Hyllor</p><ol start="2"><li>Ekonomi</li></ol></li></ol>' },
  // What Markdown already keeps apart stays as it was: one list, sub-items under an item.
  { name: 'bullets under a numbered item', text: '1. Hyllor\n- Böcker\n2. Ekonomi\n', body: '1. Hyllor\n   - Böcker\n2. Ekonomi\n', html: '<ol><li>Hyllor<ul><li>Böcker</li></ul></li><li>Ekonomi</li></ol>' },
  { name: 'a numbered list from 1 indented under a bullet', text: '- Hyllor\n  1. Ekonomi\n', body: '- Hyllor\n  1. Ekonomi\n', html: '<ul><li>Hyllor<ol><li>Ekonomi</li></ol></li></ul>' },
  // Numbers past 99 go on the list, in plain text and in a .md, whose lines under an item are indented past its number.
  { name: 'a list numbered past 99', text: '98. Hyllor\n99. Skåp\n100. Ekonomi\n101. Lokal\n', body: '98. Hyllor\n99. Skåp\n100. Ekonomi\n101. Lokal\n', html: '<ol start="98"><li>Hyllor</li><li>Skåp</li><li>Ekonomi</li><li>Lokal</li></ol>' },
  {
    name: 'a list numbered past 99, in a .md, with a wrapped item and a bullet under one',
    text: '99. Skåp\n100. Ekonomi och\n     budget\n101. Lokal\n     - Hyllor\n',
    markdown: true,
    body: '99. Skåp\n100. Ekonomi och budget\n101. Lokal\n     - Hyllor\n',
    html: '<ol start="99"><li>Skåp</li><li>Ekonomi och budget</li><li>Lokal<ul><li>Hyllor</li></ul></li></ol>',
  },
  // A number past 99 with no run is a year or a sum starting a sentence, text (lines.ts): written as it stood, the site
  // made it a list starting at 2016. So also a lone number, dash or "#" the import read as text, and a year starting an
  // item's text, which Markdown made a list inside the item.
  {
    name: 'paragraphs starting with a year and a sum',
    text: 'Vi gick igenom budgeten.\n\n2016. Budgeten blev klar.\n\n1500) Så mycket kostade hyllorna.\n',
    body: 'Vi gick igenom budgeten.\n\n2016\\. Budgeten blev klar.\n\n1500\\) Så mycket kostade hyllorna.\n',
    html: '<p>Vi gick igenom budgeten.</p><p>2016. Budgeten blev klar.</p><p>1500) Så mycket kostade hyllorna.</p>',
  },
  {
    name: 'paragraphs starting with years a year apart',
    text: '2015. Budgeten blev klar.\n\nBra.\n\n2016. Ny budget.\n',
    body: '2015\\. Budgeten blev klar.\n\nBra.\n\n2016\\. Ny budget.\n',
    html: '<p>2015. Budgeten blev klar.</p><p>Bra.</p><p>2016. Ny budget.</p>',
  },
  { name: 'paragraphs starting with years, a blank line between them', text: '2015. Budgeten blev klar.\n\n2016. Ny budget.\n', body: '2015\\. Budgeten blev klar.\n\n2016\\. Ny budget.\n', html: '<p>2015. Budgeten blev klar.</p><p>2016. Ny budget.</p>' },
  // Guard: a list past 99 from its first line, with no "99." above it, is one.
  { name: 'a list numbered from 100', text: 'Bra.\n\n100. Ekonomi\n101. Lokal\n', body: 'Bra.\n\n100. Ekonomi\n101. Lokal\n', html: '<p>Bra.</p><ol start="100"><li>Ekonomi</li><li>Lokal</li></ol>' },
  { name: 'a paragraph starting with a year, in a .md', text: 'Bra.\n\n2016. Budgeten blev klar.\n', markdown: true, body: 'Bra.\n\n2016\\. Budgeten blev klar.\n', html: '<p>Bra.</p><p>2016. Budgeten blev klar.</p>' },
  { name: 'a paragraph starting with a year under a list', text: '1. Hyllor\n2. Skåp\n\n2016. Budgeten blev klar.\n', body: '1. Hyllor\n2. Skåp\n\n2016\\. Budgeten blev klar.\n', html: '<ol><li>Hyllor</li><li>Skåp</li></ol><p>2016. Budgeten blev klar.</p>' },
  // Markdown reads a list inside a quote as well: a year right after the "> " would start one at 2016. In plain text the
  // ">" is the writer's character, no quote: escaped, it shows (plain-text.test.ts).
  { name: 'a quoted paragraph starting with a year', text: 'Bra.\n\n> 2016. Budgeten blev klar.\n', body: 'Bra.\n\n\\> 2016. Budgeten blev klar.\n', html: '<p>Bra.</p><p>&gt; 2016. Budgeten blev klar.</p>' },
  { name: 'a quoted paragraph starting with a year, in a .md', text: 'Bra.\n\n> 2016. Budgeten blev klar.\n', markdown: true, body: 'Bra.\n\n> 2016\\. Budgeten blev klar.\n', html: '<p>Bra.</p><blockquote><p>2016. Budgeten blev klar.</p></blockquote>' },
  // Kept line by line (quotes.ts), a quote's own paragraph starting with a year is escaped as one at the top is.
  { name: "a year starting a quote's second paragraph, in a .md", text: 'Bra.\n\n> Vi läste.\n>\n> 2016. Budgeten blev klar.\n', markdown: true, body: 'Bra.\n\n> Vi läste.\n>\n> 2016\\. Budgeten blev klar.\n', html: '<p>Bra.</p><blockquote><p>Vi läste.</p><p>2016. Budgeten blev klar.</p></blockquote>' },
  { name: 'a quoted list numbered past 99, in a .md', text: '> 99. Skåp\n> 100. Ekonomi\n', markdown: true, body: '> 99. Skåp\n> 100. Ekonomi\n', html: '<blockquote><ol start="99"><li>Skåp</li><li>Ekonomi</li></ol></blockquote>' },
  { name: 'a lone number, dash and "#"', text: 'Bra.\n\n2016.\n\n1.\n\n-\n\n#\n', body: 'Bra.\n\n2016\\.\n\n1\\.\n\n\\-\n\n\\#\n', html: '<p>Bra.</p><p>2016.</p><p>1.</p><p>-</p><p>#</p>' },
  { name: "an item's text starting with a year", text: '- 2016. Budgeten blev klar.\n- Hyllor\n', body: '- 2016\\. Budgeten blev klar.\n- Hyllor\n', html: '<ul><li>2016. Budgeten blev klar.</li><li>Hyllor</li></ul>' },
  { name: 'bullets', text: '- Hyllor\n- Ekonomi\n', body: '- Hyllor\n- Ekonomi\n', html: '<ul><li>Hyllor</li><li>Ekonomi</li></ul>' },
  // A paragraph of a .md indented under an item's text after a blank line is the item's, as Markdown reads it; its
  // start escaped where it would read as an item ("2\\."). Not so in plain text, nor a paragraph further out.
  {
    name: "an item's second paragraph, in a .md",
    text: '1. Ekonomi\n\n   Budgeten är klar.\n\n   2\\. Skåp är köpta.\n2. Lokal\n',
    markdown: true,
    body: '1. Ekonomi\n\n   Budgeten är klar.\n\n   2\\. Skåp är köpta.\n\n2. Lokal\n',
    html: '<ol><li><p>Ekonomi</p><p>Budgeten är klar.</p><p>2. Skåp är köpta.</p></li><li><p>Lokal</p></li></ol>',
  },
  {
    name: 'a paragraph less indented than the item\'s text, in a .md',
    text: '- Hyllor\n\n Vi köper två.\n',
    markdown: true,
    body: '- Hyllor\n\nVi köper två.\n',
    html: '<ul><li>Hyllor</li></ul><p>Vi köper två.</p>',
  },
  // A line wholly in bold that reads as a heading is an agenda item written in Word: a heading, never a bold paragraph
  // (check's bold-heading), also in bold italics, right under another heading, or in plain text under a line of text.
  { name: 'a line in bold italics', text: 'Bra.\n\n***Övrigt***\n\nInget.\n', markdown: true, body: 'Bra.\n\n## Övrigt\n\nInget.\n', html: '<p>Bra.</p><h2 id="ovrigt">Övrigt</h2><p>Inget.</p>' },
  { name: 'a line in bold italics with a colon, in plain text', text: 'Bra.\n\n___Övrigt:___\n\nInget.\n', body: 'Bra.\n\n## Övrigt\n\nInget.\n', html: '<p>Bra.</p><h2 id="ovrigt">Övrigt</h2><p>Inget.</p>' },
  { name: 'a bold line right under a heading', text: '## Ekonomi\n**Övrigt**\n\nInget.\n', markdown: true, body: '## Ekonomi\n\n## Övrigt\n\nInget.\n', html: '<h2 id="ekonomi">Ekonomi</h2><h2 id="ovrigt">Övrigt</h2><p>Inget.</p>' },
  { name: 'a bold line right under a line of plain text', text: 'Ekonomi\n\nBra.\n**Övrigt**\nInget.\n', body: '## Ekonomi\n\nBra.\n\n## Övrigt\n\nInget.\n', html: '<h2 id="ekonomi">Ekonomi</h2><p>Bra.</p><h2 id="ovrigt">Övrigt</h2><p>Inget.</p>' },
  { name: 'a bold line right under a bullet in plain text', text: '- Hyllor\n**Övrigt**\nInget.\n', body: '- Hyllor\n\n## Övrigt\n\nInget.\n', html: '<ul><li>Hyllor</li></ul><h2 id="ovrigt">Övrigt</h2><p>Inget.</p>' },
  // A line of two bold runs, as Word writes one with a run per change of formatting (a tab or a space between them),
  // became the heading "Punkt 3** **Fritidsbanken", its inner marks left as text. With other text between the runs the
  // line is not wholly bold: a paragraph as written.
  { name: 'a line of two bold runs', text: 'Bra.\n\n**Punkt 3** **Fritidsbanken**\nVi har hyllor.\n', body: 'Bra.\n\n## Punkt 3 Fritidsbanken\n\nVi har hyllor.\n', html: '<p>Bra.</p><h2 id="punkt-3-fritidsbanken">Punkt 3 Fritidsbanken</h2><p>Vi har hyllor.</p>' },
  { name: 'a line of two bold runs with a tab between, in a .md', text: '**Punkt 3**\t**Fritidsbanken:**\n\nVi har hyllor.\n', markdown: true, body: '## Punkt 3 Fritidsbanken\n\nVi har hyllor.\n', html: '<h2 id="punkt-3-fritidsbanken">Punkt 3 Fritidsbanken</h2><p>Vi har hyllor.</p>' },
  { name: 'a Markdown heading of two bold runs', text: '## **Punkt 3** **Fritidsbanken**\n\nVi har hyllor.\n', markdown: true, body: '## Punkt 3 Fritidsbanken\n\nVi har hyllor.\n', html: '<h2 id="punkt-3-fritidsbanken">Punkt 3 Fritidsbanken</h2><p>Vi har hyllor.</p>' },
  { name: 'two bold runs with a word between, in a .md', text: 'Bra.\n\n**Punkt 3** om **Fritidsbanken**\n\nVi har hyllor.\n', markdown: true, body: 'Bra.\n\n**Punkt 3** om **Fritidsbanken**\n\nVi har hyllor.\n', html: '<p>Bra.</p><p><strong>Punkt 3</strong> om <strong>Fritidsbanken</strong></p><p>Vi har hyllor.</p>' },
  // In plain text its stars are the writer's characters: they show.
  { name: 'two bold runs with a word between', text: 'Bra.\n\n**Punkt 3** om **Fritidsbanken**\nVi har hyllor.\n', body: 'Bra.\n\n\\*\\*Punkt 3\\*\\* om \\*\\*Fritidsbanken\\*\\*\n\nVi har hyllor.\n', html: '<p>Bra.</p><p>**Punkt 3** om **Fritidsbanken**</p><p>Vi har hyllor.</p>' },
  { name: 'a line of three bold-italic runs', text: 'Bra.\n\n***Punkt*** ***3*** ***Övrigt***\nInget.\n', body: 'Bra.\n\n## Punkt 3 Övrigt\n\nInget.\n', html: '<p>Bra.</p><h2 id="punkt-3-ovrigt">Punkt 3 Övrigt</h2><p>Inget.</p>' },
  // A heading's text is at most 80 characters as the site shows it: this one is 80, written with three escapes.
  {
    name: 'a bold line of 80 characters shown, with escapes, in a .md',
    text: 'Bra.\n\n**Verksamhetsberättelse \\*preliminär\\* för Fritidsbankens utlåning \\<b> [1] x_y abcde**\n\nInget.\n',
    markdown: true,
    body: 'Bra.\n\n## Verksamhetsberättelse \\*preliminär\\* för Fritidsbankens utlåning \\<b> [1] x_y abcde\n\nInget.\n',
    html: '<p>Bra.</p><h2 id="verksamhetsberattelse-preliminar-for-fritidsbankens-utlaning-b-1-x-y-abcde">Verksamhetsberättelse *preliminär* för Fritidsbankens utlåning &lt;b&gt; [1] x_y abcde</h2><p>Inget.</p>',
  },
  // In Markdown the line above takes a bold line in, as the site shows it: one paragraph, which check leaves alone.
  { name: 'a bold line right under a line of Markdown', text: 'Bra.\n**Övrigt**\n\nInget.\n', markdown: true, body: 'Bra. **Övrigt**\n\nInget.\n', html: '<p>Bra. <strong>Övrigt</strong></p><p>Inget.</p>' },
  // Under a hard line break Markdown reads a line as more of the paragraph unless it starts a block of its own there:
  // a bullet or number Markdown does not read ("•", "–", "§ 3") was made an item or a heading, the site's paragraph split.
  {
    name: "Word's bullets and an agenda line under hard line breaks, in a .md",
    text: 'Att göra:\\\n• Hyllor  \n– Skåp\\\n§ 3 Kassa\n\nBra.\n',
    markdown: true,
    body: 'Att göra:\\\n• Hyllor\\\n– Skåp\\\n§ 3 Kassa\n\nBra.\n',
    html: '<p>Att göra:<br>• Hyllor<br>– Skåp<br>§ 3 Kassa</p><p>Bra.</p>',
  },
  // In a .md written in Markdown (a "#" heading in it, or a line wholly in bold) a short line with text right under it is
  // that paragraph's first line, as the site shows it: it was made a heading. A .md with none of those is plain text
  // saved as .md, whose short line above text stays a heading, as in a .txt (the last two rows are guards).
  {
    name: 'a short line right above text, in a .md with a heading',
    text: '## Ekonomi\n\nVi pratade.\n\nLokalen\nVi bokar Bryggan.\n',
    markdown: true,
    body: '## Ekonomi\n\nVi pratade.\n\nLokalen Vi bokar Bryggan.\n',
    html: '<h2 id="ekonomi">Ekonomi</h2><p>Vi pratade.</p><p>Lokalen Vi bokar Bryggan.</p>',
  },
  {
    name: 'a short line right above text, in a .md with a bold line',
    text: '**Ekonomi**\n\nVi pratade.\n\nBudget 2016\nDen är klar.\n',
    markdown: true,
    body: '## Ekonomi\n\nVi pratade.\n\nBudget 2016 Den är klar.\n',
    html: '<h2 id="ekonomi">Ekonomi</h2><p>Vi pratade.</p><p>Budget 2016 Den är klar.</p>',
  },
  { name: 'a short line right above text, in a .md of plain text', text: 'Vi pratade.\n\nLokalen\nVi bokar Bryggan.\n', markdown: true, body: 'Vi pratade.\n\n## Lokalen\n\nVi bokar Bryggan.\n', html: '<p>Vi pratade.</p><h2 id="lokalen">Lokalen</h2><p>Vi bokar Bryggan.</p>' },
  { name: 'a short line right above text, in a .txt with a heading', text: '## Ekonomi\n\nVi pratade.\n\nLokalen\nVi bokar Bryggan.\n', body: '## Ekonomi\n\nVi pratade.\n\n## Lokalen\n\nVi bokar Bryggan.\n', html: '<h2 id="ekonomi">Ekonomi</h2><p>Vi pratade.</p><h2 id="lokalen">Lokalen</h2><p>Vi bokar Bryggan.</p>' },
  // A rule of dashes or stars with spaces in it was read as a list's item: "* * *" written "- * *", a list on the site,
  // "- - -" right above a line joined with it, and the list above taken in; a "---" above a paragraph in lower case ran into it.
  { name: 'a rule of stars with spaces, in a .md', text: 'Vi pratade.\n\n* * *\n\nSlut.\n', markdown: true, body: 'Vi pratade.\n\n* * *\n\nSlut.\n', html: '<p>Vi pratade.</p><hr><p>Slut.</p>' },
  { name: 'a rule of dashes with spaces right between two lines, in a .md', text: 'Vi pratade.\n- - -\nSlut.\n', markdown: true, body: 'Vi pratade.\n\n- - -\n\nSlut.\n', html: '<p>Vi pratade.</p><hr><p>Slut.</p>' },
  { name: 'a rule of dashes with spaces under a list, in a .md', text: '- Hyllor\n- Skåp\n\n-  -  -\n\n- Lokal\n', markdown: true, body: '- Hyllor\n- Skåp\n\n-  -  -\n\n- Lokal\n', html: '<ul><li>Hyllor</li><li>Skåp</li></ul><hr><ul><li>Lokal</li></ul>' },
  { name: 'a rule of dashes above a paragraph in lower case, in a .md', text: 'Vi pratade om\n\n---\n\nlokalen.\n', markdown: true, body: 'Vi pratade om\n\n---\n\nlokalen.\n', html: '<p>Vi pratade om</p><hr><p>lokalen.</p>' },
];

describe('the draft rendered by the site', () => {
  it.each(CASES)('$name', ({ text, markdown, body: expected, html }) => {
    const { body } = split(draftOf(`${HEAD}${text}`, { markdown: markdown === true }).rendered);
    expect(body).toBe(expected);
    expect(renderBody(body).html.replace(/\n/g, '')).toBe(html);
  });
});

/**
 * A backslash alone on a line under a line that breaks (two spaces), an empty line the site shows, as the import writes
 * Word's line breaks two in a row: the readers of the text's head read the lines around it as one block (they stopped
 * at it), and the body keeps it.
 */
describe("a .md's empty line written as a backslash alone", () => {
  it.each([
    {
      name: 'in the attendance, the secretary and the text',
      text: 'Styrgruppen 7 mars 2016\n\nNärvarande:  \nLeif Redestig  \n\\\nDavid Bergström\n\nVid pennan  \n\\\nÅke Malmén\n\nBudgeten är klar.\\\n\\\nSen fikade vi.\n',
      data: { attendees: ['Leif Redestig', 'David Bergström'], secretary: 'Åke Malmén' },
      body: 'Budgeten är klar.\\\n\\\nSen fikade vi.\n',
    },
    // Guard: one at a paragraph's end is a backslash the site shows, and stays.
    { name: "at a paragraph's end", text: 'Styrgruppen 7 mars 2016\n\nNärvarande: Leif Redestig\n\nBudgeten är klar.\\\n\\\n\nSen fikade vi.\n', data: { attendees: ['Leif Redestig'] }, body: 'Budgeten är klar.\\\n\\\n\nSen fikade vi.\n' },
  ])('$name', ({ text, data: expected, body: text2 }) => {
    const { data, body } = split(draftOf(text, { markdown: true }).rendered);
    expect(data).toMatchObject(expected);
    expect(body).toBe(text2);
  });
});
