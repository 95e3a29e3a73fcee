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

// Relative links from other minutes of the group (minutes/gug/2016-03-21.md, its page /grupper/gemensam-utvecklingsgrupp/2016-03-21/):
// [the mistake, the link written, the hint]. The same-day meeting is offered as the link was written: a minutes
// file from the minutes' folder, or a page from the meeting's page.
const LINK_FILE = 'Länka till protokollets fil: då leder länken till mötets sida.';
const relativeCases: readonly [string, string, string][] = [
  ['minutes named for a day only the other group met on: its minutes that day, then the nearest name', '2016-12-12.md', 'Menade du ../glu/2016-12-12.md (samma dag) eller 2016-02-08.md?'],
  ['the same, no meeting of the group near it', '2019-06-30.md', 'Menade du ../glu/2019-06-30.md (samma dag) eller 2016-02-08.md?'],
  ['minutes in the other group’s folder, on a day only this group met on', '../glu/2016-03-07.md', 'Menade du 2016-03-07.md (samma dag) eller ../glu/2016-12-12.md?'],
  // Its name read as a file's from the minutes' folder (minutes/2016-12-12.md) is nearest that same-day meeting's: said once.
  ['a day read from the meeting’s page, only the other group met on: its minutes, to link', '../2016-12-12/', `Menade du ../glu/2016-12-12.md (samma dag)? ${LINK_FILE}`],
  ['the day under the meeting’s page, as a file’s name is written', '2016-12-12/', `Menade du ../glu/2016-12-12.md (samma dag) eller 2016-02-08.md? ${LINK_FILE}`],
  ['the group’s page of a day only the other group met on, from the meeting’s page', '../../gemensam-utvecklingsgrupp/2016-12-12/', 'Menade du ../../gemensam-ledningsgrupp-utveckling/2016-12-12/ (samma dag) eller ../2016-02-08/?'],
  ['the same, no meeting of the group near it: then the group’s page', '../../gemensam-utvecklingsgrupp/2019-06-30/', 'Menade du ../../gemensam-ledningsgrupp-utveckling/2019-06-30/ (samma dag) eller ../?'],
  // No other group met that day: the nearest alone, as before.
  ['minutes named for a day no one met on', '2016-02-09.md', 'Menade du 2016-02-08.md?'],
  ['a day no one met on, from the meeting’s page', '../2016-02-09/', `Menade du 2016-02-08.md? ${LINK_FILE}`],
  ['a meeting’s page of a day no one met on, from the meeting’s page', '../../gemensam-utvecklingsgrupp/2016-02-09/', 'Menade du ../2016-02-08/?'],
];

describe('the page offered for a broken link to a page', () => {
  // Two groups whose names share words, each with minutes; every link on a line of its own (from line 7).
  const organisations = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace('groups:\n', 'groups:\n  gemensam-ledningsgrupp-utveckling:\n    name: Gemensam ledningsgrupp utveckling\n');
  const root = archive([BASE], {
    'organisations.yml': organisations,
    'minutes/glu/2016-12-12.md': '---\ngroup: gemensam-ledningsgrupp-utveckling\ndate: 2016-12-12\nattendees: [Leif Redestig]\n---\nText.\n',
    'minutes/glu/2019-06-30.md': '---\ngroup: gemensam-ledningsgrupp-utveckling\ndate: 2019-06-30\nattendees: [Leif Redestig]\n---\nText.\n',
    'minutes/gug/2016-03-07.md': `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\n\n${cases.map(([, url]) => `[sidan](${url})\n`).join('')}`,
    'minutes/gug/2016-03-21.md': `---\ngroup: GUG\ndate: 2016-03-21\nattendees: [Leif Redestig]\n---\n\n${relativeCases.map(([, url]) => `[sidan](${url})\n`).join('')}`,
  });
  const diagnostics = check(root).diagnostics;

  it.each(cases.map(([mistake, url, offered], i) => ({ mistake, url, offered, line: 7 + i })))('$mistake', ({ url, line, offered }) => {
    const found = diagnostics.filter((d) => d.file === 'minutes/gug/2016-03-07.md' && d.line === line);
    expect(found.map((d) => [d.file, d.col, d.code, d.message, d.hint])).toEqual([['minutes/gug/2016-03-07.md', 9, 'broken-link', `Sidan ${url} finns inte på webbplatsen, så länken leder ingenstans.`, `Menade du ${offered}?`]]);
  });

  it.each(relativeCases.map(([mistake, url, hint], i) => ({ mistake, url, hint, line: 7 + i })))('relative: $mistake', ({ line, hint }) => {
    const found = diagnostics.filter((d) => d.file === 'minutes/gug/2016-03-21.md' && d.line === line);
    expect(found.map((d) => [d.col, d.code, d.hint])).toEqual([[9, 'broken-link', hint]]);
  });

  it('reports nothing else', () => {
    const lines = { 'minutes/gug/2016-03-07.md': cases.length, 'minutes/gug/2016-03-21.md': relativeCases.length } as Record<string, number>;
    expect(diagnostics.filter((d) => d.line < 7 || d.line >= 7 + (lines[d.file] ?? 0))).toEqual([]);
  });
});
