// A registered name, found as it stands, is never one of the slips an attendee's line is looked at for (what the
// person came as after a dash or in brackets, a note of absence, people joined by "och", a list's full stop): the
// rules about attendees pass such names by at once (validate/rules/meeting-refs.ts, attendance.ts). Each row is the
// names of people.yml shaped like a slip, written among the attendees and the absent: nothing to say; then the same
// shapes around names not registered that way, which are said as before.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = `${FIXTURES}/check/_base`;
const FILE = 'minutes/gug/2016-03-07.md';
afterAll(cleanTemp);

/** people.yml of the base archive with people whose names look like slips. */
const PEOPLE = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}
anna-lind:
  name: Anna Lind - SOF
bo-ek:
  name: Bo Ek (ordf.)
eva-sten:
  name: Eva Sten, Bryggan
lars-holm:
  name: Lars och Lena Holm
maj-berg:
  name: Maj Berg (ej närvarande)
karl-berg:
  name: Karl Berg Jr.
sam-ek:
  name: Sam Ek
sam-ek-2:
  name: Sam Ek
`;

const minutes = (attendees: string, absent: string) => `---\ngroup: GUG\ndate: 2016-03-07\nsecretary: Leif Redestig\nattendees: [Leif Redestig, ${attendees}]\nabsent: [${absent}]\n---\nText.\n`;

const rows: [string, string, string, string[]][] = [
  ['a name with a dash', 'Anna Lind - SOF', 'Ia Jonsson', []],
  ['a name with a dash, away', 'Ia Jonsson', 'Anna Lind - SOF', []],
  ['a name with brackets', 'Bo Ek (ordf.)', 'Ia Jonsson', []],
  ['a name with brackets, away', 'Ia Jonsson', 'Bo Ek (ordf.)', []],
  ['a name with a comma', '"Eva Sten, Bryggan"', 'Ia Jonsson', []],
  ['a name with a comma, away', 'Ia Jonsson', '"Eva Sten, Bryggan"', []],
  ['a name with "och"', 'Lars och Lena Holm', 'Ia Jonsson', []],
  ['a name with "och", away', 'Ia Jonsson', 'Lars och Lena Holm', []],
  ['a name with a note of absence', 'Maj Berg (ej närvarande)', 'Ia Jonsson', []],
  ['a name with a note of absence, away', 'Ia Jonsson', 'Maj Berg (ej närvarande)', []],
  ['a name with a full stop, last in a list', 'David Bergström, Karl Berg Jr.', 'Ia Jonsson', []],
  ['a name with a full stop, last in a list, away', 'Ia Jonsson', 'David Bergström, Karl Berg Jr.', []],
  ['their ids', 'anna-lind, bo-ek, eva-sten, lars-holm, maj-berg, karl-berg', 'Åke Malmén', []],
  ['written in other capitals', 'ANNA LIND - SOF, bo ek (ORDF.)', '"eva sten, bryggan"', []],
  // The same shapes around names registered otherwise: said as ever.
  ['a registered name with what the person came as after a dash', 'Åke Malmén - SOF', 'Ia Jonsson', ['unknown-person']],
  ['a registered name with a note of absence among the attendees', 'Åke Malmén (ej närvarande)', 'Ia Jonsson', ['present-and-absent']],
  ['two registered names joined by "och"', 'Åke Malmén och David Bergström', 'Ia Jonsson', ['people-on-one-line']],
  ['a name not registered', 'Anna Lind', 'Ia Jonsson', ['unknown-person']],
  ['a name two people have', 'Sam Ek', 'Ia Jonsson', ['ambiguous-name']],
  ['a name two people have, away', 'Ia Jonsson', 'Sam Ek', ['ambiguous-name']],
];

describe('registered names shaped like slips', () => {
  it.each(rows)('%s', (_what, attendees, absent, codes) => {
    const result = check(archive([BASE], { 'people.yml': PEOPLE, [FILE]: minutes(attendees, absent) }));
    expect(result.diagnostics.filter((d) => d.file === FILE).map((d) => d.code)).toEqual(codes);
  });
});
