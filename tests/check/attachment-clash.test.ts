// Two linked attachments whose names differ only in capitals or in the Unicode form of å, ä, ö (attachment-name-clash):
// said at the first link to the second file, with the other file named; two files in other capitals of which at most
// one is linked (file-name-case), said at the file. Written at test time, not kept as fixture
// folders: a repository holding such twins cannot itself be checked out on Windows or a Mac.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const minutes = (date: string, text: string) => `---\ngroup: GUG\ndate: ${date}\nattendees: [Leif Redestig]\n---\n${text}\n`;
const NFC = 'M\u00f6te.pdf';
const NFD = 'Mo\u0308te.pdf';

const cases: [name: string, files: Record<string, string>, expected: string[]][] = [
  [
    'two files in other capitals, linked in one text',
    { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', 'Se [stora](Bilaga.pdf)\noch [lilla](bilaga.pdf).'), 'minutes/gug/Bilaga.pdf': 'A', 'minutes/gug/bilaga.pdf': 'B' },
    ['minutes/gug/2016-03-07.md:7:13 attachment-name-clash Byt namn på bilaga.pdf eller Bilaga.pdf (till exempel till bilaga-2.pdf)'],
  ],
  [
    'in two texts: said in the later file, the other named as written from there',
    {
      'minutes/gug/2016-02-08.md': minutes('2016-02-08', '[lilla](bilagor/budget.xlsx)'),
      'minutes/gug/2016-03-07.md': minutes('2016-03-07', '[stora](bilagor/BUDGET.xlsx), [igen](bilagor/BUDGET.xlsx)'),
      'minutes/gug/bilagor/budget.xlsx': 'A',
      'minutes/gug/bilagor/BUDGET.xlsx': 'B',
    },
    ['minutes/gug/2016-03-07.md:6:9 attachment-name-clash Byt namn på bilagor/BUDGET.xlsx eller bilagor/budget.xlsx'],
  ],
  [
    'folders in other capitals',
    { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', '![Karta](Bilder/karta.png) ![Karta igen](bilder/karta.png)'), 'minutes/gug/Bilder/karta.png': 'A', 'minutes/gug/bilder/karta.png': 'B' },
    ['minutes/gug/2016-03-07.md:6:42 attachment-name-clash Byt namn på bilder/karta.png eller Bilder/karta.png'],
  ],
  [
    'two files named alike but for the form of ö, linked in both forms: said at the first link, which can lead to either',
    { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', `[ena](${NFC}) och [andra](${NFD})`), [`minutes/gug/${NFC}`]: 'A', [`minutes/gug/${NFD}`]: 'B' },
    [`minutes/gug/2016-03-07.md:6:7 attachment-name-clash Ta bort den av de två filerna ${NFC} som inte ska publiceras`],
  ],
  [
    'two files named alike but for the form of ö, linked once, percent-encoded',
    { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', `Se [bilagan](${encodeURI(NFD)}).`), [`minutes/gug/${NFC}`]: 'A', [`minutes/gug/${NFD}`]: 'B' },
    [`minutes/gug/2016-03-07.md:6:14 attachment-name-clash Ta bort den av de två filerna ${NFC} som inte ska publiceras, eller byt namn på den (till exempel till ${NFC.replace('.pdf', '-2.pdf')})`],
  ],
  // Only one published: the site is fine, but git on Windows or a Mac checks out only one of the two (file-name-case).
  [
    'one of two files in other capitals linked, twice',
    { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', '[a](bilaga.pdf) [b](./bilaga.pdf)'), 'minutes/gug/Bilaga.pdf': 'A', 'minutes/gug/bilaga.pdf': 'B' },
    ['minutes/gug/Bilaga.pdf:1:1 file-name-case Ta bort Bilaga.pdf om den inte behövs'],
  ],
  ['a name in decomposed form, the only file of that name', { 'minutes/gug/2016-03-07.md': minutes('2016-03-07', `[a](${NFC}) [b](${NFD})`), [`minutes/gug/${NFD}`]: 'B' }, []],
];

// file-name-case alone, beside what else such an archive is told (two minutes of one meeting: duplicate-meeting).
const caseCases: [name: string, files: Record<string, string>, expected: string[]][] = [
  ['two files in other capitals, neither linked', { 'minutes/gug/bilagor/Budget.xlsx': 'A', 'minutes/gug/bilagor/budget.xlsx': 'B' }, ['minutes/gug/bilagor/Budget.xlsx:1:1 file-name-case Budget.xlsx och budget.xlsx skiljer sig bara i stora och små bokstäver']],
  ['folders in other capitals, a file in each of one name', { 'minutes/gug/Bilder/karta.png': 'A', 'minutes/gug/bilder/karta.png': 'B' }, ['minutes/gug/Bilder/karta.png:1:1 file-name-case karta.png och ../bilder/karta.png skiljer sig']],
  [
    'two minutes whose folders differ in capitals',
    { 'minutes/GUG/2016-03-07.md': minutes('2016-03-07', 'Text.'), 'minutes/gug/2016-03-07.md': minutes('2016-03-07', 'Text.') },
    ['minutes/gug/2016-03-07.md:1:1 file-name-case 2016-03-07.md och ../GUG/2016-03-07.md skiljer sig'],
  ],
  ['a file and one in other capitals under another folder', { 'minutes/gug/bilaga.pdf': 'A', 'minutes/glu/Bilaga.pdf': 'B' }, []],
];

describe('file-name-case', () => {
  it.each(caseCases)('%s', (_name, files, expected) => {
    const got = check(archive([BASE], files))
      .diagnostics.filter((d) => d.code === 'file-name-case')
      .map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message} ${d.hint ?? ''}`);
    expect(got.length).toBe(expected.length);
    got.forEach((line, i) => expect(line).toContain(expected[i]));
  });
});

describe('attachment-name-clash', () => {
  it.each(cases)('%s', (_name, files, expected) => {
    const got = check(archive([BASE], files)).diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.hint ?? ''}`);
    expect(got.length).toBe(expected.length);
    got.forEach((line, i) => expect(line).toContain(expected[i]));
  });
});
