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
  {
    change: "two entries of one person being merged, the duplicate's id kept under former_ids but the duplicate not yet removed: the hint says to remove it",
    files: {
      'people.yml': people.replace('  aliases: [Ivan Kuzhikov]\n', '  former_ids: [ivan-kuzhikov]\n').concat('ivan-kuzhikov:\n  name: Ivan Kuzhikov\n  organisation: vorta-drom\n'),
    },
    expected: ['people.yml:6:16 former-id-taken'],
    hint: 'Slår du ihop två poster till en: ta bort posten ivan-kuzhikov ur people.yml (och skriv dess namn under aliases här).',
  },
  // The same changes with the old ids kept under former_ids: minutes written before stay as they were, and pass.
  {
    change: "a person's id changed, the old one kept under former_ids: minutes and the registry naming the old id still find them",
    files: {
      'people.yml': people.replace('leif-redestig:\n', 'leif-lindqvist:\n  former_ids: [leif-redestig]\n'),
      [OLD]: oldText.replace('  - who: Leif Redestig\n', '  - who: leif-redestig\n'),
    },
    expected: [],
  },
  {
    change: "a group's id changed, the old one kept under former_ids: minutes naming it by the old id, and follow-ups of its actions by their old ids, still find them",
    files: {
      'organisations.yml': organisations.replace('  gemensam-utvecklingsgrupp:\n', '  utvecklingsgruppen:\n    former_ids: [gemensam-utvecklingsgrupp]\n'),
      [OLD]: oldText.replace('group: Gemensam utvecklingsgrupp', 'group: gemensam-utvecklingsgrupp'),
      [FOLLOWUP]: followup,
    },
    expected: [],
  },
  {
    change: "a group's and a project's ids changed, the old ones kept: links to their feeds and calendar at the old addresses lead to the copies written there",
    files: {
      'organisations.yml': organisations.replace('  gemensam-utvecklingsgrupp:\n', '  utvecklingsgruppen:\n    former_ids: [gemensam-utvecklingsgrupp]\n').replace('  fritidsbanken:\n    name: Fritidsbanken', '  fritidsbanken-hbg:\n    former_ids: [fritidsbanken]\n    name: Fritidsbanken'),
      [OLD]: `${oldText}\n[Flöde](/grupper/gemensam-utvecklingsgrupp/feed.xml), [kalender](/grupper/gemensam-utvecklingsgrupp/kalender.ics), [projektet](/projekt/fritidsbanken/feed.xml).\n`,
    },
    expected: [],
  },
  {
    change: "minutes whose date was corrected, the old meeting id kept under former_ids: the follow-up by the old action id finds the action",
    files: { 'minutes/gug/2016-02-09.md': oldText.replace('date: 2016-02-08', 'date: 2016-02-09\nformer_ids: [gemensam-utvecklingsgrupp/2016-02-08]'), [FOLLOWUP]: followup },
    remove: [OLD],
    expected: [],
  },
  {
    change: 'minutes moved to another group, the old meeting id kept under former_ids: the follow-up by the old action id finds the action',
    files: {
      'organisations.yml': organisations.replace('groups:\n', 'groups:\n  styrgrupp:\n    name: Styrgrupp\n'),
      'minutes/styrgrupp/2016-02-08.md': oldText.replace('group: Gemensam utvecklingsgrupp', 'group: Styrgrupp\nformer_ids: [gemensam-utvecklingsgrupp/2016-02-08]'),
      [FOLLOWUP]: followup,
    },
    remove: [OLD],
    expected: [],
  },
  {
    change: "minutes whose date was corrected after their group's id changed: the former id with the group's old id leads to them too",
    files: {
      'organisations.yml': organisations.replace('  gemensam-utvecklingsgrupp:\n', '  utvecklingsgruppen:\n    former_ids: [gemensam-utvecklingsgrupp]\n'),
      'minutes/gug/2016-02-09.md': oldText.replace('date: 2016-02-08', 'date: 2016-02-09\nformer_ids: [utvecklingsgruppen/2016-02-08]'),
      [FOLLOWUP]: followup,
    },
    remove: [OLD],
    expected: [],
  },
  {
    change: 'a follow-up by the old action id now later than the meeting moved: the order is checked against the meeting as it is',
    files: { 'minutes/gug/2016-03-08.md': oldText.replace('date: 2016-02-08', 'date: 2016-03-08\nformer_ids: [gemensam-utvecklingsgrupp/2016-02-08]'), [FOLLOWUP]: followup },
    remove: [OLD],
    expected: [`${FOLLOWUP}:6:13 followup-order`],
    message: 'Åtgärden "gemensam-utvecklingsgrupp/2016-02-08#1" beslutades 2016-03-08',
  },
  {
    change: 'a former id claimed by two minutes: said where they claim it, not again at the follow-up naming it',
    files: {
      'minutes/gug/2016-02-09.md': oldText.replace('date: 2016-02-08', 'date: 2016-02-09\nformer_ids: [gemensam-utvecklingsgrupp/2016-02-08]'),
      'minutes/gug/2016-02-10.md': oldText.replace('date: 2016-02-08', 'date: 2016-02-10\nformer_ids: [gemensam-utvecklingsgrupp/2016-02-08]'),
      [FOLLOWUP]: followup,
    },
    remove: [OLD],
    // The two files are one file copied, its text left as it was: copied-minutes says so at the later one.
    expected: ['minutes/gug/2016-02-09.md:4:14 former-id-taken', 'minutes/gug/2016-02-10.md:4:14 former-id-taken', 'minutes/gug/2016-02-10.md:19:1 copied-minutes'],
  },
  {
    change: 'minutes whose date was corrected without a former id: the follow-up says how to keep the old id',
    files: { 'minutes/gug/2016-02-09.md': oldText.replace('date: 2016-02-08', 'date: 2016-02-09'), [FOLLOWUP]: followup },
    remove: [OLD],
    expected: [`${FOLLOWUP}:6:13 unknown-action`],
    hint: 'skriv gemensam-utvecklingsgrupp/2016-02-08 under former_ids i det',
  },
  {
    change: 'a standing member who left the group and joined it again: their open membership keeps them listed, so members is right',
    files: {
      'people.yml': people.replace(
        'name: Leif Redestig\n',
        'name: Leif Redestig\n  memberships:\n    - group: gemensam-utvecklingsgrupp\n      to: 2016-06-30\n    - group: gemensam-utvecklingsgrupp\n      from: 2018-01-01\n',
      ),
    },
    expected: [],
  },
  // Ids given up without keeping them under former_ids: the registries name entries by id, so the hint gives the
  // id to write there (with the name, to know it by), not the name.
  {
    change: "a group's id changed, the old one not kept: a membership in people.yml naming the old id is given the new id",
    files: {
      'organisations.yml': organisations.replace('  gemensam-utvecklingsgrupp:\n', '  gemensam-utvecklingsgrupp-hbg:\n'),
      'people.yml': people.replace('name: Leif Redestig\n', 'name: Leif Redestig\n  memberships:\n    - group: gemensam-utvecklingsgrupp\n      to: 2016-06-30\n'),
    },
    expected: ['people.yml:4:14 unknown-group'],
    message: 'Hittar inte gruppen "gemensam-utvecklingsgrupp".',
    hint: 'Menade du gemensam-utvecklingsgrupp-hbg (Gemensam utvecklingsgrupp)?',
  },
  {
    change: "an organisation's id changed, the old one not kept: a person's organisation naming the old id is given the new id",
    files: { 'organisations.yml': organisations.replace('  vorta-drom:\n', '  vorta-drom-forening:\n') },
    expected: ['people.yml:7:17 unknown-organisation'],
    message: 'Hittar inte organisationen "vorta-drom".',
    hint: 'Menade du vorta-drom-forening (Vorta Drom)?',
  },
  {
    change: "a person's id changed, the old one not kept: a group's members naming the old id are given the new id",
    files: { 'people.yml': people.replace('leif-redestig:\n', 'leif-redestig-hbg:\n') },
    expected: ['organisations.yml:13:15 unknown-person'],
    message: 'Hittar inte personen "leif-redestig".',
    hint: 'Menade du leif-redestig-hbg (Leif Redestig)?',
  },
  {
    change: 'an organisation renamed without keeping the old name, by which a person in people.yml names it: the id is given to write there',
    files: {
      'organisations.yml': organisations.replace('name: Vorta Drom', 'name: Föreningen Vorta Drom'),
      'people.yml': people.replace('organisation: vorta-drom', 'organisation: Vorta Drom'),
      [OLD]: oldText.replace('  - Ivan Kuzhikov\n', '  - Ivan Kuzhikov, Föreningen Vorta Drom\n'),
    },
    expected: ['people.yml:7:17 unknown-organisation'],
    hint: 'Menade du vorta-drom (Föreningen Vorta Drom)?',
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
