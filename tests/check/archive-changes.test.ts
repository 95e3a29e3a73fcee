// What `minutes check` says after the archive's steward changes it over the years: a person, group or
// organisation renamed without keeping the old name, minutes whose date or group was corrected, minutes
// withdrawn. Each row changes a valid _base archive and lists every diagnostic it gives.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const OLD = 'minutes/gug/2016-02-08.md';
const oldText = fs.readFileSync(path.join(BASE, OLD), 'utf8');
const organisations = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
const FOLLOWUP = 'minutes/gug/2016-03-07.md';
const followup = '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n---\nText.\n';

interface Case {
  readonly change: string;
  readonly files: Record<string, string>;
  /** Files removed from the base archive. */
  readonly remove?: readonly string[];
  /** "file:line:col code" of every diagnostic, in order. */
  readonly expected: readonly string[];
  readonly message?: string;
  readonly hint?: string;
}

const people = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8');

const cases: Case[] = [
  {
    change: 'a person renamed (married) without keeping the old name: the old name is to become an alias',
    files: { 'people.yml': people.replace('name: Leif Redestig', 'name: Leif Lindqvist') },
    expected: [`${OLD}:8:5 unknown-person`, `${OLD}:14:10 unknown-owner`],
    message: 'Hittar inte personen "Leif Redestig".',
    hint: 'Menade du Leif Lindqvist (leif-redestig)? Har personen bytt namn: lägg till "Leif Redestig" under aliases för leif-redestig i people.yml',
  },
  {
    change: 'a group renamed without keeping the old name: the old name is to become an alias',
    files: { 'organisations.yml': organisations.replace('name: Gemensam utvecklingsgrupp', 'name: Utvecklingsgruppen') },
    expected: [`${OLD}:2:8 unknown-group`],
    hint: 'Har gruppen bytt namn: lägg till "Gemensam utvecklingsgrupp" under aliases för gemensam-utvecklingsgrupp i organisations.yml',
  },
  {
    change: 'an organisation renamed without keeping the old name, written after an attendee: the old name is to become an alias',
    files: {
      'organisations.yml': organisations.replace('name: Vorta Drom', 'name: Föreningen Vorta Drom'),
      [OLD]: oldText.replace('  - Ivan Kuzhikov\n', '  - Ivan Kuzhikov, Vorta Drom\n'),
    },
    expected: [`${OLD}:9:20 unknown-affiliation`],
    hint: 'Har organisationen bytt namn: lägg till "Vorta Drom" under aliases för vorta-drom i organisations.yml',
  },
  {
    change: 'minutes moved to the group they belong to: the follow-up is pointed at the same action there',
    files: {
      'organisations.yml': organisations.replace('groups:\n', 'groups:\n  styrgrupp:\n    name: Styrgrupp\n'),
      'minutes/styrgrupp/2016-02-08.md': oldText.replace('group: Gemensam utvecklingsgrupp', 'group: Styrgrupp'),
      [FOLLOWUP]: followup,
    },
    remove: [OLD],
    expected: [`${FOLLOWUP}:6:13 unknown-action`],
    message: 'det finns inget protokoll från gemensam-utvecklingsgrupp 2016-02-08.',
    hint: 'Menade du styrgrupp/2016-02-08#1',
  },
  {
    change: 'minutes withdrawn: the follow-up of their action is to be removed',
    files: { [FOLLOWUP]: followup },
    remove: [OLD],
    expected: [`${FOLLOWUP}:6:13 unknown-action`],
    message: 'det finns inget protokoll från gemensam-utvecklingsgrupp 2016-02-08.',
    hint: 'Har det tagits bort: ta bort uppföljningen.',
  },
];

describe('check after the archive changes', () => {
  it.each(cases)('$change', ({ files, remove, expected, message, hint }) => {
    const dir = archive([BASE], files);
    for (const file of remove ?? []) fs.rmSync(path.join(dir, file));
    const result = check(dir);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    if (message) expect(result.diagnostics[0]!.message).toContain(message);
    if (hint) expect(result.diagnostics[0]!.hint).toContain(hint);
  });
});
