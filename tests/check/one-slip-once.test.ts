// One slip in a registry or in front matter is told once, with its best message and hint, not once for each of the
// parser's complaints at its place; two slips, far apart or of two kinds, are both told. A registry that cannot be
// read says once, in its first error's hint, that the minutes are checked against it only once it reads.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const MINUTES = 'minutes/gug/2016-02-08.md';
afterAll(cleanTemp);

const base = (file: string) => fs.readFileSync(path.join(BASE, file), 'utf8');
const UNREAD = (file: string) => `Protokollen kontrolleras mot ${file} först när filen går att läsa.`;

interface Case {
  readonly slip: string;
  readonly file: 'people.yml' | 'organisations.yml' | typeof MINUTES;
  /** The file's new text, from the base archive's. */
  readonly edit: (text: string) => string;
  /** "line:col code" of each of the file's diagnostics, in order. */
  readonly expected: readonly string[];
  /** Text the first diagnostic's message contains. */
  readonly message?: string;
  /** The first diagnostic's hint, whole. */
  readonly hint?: string;
}

const cases: Case[] = [
  {
    slip: 'a list item among the ids of people.yml, its list in brackets left open',
    file: 'people.yml',
    edit: (t) => `${t}  - id: trasig\n    name: [\n`,
    expected: ['21:3 yaml-syntax', '22:11 yaml-syntax'],
    message: 'Ett fältnamn kan inte vara ett block',
    hint: UNREAD('people.yml'),
  },
  {
    slip: 'a list item among the ids of people.yml, as far out as the ids',
    file: 'people.yml',
    edit: (t) => `${t}- id: trasig\n  name: [\n`,
    expected: ['21:1 yaml-syntax', '22:9 yaml-syntax'],
    message: 'Ett fältnamn kan inte vara ett block',
  },
  {
    slip: 'a list item among the ids, and a list in brackets left open far above it',
    file: 'people.yml',
    edit: (t) => `${t.replace('  name: Ivan Kuzhicov', '  name: [Ivan Kuzhicov')}  - id: trasig\n    name: [\n`,
    expected: ['5:9 yaml-syntax', '21:3 yaml-syntax', '22:11 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Lägg till ] efter listans sista värde: name: [Ivan Kuzhicov]`,
  },
  {
    slip: 'a list in brackets left open in people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n  name: [Anna\n`,
    expected: ['22:9 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Lägg till ] efter listans sista värde: name: [Anna]`,
  },
  {
    slip: 'a quote left open in people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n  name: "Anna\n`,
    expected: ['22:9 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Lägg till ett " i slutet av värdet, på samma rad: name: "Anna"`,
  },
  {
    slip: 'a tab before a field in people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n\tname: Anna\n`,
    expected: ['22:1 yaml-syntax'],
    message: 'Tabbtecken',
  },
  {
    slip: 'an id without its colon in people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig\n  name: Anna\n`,
    expected: ['21:1 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Skriv ett kolon direkt efter namnet: trasig:`,
  },
  {
    slip: 'a field a column out of line in people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n  name: Anna\n   organisation: bryggan\n`,
    expected: ['23:4 yaml-syntax'],
  },
  {
    slip: 'a list item among the organisations, and a quote left open in a group below',
    file: 'organisations.yml',
    edit: (t) => t.replace('  bryggan:\n', '  - id: trasig\n    name: [\n  bryggan:\n').replace('    name: Gemensam utvecklingsgrupp', '    name: "Gemensam utvecklingsgrupp'),
    expected: ['7:3 yaml-syntax', '8:11 yaml-syntax', '13:11 yaml-syntax'],
    message: 'Ett fältnamn kan inte vara ett block',
    hint: UNREAD('organisations.yml'),
  },
  {
    slip: 'a field without its colon, and a list in brackets left open, in front matter',
    file: MINUTES,
    edit: (t) => t.replace('group: Gemensam', 'group Gemensam').replace('projects: [fritidsbanken]', 'projects: [fritidsbanken'),
    expected: ['2:1 yaml-syntax', '12:11 yaml-syntax'],
  },
  {
    slip: 'a list item as far out as the fields, at the end of front matter',
    file: MINUTES,
    edit: (t) => t.replace('\n---\n##', '\n- id: trasig\n  name: [\n---\n##'),
    expected: ['17:1 yaml-syntax', '18:9 yaml-syntax'],
    message: 'Ett fältnamn kan inte vara ett block',
  },
  {
    slip: 'a list item below a field’s value in front matter',
    file: MINUTES,
    edit: (t) => t.replace('\nattendees:', '\n  - id: trasig\n    name: [\nattendees:'),
    expected: ['5:12 yaml-syntax', '6:9 yaml-syntax', '7:11 yaml-syntax'],
  },
  // A quote left open that runs on into the next field or item, as far out as its own, is told at the quote with the
  // line to write, and the lines below are read as written: a slip of their own there is told in the same run.
  {
    slip: 'a quote left open in people.yml, and a field misspelt in an entry below',
    file: 'people.yml',
    edit: (t) => t.replace('  name: Leif Redestig', '  name: "Leif Redestig').replace('  organisation: vorta-drom', '  organsation: vorta-drom'),
    expected: ['2:9 yaml-syntax', '7:3 unknown-key'],
    hint: `${UNREAD('people.yml')} Lägg till ett " i slutet av värdet, på samma rad: name: "Leif Redestig"`,
  },
  {
    slip: 'two quotes left open in one list of aliases in people.yml, and a field misspelt below',
    file: 'people.yml',
    edit: (t) => t.replace('  aliases: [Ivan Kuzhikov]', '  aliases: [A, "B, "C]').replace('  organisation: bryggan', '  organsation: bryggan'),
    expected: ['6:16 yaml-syntax', '6:20 yaml-syntax', '16:3 unknown-key'],
    hint: `${UNREAD('people.yml')} Lägg till ett " i slutet av värdet, på samma rad: aliases: [A, "B", "C]`,
  },
  {
    slip: 'a quote left open in people.yml, and a tab below',
    file: 'people.yml',
    edit: (t) => t.replace('  name: Leif Redestig', '  name: "Leif Redestig').replace('  organisation: vorta-drom', '\torganisation: vorta-drom'),
    expected: ['2:9 yaml-syntax', '7:1 yaml-syntax'],
  },
  {
    slip: 'a quote left open in people.yml, and a list in brackets left open below',
    file: 'people.yml',
    edit: (t) => t.replace('  name: Leif Redestig', '  name: "Leif Redestig').replace('  name: Per Norbeck', '  name: [Per Norbeck'),
    expected: ['2:9 yaml-syntax', '15:9 yaml-syntax'],
  },
  {
    slip: 'a quote left open in people.yml, closed by the quote of a value below',
    file: 'people.yml',
    edit: (t) => t.replace('  name: Leif Redestig', '  name: "Leif Redestig').replace('  name: Per Norbeck', '  name: "Per Norbeck"').replace('  aliases: [Ivan Kuzhikov]', '  aliases: [Ivan Kuzhikov'),
    expected: ['2:9 yaml-syntax', '6:12 yaml-syntax'],
  },
  {
    slip: 'a quote left open in front matter, and a list in brackets left open below',
    file: MINUTES,
    edit: (t) => t.replace('secretary: David Bergström', 'secretary: "David Bergström').replace('projects: [fritidsbanken]', 'projects: [fritidsbanken'),
    expected: ['5:12 yaml-syntax', '12:11 yaml-syntax'],
    hint: 'Lägg till ett " i slutet av värdet, på samma rad: secretary: "David Bergström"',
  },
  {
    slip: 'a quote left open in an attendee’s line, and a list in brackets left open below',
    file: MINUTES,
    edit: (t) => t.replace('  - Leif Redestig', '  - "Leif Redestig').replace('projects: [fritidsbanken]', 'projects: [fritidsbanken'),
    expected: ['8:5 yaml-syntax', '12:11 yaml-syntax'],
    hint: 'Lägg till ett " i slutet av värdet, på samma rad: - "Leif Redestig"',
  },
  // A quote left open inside an action in braces, on the line below its { or opening a field's name: told at it (was
  // a } said missing, or 'a character missing' at the front matter's end), the action left out, the one below checked.
  ...(
    [
      ['on the line below its {', '  - {who: Leif Redestig,\n     what: "Boka.}\n', ['15:12 yaml-syntax', '16:10 unknown-owner'], 'Lägg till ett " i slutet av värdet, på samma rad: … what: "Boka."}'],
      ['opening a field’s name', '  - {"who: Leif Redestig, what: Boka.}\n', ['14:6 yaml-syntax', '15:10 unknown-owner'], 'Lägg till ett " i slutet av fältnamnet, på samma rad: - {"who": Leif Redestig, what: Boka.}'],
    ] as const
  ).map(
    ([which, action, expected, hint]): Case => ({
      slip: `a quote left open in an action in braces, ${which}, an owner misspelt in the action below`,
      file: MINUTES,
      edit: (t) => t.replace('  - who: Leif Redestig\n    what: Skicka ut förslag på tid för ett möte.\n    project: fritidsbanken\n', `${action}  - who: Leif Redestg\n    what: Ring.\n`),
      expected,
      hint,
    }),
  ),
  {
    slip: 'a value in quotes over lines, closed, and a list in brackets left open below',
    file: MINUTES,
    edit: (t) => t.replace('secretary: David Bergström', 'secretary: "David\n  Bergström"').replace('projects: [fritidsbanken]', 'projects: [fritidsbanken'),
    expected: ['13:11 yaml-syntax'],
  },
  // A list in brackets left open with nothing in it, last in the file: at its [.
  {
    slip: 'an empty list in brackets left open at the end of people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n  name: [\n`,
    expected: ['22:9 yaml-syntax'],
    message: 'Listan inom hakparenteser som börjar här avslutas aldrig med ].',
    hint: `${UNREAD('people.yml')} Lägg till ] efter [: name: []`,
  },
  {
    slip: 'an empty list in brackets left open at the end of people.yml, without a line break',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n  name: [`,
    expected: ['22:9 yaml-syntax'],
  },
  // A tab before an item of an action's owners: the tab, with the line to write; the lines below read as if it were spaces.
  {
    slip: 'a tab before an item of an action’s owners',
    file: MINUTES,
    edit: (t) => t.replace('  - who: Leif Redestig\n', '  - who:\n      - Leif Redestig\n\t  - Bryggan\n'),
    expected: ['16:1 yaml-syntax'],
    hint: 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring: "      - Bryggan"',
  },
  {
    slip: 'a tab before an item of an action’s owners, two spaces a tab',
    file: MINUTES,
    edit: (t) => t.replace('  - who: Leif Redestig\n', '  - who:\n      - Leif Redestig\n\t    - Bryggan\n'),
    expected: ['16:1 yaml-syntax'],
  },
  {
    slip: 'a tab before an item of an action’s owners, and a colon in a value below',
    file: MINUTES,
    edit: (t) => t.replace('  - who: Leif Redestig\n', '  - who:\n      - Leif Redestig\n\t  - Bryggan\n').replace('    project: fritidsbanken', '    project: fritidsbanken: x'),
    expected: ['16:1 yaml-syntax', '18:14 yaml-syntax'],
  },
  {
    slip: 'a quote left open in an item in brackets, the last field of people.yml',
    file: 'people.yml',
    edit: (t) => `${t}trasig:\n  name: Anna Ek\n  aliases: ["Anna E, AE]\n`,
    expected: ['23:13 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Lägg till ett " i slutet av värdet, på samma rad: aliases: ["Anna E", AE]`,
  },
  {
    slip: 'a quote left open in an item in brackets, a field below it in people.yml',
    file: 'people.yml',
    edit: (t) => t.replace('  aliases: [Ivan Kuzhikov]', '  aliases: [\'Ivan Kuzhikov]'),
    expected: ['6:13 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Lägg till ett ' i slutet av värdet, på samma rad: aliases: ['Ivan Kuzhikov']`,
  },
  {
    slip: 'a quote left open in an item in brackets, the last field of the front matter',
    file: MINUTES,
    edit: (t) => t.replace('projects: [fritidsbanken]\nactions:\n  - who: Leif Redestig\n    what: Skicka ut förslag på tid för ett möte.\n    project: fritidsbanken\n', 'projects: [\'fritidsbanken]\n'),
    expected: ['12:12 yaml-syntax'],
    hint: "Lägg till ett ' i slutet av värdet, på samma rad: projects: ['fritidsbanken']",
  },
  {
    slip: 'an item in quotes over lines in brackets, closed, the last field of the front matter',
    file: MINUTES,
    edit: (t) => t.replace('projects: [fritidsbanken]\nactions:\n  - who: Leif Redestig\n    what: Skicka ut förslag på tid för ett möte.\n    project: fritidsbanken\n', 'projects: ["fritids\n  banken"]\n'),
    expected: ['12:12 unknown-project'],
  },
  // A quote left open in a field of an item of a list with dashes, running into the fields below: the item is left out
  // of its list, as one with a sign, and the list's other items are read, their own slips told in the same run.
  ...(
    [
      ['', ['15:11 yaml-syntax', '17:10 unknown-owner']],
      [', closed by a quote in a field below the list', ['15:11 yaml-syntax', '17:10 unknown-owner'], '\ntitle: "Extramöte"'],
      // A quote closed in the action below would be read into it: no action is read.
      [', closed in the action below', ['15:11 yaml-syntax'], '"'],
    ] as const
  ).map(
    ([closed, expected, after = '']): Case => ({
      slip: `a quote left open in an action’s what${closed}, and an owner misspelt in the action below`,
      file: MINUTES,
      edit: (t) => t.replace('    what: Skicka', '    what: "Skicka').replace('    project: fritidsbanken\n', `    project: fritidsbanken\n  - who: Leif Redestg\n    what: Ring.${after}\n`),
      expected,
      hint: 'Lägg till ett " i slutet av värdet, på samma rad: what: "Skicka ut förslag på tid för ett möte."',
    }),
  ),
  {
    slip: 'a quote left open in a follow-up’s status, and a status misspelt in the follow-up below',
    file: MINUTES,
    edit: (t) => t.replace('    project: fritidsbanken\n', '    project: fritidsbanken\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: "done\n    note: Klart.\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: klar\n'),
    expected: ['19:13 yaml-syntax', '22:13 invalid-value'],
  },
  {
    slip: 'a quote left open in a decision, and a decision in a word processor’s quotes below',
    file: MINUTES,
    edit: (t) => t.replace('secretary: David Bergström\n', 'secretary: David Bergström\ndecisions:\n  - "Vi bokar lokal.\n  - ”Vi ses igen.”\n'),
    expected: ['7:5 yaml-syntax', '8:5 curly-quotes'],
  },
  // The list's only item: the list is unread, as it would be with its item left out; the fields below are read.
  {
    slip: 'a quote left open in the only action, a project misspelt below the list',
    file: MINUTES,
    edit: (t) => t.replace('projects: [fritidsbanken]\nactions:\n  - who: Leif Redestig\n    what: Skicka ut förslag på tid för ett möte.\n    project: fritidsbanken\n', 'actions:\n  - who: Leif\n    what: "Boka lokal\nprojects: [fritidsbanke]\n'),
    expected: ['14:11 yaml-syntax', '15:12 unknown-project'],
    hint: 'Lägg till ett " i slutet av värdet, på samma rad: what: "Boka lokal"',
  },
  // In people.yml the membership is left out, and the person is checked without it: their other memberships and fields
  // (an empty memberships: when it was their only one is not told), and the next person.
  ...(
    [
      [', a group and a date misspelt in the membership below', '      role: ledamot\n    - group: gemensam-utvecklingsgrup\n      from: 2016-13-01\n', ['24:14 yaml-syntax', '26:14 unknown-group', '27:13 invalid-date', '28:17 unknown-organisation', '31:17 unknown-organisation']],
      [', the person’s only one', '', ['24:14 yaml-syntax', '25:17 unknown-organisation', '28:17 unknown-organisation']],
    ] as const
  ).map(
    ([which, more, expected]): Case => ({
      slip: `a quote left open in a membership${which}, the person’s organisation misspelt below and the next person’s`,
      file: 'people.yml',
      edit: (t) => `${t}anna-berg:\n  name: Anna Berg\n  memberships:\n    - group: "gemensam-utvecklingsgrupp\n${more}  organisation: brygan\nbo-ek:\n  name: Bo Ek\n  organisation: brygan\n`,
      expected,
      hint: `${UNREAD('people.yml')} Lägg till ett " i slutet av värdet, på samma rad: - group: "gemensam-utvecklingsgrupp"`,
    }),
  ),  // More quotes left open in a person's lists, each told once at its own quote: the person's organisation, misspelt
  // (anna-berg's, on the line given), and the next person's (bo-ek's) are still checked.
  ...(
    [
      ['two memberships, one under the other', '  memberships:\n    - group: "gemensam-utvecklingsgrupp\n    - group: "gug\n', ['24:14 yaml-syntax', '25:14 yaml-syntax']],
      ['two memberships in single quotes', "  memberships:\n    - group: 'gemensam-utvecklingsgrupp\n    - group: 'gug\n", ['24:14 yaml-syntax', '25:14 yaml-syntax']],
      ['two in one membership', '  memberships:\n    - group: "gug\n      role: "ledamot\n', ['24:14 yaml-syntax', '25:13 yaml-syntax']],
      ['two aliases', '  aliases:\n    - "Anna B\n    - "AB\n', ['24:7 yaml-syntax', '25:7 yaml-syntax']],
      ['an alias in brackets', '  aliases: [Anna B, "AB]\n', ['23:21 yaml-syntax']],
      ['an alias in brackets in single quotes, its only one', "  aliases: ['AB]\n", ['23:13 yaml-syntax']],
      // A membership in braces: the membership is left out, as one with dashes is, and the others are read.
      ['a membership in braces in brackets, its only one', '  memberships: [{group: "gug}]\n', ['23:25 yaml-syntax']],
      ['a membership in braces in brackets, a group misspelt in the next', "  memberships: [{group: 'gug, role: ledamot}, {group: gemensam-utvecklingsgrup}]\n", ['23:25 yaml-syntax', '23:55 unknown-group']],
      ['a membership in braces after a dash, a group misspelt in the one below', '  memberships:\n    - {group: "gug}\n    - group: gemensam-utvecklingsgrup\n', ['24:15 yaml-syntax', '25:14 unknown-group']],
      ['a role in a membership in braces after a dash', '  memberships:\n    - {group: gug, role: "ledamot}\n', ['24:26 yaml-syntax']],
    ] as const
  ).map(
    ([which, lists, slips]): Case => ({
      slip: `quotes left open in a person’s lists: ${which}, the person’s organisation misspelt below and the next person’s`,
      file: 'people.yml',
      edit: (t) => `${t}anna-berg:\n  name: Anna Berg\n${lists}  organisation: brygan\nbo-ek:\n  name: Bo Ek\n  organisation: brygan\n`,
      expected: [...slips, `${22 + lists.split('\n').length}:17 unknown-organisation`, `${25 + lists.split('\n').length}:17 unknown-organisation`],
    }),
  ),
  // The line to write for a quote left open in a membership in braces: closed at its value's end, before the } or ,.
  ...(
    [
      ['  memberships: [{group: "gug}]\n', 'memberships: [{group: "gug"}]'],
      ["  memberships: [{group: 'gug, role: ledamot}]\n", "memberships: [{group: 'gug', role: ledamot}]"],
      ['  memberships:\n    - {group: "gug}\n', '- {group: "gug"}'],
    ] as const
  ).map(
    ([lists, line]): Case => ({
      slip: `a quote left open in a membership in braces, its line to write: ${line}`,
      file: 'people.yml',
      edit: (t) => `${t}anna-berg:\n  name: Anna Berg\n${lists}`,
      expected: [`${lists.includes('-') ? 24 : 23}:${lists.includes('-') ? 15 : 25} yaml-syntax`],
      hint: `${UNREAD('people.yml')} Lägg till ett ${line.includes("'") ? "'" : '"'} i slutet av värdet, på samma rad: ${line}`,
    }),
  ),
  // A quote left open in a person's own field, running into the field below: the field alone is left unread, and the
  // person's other fields (an organisation, a group, a date misspelt; 23:17, 25:14, 27:13) are checked with the next
  // person's (30:17); an empty name is not told, nor a name another's alias shares, which it may be (told when the
  // name is read: 32:13).
  ...(
    [
      ['their name', '  name: "Anna Berg\n', ['22:9 yaml-syntax', '23:17 unknown-organisation', '25:14 unknown-group', '27:13 invalid-date', '30:17 unknown-organisation'], 'Lägg till ett " i slutet av värdet, på samma rad: name: "Anna Berg"'],
      ['their name in single quotes, over lines further in', "  name: 'Anna\n    Berg\n", ['22:9 yaml-syntax', '24:17 unknown-organisation', '26:14 unknown-group', '28:13 invalid-date', '31:17 unknown-organisation'], "Värdet fortsätter på raderna under: lägg till ett ' i slutet av dess sista rad: Berg'"],
      ['their role, the name read', '  name: Anna Berg\n  role: "ordförande\n', ['23:9 yaml-syntax', '24:17 unknown-organisation', '26:14 unknown-group', '28:13 invalid-date', '31:17 unknown-organisation', '32:13 ambiguous-name'], 'Lägg till ett " i slutet av värdet, på samma rad: role: "ordförande"'],
    ] as const
  ).map(
    ([which, lines, expected, hint]): Case => ({
      slip: `a quote left open in a person’s field: ${which}, their organisation, group and date misspelt below, and the next person’s organisation`,
      file: 'people.yml',
      edit: (t) => `${t}anna-berg:\n${lines}  organisation: brygan\n  memberships:\n    - group: gemensam-utvecklingsgrup\n      role: ledamot\n      from: 2016-13-01\nbo-ek:\n  name: Bo Ek\n  organisation: brygan\n  aliases: [Anna Berg]\n`,
      expected,
      hint: `${UNREAD('people.yml')} ${hint}`,
    }),
  ),
  {
    slip: 'a quote left open in a person’s organisation, closed by the next person’s quoted name: their group misspelt below, and the next person’s organisation',
    file: 'people.yml',
    edit: (t) => `${t}anna-berg:\n  name: Anna Berg\n  organisation: "bryggan\n  memberships:\n    - group: gemensam-utvecklingsgrup\nbo-ek:\n  name: "Bo Ek"\n  organisation: brygan\n`,
    expected: ['23:17 yaml-syntax', '25:14 unknown-group', '28:17 unknown-organisation'],
  },
  // Last in the file, closed nowhere, with nothing but blank lines and comments below: the field alone is left unread.
  ...(['  name: "Anna Berg\n', '  name: "Anna Berg', "  name: 'Anna Berg\n# slut\n\n"] as const).map(
    (last): Case => ({
      slip: `a quote left open in a person’s name last in people.yml${last.endsWith('"Anna Berg') ? ', without a line break' : last.includes('#') ? ', a comment below it' : ''}, their organisation misspelt above`,
      file: 'people.yml',
      edit: (t) => `${t}anna-berg:\n  organisation: brygan\n${last}`,
      expected: ['22:17 unknown-organisation', '23:9 yaml-syntax'],
    }),
  ),
  // Last in the file, the quote closed nowhere: the item is left out, and the person above it checked.
  ...(['    - group: "gug', '    - group: "gug\n', '    - group: "gemensam-utvecklingsgrupp\n    - group: "gug\n'] as const).map(
    (last): Case => ({
      slip: `a quote left open in the last membership of people.yml${last.endsWith('\n') ? '' : ', without a line break'}${last.includes('gemensam') ? ', below another' : ''}, the person’s organisation misspelt above`,
      file: 'people.yml',
      edit: (t) => `${t}anna-berg:\n  name: Anna Berg\n  organisation: brygan\n  memberships:\n${last}`,
      expected: ['23:17 unknown-organisation', ...(last.includes('gemensam') ? ['25:14 yaml-syntax', '26:14 yaml-syntax'] : ['25:14 yaml-syntax'])],
    }),
  ),
  // In organisations.yml, a quote left open in an entry's own field (an organisation's, a group's, a project's): the
  // field alone is left unread, told once at its quote, and the entry's other fields are checked (a member misspelt,
  // a field unknown), with the other entries; last in the file, closed nowhere, too.
  ...(
    [
      ['a group’s name, a member misspelt below', (t: string) => t.replace('    name: Gemensam utvecklingsgrupp\n', '    name: "Gemensam utvecklingsgrupp\n').replace('david-bergstrom]', 'david-bergstrm]'), ['11:11 yaml-syntax', '13:30 unknown-person'], 'name: "Gemensam utvecklingsgrupp"'],
      ['an organisation’s name, a field misspelt below it and in the next organisation', (t: string) => t.replace('    name: Vorta Drom\n', '    name: "Vorta Drom\n    alias: [VD]\n').replace('    name: Bryggan\n', '    nam: Bryggan\n'), ['6:11 yaml-syntax', '7:5 unknown-key', '9:5 unknown-key'], 'name: "Vorta Drom"'],
      ['a project’s name last in the file, a field misspelt above it', (t: string) => `${t}  sip:\n    alias: [SIP]\n    name: 'Sociala investeringar`, ['19:5 unknown-key', '20:11 yaml-syntax'], undefined],
    ] as const
  ).map(
    ([which, edit, expected, line]): Case => ({
      slip: `a quote left open in an entry’s field in organisations.yml: ${which}`,
      file: 'organisations.yml',
      edit,
      expected,
      ...(line ? { hint: `${UNREAD('organisations.yml')} Lägg till ett " i slutet av värdet, på samma rad: ${line}` } : {}),
    }),
  ),
  // The line to write for a quote an item leaves open in a list in brackets over lines: with … where the list goes on
  // above or below it, as for an item with a sign; the line alone ("Ivan Kuzhikov",) would read as a value of its own.
  ...(
    [
      ['in the middle', 'attendees: [Leif Redestig,\n  "Ivan Kuzhikov,\n  David Bergström]\n', '7:3', '… "Ivan Kuzhikov", …'],
      ['last', "attendees: [Leif Redestig, David Bergström,\n  'Ivan Kuzhikov]\n", '7:3', "Lägg till ett ' i slutet av värdet, på samma rad: … 'Ivan Kuzhikov']"],
      ['on the line of its [, the list going on below', 'attendees: [Leif Redestig, "Ivan Kuzhikov,\n  David Bergström]\n', '6:28', 'attendees: [Leif Redestig, "Ivan Kuzhikov", …'],
      ['on a line of its own between [ and ]', 'attendees: [\n  Leif Redestig,\n  "Ivan Kuzhikov,\n  David Bergström\n]\n', '8:3', '… "Ivan Kuzhikov", …'],
    ] as const
  ).map(
    ([where, list, at, line]): Case => ({
      slip: `a quote an item leaves open in a list in brackets over lines, ${where}: its line to write with … where the list goes on`,
      file: MINUTES,
      edit: (t) => t.replace('attendees:\n  - David Bergström\n  - Leif Redestig\n  - Ivan Kuzhikov\n', list),
      expected: [`${at} yaml-syntax`],
      hint: line.startsWith('Lägg') ? line : `Lägg till ett " i slutet av värdet, på samma rad: ${line}`,
    }),
  ),
  // A quote an item of a list in brackets leaves open, in minutes: told once, at the quote, the item left out of its
  // list, and the list's other items checked (misspelt names told) as if it were closed; so are the other fields: a
  // date that is no day (3:7), a misspelt secretary (4:12), and a follow-up's status (below the lists, or above them).
  ...(
    [
      ['attendees over lines, the quote in the middle', 'attendees: [Leif Redstig,\n  "Ivan Kuzhicoff,\n  Dvid Bergström]', ['5:13 unknown-person', '6:3 yaml-syntax', '7:3 unknown-person']],
      ['attendees over lines, the quote last, in single quotes', "attendees: [Leif Redstig,\n  'Ivan Kuzhicoff]", ['5:13 unknown-person', '6:3 yaml-syntax']],
      ['absent over lines', 'attendees: [Leif Redstig]\nabsent: [Åke Malmen,\n  "Per Norbeck]', ['5:13 unknown-person', '6:10 unknown-person', '7:3 yaml-syntax']],
      ['projects over lines', 'attendees: [Leif Redstig]\nprojects: [fritidsbankn,\n  "fritidsbanken]', ['5:13 unknown-person', '6:12 unknown-project', '7:3 yaml-syntax']],
      ['an action’s owners over lines', 'attendees: [Leif Redstig]\nactions:\n  - who: [Lief Redestig,\n      "David Bergström]\n    what: Ring.', ['5:13 unknown-person', '7:11 unknown-owner', '8:7 yaml-syntax']],
      ['two lists, one with a double quote and one with a single', "attendees: [Leif Redstig, \"Ivan Kuzhicoff]\nabsent: [Åke Malmen, 'Per Norbeck]", ['5:13 unknown-person', '5:27 yaml-syntax', '6:10 unknown-person', '6:22 yaml-syntax']],
      ['three lists, in the middle of each', "attendees: [Leif Redstig, 'Ivan Kuzhicoff, Dvid Bergström]\nabsent: [Åke Malmen, \"Per Norbeck, Ia Jonson]\nprojects: [fritidsbankn, 'sip, fritidsbanken]", ['5:13 unknown-person', '5:27 yaml-syntax', '5:44 unknown-person', '6:10 unknown-person', '6:22 yaml-syntax', '6:36 unknown-person', '7:12 unknown-project', '7:26 yaml-syntax']],
      // The first quote runs on to the next one's, over the actions between them: none of that is told.
      ['actions one under another, each owner list with a quote', "attendees: [Leif Redstig]\nactions:\n  - who: [Lief Redestig, \"David Bergström]\n    what: Ring.\n  - who: [Lief Redestig,\n      'David Bergström]\n    what: Ring.\n  - who: [Lief Redestig, \"David Bergström]\n    what: Ring.", ['5:13 unknown-person', '7:11 unknown-owner', '7:26 yaml-syntax', '9:11 unknown-owner', '10:7 yaml-syntax', '12:11 unknown-owner', '12:26 yaml-syntax']],
      ['the only attendee, the list unread', 'attendees: ["Ivan Kuzhicoff]', ['5:13 yaml-syntax']],
      ['the only attendee over lines, the list unread', "attendees: [\n  'Ivan Kuzhicoff]", ['6:3 yaml-syntax']],
      ['two lists over lines, the last the front matter’s last field', "attendees: [Leif Redstig, \"Ivan Kuzhicoff,\n  Dvid Bergström]\nabsent: [Åke Malmen,\n  'Per Norbeck]", ['5:13 unknown-person', '5:27 yaml-syntax', '6:3 unknown-person', '7:10 unknown-person', '8:3 yaml-syntax'], true],
      ['an action’s owners over lines, the last field', 'attendees: [Leif Redstig]\nactions:\n  - what: Ring.\n    who: [Lief Redestig,\n      "David Bergström]', ['5:13 unknown-person', '8:11 unknown-owner', '9:7 yaml-syntax'], true],
      // Two quotes left open in one list: the second, after a comma with words after it, opens the next item and closes
      // nothing, so each is told at its place and both items are left out.
      ['two quotes in one list', 'attendees: [Leif Redstig, "Ivan, "Dvid Bergström]', ['5:13 unknown-person', '5:27 yaml-syntax', '5:34 yaml-syntax']],
      ['two quotes in one list, an item after them', 'attendees: [Leif Redstig, "Ivan Kuzhicoff, "Dvid Bergström, Ia Jonson]', ['5:13 unknown-person', '5:27 yaml-syntax', '5:44 yaml-syntax', '5:61 unknown-person']],
      ['two quotes in one list over lines', 'attendees: [Leif Redstig,\n  "Ivan Kuzhicoff,\n  "Dvid Bergström]', ['5:13 unknown-person', '6:3 yaml-syntax', '7:3 yaml-syntax']],
      ['two quotes in one list over lines, single ones, an item below them', "attendees: [Leif Redstig,\n  'Ivan Kuzhicoff,\n  'Dvid Bergström,\n  Ia Jonson]", ['5:13 unknown-person', '6:3 yaml-syntax', '7:3 yaml-syntax', '8:3 unknown-person']],
      ['two quotes in one list over lines, the first on the line of its [', 'attendees: [Leif Redstig, "Ivan Kuzhicoff,\n  "Dvid Bergström]', ['5:13 unknown-person', '5:27 yaml-syntax', '6:3 yaml-syntax']],
      ['a quote left open, then an item in quotes closed', 'attendees: ["Ivan, "Leif Redstig"]', ['5:13 yaml-syntax', '5:20 unknown-person']],
      ['an item in quotes closed, a quote left open, and one closed', 'attendees: ["Leif Redstig", "Ivan, "Dvid Bergström", Ia Jonson]', ['5:13 unknown-person', '5:29 yaml-syntax', '5:36 unknown-person', '5:54 unknown-person']],
      ['two lists with two quotes each', "attendees: [Leif Redstig, \"Ivan Kuzhicoff, \"Dvid Bergström]\nabsent: [Åke Malmen, 'Per Norbeck, 'Ia Jonsson]", ['5:13 unknown-person', '5:27 yaml-syntax', '5:44 yaml-syntax', '6:10 unknown-person', '6:22 yaml-syntax', '6:36 yaml-syntax']],
      // A word's apostrophe before it ("Redstig's") closes no quote of the list either.
      ['an apostrophe in a name, then a quote left open', "attendees: [Leif Redstig's, 'Ivan Kuzhicoff, Dvid Bergström]", ['5:13 unknown-person', '5:29 yaml-syntax', '5:46 unknown-person']],
      ['an action’s owners with two single quotes', "attendees: [Leif Redstig]\nactions:\n  - who: [Lief Redestig, 'Ivan, 'David Bergström]\n    what: Ring.", ['5:13 unknown-person', '7:11 unknown-owner', '7:26 yaml-syntax', '7:33 yaml-syntax']],
    ] as const
  ).map(([which, lists, slips, last = false]): Case => {
    const followup = 'followups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: klar';
    const fields = last ? `${followup}\n${lists}` : `${lists}\n${followup}`;
    // The lines' numbers where the lists are first: moved down by the follow-up's three lines.
    const moved = (at: string) => at.replace(/^\d+/, (n) => String(Number(n) + 3));
    return {
      slip: `${which}: a quote an item in brackets leaves open in minutes, the date, the secretary and a follow-up’s status wrong`,
      file: MINUTES,
      edit: () => `---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-02-30\nsecretary: David Bergstrm\n${fields}\n---\n## Fritidsbank\n`,
      expected: ['3:7 invalid-date', '4:12 unknown-person', ...(last ? ['7:13 invalid-value', ...slips.map(moved)] : [...slips, `${5 + lists.split('\n').length + 2}:13 invalid-value`])],
    };
  }),
];

describe('one slip, one diagnostic', () => {
  it.each(cases)('$slip', ({ file, edit, expected, message, hint }) => {
    const found = check(archive([BASE], { [file]: edit(base(file)) })).diagnostics.filter((d) => d.file === file);
    expect(found.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    if (message) expect(found[0]!.message).toContain(message);
    if (hint) expect(found[0]!.hint).toBe(hint);
  });
});

// A membership left out of a person's list (a quote left open in it) may be one they still have: nothing is said, in
// people.yml or organisations.yml, that their other memberships make of them. Each row: Leif Redestig's memberships,
// and Bo Ek's organisation, a person added below.
const leftOutMemberships: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'a standing member’s membership of the group left out, beside one of it that ended',
    '    - group: "gemensam-utvecklingsgrupp\n    - group: gemensam-utvecklingsgrupp\n      to: 2015-12-31\n',
    'brygan',
    ['people.yml:4:14 yaml-syntax', 'people.yml:27:17 unknown-organisation'],
  ],
  // Guard: with no membership left out (a slip elsewhere in the file), the one that ended is told.
  ['a standing member’s membership of the group that ended, a slip below it', '    - group: gemensam-utvecklingsgrupp\n      to: 2015-12-31\n', '"brygan', ['organisations.yml:13:15 standing-member-ended', 'people.yml:26:17 yaml-syntax']],
];

describe('a membership left out', () => {
  it.each(leftOutMemberships)('%s', (_, memberships, organisation, expected) => {
    const people = `${base('people.yml').replace('  name: Leif Redestig\n', `  name: Leif Redestig\n  memberships:\n${memberships}`)}bo-ek:\n  name: Bo Ek\n  organisation: ${organisation}\n`;
    const found = check(archive([BASE], { 'people.yml': people })).diagnostics;
    expect(found.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(expected);
  });
});

// A quote left open inside braces in people.yml, where the parser says only "a character missing" at the file's end or
// reads the person as unread: a membership in braces not in a list (its field then told as no list, as without the
// slip), fields in braces over lines, a quote on a line below the {, one that opens a field's name. Each told once, at
// its quote, with the line or lines to write (… where the braces go on above or below it); the membership is left out,
// and the person's other memberships and fields (her organisation misspelt) are checked, with the next person's.
const bracedQuotes: readonly (readonly [string, string, readonly string[], string])[] = [
  ['a membership in braces, not in a list', '  memberships: {group: "gug}\n', ['23:16 invalid-type', '23:24 yaml-syntax'], 'Lägg till ett " i slutet av värdet, på samma rad: memberships: {group: "gug"}'],
  ['a membership in braces over lines, not in a list', '  memberships: {group: "gug,\n    role: ledamot}\n', ['23:16 invalid-type', '23:24 yaml-syntax'], 'Lägg till ett " i slutet av värdet, på samma rad: memberships: {group: "gug", …'],
  ['a membership in braces over lines, in brackets', '  memberships: [{group: "gug,\n    role: ledamot}]\n', ['23:25 yaml-syntax'], 'Lägg till ett " i slutet av värdet, på samma rad: memberships: [{group: "gug", …'],
  ['a membership in braces over lines after a dash, a group misspelt in the one below', '  memberships:\n    - {group: "gug,\n      role: ledamot}\n    - group: gemensam-utvecklingsgrup\n', ['24:15 yaml-syntax', '26:14 unknown-group'], 'Lägg till ett " i slutet av värdet, på samma rad: - {group: "gug", …'],
  ['a role on the line below its {, in brackets', '  memberships: [{group: gug,\n    role: "ledamot}]\n', ['24:11 yaml-syntax'], 'Lägg till ett " i slutet av värdet, på samma rad: … role: "ledamot"}]'],
  ['a role on the line below its {, after a dash', '  memberships:\n    - {group: gug,\n      role: "ledamot}\n', ['25:13 yaml-syntax'], 'Lägg till ett " i slutet av värdet, på samma rad: … role: "ledamot"}'],
  ['a role on the line below its {, not in a list', "  memberships: {group: gug,\n    role: 'ledamot}\n", ['23:16 invalid-type', '24:11 yaml-syntax'], "Lägg till ett ' i slutet av värdet, på samma rad: … role: 'ledamot'}"],
  ['a quote that opens a field’s name, after a dash, a group misspelt in the one below', '  memberships:\n    - {"group: gug}\n    - group: gemensam-utvecklingsgrup\n', ['24:8 yaml-syntax', '25:14 unknown-group'], 'Lägg till ett " i slutet av fältnamnet, på samma rad: - {"group": gug}'],
  ['a quote that opens a field’s name, in brackets, its only one', '  memberships: [{"group: gug}]\n', ['23:18 yaml-syntax'], 'Lägg till ett " i slutet av fältnamnet, på samma rad: memberships: [{"group": gug}]'],
  ['a quote that opens a field’s name after a comma, a group misspelt in the next', '  memberships: [{group: gug, "role: ledamot}, {group: gemensam-utvecklingsgrup}]\n', ['23:30 yaml-syntax', '23:55 unknown-group'], 'Lägg till ett " i slutet av fältnamnet, på samma rad: memberships: [{group: gug, "role": ledamot}, {group: gemensam-utvecklingsgrup}]'],
  ['a quote that opens a field’s name first on the line below its {, a group misspelt in the next', '  memberships: [{group: gug,\n    "role: ledamot}, {group: gemensam-utvecklingsgrup}]\n', ['24:5 yaml-syntax', '24:30 unknown-group'], 'Lägg till ett " i slutet av fältnamnet, på samma rad: … "role": ledamot}, {group: gemensam-utvecklingsgrup}]'],
  ['a quote that opens a field’s name, not in a list, in single quotes', "  memberships: {'group : gug}\n", ['23:16 invalid-type', '23:17 yaml-syntax'], "Lägg till ett ' i slutet av fältnamnet, på samma rad: memberships: {'group' : gug}"],
];

describe('a quote left open inside braces in people.yml', () => {
  it.each(bracedQuotes)('%s', (_, lists, slips, hint) => {
    const people = `${base('people.yml')}anna-berg:\n  name: Anna Berg\n${lists}  organisation: brygan\nbo-ek:\n  name: Bo Ek\n  organisation: brygan\n`;
    const found = check(archive([BASE], { 'people.yml': people })).diagnostics.filter((d) => d.file === 'people.yml');
    const lines = lists.split('\n').length;
    expect(found.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([...slips, `${22 + lines}:17 unknown-organisation`, `${25 + lines}:17 unknown-organisation`]);
    expect(found.filter((d) => d.code === 'yaml-syntax').map((d) => d.hint)).toEqual([`${UNREAD('people.yml')} ${hint}`]);
  });
});

// While a person's name is unread (a quote left open in it), people.yml is not read in full, and minutes are checked
// against it only once it is (the first error's hint says so): minutes naming her, or anyone, are told nothing of it,
// neither as unknown (the name may be hers) nor as known; the people.yml slips, her organisation misspelt, are told.
const unreadName: readonly (readonly [string, string, readonly string[]])[] = [
  ['minutes naming her', 'attendees: [David Bergström, Anna Berg]', ['people.yml:22:9 yaml-syntax', 'people.yml:23:17 unknown-organisation']],
  ['minutes naming her misspelt, and another misspelt', 'attendees: [David Bergström, Ana Berg, Leif Redestg]', ['people.yml:22:9 yaml-syntax', 'people.yml:23:17 unknown-organisation']],
];

describe('a person’s name left unread', () => {
  it.each(unreadName)('%s', (_, attendees, expected) => {
    const people = `${base('people.yml')}anna-berg:\n  name: "Anna Berg\n  organisation: brygan\n`;
    const minutes = base(MINUTES).replace('attendees:\n  - David Bergström\n  - Leif Redestig\n  - Ivan Kuzhikov\n', `${attendees}\n`);
    const found = check(archive([BASE], { 'people.yml': people, [MINUTES]: minutes })).diagnostics;
    expect(found.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(expected);
  });
});

/**
 * `text` with an open quote's hint followed: the quote added at the end of the line it names, the first from the
 * diagnostic's line (`line`) on whose text is the hint's, the quote left out.
 */
function followed(text: string, line: number, hint: string): string {
  const written = hint.slice(hint.indexOf(' rad: ') + ' rad: '.length);
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i >= line - 1 && l.trim() === written.slice(0, -1));
  expect(at).toBeGreaterThanOrEqual(0);
  lines[at] = `${lines[at]!.trimEnd()}${written.slice(-1)}`;
  return lines.join('\n');
}

// A quote left open whose value goes on over lines further in than its field: the hint closes it where the value ends,
// not on its first line, below which the lines would be out of line; written as the hint says, the file checks clean.
const followedCases: Case[] = [
  {
    slip: 'a summary over an indented line, fields below it',
    file: MINUTES,
    edit: (t) => t.replace('secretary: David Bergström\n', 'summary: "Vi ses\n  igen\nsecretary: David Bergström\n'),
    expected: ['5:10 yaml-syntax'],
    hint: 'Värdet fortsätter på raderna under: lägg till ett " i slutet av dess sista rad: igen"',
  },
  {
    slip: 'a summary over indented lines, the last field',
    file: MINUTES,
    edit: (t) => t.replace('\n---\n##', '\nsummary: "Vi ses\n  igen\n  nästa vecka\n---\n##'),
    expected: ['17:10 yaml-syntax'],
    hint: 'Värdet fortsätter på raderna under: lägg till ett " i slutet av dess sista rad: nästa vecka"',
  },
  {
    slip: 'a summary in single quotes over an indented line, a blank line and a comment below it',
    file: MINUTES,
    edit: (t) => t.replace('secretary: David Bergström\n', "summary: 'Vi ses\n  igen\n\n  # sist\nsecretary: David Bergström\n"),
    expected: ['5:10 yaml-syntax'],
    hint: "Värdet fortsätter på raderna under: lägg till ett ' i slutet av dess sista rad: igen'",
  },
  {
    slip: 'an action’s what over an indented line, a field of the action below it',
    file: MINUTES,
    edit: (t) => t.replace('    what: Skicka ut förslag på tid för ett möte.', '    what: "Skicka ut förslag\n      på tid för ett möte.'),
    expected: ['15:11 yaml-syntax'],
    hint: 'Värdet fortsätter på raderna under: lägg till ett " i slutet av dess sista rad: på tid för ett möte."',
  },
  {
    slip: 'an attendee over an indented line, an attendee below it',
    file: MINUTES,
    edit: (t) => t.replace('  - David Bergström\n  - Leif', '  - "David\n    Bergström\n  - Leif'),
    expected: ['7:5 yaml-syntax'],
    hint: 'Värdet fortsätter på raderna under: lägg till ett " i slutet av dess sista rad: Bergström"',
  },
  {
    slip: 'a name over an indented line in people.yml, a field below it',
    file: 'people.yml',
    edit: (t) => t.replace('  name: Leif Redestig', '  name: "Leif\n    Redestig'),
    expected: ['2:9 yaml-syntax'],
    hint: `${UNREAD('people.yml')} Värdet fortsätter på raderna under: lägg till ett " i slutet av dess sista rad: Redestig"`,
  },
  // Guards: a value on its line alone is closed there; a line no further in than its field is none of it.
  {
    slip: 'a summary on its line alone, fields below it',
    file: MINUTES,
    edit: (t) => t.replace('secretary: David Bergström\n', 'summary: "Vi ses\nsecretary: David Bergström\n'),
    expected: ['5:10 yaml-syntax'],
    hint: 'Lägg till ett " i slutet av värdet, på samma rad: summary: "Vi ses"',
  },
  {
    slip: 'an action’s what, a field of the action as far in below it',
    file: MINUTES,
    edit: (t) => t.replace('    what: Skicka', '    what: "Skicka'),
    expected: ['15:11 yaml-syntax'],
    hint: 'Lägg till ett " i slutet av värdet, på samma rad: what: "Skicka ut förslag på tid för ett möte."',
  },
];

describe('a quote left open, its hint followed', () => {
  it.each(followedCases)('$slip', ({ file, edit, expected, hint }) => {
    const text = edit(base(file));
    const found = check(archive([BASE], { [file]: text })).diagnostics.filter((d) => d.file === file);
    expect(found.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    expect(found[0]!.hint).toBe(hint);
    const again = check(archive([BASE], { [file]: followed(text, found[0]!.line, hint!) })).diagnostics.filter((d) => d.file === file);
    expect(again).toEqual([]);
  });
});

// Front matter with an action's owners in brackets on line 5 and the projects on line 12, each to be left open.
const TWO_LISTS = [
  '---',
  'group: Gemensam utvecklingsgrupp',
  'date: 2016-02-08',
  'actions:',
  '  - who: [Leif Redestig, David Bergström]',
  '    what: Skicka ut förslag på tid för ett möte.',
  '    project: fritidsbanken',
  'secretary: David Bergström',
  'attendees:',
  '  - David Bergström',
  '  - Leif Redestig',
  'projects: [fritidsbanken]',
  '---',
  '## Fritidsbank',
  '',
].join('\n');

interface ManyCase {
  readonly slips: string;
  /** Each file's new text, from the base archive's. */
  readonly edits: Readonly<Record<string, (text: string) => string>>;
  /** "file line:col hint" of each diagnostic of the edited files, in order. */
  readonly expected: readonly string[];
}

const LEFT_OPEN = 'Lägg till ] efter listans sista värde:';
const manyCases: ManyCase[] = [
  {
    slips: 'two lists in brackets left open in one front matter, the second the last field',
    edits: { [MINUTES]: () => TWO_LISTS.replace('Bergström]', 'Bergström').replace('[fritidsbanken]', '[fritidsbanken') },
    expected: [`${MINUTES} 5:10 ${LEFT_OPEN} - who: [Leif Redestig, David Bergström]`, `${MINUTES} 12:11 ${LEFT_OPEN} projects: [fritidsbanken]`],
  },
  {
    slips: 'two lists in brackets left open in one front matter, a field below the second',
    edits: { [MINUTES]: () => TWO_LISTS.replace('Bergström]', 'Bergström').replace('[fritidsbanken]\n', '[fritidsbanken\ntime: "13:30"\n') },
    expected: [`${MINUTES} 5:10 ${LEFT_OPEN} - who: [Leif Redestig, David Bergström]`, `${MINUTES} 12:11 ${LEFT_OPEN} projects: [fritidsbanken]`],
  },
  {
    slips: 'a list and fields in braces left open, a list over lines with a slip between them',
    edits: { [MINUTES]: () => TWO_LISTS.replace('Bergström]', 'Bergström').replace('attendees:\n  - David Bergström\n  - Leif Redestig\n', 'attendees: [David Bergström,\n  *Leif Redestig*]\nabsent: {name: Åke\n').replace('[fritidsbanken]', '[fritidsbanken') },
    expected: [
      `${MINUTES} 5:10 ${LEFT_OPEN} - who: [Leif Redestig, David Bergström]`,
      `${MINUTES} 10:3 Ta bort asteriskerna (Markdown som *kursiv* och **fetstil** fungerar bara i texten under fälten): … Leif Redestig]`,
      `${MINUTES} 11:9 Lägg till } efter det sista fältet: absent: {name: Åke}`,
      `${MINUTES} 12:11 ${LEFT_OPEN} projects: [fritidsbanken]`,
    ],
  },
  {
    slips: 'a list left open in people.yml and one in the front matter, in one check',
    edits: {
      'people.yml': (t) => t.replace('  aliases: [Ivan Kuzhikov]', '  aliases: [Ivan Kuzhikov'),
      [MINUTES]: (t) => t.replace('projects: [fritidsbanken]', 'projects: [fritidsbanken'),
    },
    expected: [`${MINUTES} 12:11 ${LEFT_OPEN} projects: [fritidsbanken]`, `people.yml 6:12 ${UNREAD('people.yml')} ${LEFT_OPEN} aliases: [Ivan Kuzhikov]`],
  },
];

describe('slips in several places, each at its own', () => {
  it.each(manyCases)('$slips', ({ edits, expected }) => {
    const files = Object.fromEntries(Object.entries(edits).map(([file, edit]) => [file, edit(base(file))]));
    const found = check(archive([BASE], files)).diagnostics.filter((d) => d.file in edits);
    expect(found.map((d) => `${d.file} ${d.line}:${d.col} ${d.hint}`)).toEqual(expected);
  });
});

describe('a registry that cannot be read', () => {
  it('says so once, however many errors it has', () => {
    const people = `${base('people.yml').replace('  name: Ivan Kuzhicov', '  name: [Ivan Kuzhicov')}trasig:\n  name: "Anna\n`;
    const found = check(archive([BASE], { 'people.yml': people })).diagnostics.filter((d) => d.file === 'people.yml');
    expect(found.map((d) => d.hint?.includes(UNREAD('people.yml')) ?? false)).toEqual([true, false]);
  });

  it('says nothing of it when a repeated field leaves it readable', () => {
    const people = base('people.yml').replace('  name: Ia Jonsson\n', '  name: Ia Jonsson\n  name: Ia Jonsson\n');
    const found = check(archive([BASE], { 'people.yml': people })).diagnostics.filter((d) => d.file === 'people.yml');
    expect(found.map((d) => d.code)).toEqual(['yaml-duplicate-key']);
    expect(found[0]!.hint).not.toContain('Protokollen');
  });
});
