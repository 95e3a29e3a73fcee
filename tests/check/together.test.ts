// Every problem in one run: a problem never hides another in the same file (a YAML error the text below it, a
// bad status the action it follows up), and never shows up again as false errors in correct files (a wrong
// date makes the meeting's actions unknown to its follow-ups; a shared name makes an exact id ambiguous).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const FILE = 'minutes/gug/2016-03-07.md';
const BASE_FILE = 'minutes/gug/2016-02-08.md';
const baseText = fs.readFileSync(path.join(BASE, BASE_FILE), 'utf8');

const cases: { name: string; files: Record<string, string>; expected: string[]; messages?: string[] }[] = [
  {
    name: 'a YAML error hides nothing in the text below it',
    files: { [FILE]: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström\n---\nText [x](javascript:alert(1)) och \u001b här, \u202Eomvänt.\n' },
    expected: [`${FILE}:4:12 yaml-syntax`, `${FILE}:6:10 unsafe-link`, `${FILE}:6:35 control-character`, `${FILE}:6:42 invisible-character`],
  },
  {
    name: 'a bad or missing follow-up status hides nothing about the action it names',
    files: { [FILE]: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\nfollowups:\n  - action: nonsense\n    status: klar\n  - action: gemensam-utvecklingsgrupp/2017-01-01#1\n---\nText.\n' },
    expected: [`${FILE}:6:13 unknown-action`, `${FILE}:7:13 invalid-value`, `${FILE}:8:5 missing-field`, `${FILE}:8:13 unknown-action`],
    messages: ['Fältet "status" saknas.'],
  },
  {
    name: 'a repeated key names itself and hides nothing else',
    files: { [FILE]: '---\ngroup: GUG\ndate: 2016-03-07\nlocation: A\nlocation: B\nattendees: [Davvid Bergström]\n---\nText.\n' },
    expected: [`${FILE}:5:1 yaml-duplicate-key`, `${FILE}:6:13 unknown-person`],
    messages: ['Fältet "location" står två gånger.'],
  },
  {
    name: 'a wrong date is reported once, not again as unknown actions in the minutes that follow them up',
    files: {
      [BASE_FILE]: baseText.replace('date: 2016-02-08', 'date: 2016-02-30'),
      [FILE]: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n---\nText.\n',
    },
    expected: [`${BASE_FILE}:3:7 invalid-date`],
  },
  ...(
    [
      ['front matter that cannot be read', baseText.replace('attendees:', 'attendees: ['), [`${BASE_FILE}:6:12 yaml-syntax`]],
      ['an empty file', '', [`${BASE_FILE}:1:1 front-matter-missing`]],
    ] as const
  ).map(([what, broken, expected]) => ({
    name: `${what} is reported once, not again as unknown actions in the minutes that follow them up`,
    files: {
      [BASE_FILE]: broken,
      [FILE]: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n---\nText.\n',
    },
    expected: [...expected],
  })),
  {
    name: 'an id stays exact when two entries share a name',
    files: { 'organisations.yml': fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8') + '  fritidsbanken-2:\n    name: Fritidsbanken\n' },
    expected: ['organisations.yml:19:11 ambiguous-name'],
  },
  {
    name: 'a name that two people share is named as it is written, not in its folded form',
    files: { 'people.yml': fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8') + 'anna-berg:\n  name: Anna Berg\n  aliases: [PER norbeck]\n' },
    expected: ['people.yml:23:13 ambiguous-name'],
    messages: ['Namnet "PER norbeck" hör redan till Per Norbeck (per-norbeck).'],
  },
];

describe('every problem once, in one run', () => {
  it.each(cases)('$name', ({ files, expected, messages }) => {
    const result = check(archive([BASE], files));
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    for (const m of messages ?? []) expect(result.diagnostics.map((d) => d.message)).toContain(m);
  });
});
