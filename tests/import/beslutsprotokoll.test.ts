// A beslutsprotokoll's labelled lines: "Beslut: …" under an item proposed as the item's decision, "Ansvarig: …" with
// "Klart till: …" as an action with its owner and due date; with the forms such minutes are signed and dated in:
// "Vid pennan, Åke Malmén" on one line, an English date ("May 2, 2016", "Monday 2 May 2016"), and an unregistered
// group's name above its "Datum: …" line.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { cleanTemp, FIXTURES, PROJECT, tempDir } from '../helpers/archive.js';
import { docxDraft } from './docx.js';
import { draftOf, missingWords, run, split } from './helpers.js';

afterAll(cleanTemp);

const HEAD = 'Beslutsprotokoll Styrgruppen 2016-04-11\n\nNärvarande:\nLeif Redestig\nDavid Bergström\n\n';

interface Row {
  readonly name: string;
  readonly text: string;
  readonly markdown?: boolean;
  /** The front matter's fields that must be so (compared with toEqual). */
  readonly fields: Record<string, unknown>;
  /** Comment lines the front matter must have. */
  readonly notes?: readonly RegExp[];
  /** How the draft's body ends, exactly. */
  readonly bodyEnd?: string;
  /** The draft's body, exactly. */
  readonly body?: string;
}

const SIGNED = `${HEAD}§ 12 Budget\nBudgeten godkänns.\n\n§ 13 Övrigt\nInget.\n\n`;

const ROWS: readonly Row[] = [
  {
    name: '"Beslut:" under a § item is its decision, with the project its heading names',
    text: `${HEAD}§ 12 Fritidsbanken\nFrågan om lokal diskuterades.\nBeslut: Gruppen ställer sig bakom förslaget.\n\n§ 13 Övrigt\nInget.\n`,
    fields: { decisions: [{ text: 'Gruppen ställer sig bakom förslaget.', project: 'fritidsbanken' }] },
  },
  {
    name: '"Ansvarig:" and "Klart till:" under it make an action with owner and due date',
    text: `${HEAD}§ 12 Lokalen\nBeslut: att boka lokalen på Bryggan.\nAnsvarig: Leif Redestig\nKlart till: 2016-04-30\n\n§ 13 Övrigt\nInget.\n`,
    fields: {
      decisions: [{ text: 'Att boka lokalen på Bryggan.' }],
      actions: [{ who: 'Leif Redestig', what: 'Att boka lokalen på Bryggan.', due: '2016-04-30' }],
    },
  },
  {
    name: 'the due date in words, and "Klart till" above "Ansvarig"',
    text: `${HEAD}§ 12 Budget\nBeslut: Budgeten godkänns.\nKlart till: 30 maj 2016\nAnsvarig: David\n\n§ 13 Övrigt\nInget.\n`,
    fields: { actions: [{ who: 'David Bergström', what: 'Budgeten godkänns.', due: '2016-05-30' }] },
  },
  {
    name: '"Beslut" on a line of its own: the decision is the line under it',
    text: `${HEAD}§ 12 Budget\nBudgeten gicks igenom.\nBeslut\nAtt godkänna budgeten.\n\n§ 13 Övrigt\nInget.\n`,
    fields: { decisions: [{ text: 'Att godkänna budgeten.' }] },
  },
  {
    name: 'an owner without a decision does the item its heading names',
    text: `${HEAD}§ 12 Kallelse till höstens möten\nAnsvarig: Leif Redestig\n\n§ 13 Övrigt\nInget.\n`,
    fields: { actions: [{ who: 'Leif Redestig', what: 'Kallelse till höstens möten.' }] },
  },
  {
    name: 'an owner not in people.yml is a note, no action',
    text: `${HEAD}§ 12 Budget\nBeslut: Budgeten godkänns.\nAnsvarig: Kalle Anka\n\n§ 13 Övrigt\nInget.\n`,
    fields: { decisions: [{ text: 'Budgeten godkänns.' }] },
    notes: [/Åtgärd: "Ansvarig: Kalle Anka" under "§ 12 Budget" – hittar inte Kalle Anka/],
  },
  {
    name: 'a due date without a year is a note',
    text: `${HEAD}§ 12 Budget\nBeslut: Budgeten godkänns.\nAnsvarig: Leif Redestig\nKlart till: 30 maj\n\n§ 13 Övrigt\nInget.\n`,
    fields: { actions: [{ who: 'Leif Redestig', what: 'Budgeten godkänns.' }] },
    notes: [/Åtgärd: "Klart till: 30 maj" under "§ 12 Budget" ger inget datum med år/],
  },
  {
    name: 'in a .md file: the label in bold, the decision in one paragraph with the owner',
    markdown: true,
    text: `${HEAD}## Budget\n\n**Beslut:** Budgeten godkänns.\nAnsvarig: Leif Redestig\nKlart till: 2016-04-30\n`,
    fields: { decisions: [{ text: 'Budgeten godkänns.' }], actions: [{ who: 'Leif Redestig', what: 'Budgeten godkänns.', due: '2016-04-30' }] },
  },
  // The organisation people.yml gives the owner, after a comma or in brackets, was a second owner, or no owner found.
  {
    name: '"Ansvarig:" a person and, after a comma, the organisation people.yml gives him: one owner',
    text: `${HEAD}§ 12 Budget\nBeslut: Budgeten godkänns.\nAnsvarig: Leif Redestig, Socialförvaltningen\n\n§ 13 Övrigt\nInget.\n`,
    fields: { actions: [{ who: 'Leif Redestig', what: 'Budgeten godkänns.' }] },
  },
  {
    name: '"Ansvarig:" a person and his organisation in brackets, by its alias: one owner',
    text: `${HEAD}§ 12 Budget\nBeslut: Budgeten godkänns.\nAnsvarig: Leif Redestig (SOF)\n\n§ 13 Övrigt\nInget.\n`,
    fields: { actions: [{ who: 'Leif Redestig', what: 'Budgeten godkänns.' }] },
  },
  {
    name: '"Ansvarig:" the person\'s organisation after a comma, and another after "och", an owner as written',
    text: `${HEAD}§ 12 Budget\nBeslut: Budgeten godkänns.\nAnsvarig: Leif Redestig, SOF och Bryggan\n\n§ 13 Övrigt\nInget.\n`,
    fields: { actions: [{ who: ['Leif Redestig', 'Bryggan'], what: 'Budgeten godkänns.' }] },
  },
  {
    name: '"Vid pennan, Åke Malmén" on one line is the secretary',
    text: `${HEAD}1. Budget\nBudgeten godkänns.\n\n2. Övrigt\nInget.\n\nVid pennan, Åke Malmén\n`,
    fields: { secretary: 'Åke Malmén' },
  },
  {
    name: 'an English date with the month first',
    text: 'Styrgruppen May 2, 2016\n\nNärvarande:\nLeif Redestig\n',
    fields: { group: 'Styrgruppen', date: '2016-05-02' },
  },
  {
    name: 'an English weekday before the date is no part of the group',
    text: 'Styrgruppen Monday 2 May 2016\n\nNärvarande:\nLeif Redestig\n',
    fields: { group: 'Styrgruppen', date: '2016-05-02' },
  },
  {
    name: 'an English weekday that is not the date\'s is told',
    text: 'Styrgruppen Tuesday, May 2, 2016\n\nNärvarande:\nLeif Redestig\n',
    fields: { group: 'Styrgruppen', date: '2016-05-02' },
    notes: [/Datum: källan skriver "Tuesday, May 2, 2016"/],
  },
  {
    name: 'an unregistered group above its "Datum:" line is the group, told as unknown',
    text: 'Arbetsgrupp Läxhjälp\nDatum: 2016-05-02\n\nNärvarande:\nLeif Redestig\n',
    fields: { group: 'Arbetsgrupp Läxhjälp', date: '2016-05-02' },
    notes: [/Okänd grupp: "Arbetsgrupp Läxhjälp"/],
  },
  {
    name: 'so with a blank line between them and the time and place under it',
    text: 'Arbetsgrupp Läxhjälp\n\nDatum: 2016-05-02\nTid: 13.30\nPlats: Bryggan\n\nNärvarande:\nLeif Redestig\n',
    fields: { group: 'Arbetsgrupp Läxhjälp', date: '2016-05-02', time: '13:30', location: 'Bryggan' },
    notes: [/Okänd grupp: "Arbetsgrupp Läxhjälp"/],
  },
  // An English "Minutes" before the group's name was read as part of it: no group, and the line left in the text.
  ...(
    [
      ['an English "Minutes" opens the title: the group is the name after it', 'Minutes Styrgruppen May 2, 2016', 'Styrgruppen'],
      ['"Minutes of the meeting of" and an unregistered group, as "Protokoll" opens one', 'Minutes of the meeting of Gemensam utvecklingsgrupp May 2, 2016', 'Gemensam utvecklingsgrupp'],
      ['"Protocol:" with a date of the ISO form', 'Protocol: Styrgruppen 2016-05-02', 'Styrgruppen'],
      ['"Minutes" alone on the line above the group\'s name and its "Datum:" line', 'Minutes\nGemensam utvecklingsgrupp\nDatum: 2016-05-02', 'Gemensam utvecklingsgrupp'],
    ] as const
  ).map(([name, title, group]): Row => ({ name, text: `${title}\n\nNärvarande:\nLeif Redestig\n\nText.\n`, fields: { group, date: '2016-05-02' }, body: 'Text.\n' })),
  // "Minnesanteckningar" and the group, each on a line above a line of only the date read as the title, were lost: the
  // note quoted the date's line alone.
  {
    name: '"Minnesanteckningar" and the group on lines of their own above the date',
    text: 'Minnesanteckningar\n\nStyrgruppen\n\nMåndag 7 mars 2016 kl. 13.30\n\nNärvarande:\nLeif Redestig\n\nText.\n',
    fields: { group: 'Styrgruppen', date: '2016-03-07', time: '13:30' },
    notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen Måndag 7 mars 2016 kl\. 13\.30"/],
    body: 'Text.\n',
  },
  // A signature's row of dots or underscores under "Justeras:" showed on the site, each a paragraph of its own.
  {
    name: 'the rows of dots and underscores signed on under "Justeras:" are quoted in a note, not the text',
    text: `${SIGNED}Justeras:\n\n……………………………………\nLeif Redestig, ordförande\n\n____________________\nDavid Bergström, justerare\n`,
    fields: {},
    notes: [/Namnteckningsrader i källan, som inte står med i texten: "……………………………………", "____________________"\./],
    bodyEnd: '## § 13 Övrigt\n\nInget.\n\nJusteras:\n\nLeif Redestig, ordförande\n\nDavid Bergström, justerare\n',
  },
  {
    name: 'a row of full stops with spaces in it, under "Justerare:", the name above it no heading',
    text: `${SIGNED}Justerare:\n\nÅke Malmén\n. . . . . . . . . . . .\n\nJusteras den 18 april 2016\n`,
    fields: {},
    notes: [/Namnteckningsrader i källan, som inte står med i texten: ". . . . . . . . . . . ."\./],
    bodyEnd: 'Inget.\n\nJusterare:\n\nÅke Malmén\n\nJusteras den 18 april 2016\n',
  },
  {
    name: 'in a .md file: a row of dots, and underscores escaped as Word\'s are; the name under it no heading',
    markdown: true,
    text: `${HEAD}## Övrigt\n\nInget.\n\nJusteras:\n\n..........................\nLeif Redestig, ordförande\n\n\\_\\_\\_\\_\\_\\_\\_\\_\n\nDavid Bergström\n`,
    fields: {},
    notes: [/Namnteckningsrader i källan, som inte står med i texten: "..........................", "\\_\\_\\_\\_\\_\\_\\_\\_"\./],
    bodyEnd: 'Inget.\n\nJusteras:\n\nLeif Redestig, ordförande\n\nDavid Bergström\n',
  },
  // A bare row of underscores in a .md is Markdown's rule, the writer's: it was joined into the line under or above it
  // ("____ David Bergström"), the rule lost. It stays a rule, a block of its own, and the lines beside it paragraphs.
  {
    name: 'in a .md file: a bare rule right above the name signing',
    markdown: true,
    text: `${HEAD}## Övrigt\n\nInget.\n\nJusteras:\n\n____\nDavid Bergström\n`,
    fields: {},
    bodyEnd: 'Inget.\n\nJusteras:\n\n____\n\nDavid Bergström\n',
  },
  {
    name: 'in a .md file: a bare rule right under the name signing, and a line in lower case under it',
    markdown: true,
    text: `${HEAD}## Övrigt\n\nInget.\n\nLeif Redestig\n______________\n\nordförande\n`,
    fields: {},
    bodyEnd: 'Inget.\n\nLeif Redestig\n\n______________\n\nordförande\n',
  },
];

describe('a beslutsprotokoll and its forms', () => {
  it.each(ROWS)('$name', ({ text, markdown, fields, notes, bodyEnd, body: wholeBody }) => {
    const { rendered } = draftOf(text, { markdown: markdown === true });
    const { data, comments, body } = split(rendered);
    if (bodyEnd !== undefined) expect(body.endsWith(bodyEnd), body).toBe(true);
    if (wholeBody !== undefined) expect(body).toBe(wholeBody);
    for (const [key, value] of Object.entries(fields)) expect(data[key], key).toEqual(value);
    for (const n of notes ?? []) expect(comments).toMatch(n);
    expect(missingWords(text, rendered)).toEqual([]);
  });
});

describe('a .docx signed under "Justeras:"', () => {
  // Word escapes typed underscores (\_); the name between two signature lines was a heading.
  it('quotes its signature lines in a note; the names stay text', async () => {
    const d = await docxDraft(tempDir(), 'justeras', [
      { heading: 1, text: 'Styrgruppen 7 mars 2016' }, { bold: 'Närvarande' }, { text: 'Leif Redestig' }, { text: 'Inget.' },
      { text: 'Justeras:' }, { text: '____________________' }, { text: 'Leif Redestig, ordförande' }, { text: '……………………' }, { text: 'David Bergström' },
    ]);
    expect(d.body.endsWith('Inget.\n\nJusteras:\n\nLeif Redestig, ordförande\n\nDavid Bergström\n'), d.body).toBe(true);
    // Quoted as Word shows it, without the converter's escapes: it quoted "\_\_\_…".
    expect(d.comments).toMatch(/Namnteckningsrader i källan, som inte står med i texten: "_{20}", "……………………"\./);
  });
});

describe('importing a beslutsprotokoll', () => {
  it('counts one decision proposed in the summary line, in the singular', async () => {
    const root = tempDir();
    for (const f of ['people.yml', 'organisations.yml']) fs.copyFileSync(path.join(PROJECT, f), path.join(root, f));
    fs.writeFileSync(path.join(root, 'b.txt'), 'Beslutsprotokoll Gemensam utvecklingsgrupp 2016-04-11\n\nNärvarande:\nLeif Redestig\n\n§ 1 Budget\nBeslut: Budgeten godkänns.\n');
    const r = await run(['import', 'b.txt'], root);
    expect(r.stdout).toBe('minutes/gemensam-utvecklingsgrupp/2016-04-11.md: 1 närvarande, 0 frånvarande, 0 okända namn, 1 beslut föreslaget, 0 åtgärder föreslagna\n');
  });

  it('proposes its decisions and its action, and the draft passes check', async () => {
    const root = tempDir();
    for (const f of ['people.yml', 'organisations.yml']) fs.copyFileSync(path.join(PROJECT, f), path.join(root, f));
    const r = await run(['import', path.join(FIXTURES, 'import', 'beslutsprotokoll.txt')], root);
    expect(r.code).toBe(0);
    // The summary line counts the decisions proposed as it counts the actions.
    expect(r.stdout).toContain('minutes/gemensam-utvecklingsgrupp/2016-04-11.md: 4 närvarande, 0 frånvarande, 0 okända namn, 2 beslut föreslagna, 1 åtgärd föreslagen\n');
    const { data } = split(fs.readFileSync(path.join(root, 'minutes/gemensam-utvecklingsgrupp/2016-04-11.md'), 'utf8'));
    expect(data.decisions).toEqual([{ text: 'Gruppen ställer sig bakom förslaget om lokal på Bryggan.', project: 'fritidsbanken' }, { text: 'Informationen noteras.', project: 'sip' }]);
    expect(data.actions).toEqual([{ who: 'Leif Redestig', what: 'Gruppen ställer sig bakom förslaget om lokal på Bryggan.', due: '2016-04-30', project: 'fritidsbanken' }]);
    expect(data.secretary).toBe('Åke Malmén');
    expect(check(root).diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });
});
