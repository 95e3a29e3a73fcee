// The page `minutes check` offers for a link from the site's root to a page that is not there: under a group,
// person, project or organisation that is there, one of its own pages (the nearest as deep, else the page above
// the link's), never a page of another group that shares a word of its name; else the nearest page of the same kind.
// A meeting's day that only another group met on offers that meeting first.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const GUG = '/grupper/gemensam-utvecklingsgrupp/';
const GLU = '/grupper/gemensam-ledningsgrupp-utveckling/';

// [the mistake, the link written, the page offered]
const cases: readonly [string, string, string][] = [
  ['a page the group does not have: its own page, not the other group’s meeting', `${GUG}om/`, GUG],
  ['the same under the other group: its page, not its meeting', `${GLU}om/`, GLU],
  ['a page under a meeting’s: the meeting’s', `${GUG}2016-02-08/bilaga/`, `${GUG}2016-02-08/`],
  ['a meeting’s date mistyped: the group’s meeting of the nearest date', `${GUG}2016-02-09/`, `${GUG}2016-02-08/`],
  ['a day only the other group met on: its meeting that day, then the group’s nearest', `${GUG}2016-12-12/`, `${GLU}2016-12-12/ (samma dag) eller ${GUG}2016-02-08/`],
  ['a day only the other group met on, no meeting of the group near it: that meeting, then the group’s page', `${GUG}2019-06-30/`, `${GLU}2019-06-30/ (samma dag) eller ${GUG}`],
  ['the group mistyped: the nearest meeting of any group', '/grupper/gemensam-utveklingsgrupp/2016-02-08/', `${GUG}2016-02-08/`],
  ['a group mistyped', '/grupper/gemensam-utvecklingsgrup/', GUG],
  ['a page a person does not have', '/personer/leif-redestig/moten/', '/personer/leif-redestig/'],
  ['a page a project does not have', '/projekt/fritidsbanken/tidslinje/', '/projekt/fritidsbanken/'],
  ['a page an organisation does not have', '/organisationer/socialforvaltningen/personer/', '/organisationer/socialforvaltningen/'],
];

describe('the page offered for a broken link to a page', () => {
  // Two groups whose names share words, each with minutes; every link on a line of its own (from line 7).
  const organisations = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace('groups:\n', 'groups:\n  gemensam-ledningsgrupp-utveckling:\n    name: Gemensam ledningsgrupp utveckling\n');
  const root = archive([BASE], {
    'organisations.yml': organisations,
    'minutes/glu/2016-12-12.md': '---\ngroup: gemensam-ledningsgrupp-utveckling\ndate: 2016-12-12\nattendees: [Leif Redestig]\n---\nText.\n',
    'minutes/glu/2019-06-30.md': '---\ngroup: gemensam-ledningsgrupp-utveckling\ndate: 2019-06-30\nattendees: [Leif Redestig]\n---\nText.\n',
    'minutes/gug/2016-03-07.md': `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n\n${cases.map(([, url]) => `[sidan](${url})\n`).join('')}`,
  });
  const diagnostics = check(root).diagnostics;

  it.each(cases.map(([mistake, url, offered], i) => ({ mistake, url, offered, line: 7 + i })))('$mistake', ({ url, line, offered }) => {
    const found = diagnostics.filter((d) => d.line === line);
    expect(found.map((d) => [d.file, d.col, d.code, d.message, d.hint])).toEqual([['minutes/gug/2016-03-07.md', 9, 'broken-link', `Sidan ${url} finns inte på webbplatsen, så länken leder ingenstans.`, `Menade du ${offered}?`]]);
  });

  it('reports nothing else', () => {
    expect(diagnostics.filter((d) => d.line < 7 || d.line >= 7 + cases.length)).toEqual([]);
  });
});
