// A .docx's agenda through the Word reader (mammoth, then htmlToMarkdown) and the parser, as `minutes import` reads
// it: items typed as numbered paragraphs, Word's own numbered lists inside an item, at the top level or a deeper one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/render/markdown.js';
import { docxBody, type Para } from './docx.js';

const HEAD: readonly Para[] = [{ text: 'Styrgruppen 7 mars 2016' }, { text: 'Närvarande' }, { text: 'Leif Redestig' }];
const typed = (...texts: string[]): Para[] => texts.map((text) => ({ text }));

/** Nine items of a list shown "1." with "a)" a level in, so that the next is "10.". */
const NINE: readonly Para[] = ['Ekonomi', 'Budget', 'Kassa', 'Lokal', 'Hyllor', 'Skåp', 'Lampor', 'Dörrar', 'Fika'].map((t) => ({ numbered: t, shows: 'letters' }));
/**
 * An item's title of 80 characters as typed in Word, 84 as the converter escapes its stars and underscores (see
 * docx-text.test.ts), and one of 81: a heading is at most 80 characters as the site shows it.
 */
const TITLE_80 = 'Verksamhetsberättelsen *preliminär* för Fritidsbankens utlåning och _kassa_ 2016';
const TITLE_81 = 'Verksamhetsberättelsen *preliminär* för Fritidsbankens utlåning och _kassan_ 2016';
const escaped = (title: string): string => title.replace(/[*_]/g, '\\$&');
/** Ninety-nine such items, so that the next is "100.". */
const NINETY_NINE: readonly Para[] = Array.from({ length: 99 }, (_, k) => ({ numbered: `Punkt ${k + 1}`, shows: 'letters' }));

const CASES: readonly (readonly [name: string, paras: readonly Para[], body: string])[] = [
  [
    'typed items "1)" and "2." are one agenda',
    [...HEAD, ...typed('1) Ekonomi', 'Budgeten är klar.', '2. Fritidsbanken', 'Leif berättar.', '3) Övrigt', 'Inget.')],
    '## 1) Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n## 3) Övrigt\n\nInget.\n',
  ],
  [
    "a Word numbered list inside a typed item stays a list",
    [...HEAD, ...typed('1. Ekonomi', 'Budgeten är klar.', '2. Fritidsbanken', 'Leif berättar.'), { numbered: 'Hyllor' }, { numbered: 'Skåp' }, { numbered: 'Kassa' }, ...typed('3. Övrigt', 'Inget.')],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n1. Hyllor\n2. Skåp\n3. Kassa\n\n## 3. Övrigt\n\nInget.\n',
  ],
  [
    'a typed list inside a typed item, with text under its lines, stays a list when the agenda goes on after it',
    [...HEAD, ...typed('1. Fritidsbanken', 'Leif berättar.', '1. Hyllor', 'Vi köper två.', '2. Skåp', 'Ett räcker.', '3. Kassa', 'Ny kassa.', '2. SIP', 'Inget nytt.', '3. Nästa möte', 'Den 4 april.')],
    '## 1. Fritidsbanken\n\nLeif berättar.\n\n1. Hyllor\n\nVi köper två.\n\n2. Skåp\n\nEtt räcker.\n\n3. Kassa\n\nNy kassa.\n\n## 2. SIP\n\nInget nytt.\n\n## 3. Nästa möte\n\nDen 4 april.\n',
  ],
  // Word numbers on through one list; an agenda that is one list, items with lists a level deeper, stays that list.
  [
    'a Word numbered agenda with a list a level deeper under an item stays one nested list, numbered as Word shows it',
    [...HEAD, { numbered: 'Ekonomi' }, { numbered: 'Hyllor', level: 1 }, { numbered: 'Skåp', level: 1 }, { numbered: 'Fritidsbanken' }, { numbered: 'ring Leif', level: 1 }, { numbered: 'Övrigt' }],
    '1. Ekonomi\n   1. Hyllor\n   2. Skåp\n2. Fritidsbanken\n   1. ring Leif\n3. Övrigt\n',
  ],
  [
    'attendees in a Word numbered list are attendees, above a typed agenda',
    [{ text: 'Styrgruppen 7 mars 2016' }, { text: 'Närvarande' }, { numbered: 'Leif Redestig' }, { numbered: 'Johanna Callegari' }, ...typed('1. Ekonomi', 'Budgeten är klar.', '2. Fritidsbanken', 'Leif berättar.')],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n',
  ],
  // Word numbers on across the paragraphs between its items, where the converter starts each item's list at 1 again.
  [
    "Word numbered items with text between are the agenda's headings, numbered as Word shows them",
    [...HEAD, { numbered: 'Mötets öppnande' }, ...typed('Leif hälsar välkommen.'), { numbered: 'Fritidsbanken' }, ...typed('Leif berättar.'), { numbered: 'Övrigt' }, ...typed('Inget.')],
    '## 1. Mötets öppnande\n\nLeif hälsar välkommen.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n## 3. Övrigt\n\nInget.\n',
  ],
  [
    'a list Word restarts inside a Word numbered item starts at 1, and the agenda numbers on after it',
    [...HEAD, { numbered: 'Ekonomi' }, ...typed('Budgeten är klar.'), { numbered: 'Fritidsbanken' }, ...typed('Leif berättar.'), { numbered: 'Hyllor', restart: 1 }, { numbered: 'Skåp', restart: 1 }, ...typed('Beslut: vi köper båda.'), { numbered: 'Övrigt' }, ...typed('Inget.'), { numbered: 'Lampor', restart: 2 }, ...typed('Två trasiga.'), { numbered: 'Dörrar', restart: 2 }],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n1. Hyllor\n2. Skåp\n\nBeslut: vi köper båda.\n\n## 3. Övrigt\n\nInget.\n\n1. Lampor\n\nTvå trasiga.\n\n2. Dörrar\n',
  ],
  [
    'a level deeper inside a Word numbered item, with text between, is a list numbered as Word shows it',
    [...HEAD, { numbered: 'Ekonomi' }, ...typed('Budgeten är klar.'), { numbered: 'Fritidsbanken' }, ...typed('Leif berättar.'), { numbered: 'Hyllor', level: 1 }, ...typed('Vi köper två.'), { numbered: 'Skåp', level: 1 }, { numbered: 'Övrigt' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n1. Hyllor\n\nVi köper två.\n\n2. Skåp\n\n## 3. Övrigt\n\nInget.\n',
  ],
  // Numbering that comes from the paragraph's style (styles.xml), as Swedish templates number their agenda headings.
  [
    'headings numbered by their style are the agenda, numbered as Word shows them',
    [...HEAD, { styled: 'Mötets öppnande', style: 'Rubrik1' }, ...typed('Leif hälsar välkommen.'), { styled: 'Fritidsbanken', style: 'Rubrik1' }, ...typed('Leif berättar.'), { styled: 'Övrigt', style: 'Rubrik1' }, ...typed('Inget.')],
    '## 1. Mötets öppnande\n\nLeif hälsar välkommen.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n## 3. Övrigt\n\nInget.\n',
  ],
  [
    'headings whose style numbers them "§ 1" keep the "§"',
    [...HEAD, { styled: 'Mötets öppnande', style: 'Paragrafrubrik' }, ...typed('Leif hälsar välkommen.'), { styled: 'Fritidsbanken', style: 'Paragrafrubrik' }, ...typed('Leif berättar.')],
    '## § 1 Mötets öppnande\n\nLeif hälsar välkommen.\n\n## § 2 Fritidsbanken\n\nLeif berättar.\n',
  ],
  [
    'paragraphs of a style based on a numbered style are numbered by it',
    [...HEAD, { styled: 'Ekonomi', style: 'Dagordningspunkt' }, ...typed('Budgeten är klar.'), { styled: 'Fritidsbanken', style: 'Dagordningspunkt' }, ...typed('Leif berättar.'), { styled: 'Övrigt', style: 'Dagordningspunkt' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n## 3. Övrigt\n\nInget.\n',
  ],
  [
    "numId 0 in a paragraph turns its style's numbering off, and the others number on past it",
    [...HEAD, { styled: 'Ekonomi', style: 'Rubrik1' }, ...typed('Budgeten är klar.'), { styled: 'Bilagor', style: 'Rubrik1', off: true }, ...typed('Inga.'), { styled: 'Övrigt', style: 'Rubrik1' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## Bilagor\n\nInga.\n\n## 2. Övrigt\n\nInget.\n',
  ],
  // Numbers Word shows with the levels above them ("1.1") or with words ("Punkt 1") are written as Word shows them.
  [
    'headings numbered "1." and "1.1" by their styles keep the whole number Word shows',
    [...HEAD, { styled: 'Ekonomi', style: 'Kapitel1' }, ...typed('Text.'), { styled: 'Budget', style: 'Kapitel2' }, ...typed('Budget text.'), { styled: 'Lokal', style: 'Kapitel2' }, ...typed('Lokal text.'), { styled: 'Övrigt', style: 'Kapitel1' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nText.\n\n### 1.1 Budget\n\nBudget text.\n\n### 1.2 Lokal\n\nLokal text.\n\n## 2. Övrigt\n\nInget.\n',
  ],
  [
    'headings whose style numbers them "Punkt 1" are written so',
    [...HEAD, { styled: 'Ekonomi', style: 'Punktrubrik' }, ...typed('Text.'), { styled: 'Övrigt', style: 'Punktrubrik' }, ...typed('Inget.')],
    '## Punkt 1 Ekonomi\n\nText.\n\n## Punkt 2 Övrigt\n\nInget.\n',
  ],
  [
    'Word numbered items shown "Punkt 1" with text between are the agenda, written as Word shows them',
    [...HEAD, { numbered: 'Ekonomi', shows: 'punkt' }, ...typed('Text.'), { numbered: 'Övrigt', shows: 'punkt' }, ...typed('Inget.')],
    '## Punkt 1 Ekonomi\n\nText.\n\n## Punkt 2 Övrigt\n\nInget.\n',
  ],
  [
    'Word numbered items a level deeper shown "1.1", with text between, keep the whole number',
    [...HEAD, { numbered: 'Ekonomi', shows: 'outline' }, ...typed('Text.'), { numbered: 'Budget', shows: 'outline', level: 1 }, ...typed('Budget text.'), { numbered: 'Lokal', shows: 'outline', level: 1 }, ...typed('Lokal text.'), { numbered: 'Övrigt', shows: 'outline' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nText.\n\n## 1.1 Budget\n\nBudget text.\n\n## 1.2 Lokal\n\nLokal text.\n\n## 2. Övrigt\n\nInget.\n',
  ],
  [
    'a list shown "1." and "1.1" stays a nested list, whose nesting shows the "1." of "1.1"',
    [...HEAD, { numbered: 'Ekonomi', shows: 'outline' }, { numbered: 'Budget', shows: 'outline', level: 1 }, { numbered: 'Lokal', shows: 'outline', level: 1 }, { numbered: 'Övrigt', shows: 'outline' }],
    '1. Ekonomi\n   1. Budget\n   2. Lokal\n2. Övrigt\n',
  ],
  // Word numbers a paragraph a level in with no item above it; the converter puts it in an empty item, indented
  // under nothing, and the items after it numbered on by Markdown ("3. Kassa" where Word shows "1. Kassa").
  [
    'a Word list a level in with no item above it keeps the numbers Word shows',
    [...HEAD, ...typed('Ekonomi', 'Text.'), { numbered: 'Hyllor', level: 1 }, { numbered: 'Skåp', level: 1 }, { numbered: 'Kassa' }],
    '## Ekonomi\n\nText.\n\n1. Hyllor\n2. Skåp\n\n1) Kassa\n',
  ],
  [
    'a Word list two levels in with no item above it keeps the numbers Word shows',
    [...HEAD, ...typed('Ekonomi', 'Text.'), { numbered: 'Hyllor', level: 2 }, { numbered: 'Skåp', level: 2 }, { numbered: 'Kassa' }, { numbered: 'Lampor' }],
    '## Ekonomi\n\nText.\n\n1. Hyllor\n2. Skåp\n\n1) Kassa\n2) Lampor\n',
  ],
  // Letters and roman numerals are written as Word shows them: a heading's number, a list's item as a paragraph.
  [
    'Word numbered items a level deeper shown "1 a)", with text between, are headings written so',
    [...HEAD, { numbered: 'Ekonomi', shows: 'itemLetters' }, ...typed('Text.'), { numbered: 'Budget', shows: 'itemLetters', level: 1 }, ...typed('Budget text.'), { numbered: 'Lokal', shows: 'itemLetters', level: 1 }, ...typed('Lokal text.'), { numbered: 'Övrigt', shows: 'itemLetters' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nText.\n\n## 1 a) Budget\n\nBudget text.\n\n## 1 b) Lokal\n\nLokal text.\n\n## 2. Övrigt\n\nInget.\n',
  ],
  [
    'Word numbered items shown "I." and "II.", with text between, are the agenda, written so',
    [...HEAD, ...typed('Mötet öppnades.'), { numbered: 'Ekonomi', shows: 'roman' }, ...typed('Text.'), { numbered: 'Lokal', shows: 'roman' }, ...typed('Text.'), { numbered: 'Övrigt', shows: 'roman' }, ...typed('Inget.')],
    'Mötet öppnades.\n\n## I. Ekonomi\n\nText.\n\n## II. Lokal\n\nText.\n\n## III. Övrigt\n\nInget.\n',
  ],
  [
    'Word numbered items shown "I." and "II." right under the attendees are the agenda, not a person',
    [...HEAD, { numbered: 'Ekonomi', shows: 'roman' }, ...typed('Text.'), { numbered: 'Lokal', shows: 'roman' }, ...typed('Inget.')],
    '## I. Ekonomi\n\nText.\n\n## II. Lokal\n\nInget.\n',
  ],
  [
    'a list shown "a)", "b)" under an item, with text between, keeps its letters',
    [...HEAD, { numbered: 'Ekonomi', shows: 'letters' }, ...typed('Text.'), { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Skåp', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nText.\n\na) Hyllor\n\nb) Skåp\n\n## 2. Övrigt\n\nInget.\n',
  ],
  [
    'a list shown "a)", "b)" a level in keeps its letters, each a paragraph of its own, not the text of the item above',
    [...HEAD, { numbered: 'Ekonomi', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Skåp', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    '1. Ekonomi\n\n   a) Hyllor\n\n   b) Skåp\n\n2. Övrigt\n',
  ],
  [
    'a list shown "i." under "a)" under "1." keeps its numbers, each a paragraph inside the item "1."',
    [...HEAD, { numbered: 'Ekonomi', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Små', shows: 'letters', level: 2 }, { numbered: 'Stora', shows: 'letters', level: 2 }, { numbered: 'Skåp', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    '1. Ekonomi\n\n   a) Hyllor\n\n   i. Små\n\n   ii. Stora\n\n   b) Skåp\n\n2. Övrigt\n',
  ],
  [
    'a list shown "a)" under "10." is indented under its text, four spaces, and stays inside it',
    [...HEAD, ...NINE, { numbered: 'Lokal', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    `${NINE.map((p, k) => `${k + 1}. ${'numbered' in p ? p.numbered : ''}`).join('\n')}\n10. Lokal\n\n    a) Hyllor\n\n11. Övrigt\n`,
  ],
  [
    'a list shown "a)" under "100." goes on the list, indented under its text, five spaces',
    [...HEAD, ...NINETY_NINE, { numbered: 'Lokal', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    `${NINETY_NINE.map((p, k) => `${k + 1}. ${'numbered' in p ? p.numbered : ''}`).join('\n')}\n100. Lokal\n\n     a) Hyllor\n\n101. Övrigt\n`,
  ],
  [
    'a list shown "a)" with no item above it stays paragraphs, and the list after it starts a list of its own',
    [...HEAD, ...typed('Text.'), { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Skåp', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    'Text.\n\na) Hyllor\n\nb) Skåp\n\n1. Övrigt\n',
  ],
  [
    'a list shown "I.", "i.", "II." with no text between is paragraphs as Word shows its lines, no heading',
    [...HEAD, ...typed('Text.'), { numbered: 'Ekonomi', shows: 'roman' }, { numbered: 'Hyllor', shows: 'roman', level: 1 }, { numbered: 'Lokal', shows: 'roman' }],
    'Text.\n\nI. Ekonomi\n\ni. Hyllor\n\nII. Lokal\n',
  ],
  ['Word numbered items shown "01.", with text between, keep the zero', [...HEAD, { numbered: 'Ekonomi', shows: 'zero' }, ...typed('Text.'), { numbered: 'Övrigt', shows: 'zero' }, ...typed('Inget.')], '## 01. Ekonomi\n\nText.\n\n## 02. Övrigt\n\nInget.\n'],
  ['a list shown "01.", "02." keeps the zero, written as text', [...HEAD, ...typed('Text.'), { numbered: 'Ekonomi', shows: 'zero' }, { numbered: 'Övrigt', shows: 'zero' }], 'Text.\n\n01\\. Ekonomi\n\n02\\. Övrigt\n'],
  // Word indents bullets a level in with none above them; the converter puts them in an empty item.
  [
    'bullets a level in before bullets at the top stay nested as Word shows them, under an empty item',
    [...HEAD, ...typed('Ekonomi', 'Text.'), { bullet: 1, text: 'Hyllor' }, { bullet: 1, text: 'Skåp' }, { bullet: 0, text: 'Kassa' }, { bullet: 1, text: 'Lampor' }, { bullet: 0, text: 'Dörrar' }],
    '## Ekonomi\n\nText.\n\n-\n  - Hyllor\n  - Skåp\n- Kassa\n  - Lampor\n- Dörrar\n',
  ],
  [
    'paragraphs in the List Number style with text between are the agenda, numbered on',
    [...HEAD, { styled: 'Ekonomi', style: 'ListNumber' }, ...typed('Budgeten är klar.'), { styled: 'Fritidsbanken', style: 'ListNumber' }, ...typed('Leif berättar.'), { styled: 'Övrigt', style: 'ListNumber' }, ...typed('Inget.')],
    '## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. Fritidsbanken\n\nLeif berättar.\n\n## 3. Övrigt\n\nInget.\n',
  ],
  // An item's title is measured as typed, without the escapes the converter writes, as a heading elsewhere is.
  [
    'Word numbered items with text between, one of 80 characters with stars and underscores, are the agenda',
    [...HEAD, { numbered: 'Ekonomi' }, ...typed('Budgeten är klar.'), { numbered: TITLE_80 }, ...typed('Leif berättar.'), { numbered: 'Övrigt' }, ...typed('Inget.')],
    `## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. ${escaped(TITLE_80)}\n\nLeif berättar.\n\n## 3. Övrigt\n\nInget.\n`,
  ],
  [
    'typed items with text between, one of 80 characters with stars and underscores, are the agenda',
    [...HEAD, ...typed('1. Ekonomi', 'Budgeten är klar.', `2. ${TITLE_80}`, 'Leif berättar.', '3. Övrigt', 'Inget.')],
    `## 1. Ekonomi\n\nBudgeten är klar.\n\n## 2. ${escaped(TITLE_80)}\n\nLeif berättar.\n\n## 3. Övrigt\n\nInget.\n`,
  ],
  [
    'a lone Word numbered item of 80 characters with stars and underscores, with text under it, is a heading',
    [...HEAD, ...typed('Text.'), { numbered: TITLE_80 }, ...typed('Leif berättar.')],
    `Text.\n\n## 1. ${escaped(TITLE_80)}\n\nLeif berättar.\n`,
  ],
  // As before: one of 81 is no heading, and the items around it are a list's.
  [
    'Word numbered items with text between, one of 81 characters with stars and underscores, are a list',
    [...HEAD, { numbered: 'Ekonomi' }, ...typed('Budgeten är klar.'), { numbered: TITLE_81 }, ...typed('Leif berättar.'), { numbered: 'Övrigt' }, ...typed('Inget.')],
    `1. Ekonomi\n\nBudgeten är klar.\n\n2. ${escaped(TITLE_81)}\n\nLeif berättar.\n\n3. Övrigt\n\nInget.\n`,
  ],
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-agenda-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bodyOf = (name: string, paras: readonly Para[]): Promise<string> => docxBody(dir, name, paras);

/** What the site shows of the draft's lists, where Markdown could number them otherwise than Word. */
const SITE: readonly (readonly [name: string, paras: readonly Para[], html: string])[] = [
  ['a list a level in with no item above it, then one at the top', [...HEAD, ...typed('Text.'), { numbered: 'Hyllor', level: 1 }, { numbered: 'Skåp', level: 1 }, { numbered: 'Kassa' }], '<p>Text.</p><ol><li>Hyllor</li><li>Skåp</li></ol><ol><li>Kassa</li></ol>'],
  ['bullets a level in with none above them, then at the top', [...HEAD, ...typed('Text.'), { bullet: 1, text: 'Hyllor' }, { bullet: 1, text: 'Skåp' }, { bullet: 0, text: 'Kassa' }], '<p>Text.</p><ul><li><ul><li>Hyllor</li><li>Skåp</li></ul></li><li>Kassa</li></ul>'],
  ['bullets two levels in with none above them', [...HEAD, ...typed('Text.'), { bullet: 2, text: 'Hyllor' }, { bullet: 1, text: 'Skåp' }], '<p>Text.</p><ul><li><ul><li><ul><li>Hyllor</li></ul></li><li>Skåp</li></ul></li></ul>'],
  ['a list shown "a)" a level in', [...HEAD, { numbered: 'Ekonomi', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Skåp', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }], '<ol><li><p>Ekonomi</p><p>a) Hyllor</p><p>b) Skåp</p></li><li><p>Övrigt</p></li></ol>'],
  [
    'a list shown "i." under "a)" under "1."',
    [...HEAD, { numbered: 'Ekonomi', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Små', shows: 'letters', level: 2 }, { numbered: 'Skåp', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    '<ol><li><p>Ekonomi</p><p>a) Hyllor</p><p>i. Små</p><p>b) Skåp</p></li><li><p>Övrigt</p></li></ol>',
  ],
  [
    'a list shown "a)" under "10."',
    [...HEAD, ...NINE, { numbered: 'Lokal', shows: 'letters' }, { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Övrigt', shows: 'letters' }],
    `<ol>${NINE.map((p) => `<li><p>${'numbered' in p ? p.numbered : ''}</p></li>`).join('')}<li><p>Lokal</p><p>a) Hyllor</p></li><li><p>Övrigt</p></li></ol>`,
  ],
  ['a list shown "a)" with no item above it', [...HEAD, ...typed('Text.'), { numbered: 'Hyllor', shows: 'letters', level: 1 }, { numbered: 'Skåp', shows: 'letters', level: 1 }], '<p>Text.</p><p>a) Hyllor</p><p>b) Skåp</p>'],
  ['a list shown "I.", "i.", "II."', [...HEAD, ...typed('Text.'), { numbered: 'Ekonomi', shows: 'roman' }, { numbered: 'Hyllor', shows: 'roman', level: 1 }, { numbered: 'Lokal', shows: 'roman' }], '<p>Text.</p><p>I. Ekonomi</p><p>i. Hyllor</p><p>II. Lokal</p>'],
  ['a list shown "01."', [...HEAD, ...typed('Text.'), { numbered: 'Ekonomi', shows: 'zero' }, { numbered: 'Övrigt', shows: 'zero' }], '<p>Text.</p><p>01. Ekonomi</p><p>02. Övrigt</p>'],
  ['a list two levels in with no item above it, then one a level in', [...HEAD, ...typed('Text.'), { numbered: 'Hyllor', level: 2 }, { numbered: 'Skåp', level: 1 }], '<p>Text.</p><ol><li>Hyllor</li></ol><ol><li>Skåp</li></ol>'],
];

describe("a .docx's agenda", () => {
  it.each(CASES)('%s', async (name, paras, body) => {
    expect(await bodyOf(name, paras)).toBe(body);
  });
  it.each(SITE)('on the site: %s', async (name, paras, html) => {
    expect(renderBody(await bodyOf(name, paras)).html.replace(/\n/g, '')).toBe(html);
  });
});
