// A person found nowhere, not even near, in minutes: the hint gives the lines to add to people.yml (the id made as
// `minutes import --add-people` makes one, unique; the organisation written after the name when it is registered),
// and, for an attendee, guests for a one-off visitor. Each row is a minutes file's front matter, checked against the
// valid _base archive (with files of the row's in place of its own), every diagnostic of the file said exactly.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { parse } from 'yaml';
import { idBase, newId } from '../../src/util/unique-ids.js';
import { nameValue } from '../../src/validate/new-person.js';

const BASE = `${FIXTURES}/check/_base`;
const FILE = 'minutes/gug/2016-03-07.md';
const HEAD = 'group: GUG\ndate: 2016-03-07\n';
const ORGANISATIONS = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
afterAll(cleanTemp);

const ADD = (...lines: string[]) => `Lägg till personen i people.yml, på egna rader: ${lines.map((l) => `"${l}"`).join(', ').replace(/, ([^,]*)$/, ' och $1')}.`;
const GUEST = ' Var hen bara på besök och ska inte finnas i people.yml: skriv hen under guests i stället för attendees.';
const UNKNOWN = (name: string) => `Hittar inte personen "${name}".`;

type Said = readonly [place: string, code: string, message: string, hint: string];
const rows: [what: string, yaml: string, said: Said[], files?: Record<string, string>][] = [
  ['an attendee: the lines, and guests for a visitor', `${HEAD}attendees:\n  - David Bergström\n  - Anna Svensson\n`, [['6:5', 'unknown-person', UNKNOWN('Anna Svensson'), ADD('anna-svensson:', '  name: Anna Svensson') + GUEST]]],
  ['an attendee with a registered organisation after the comma: its id in the lines', `${HEAD}attendees:\n  - David Bergström\n  - Anna Svensson, Bryggan\n`, [['6:5', 'unknown-person', UNKNOWN('Anna Svensson'), ADD('anna-svensson:', '  name: Anna Svensson', '  organisation: bryggan') + GUEST]]],
  ['an attendee with a registered organisation by its alias', `${HEAD}attendees: [David Bergström, "Sara Lind, SOF"]\n`, [['4:31', 'unknown-person', UNKNOWN('Sara Lind'), ADD('sara-lind:', '  name: Sara Lind', '  organisation: socialforvaltningen') + GUEST]]],
  ['an attendee with what she came as, no organisation: no organisation in the lines', `${HEAD}attendees:\n  - David Bergström\n  - Anna Svensson, brukarmentor\n`, [['6:5', 'unknown-person', UNKNOWN('Anna Svensson'), ADD('anna-svensson:', '  name: Anna Svensson') + GUEST]]],
  ['an attendee with two registered organisations: which one is hers is not known, none in the lines', `${HEAD}attendees:\n  - David Bergström\n  - Anna Svensson, Bryggan/SOF\n`, [['6:5', 'unknown-person', UNKNOWN('Anna Svensson'), ADD('anna-svensson:', '  name: Anna Svensson') + GUEST]]],
  ['someone absent: the lines, no guests', `${HEAD}attendees: [David Bergström]\nabsent: [Sven Berg]\n`, [['5:10', 'unknown-person', UNKNOWN('Sven Berg'), ADD('sven-berg:', '  name: Sven Berg')]]],
  ['the chair: the lines, no guests', `${HEAD}chair: Bo Ek\nattendees: [David Bergström]\n`, [['4:8', 'unknown-person', UNKNOWN('Bo Ek'), ADD('bo-ek:', '  name: Bo Ek')]]],
  ['a name YAML reads otherwise unquoted: quoted in the lines', `${HEAD}attendees: [David Bergström, "@anna"]\n`, [['4:30', 'unknown-person', UNKNOWN('@anna'), ADD('anna:', '  name: "@anna"') + GUEST]]],
  [
    'a name whose id is taken by an organisation, and its next by a former id: the first id free',
    `${HEAD}attendees:\n  - David Bergström\n  - Anna Ek\n`,
    [['6:5', 'unknown-person', UNKNOWN('Anna Ek'), ADD('anna-ek-3:', '  name: Anna Ek') + GUEST]],
    { 'organisations.yml': ORGANISATIONS.replace('organisations:\n', 'organisations:\n  anna-ek:\n    name: Stiftelsen Eken\n    former_ids: [anna-ek-2]\n') },
  ],
  // Full names joined on one line are no one person to register as written ("anna-ek-och-bo-berg"); "Anna och Co" may be.
  ['two full names joined by och as the chair: each person by itself, no lines', `${HEAD}chair: Anna Ek och Bo Berg\nattendees: [David Bergström]\n`, [['4:8', 'unknown-person', UNKNOWN('Anna Ek och Bo Berg'), 'Skriv varje person för sig, och lägg till den som saknas i people.yml.']]],
  ['two full names joined by & as an attendee: each person by itself, no lines', `${HEAD}attendees:\n  - David Bergström\n  - Anna Ek & Bo Berg\n`, [['6:5', 'unknown-person', UNKNOWN('Anna Ek & Bo Berg'), 'Skriv varje person för sig, och lägg till den som saknas i people.yml.']]],
  ['a name with och but a one-word part: the lines, as one name', `${HEAD}attendees:\n  - David Bergström\n  - Anna och Co\n`, [['6:5', 'unknown-person', UNKNOWN('Anna och Co'), ADD('anna-och-co:', '  name: Anna och Co') + GUEST]]],
  // "chair: Anna Berg, SOF": the name alone is the person to add (with the organisation when registered), and all the field says.
  ['the chair with a registered organisation after a comma: the name and organisation in the lines, the name alone in chair', `${HEAD}chair: Anna Berg, SOF\nattendees: [David Bergström]\n`, [['4:8', 'unknown-person', UNKNOWN('Anna Berg'), ADD('anna-berg:', '  name: Anna Berg', '  organisation: socialforvaltningen') + ' Skriv bara namnet i chair: "chair: Anna Berg"']]],
  ['the secretary with a role after a comma: the name in the lines, the name alone in secretary', `${HEAD}secretary: Bo Lind, sekreterare\nattendees: [David Bergström]\n`, [['4:12', 'unknown-person', UNKNOWN('Bo Lind'), ADD('bo-lind:', '  name: Bo Lind') + ' Skriv bara namnet i secretary: "secretary: Bo Lind"']]],
  // The lines hold the name as a careful person writes it: no sign left after it, one space between its words.
  ['an attendee with a comma left after the name: the name without it', `${HEAD}attendees:\n  - David Bergström\n  - Anna Berg,\n`, [['6:5', 'unknown-person', UNKNOWN('Anna Berg'), ADD('anna-berg:', '  name: Anna Berg') + GUEST]]],
  ['the chair with a comma left after the name: the name without it, to write so in chair too', `${HEAD}chair: Anna Berg,\nattendees: [David Bergström]\n`, [['4:8', 'unknown-person', UNKNOWN('Anna Berg,'), ADD('anna-berg:', '  name: Anna Berg') + ' Skriv också namnet så i protokollet: "Anna Berg".']]],
  ['the secretary with a semicolon left after the name', `${HEAD}secretary: Bo Lind ;\nattendees: [David Bergström]\n`, [['4:12', 'unknown-person', UNKNOWN('Bo Lind ;'), ADD('bo-lind:', '  name: Bo Lind') + ' Skriv också namnet så i protokollet: "Bo Lind".']]],
  ['an attendee with a tab between first name and last: one space in the lines', `${HEAD}attendees: [David Bergström, "Karl\\tÖberg"]\n`, [['4:30', 'unknown-person', UNKNOWN('Karl\tÖberg'), ADD('karl-oberg:', '  name: Karl Öberg') + GUEST]]],
  // Kept: a near spelling is what to write.
  ['a near spelling: did you mean', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestg\n`, [['6:5', 'unknown-person', UNKNOWN('Leif Redestg'), 'Menade du Leif Redestig?']]],
];

describe('a person found nowhere in minutes', () => {
  it.each(rows)('%s', (_what, yaml, said, files = {}) => {
    const result = check(archive([BASE], { ...files, [FILE]: `---\n${yaml}---\nText.\n` }));
    expect(result.diagnostics.map((d) => [`${d.line}:${d.col}`, d.code, d.message, d.hint])).toEqual(said);
  });
});

describe('a new id', () => {
  it.each([
    ['Åke Malmén', [], 'ake-malmen'],
    ['Åke Malmén', ['ake-malmen'], 'ake-malmen-2'],
    ['Åke Malmén', ['ake-malmen', 'ake-malmen-2', 'ake-malmen-4'], 'ake-malmen-3'],
    ['???', [], 'ny'],
  ] as const)('%s beside %j: %s', (name, taken, id) => {
    expect(newId(name, new Set(taken))).toBe(id);
    expect(idBase(name)).toBe(id.replace(/-\d+$/, '') || 'ny');
  });
});

describe('a name in the lines to add', () => {
  it.each(['Anna Svensson', 'Karl Berg Jr.', "Anna O'Neil", 'Anna-Lena Åberg', 'Ia', 'ordf.', '@anna', 'Anna: Ek', 'Anna #2', 'Null', 'yes', '123', '2016-03-07', '"Anna"', '- Anna', 'Anna ', '*Anna*', '!Anna', '[Anna]', 'Ann\u0061\u030a'])('%j reads back as itself', (name) => {
    expect(parse(`name: ${nameValue(name)}`)).toEqual({ name });
  });
  it.each(['Anna Svensson', 'Karl Berg Jr.', 'Anna-Lena Åberg'])('%s is written plain', (name) => expect(nameValue(name)).toBe(name));
});

// What the hint proposes is what to write: with its lines added to people.yml and the name written in the minutes as
// in them, check says nothing more of the file.
describe('the lines to add, added', () => {
  const attendee = (name: string) => `${HEAD}attendees:\n  - David Bergström\n  - ${name}\n`;
  const quoted = (name: string) => `${HEAD}attendees: [David Bergström, ${JSON.stringify(name)}]\n`;
  const absent = (name: string) => `${HEAD}attendees: [David Bergström]\nabsent: [${JSON.stringify(name)}]\n`;
  it.each([
    ['an attendee as written', attendee, 'Anna Svensson', 'Anna Svensson'],
    ['an attendee with a comma left after the name', attendee, 'Anna Berg,', 'Anna Berg'],
    ['an attendee with a semicolon and blanks left after the name', quoted, 'Anna Berg ; ', 'Anna Berg'],
    ['an attendee with a tab between the names', quoted, 'Karl\tÖberg', 'Karl Öberg'],
    ['an attendee with spaces and a tab between the names', quoted, 'Karl  \t Öberg', 'Karl Öberg'],
    ['someone absent with a comma left after the name', absent, 'Sven Berg,', 'Sven Berg'],
    ['the chair with a comma left after the name', (name: string) => `${HEAD}attendees: [David Bergström, Anna Berg]\nchair: ${name}\n`, 'Anna Berg,', 'Anna Berg'],
    ['the secretary with a tab and a semicolon left after the name', (name: string) => `${HEAD}attendees: [David Bergström, Bo Lind]\nsecretary: ${JSON.stringify(name)}\n`, 'Bo\tLind;', 'Bo Lind'],
  ] as const)('%s', (_what, minutes, written, proposed) => {
    const before = check(archive([BASE], { [FILE]: `---\n${minutes(written)}---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    // The chair and secretary are among the attendees above them, who are unknown too: theirs is the last.
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((d) => d.code === 'unknown-person')).toBe(true);
    const lines = /på egna rader: "([^"]+)" och "(  name: .*?)"\.(?: |$)/.exec(before.at(-1)!.hint!);
    expect(lines).not.toBeNull();
    const [, idLine, nameLine] = lines!;
    expect(parse(nameLine!.trim())).toEqual({ name: proposed });
    const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}${idLine}\n${nameLine}\n`;
    const after = check(archive([BASE], { 'people.yml': people, [FILE]: `---\n${minutes(proposed)}---\nText.\n` }));
    expect(after.diagnostics).toEqual([]);
  });
});
