// A Word table in a .docx: the attendance, the secretary and the next meeting are read from its rows as from lines of
// text, its cells joined by commas; any other table is written as a Markdown table, every word of it in its cell.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/render/markdown.js';
import { check } from '../../src/pipeline.js';
import { cleanTemp, PROJECT, tempDir } from '../helpers/archive.js';
import { docx, docxDraft, type Cell, type Para } from './docx.js';
import { collapsed, missingWords, run, split, visible } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-tables-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  cleanTemp();
});

// The section's heading ends the attendance list: a table right under it would be read as more names.
const PRESENT_AT_TOP: readonly Para[] = [{ bold: 'Närvarande' }, { text: 'Leif Redestig' }];
const HEAD: readonly Para[] = [{ heading: 1, text: 'Styrgruppen 7 mars 2016' }, { bold: 'Närvarande' }, { text: 'Leif Redestig' }, { heading: 2, text: 'Ekonomi' }];
const ACTIONS: readonly (readonly Cell[])[] = [
  ['Vem', 'Vad', 'När'],
  ['Leif', 'Boka lokal', '15 dec'],
  ['David', 'Skicka kallelse', '1 dec'],
];
const ACTIONS_MD = '| Vem | Vad | När |\n|---|---|---|\n| Leif | Boka lokal | 15 dec |\n| David | Skicka kallelse | 1 dec |';

interface Case {
  readonly name: string;
  /** The document's paragraphs under its title and attendance. */
  readonly paras: readonly Para[];
  /** The draft's body, exactly. */
  readonly body: string;
  /** The text the page shows, when Word shows more than was typed (a list's bullets and numbers). */
  readonly shown?: string;
}

/** The words of a table's cells as Word shows them, in order. */
const cellText = (c: Cell): string =>
  typeof c === 'string'
    ? c
    : [...(c.paras ?? []).map((p) => (typeof p === 'string' ? p : 'bullet' in p ? p.text : 'numbered' in p ? p.numbered : p.map((r) => r.text).join(''))), ...(c.table ?? []).map((row) => row.map(cellText).join(', ')), c.after ?? ''].join(' ');
const shownText = (p: Para): string => ('table' in p ? p.table.map((row) => row.map(cellText).join(' ')).join(' ') : 'text' in p ? p.text : '');

const CASES: readonly Case[] = [
  { name: 'an action table', paras: [{ text: 'Åtgärder:' }, { table: ACTIONS }, { text: 'Sen fikade vi.' }], body: `Åtgärder:\n\n${ACTIONS_MD}\n\nSen fikade vi.` },
  // The first row is the header, as a table pasted as text has it, also when it reads as data: nothing is lost.
  { name: 'a first row that reads as data', paras: [{ table: [['Leif', 'Boka lokal'], ['David', 'Kallelse']] }], body: '| Leif | Boka lokal |\n|---|---|\n| David | Kallelse |' },
  {
    name: "what Markdown would read in a cell, and a '|'",
    paras: [{ table: [['Punkt', 'Kommentar'], ['> 50', '*viktigt* a|b'], ['1. ett', 'Skriv \\| och <br> här']] }],
    body: '| Punkt | Kommentar |\n|---|---|\n| \\> 50 | \\*viktigt\\* a\\|b |\n| 1. ett | Skriv \\\\\\| och \\<br> här |',
  },
  {
    name: "Word's bold, italics and links in a cell",
    paras: [{ table: [['Vem', 'Vad'], [{ paras: [[{ text: 'Leif', bold: true }]] }, { paras: [[{ text: 'Boka ' }, { text: 'lokal', italic: true }, { text: ' på ' }, { text: 'Bryggan', href: 'https://example.se/a|b' }]] }]] }],
    body: '| Vem | Vad |\n|---|---|\n| **Leif** | Boka *lokal* på [Bryggan](https://example.se/a\\|b) |',
  },
  {
    name: "a cell's paragraphs and Word's line breaks",
    paras: [{ table: [['Vem', 'Vad'], [{ paras: ['Leif', 'David'] }, { paras: [[{ text: 'Boka lokal\nSkicka kallelse' }]] }]] }],
    body: '| Vem | Vad |\n|---|---|\n| Leif<br>David | Boka lokal<br>Skicka kallelse |',
  },
  // A typed backslash before a <br> would escape its "<": it is doubled.
  { name: "a backslash at a cell's line end", paras: [{ table: [['Mapp', 'Vem'], [{ paras: ['G:\\', 'Protokoll'] }, 'Leif']] }], body: '| Mapp | Vem |\n|---|---|\n| G:\\\\<br>Protokoll | Leif |' },
  {
    name: 'empty cells and columns',
    paras: [{ table: [['Vem', '', 'Vad', 'När', ''], ['Leif', '', '', '15 dec', ''], ['', '', 'Skicka kallelse', '', { paras: [] }]] }],
    body: '| Vem | Vad | När |\n|---|---|---|\n| Leif |  | 15 dec |\n|  | Skicka kallelse |  |',
  },
  {
    name: 'cells merged across columns and down rows',
    paras: [{ table: [[{ paras: ['Budget 2016'], span: 2 }, 'Kr'], [{ paras: ['Hyra'], down: 'start' }, 'Lokal', '500'], [{ down: 'on' }, 'Fika', '200']] }],
    body: '| Budget 2016 |  | Kr |\n|---|---|---|\n| Hyra | Lokal | 500 |\n|  | Fika | 200 |',
  },
  // A table in a cell is that cell's text, its cells joined by commas; the old converter lost what was above it.
  {
    name: 'a table in a cell',
    paras: [{ table: [['Vem', 'Vad'], [{ paras: ['Lokal'], table: [['Bryggan', '500 kr'], ['Ria', '300 kr']], after: 'Billigast' }, 'Boka']] }],
    body: '| Vem | Vad |\n|---|---|\n| Lokal<br>Bryggan, 500 kr<br>Ria, 300 kr<br>Billigast | Boka |',
  },
  // A table's cell holds no list: a list's bullets and numbers in one are shown as typed, Word's "•" (a level in "◦")
  // and its numbers, each item a line of the cell; a paragraph under the list has none.
  {
    name: 'lists in a cell',
    paras: [{ table: [['Vem', 'Vad'], [{ paras: [{ numbered: 'Leif' }, { numbered: 'David' }] }, { paras: ['Att göra:', { bullet: 0, text: 'Boka lokal' }, { bullet: 1, text: 'Bryggan' }, { bullet: 0, text: 'Skicka kallelse' }, 'Sedan fika'] }]] }],
    body: '| Vem | Vad |\n|---|---|\n| 1. Leif<br>2. David | Att göra:<br>• Boka lokal<br>◦ Bryggan<br>• Skicka kallelse<br>Sedan fika |',
    shown: 'Vem Vad 1. Leif 2. David Att göra: • Boka lokal ◦ Bryggan • Skicka kallelse Sedan fika',
  },
  // A table of one column is a framed box, and one of one row a row: paragraphs, as before, beside a table.
  { name: 'a one-column table beside a table', paras: [{ table: [['Beslut'], ['Att köpa hyllor.']] }, { table: ACTIONS }], body: `## Beslut\n\nAtt köpa hyllor.\n\n${ACTIONS_MD}` },
];

describe('a .docx table imported and rendered by the site', () => {
  it.each(CASES)('$name', async ({ name, paras, body: expected, shown }) => {
    const { body } = await docxDraft(dir, name, [...HEAD, ...paras]);
    expect(body).toBe(`## Ekonomi\n\n${expected}\n`);
    const { html } = renderBody(body);
    expect(html).toContain('<table');
    expect(visible(html.replace(/<br>/g, ' '))).toBe(collapsed(`Ekonomi ${shown ?? paras.map(shownText).join(' ')}`));
  });
});

/**
 * A table that stays text (one row, or text in one column only): a label's cell ending in ":" and the cell beside it
 * were "Datum:, 4 april 2016" (made a heading, too), and a list in a one-column table's cell lost its bullets and
 * numbers ("Att göra: Boka lokal Skicka kallelse", "## Leif David"). The label is followed by a space, as its line is
 * written; the list stays a list, a paragraph of the cell each a paragraph, none under the first a heading.
 */
const TEXT_CASES: readonly (Case & { readonly html: string })[] = [
  { name: 'a one-row table Datum: | day', paras: [{ text: 'Vi pratade.' }, { table: [['Datum:', '4 april 2016']] }, { text: 'Sen fikade vi.' }], body: 'Vi pratade.\n\nDatum: 4 april 2016\n\nSen fikade vi.', html: '<p>Vi pratade.</p><p>Datum: 4 april 2016</p><p>Sen fikade vi.</p>' },
  {
    name: 'a one-row table with a bold label and two cells after it',
    paras: [{ table: [[{ paras: [[{ text: 'Kostnad:', bold: true }]] }, '500 kr', 'per månad']] }, { text: 'Vi pratade.' }],
    body: '**Kostnad:** 500 kr, per månad\n\nVi pratade.',
    html: '<p><strong>Kostnad:</strong> 500 kr, per månad</p><p>Vi pratade.</p>',
  },
  {
    name: 'bullets in a one-column table',
    paras: [{ text: 'Vi pratade.' }, { table: [[{ paras: ['Att göra:', { bullet: 0, text: 'Boka lokal' }, { bullet: 1, text: 'Bryggan' }, { bullet: 0, text: 'Skicka kallelse' }, 'Sedan fika'] }]] }, { text: 'Sen fikade vi.' }],
    body: 'Vi pratade.\n\nAtt göra:\n\n- Boka lokal\n  - Bryggan\n- Skicka kallelse\n\nSedan fika\n\nSen fikade vi.',
    html: '<p>Vi pratade.</p><p>Att göra:</p><ul><li>Boka lokal<ul><li>Bryggan</li></ul></li><li>Skicka kallelse</li></ul><p>Sedan fika</p><p>Sen fikade vi.</p>',
  },
  {
    name: 'a numbered list in a one-column table, under its header row',
    paras: [{ text: 'Vi pratade.' }, { table: [['Beslut'], [{ paras: [{ numbered: 'Leif bokar' }, { numbered: '> 50 kr till David' }] }]] }, { text: 'Sen fikade vi.' }],
    body: 'Vi pratade.\n\n## Beslut\n\n1. Leif bokar\n2. \\> 50 kr till David\n\nSen fikade vi.',
    html: '<p>Vi pratade.</p><h2 id="beslut">Beslut</h2><ol><li>Leif bokar</li><li>&gt; 50 kr till David</li></ol><p>Sen fikade vi.</p>',
  },
  // A framed box (one row, one column) of paragraphs without a list ran them into one line ("Beslut: Att köpa
  // hyllor."), and a list in a one-row table's cell beside its label lost its bullets ("Att göra, Boka lokal Skicka",
  // a heading). The box's paragraphs are paragraphs; the label is a paragraph, the list a list under it.
  {
    name: 'a framed box of two paragraphs',
    paras: [{ text: 'Vi pratade.' }, { table: [[{ paras: ['Beslut:', 'Att köpa hyllor.'] }]] }, { text: 'Sen fikade vi.' }],
    body: 'Vi pratade.\n\nBeslut:\n\nAtt köpa hyllor.\n\nSen fikade vi.',
    html: '<p>Vi pratade.</p><p>Beslut:</p><p>Att köpa hyllor.</p><p>Sen fikade vi.</p>',
  },
  {
    name: 'bullets in a one-row table beside their label',
    paras: [{ text: 'Vi pratade.' }, { table: [['Att göra', { paras: [{ bullet: 0, text: 'Boka lokal' }, { bullet: 0, text: 'Skicka kallelse' }] }]] }, { text: 'Sen fikade vi.' }],
    body: 'Vi pratade.\n\nAtt göra\n\n- Boka lokal\n- Skicka kallelse\n\nSen fikade vi.',
    html: '<p>Vi pratade.</p><p>Att göra</p><ul><li>Boka lokal</li><li>Skicka kallelse</li></ul><p>Sen fikade vi.</p>',
  },
  {
    name: 'a numbered list between two cells of a one-row table',
    paras: [{ text: 'Vi pratade.' }, { table: [['Beslut:', { paras: [{ numbered: 'Leif bokar' }, { numbered: 'David skickar' }] }, 'Klart', '1 dec']] }, { text: 'Sen fikade vi.' }],
    body: 'Vi pratade.\n\nBeslut:\n\n1. Leif bokar\n2. David skickar\n\nKlart, 1 dec\n\nSen fikade vi.',
    html: '<p>Vi pratade.</p><p>Beslut:</p><ol><li>Leif bokar</li><li>David skickar</li></ol><p>Klart, 1 dec</p><p>Sen fikade vi.</p>',
  },
];

describe('a .docx table that stays text', () => {
  it.each(TEXT_CASES)('$name', async ({ name, paras, body: expected, html }) => {
    const { body } = await docxDraft(dir, `text ${name}`, [...HEAD, ...paras]);
    expect(body).toBe(`## Ekonomi\n\n${expected}\n`);
    expect(renderBody(body).html.replace(/\n/g, '')).toBe(`<h2 id="ekonomi">Ekonomi</h2>${html}`);
    expect(missingWords(paras.map(shownText).join(' '), body)).toEqual([]);
  });
});

/**
 * A title written in a framed box is read as before, its paragraphs as one line, when they end in a date, as a title
 * does; a box of other paragraphs is its paragraphs, so a box of the title's particulars gives them. Each document has
 * a box of two paragraphs in its text too, which ran into one line ("Beslut: Att köpa hyllor.").
 */
const BOX_TITLES: readonly { readonly name: string; readonly box: readonly string[]; readonly data: Record<string, unknown>; readonly title: string }[] = [
  { name: 'the group above its date', box: ['Styrgruppen', '7 mars 2016'], data: { group: 'Styrgruppen', date: '2016-03-07' }, title: 'Styrgruppen 7 mars 2016' },
  { name: '"Protokoll", the group and the date', box: ['Protokoll', 'Styrgruppen', '7 mars 2016'], data: { group: 'Styrgruppen', date: '2016-03-07' }, title: 'Protokoll Styrgruppen 7 mars 2016' },
  { name: '"Beslutsprotokoll" above the group and an ISO date', box: ['Beslutsprotokoll', 'Styrgruppen 2016-03-07'], data: { group: 'Styrgruppen', date: '2016-03-07' }, title: 'Beslutsprotokoll Styrgruppen 2016-03-07' },
  { name: 'a date with its time range', box: ['Styrgruppen', 'Måndag 7 mars 2016 kl. 13.30–15.00'], data: { group: 'Styrgruppen', date: '2016-03-07', time: '13:30' }, title: 'Styrgruppen Måndag 7 mars 2016 kl. 13.30–15.00' },
  { name: 'the particulars under the group', box: ['Styrgruppen', 'Datum: 7 mars 2016', 'Tid: 13.30', 'Plats: Bryggan'], data: { group: 'Styrgruppen', date: '2016-03-07', time: '13:30', location: 'Bryggan' }, title: 'Styrgruppen' },
];

describe('a title in a framed box', () => {
  it.each(BOX_TITLES)('$name', async ({ name, box, data: expected, title }) => {
    const paras: Para[] = [{ table: [[{ paras: box }]] }, ...PRESENT_AT_TOP, { heading: 2, text: 'Ekonomi' }, { table: [[{ paras: ['Beslut:', 'Att köpa hyllor.'] }]] }];
    const { data, comments, body } = await docxDraft(dir, `box title ${name}`, paras);
    expect(data).toMatchObject(expected);
    expect(comments).toContain(`Rubrik i källan: "${title}"`);
    expect(body).toBe('## Ekonomi\n\nBeslut:\n\nAtt köpa hyllor.\n');
  });
});

/** A project folder with the project's registries and `files`. */
function root(files: Record<string, Uint8Array>): string {
  const at = tempDir();
  for (const f of ['people.yml', 'organisations.yml']) fs.copyFileSync(path.join(PROJECT, f), path.join(at, f));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(at, name), content);
  return at;
}

interface ReadCase {
  readonly name: string;
  /** The document's paragraphs under its title. */
  readonly paras: readonly Para[];
  /** Fields the draft has. */
  readonly data: Record<string, unknown>;
  /** The draft's body, exactly. */
  readonly body: string;
}

const TITLE: Para = { heading: 1, text: 'Gemensam utvecklingsgrupp 7 mars 2016' };
const PRESENT: readonly Para[] = [{ bold: 'Närvarande' }, { text: 'Leif Redestig' }];

const READ_CASES: readonly ReadCase[] = [
  // A row is read as its cells joined by commas: the secretary's label and name are two cells of one row.
  { name: 'a one-row table Vid pennan | name', paras: [...PRESENT, { text: 'Vi pratade.' }, { table: [['Vid pennan', 'Åke Malmén']] }], data: { secretary: 'Åke Malmén' }, body: 'Vi pratade.' },
  { name: 'a one-row table Vid pennan: | name', paras: [...PRESENT, { text: 'Vi pratade.' }, { table: [['Vid pennan:', 'Åke Malmén']] }], data: { secretary: 'Åke Malmén' }, body: 'Vi pratade.' },
  // The next meeting's rows are read for next_meeting and stay in the text: as the table Word shows, each label beside
  // its value; a row left as text (a table of one row) is a paragraph, never a heading "Datum:, 4 april 2016".
  {
    name: 'a next-meeting table',
    paras: [...PRESENT, { text: 'Vi pratade.' }, { table: [['Nästa möte', ''], ['Datum:', '4 april 2016'], ['Plats:', 'Bryggan']] }],
    data: { next_meeting: '2016-04-04' },
    body: 'Vi pratade.\n\n| Nästa möte |  |\n|---|---|\n| Datum: | 4 april 2016 |\n| Plats: | Bryggan |',
  },
  {
    name: 'a next-meeting table with the day beside Nästa möte',
    paras: [...PRESENT, { text: 'Vi pratade.' }, { table: [['Nästa möte', '4 april 2016 kl. 13.30'], ['Plats:', 'Bryggan']] }],
    data: { next_meeting: '2016-04-04 13:30' },
    body: 'Vi pratade.\n\n| Nästa möte | 4 april 2016 kl. 13.30 |\n|---|---|\n| Plats: | Bryggan |',
  },
  {
    name: 'the next meeting in tables of one row',
    paras: [...PRESENT, { text: 'Vi pratade.' }, { text: 'Nästa möte' }, { table: [['Datum:', '4 april 2016']] }, { table: [['Plats:', 'Bryggan']] }, { text: 'Sen fikade vi.' }],
    data: { next_meeting: '2016-04-04' },
    body: 'Vi pratade.\n\n## Nästa möte\n\nDatum: 4 april 2016\n\nPlats: Bryggan\n\nSen fikade vi.',
  },
  // A table right under the attendance list is no more of it when its header names columns that list no people, or
  // when it has more columns than a name and an organisation.
  {
    name: 'an action table under the attendance',
    paras: [{ bold: 'Närvarande:' }, { text: 'Leif Redestig' }, { text: 'Åke Malmén' }, { table: ACTIONS }],
    data: { attendees: ['Leif Redestig', 'Åke Malmén'] },
    body: ACTIONS_MD,
  },
  {
    name: 'a two-column Vem | Vad table under the attendance',
    paras: [{ bold: 'Närvarande:' }, { text: 'Leif Redestig' }, { table: [['Vem', 'Vad'], ['David Bergström', 'Boka lokal']] }],
    data: { attendees: ['Leif Redestig'] },
    body: '| Vem | Vad |\n|---|---|\n| David Bergström | Boka lokal |',
  },
  {
    name: 'a three-column table without a header under the attendance',
    paras: [{ bold: 'Närvarande:' }, { text: 'Leif Redestig' }, { table: [['David Bergström', 'Boka lokal', '15 dec'], ['Åke Malmén', 'Skicka kallelse', '1 dec']] }],
    data: { attendees: ['Leif Redestig'] },
    body: '| David Bergström | Boka lokal | 15 dec |\n|---|---|---|\n| Åke Malmén | Skicka kallelse | 1 dec |',
  },
];

describe('a .docx table read for the fields, imported and checked', () => {
  it.each(READ_CASES)('$name', async ({ paras, data: expected, body: text }) => {
    const at = root({ 'm.docx': docx([TITLE, ...paras]) });
    await run(['import', 'm.docx'], at);
    const draft = fs.readFileSync(path.join(at, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'), 'utf8');
    const { data, body } = split(draft);
    expect(data).toMatchObject(expected);
    expect(body).toBe(`${text}\n`);
    expect(missingWords(paras.map(shownText).join(' '), draft)).toEqual([]);
    expect(check(at).diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('table-'))).toEqual([]);
  });
});

describe('a .docx with the tables the importer reads and others', () => {
  const paras: readonly Para[] = [
    { heading: 1, text: 'Gemensam utvecklingsgrupp 7 mars 2016' },
    { bold: 'Närvarande' },
    { table: [['Namn', 'Organisation'], ['Leif Redestig', 'Socialförvaltningen'], ['Åke Malmén', 'Socialförvaltningen']] },
    { heading: 2, text: 'Fritidsbank' },
    { text: 'Vi gick igenom budgeten.' },
    { table: [['Post', 'Kr', 'Not'], ['Hyra', '500', { paras: ['per månad', 'från mars'] }], ['Fika | kaffe', '200', '']] },
    { heading: 2, text: 'Åtgärder' },
    { table: ACTIONS },
    { table: [['Nästa möte', ''], ['Datum:', '4 april 2016'], ['Plats:', 'Bryggan']] },
    { table: [['Vid pennan'], ['Åke Malmén']] },
  ];
  const source = paras.map(shownText).join(' ');

  it('reads the attendance, the next meeting and the secretary from their rows; the others are tables that check passes', async () => {
    const at = root({ 'm.docx': docx(paras) });
    const r = await run(['import', 'm.docx'], at);
    expect(r.stdout).toContain('2 närvarande, 0 frånvarande, 0 okända namn');
    const draft = fs.readFileSync(path.join(at, 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'), 'utf8');
    const { data, body } = split(draft);
    expect(data).toMatchObject({ attendees: ['Leif Redestig, Socialförvaltningen', 'Åke Malmén, Socialförvaltningen'], secretary: 'Åke Malmén', next_meeting: '2016-04-04' });
    expect(body).toContain('Vi gick igenom budgeten.\n\n| Post | Kr | Not |\n|---|---|---|\n| Hyra | 500 | per månad<br>från mars |\n| Fika \\| kaffe | 200 |  |\n');
    // The next meeting's rows stay in the text as the table Word shows; the secretary's are out of the text.
    expect(body).toContain(`## Åtgärder\n\n${ACTIONS_MD}\n\n| Nästa möte |  |\n|---|---|\n| Datum: | 4 april 2016 |\n| Plats: | Bryggan |\n`);
    expect(body).not.toContain('Vid pennan');
    expect(missingWords(source, draft)).toEqual([]);
    const found = check(at).diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('table-'));
    expect(found).toEqual([]);
  });
});
