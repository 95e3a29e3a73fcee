// Every problem in one run, also in front matter with a YAML error: the fields the error leaves readable are still
// checked, at their places and with their usual codes, and nothing is said about what the error may have hidden.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-03-07.md';
afterAll(cleanTemp);
/** What the first error of a registry that cannot be read begins its hint with. */
const UNREAD = (file: string) => `Protokollen kontrolleras mot ${file} först när filen går att läsa. `;

/** Front matter lines (without the --- around them) and the diagnostics they must give, as "line:col code". */
const cases: [name: string, lines: string[], expected: string[]][] = [
  [
    'a misspelt attendee above an unclosed quote',
    ['group: GUG', 'date: 2016-03-07', 'attendees:', '  - Davvid Bergström', 'location: "Bryggan'],
    ['5:5 unknown-person', '6:11 yaml-syntax'],
  ],
  [
    'a wrong date on the line after a value that starts with a quoted word',
    ['group: GUG', 'attendees: [David Bergström]', 'location: "Bryggan" rum 3', 'date: 2016-02-30'],
    ['4:11 yaml-syntax', '5:7 invalid-date'],
  ],
  [
    'a misspelt attendee on the line before a colon in a value',
    ['group: GUG', 'date: 2016-03-07', 'attendees:', '  - Davvid Bergström', 'location: Bryggan: rum 3'],
    ['5:5 unknown-person', '6:11 yaml-syntax'],
  ],
  [
    'an unknown group after a misaligned field in an action',
    ['date: 2016-03-07', 'attendees: [David Bergström]', 'actions:', '  - who: Leif Redestig', '     what: Boka rum.', 'group: GUGG'],
    ['6:6 yaml-syntax', '7:8 unknown-group'],
  ],
  [
    'the fields below a colon in a value, which the parser reads into it, and a misspelt attendee above it',
    ['group: GUG', 'date: 2016-03-07', 'attendees:', '  - Davvid Bergström', 'summary: Tid: 13:30 på Bryggan.', 'projects: [Fritidsbankenn]', 'next_meeting: 2016-4-4', 'secretary: Leif Redestig'],
    ['5:5 unknown-person', '6:10 yaml-syntax', '7:12 unknown-project', '8:15 invalid-date'],
  ],
  [
    'nothing from a list with a colon in an item, but the fields below it',
    ['group: GUG', 'date: 2016-03-07', 'attendees:', '  - Davvid Bergström', '  - Leif: Redestig: ordförande', 'projects: [Fritidsbankenn]'],
    ['6:11 yaml-syntax', '7:12 unknown-project'],
  ],
  [
    'an unknown project and a wrong time around a list written with *',
    ['group: GUG', 'date: 2016-03-07', 'time: "25:61"', 'attendees:', '  * David Bergström', 'projects: [Fritidsbankenn]'],
    ['4:7 invalid-time', '6:3 yaml-syntax', '7:12 unknown-project'],
  ],
  [
    'a secretary not present, both fields read, and a quote never closed below them',
    ['group: GUG', 'date: 2016-03-07', 'secretary: Åke Malmén', 'attendees: [David Bergström, Leif Redestig]', 'summary: "Vi pratade'],
    ['4:12 secretary-not-present', '6:10 yaml-syntax'],
  ],
  [
    'the next meeting before the meeting, both read, after a tab-indented list',
    ['group: GUG', 'attendees:', '\t- David Bergström', 'date: 2016-03-07', 'next_meeting: 2016-01-01'],
    ['4:1 yaml-syntax', '6:15 next-meeting-before-meeting'],
  ],
  [
    'nothing from a misspelt name inside the broken list, but the unknown group above it',
    ['group: GUGG', 'date: 2016-03-07', 'attendees:', '  - Davvid Bergström', '  - Leif: Redestig: ordförande'],
    ['2:8 unknown-group', '6:11 yaml-syntax'],
  ],
  [
    'nothing from a list never closed, nor from the line after it, but the wrong date above it',
    ['group: GUG', 'date: 2016-02-30', 'attendees: [Davvid Bergström', 'secretary: Åke Malmen'],
    ['3:7 invalid-date', '4:12 yaml-syntax'],
  ],
  [
    'nothing about the secretary when the attendees could not be read, but the unknown group',
    ['group: GUGG', 'date: 2016-03-07', 'secretary: Åke Malmén', 'attendees:', '  - David Bergström', '  - Leif: Redestig: ordförande'],
    ['2:8 unknown-group', '7:11 yaml-syntax'],
  ],
  [
    'no registered guest when the attendees, where they may stand too, could not be read',
    ['group: GUGG', 'date: 2016-03-07', 'attendees:', '  - Leif: Redestig: ordförande', 'guests: [Leif Redestig]'],
    ['2:8 unknown-group', '5:11 yaml-syntax'],
  ],
  [
    'no missing field where the error swallows it, no unknown field, but the unknown group',
    ['group: GUGG', 'attendess: [David Bergström]', 'location: "Bryggan', 'date: 2016-03-07'],
    ['2:8 unknown-group', '4:11 yaml-syntax'],
  ],
  [
    'nothing from a value on the error line itself, but the unknown group',
    ['group: GUGG', 'attendees: [David Bergström]', 'date: "2016-02-30" rum 3'],
    ['2:8 unknown-group', '4:7 yaml-syntax'],
  ],
  [
    'a value a comment cuts short, above a colon in a value',
    ['group: GUG', 'date: 2016-03-07', 'attendees: [David Bergström]', 'location: Bryggan #3', 'summary: Tid: 13:30'],
    ['5:19 comment-in-value', '6:10 yaml-syntax'],
  ],
  [
    'a value a comment cuts short, among the fields below a colon in a value',
    ['group: GUG', 'date: 2016-03-07', 'attendees: [David Bergström]', 'summary: Tid: 13:30', 'location: Bryggan #3'],
    ['5:10 yaml-syntax', '6:19 comment-in-value'],
  ],
  [
    'a misspelt attendee in a list indented with tabs, read as with spaces',
    ['group: GUG', 'date: 2016-03-07', 'attendees:', '\t- David Bergström', '\t- Leif Redestg'],
    ['5:1 yaml-syntax', '6:1 yaml-syntax', '6:4 unknown-person'],
  ],
  [
    'a misspelt owner and a wrong due date in an action indented with a tab and spaces, read as with spaces',
    ['group: GUG', 'date: 2016-03-07', 'attendees: [David Bergström]', 'actions:', '\t- who: Lief', '\t  what: Boka lokal.', '\t  due: 2016-13-01'],
    ['6:1 yaml-syntax', '6:9 unknown-owner', '7:1 yaml-syntax', '8:1 yaml-syntax', '8:9 invalid-date'],
  ],
  [
    'nothing from a list whose tabs read one way with a space a tab and another with two, but the unknown group above it',
    ['group: GUGG', 'date: 2016-03-07', 'attendees:', ' - Davvid Bergström', '\t- Leif Redestig'],
    ['2:8 unknown-group', '6:1 yaml-syntax'],
  ],
  [
    'nothing from a comment inside the broken list, but the unknown group above it',
    ['group: GUGG', 'date: 2016-03-07', 'attendees:', '  - David Bergström #3', '  - Leif: Redestig: ordförande'],
    ['2:8 unknown-group', '6:11 yaml-syntax'],
  ],
  // A field's lines run on to the next field, also past a comment: a misaligned line below the comment is the
  // field's own, cut from it by the error, so the field is unread and not said to lack what that line holds.
  [
    'no action said to lack the what an error cut off below a comment, but the unknown group',
    ['group: GUGG', 'date: 2016-03-07', 'attendees: [David Bergström]', 'actions:', '  - who: Leif Redestig', '  # vad', '  what: Boka lokal.'],
    ['2:8 unknown-group', '8:3 yaml-syntax'],
  ],
  [
    'no follow-up said to lack the status an error cut off below a comment, but the wrong date',
    ['group: GUG', 'date: 2016-02-30', 'attendees: [David Bergström]', 'followups:', '  - action: gug/2016-02-08#1', '  # klart', '  status: done'],
    ['3:7 invalid-date', '8:3 yaml-syntax'],
  ],
  [
    'no unknown secretary made of the first word of a name whose rest an error cut off below a comment, but the unknown project',
    ['group: GUG', 'date: 2016-03-07', 'attendees: [David Bergström]', 'secretary: David', '# vid pennan', ' Bergström', 'projects: [Fritidsbankenn]'],
    ['6:1 yaml-syntax', '7:2 yaml-syntax', '8:12 unknown-project'],
  ],
  [
    'no unknown attendee made of the first word of a name whose rest an error cut off below an indented comment, but the wrong time',
    ['group: GUG', 'date: 2016-03-07', 'attendees:', '  - David', '  # kom senare', ' Bergström', 'time: "25:61"'],
    // One slip (the name's rest out of line): the parser's second complaint at its place follows from the first.
    ['7:2 yaml-syntax', '8:7 invalid-time'],
  ],
];

describe('a YAML error hides no problem in the rest of the front matter', () => {
  it.each(cases)('%s', (_, lines, expected) => {
    const result = check(archive([BASE], { [FILE]: `---\n${lines.join('\n')}\n---\nText.\n` }));
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    expect(result.diagnostics.every((d) => d.file === FILE)).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.validated.minutes.map((m) => m.file)).not.toContain(FILE);
  });
});

const people = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8');
const organisations = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');

/** A registry changed with a YAML error and other slips, and every diagnostic of the archive, as "file:line:col code". */
const registryCases: [name: string, files: Record<string, string>, expected: string[]][] = [
  [
    "people.yml: the other entries' slips besides a misaligned field, and nothing in minutes or organisations.yml about the entry it is in",
    {
      'people.yml': people
        .replace('  organisation: socialforvaltningen\n', '   organisation: socialforvaltningen\n')
        .replace('ake-malmen:\n', 'Åke Malmén:\n')
        .concat('anna-berg:\n  organisaton: bryggan\ncia-ek:\n  name: Cia Ek\n  organisation: [bryggan, vorta-drom]\n  former_ids: [david-bergstrom]\nbo-ek:\n  name: Bo Ek\nbo-ek:\n  name: Bo Ekman\n'),
    },
    [
      'people.yml:3:4 yaml-syntax',
      'people.yml:11:1 invalid-id',
      'people.yml:22:3 missing-field',
      'people.yml:22:3 unknown-key',
      'people.yml:25:17 invalid-type',
      'people.yml:26:16 former-id-taken',
      'people.yml:29:1 duplicate-id',
    ],
  ],
  [
    'organisations.yml: the slips of the sections besides a misaligned field in another, a misspelt member among them',
    {
      'organisations.yml': organisations
        .replace('    name: Fritidsbanken\n', '    name: Fritidsbanken\n     ended: 2017-01-01\n')
        .replace('  bryggan:\n', '  Bryggan:\n')
        .replace('members: [leif-redestig, david-bergstrom]', 'members: [leif-redestig, david-bergstrm]'),
    },
    ['organisations.yml:7:3 invalid-id', 'organisations.yml:13:30 unknown-person', 'organisations.yml:17:6 yaml-syntax'],
  ],
  // Within a section of organisations.yml, the entries an error leaves whole are checked too.
  [
    'organisations.yml: a wrong date in a group above one with a misaligned field',
    { 'organisations.yml': organisations.replace('projects:\n', '  styrgrupp:\n    name: Styrgrupp\n    ended: 2016-31-12\n  ledning:\n    name: Ledningsgrupp\n     started: 2015-01-01\n    members: [leif-redestig]\nprojects:\n') },
    ['organisations.yml:16:12 invalid-date', 'organisations.yml:19:6 yaml-syntax'],
  ],
  [
    'organisations.yml: a misspelt member of a group below one whose name starts with a sign',
    { 'organisations.yml': organisations.replace('projects:\n', '  ledning:\n    name: *Ledning*\n  styrgrupp:\n    name: Styrgrupp\n    members: [leif-redestig, david-bergstrm]\nprojects:\n') },
    ['organisations.yml:15:11 yaml-syntax', 'organisations.yml:18:30 unknown-person'],
  ],
  [
    'organisations.yml: a misspelt field in a project below one with a misaligned field, and nothing about the organisation it names',
    { 'organisations.yml': organisations.concat('  annat:\n    name: Annat\n      organisation: bryggan\n  tredje:\n    name: Tredje\n    organisaton: bryggan\n') },
    ['organisations.yml:20:7 yaml-syntax', 'organisations.yml:23:5 unknown-key'],
  ],
  [
    'organisations.yml: a group whose name an error cut off below a comment is not said to lack it, and a wrong date in another is told',
    { 'organisations.yml': organisations.replace('projects:\n', '  ledning:\n    aliases: [Ledning]\n    # styrs av socialförvaltningen\n   name: Ledningsgrupp\n  styrgrupp:\n    name: Styrgrupp\n    ended: 2016-31-12\nprojects:\n') },
    ['organisations.yml:17:4 yaml-syntax', 'organisations.yml:20:12 invalid-date'],
  ],
  [
    'organisations.yml: an organisation whose name an error cut off is not said to lack it, nor a person of it unknown, and a wrong date in another is told',
    { 'organisations.yml': organisations.replace('  vorta-drom:\n    name: Vorta Drom\n', '  vorta-drom:\n    aliases: [VD]\n    # namnet\n   name: Vorta Drom\n').replace('    name: Bryggan\n', '    name: Bryggan\n    ended: 2016-02-30\n') },
    ['organisations.yml:8:4 yaml-syntax', 'organisations.yml:11:12 invalid-date'],
  ],
  [
    'organisations.yml: a wrong date in a group above one with a line indented with a tab',
    { 'organisations.yml': organisations.replace('projects:\n', '  styrgrupp:\n    name: Styrgrupp\n    ended: 2016-31-12\n  ledning:\n    name: Ledningsgrupp\n\tmembers: [leif-redestig]\nprojects:\n') },
    ['organisations.yml:16:12 invalid-date', 'organisations.yml:19:1 yaml-syntax'],
  ],
  [
    'organisations.yml: a wrong date in a group above one with a member that starts with a sign, whose other members are not read in full',
    { 'organisations.yml': organisations.replace('projects:\n', '  styrgrupp:\n    name: Styrgrupp\n    ended: 2016-31-12\n  ledning:\n    name: Ledningsgrupp\n    members: [leif-redestig, *Bo*, david-bergstrm]\nprojects:\n') },
    ['organisations.yml:16:12 invalid-date', 'organisations.yml:19:30 yaml-syntax'],
  ],
  [
    'people.yml: an entry whose name an error cut off below a comment is not said to lack it',
    { 'people.yml': people.concat('bo-ek:\n  aliases: [Bo]\n  # namnet\n name: Bo Ek\ncia-ek:\n  name: Cia Ek\n  organisaton: bryggan\n') },
    ['people.yml:24:2 yaml-syntax', 'people.yml:27:3 unknown-key'],
  ],
];

describe('a YAML error in a registry hides no problem in the entries it leaves whole', () => {
  it.each(registryCases)('%s', (_, files, expected) => {
    const result = check(archive([BASE], files));
    const got = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
    expect([...got].sort()).toEqual([...expected].sort());
    expect(result.ok).toBe(false);
  });
});

describe('a registry that is no mapping', () => {
  it.each([
    ['people.yml', 'a list of names', '- Leif Redestig\n- David Bergström\n', 'varje persons id med kolon efter (lisa-berg:)'],
    ['organisations.yml', 'a list of groups', '- Gemensam utvecklingsgrupp\n- GUG\n', 'avsnitten organisations:, groups: och projects:'],
    ['organisations.yml', 'a line of text', 'Gemensam utvecklingsgrupp\n', 'avsnitten organisations:, groups: och projects:'],
  ])('%s written as %s is told what a registry is made of, not of fields at the top of a file', (file, _, text, words) => {
    const result = check(archive([BASE], { [file]: text }));
    const found = result.diagnostics.find((d) => d.file === file && d.code === 'not-a-mapping');
    expect(found?.message).toContain(words);
    expect(found?.message).not.toContain('överst');
  });
});

describe('an entry being added to a registry, saved before the colon after its id', () => {
  it.each([
    ['people.yml', people.concat('ny-person'), 'people.yml:21:1', 'ny-person:'],
    ['organisations.yml', organisations.concat('  ny-grupp\n'), 'organisations.yml:18:3', 'ny-grupp:'],
    // An id of one word, no field's name nor the start of one: the next entry's id below the one above.
    ['people.yml', people.concat('anna'), 'people.yml:21:1', 'anna:'],
    ['people.yml', people.concat('anna\n  name: Anna Ek\n'), 'people.yml:21:1', 'anna:'],
    ['organisations.yml', organisations.replace('  bryggan:\n    name: Bryggan\n', '  bryggan:\n    name: Bryggan\n  fritid\n    name: Fritid\n'), 'organisations.yml:9:3', 'fritid:'],
  ])('%s: the colon is said to be missing after the id, with the line to write', (_, text, place, line) => {
    const file = place.split(':')[0]!;
    const result = check(archive([BASE], { [file]: text }));
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([`${place} yaml-syntax`]);
    expect(result.diagnostics[0]!.message).toBe('Kolonet efter namnet saknas, så raden går inte att läsa som ett fält.');
    expect(result.diagnostics[0]!.hint).toBe(`${UNREAD(file)}Skriv ett kolon direkt efter namnet: ${line}`);
  });
});

describe("a field above the dash of a list's item in people.yml", () => {
  it("a membership's role above its dash: the membership's lines to write", () => {
    const result = check(archive([BASE], { 'people.yml': people.concat('anna-berg:\n  name: Anna Berg\n  memberships:\n    role: ledamot\n    - group: gemensam-utvecklingsgrupp\n') }));
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(['people.yml:24:5 yaml-syntax']);
    expect(result.diagnostics[0]!.message).toBe('Fältet "role" står före strecket (-) som inleder medlemskapet, så det går inte att läsa.');
    expect(result.diagnostics[0]!.hint).toBe(`${UNREAD('people.yml')}Flytta role: ner bland medlemskapets fält, under strecket och lika långt in som dem: "    - group: gemensam-utvecklingsgrupp" och "      role: ledamot"`);
  });

  it("roles above the dashes of two memberships: each membership's lines to write, and the entries below checked", () => {
    const added = 'anna-berg:\n  name: Anna Berg\n  memberships:\n    role: ledamot\n    - group: gemensam-utvecklingsgrupp\n    role: ordförande\n    - group: gemensam-utvecklingsgrupp\n      from: 2015-01-01\nbo-ek:\n  name: Bo Ek\n  organisation: brygan\n';
    const result = check(archive([BASE], { 'people.yml': people.concat(added) }));
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(['people.yml:24:5 yaml-syntax', 'people.yml:26:5 yaml-syntax', 'people.yml:31:17 unknown-organisation']);
    expect(result.diagnostics[1]!.hint).toBe('Flytta role: ner bland medlemskapets fält, under strecket och lika långt in som dem: "    - group: gemensam-utvecklingsgrupp", "      from: 2015-01-01" och "      role: ordförande"');
  });

  it("a person's name above a membership whose memberships: is missing: not told to move the name into it", () => {
    const result = check(archive([BASE], { 'people.yml': people.concat('anna:\n  name: Anna Berg\n  - group: gemensam-utvecklingsgrupp\n    role: ledamot\n') }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toContain('people.yml yaml-syntax');
    for (const d of result.diagnostics) expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/före strecket|Flytta name/);
  });
});
