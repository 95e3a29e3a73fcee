// Valid front matter shapes the scan for a field out of line must read as what they are, above a real YAML error
// further down: the error is told at its own line and column, and nothing is said about the valid lines above it.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-03-07.md';
afterAll(cleanTemp);

const HEAD = 'group: GUG\ndate: 2016-03-07\n';

const shapes: readonly (readonly [string, string])[] = [
  ['a list in brackets over lines', 'attendees: [Leif Redestig,\n    David Bergström]'],
  ['a list in brackets over lines, the bracket closed first on its line', 'attendees: [\n  Leif Redestig,\n  David Bergström\n  ]'],
  ['a map in braces over lines under an action', 'attendees: [David Bergström]\nactions:\n  - { who: Leif Redestig,\n      what: Boka lokal }'],
  ['a map in braces over lines, its fields one per line', 'attendees: [David Bergström]\nactions:\n  - {\n    who: Leif Redestig,\n    what: Boka lokal\n    }'],
  ['a plain value continued on lines further in', 'attendees: [David Bergström]\nnote: Vi ses\n  igen nästa vecka'],
  ['a plain value continued, a colon in the text of a line further in', 'attendees: [David Bergström]\nnote: Vi ses\n  igen, tid:klockan 18'],
  ['a plain value of a list item continued', 'attendees:\n  - David Bergström\nactions:\n  - who: David Bergström\n    what: Boka\n      lokalen i tid'],
  ['a comment at an odd indent', 'attendees: [David Bergström]\n   # en kommentar\nnote: x'],
  ['a comment at an odd indent in a list', 'attendees:\n  - David Bergström\n # kommentar\n  - Leif Redestig'],
  ['a blank line inside a list', 'attendees:\n  - David Bergström\n\n  - Leif Redestig'],
  ['a complex key', 'attendees: [David Bergström]\n? note\n: x'],
  ['a tab inside a value', 'attendees: [David Bergström]\nnote: Vi\tses'],
  ['list items of maps, fields in another order', 'attendees: [David Bergström]\nactions:\n  - what: Boka lokal.\n    who: David Bergström\n  - who: Leif Redestig\n    what: Skriv.'],
  ['a list of maps with the dash on its own line', 'attendees: [David Bergström]\nactions:\n  -\n    who: David Bergström\n    what: Boka lokal.'],
  ['a list of maps not indented under its field', 'attendees: [David Bergström]\nactions:\n- who: David Bergström\n  what: Boka lokal.'],
  ['a list not indented under its field', 'attendees:\n- David Bergström\n- Leif Redestig'],
  ['a plain value after a dash continued', 'attendees:\n  - David\n    Bergström'],
  ['a double-quoted key', 'attendees: [David Bergström]\n"note": x'],
  ['a value in quotes starting on the line below its key', 'attendees: [David Bergström]\nnote:\n  "Vi ses\n   igen: nästa vecka"'],
  ['a list in brackets starting on the line below its key', 'attendees:\n  [Leif Redestig,\n   David Bergström]'],
  ['a block of text with a comment after its sign', 'attendees: [David Bergström]\nsummary: | # text\n  Kort\n  med: kolon'],
  ['a block of text in a list item', 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: |\n     Boka\n      med: kolon'],
  ['a block of text with a tag first', 'attendees: [David Bergström]\nsummary: !!str |\n  Kort\n  med: kolon'],
  ['a comment inside a list in brackets over lines', 'attendees: [Leif Redestig,  # ordf.\n    David Bergström]'],
  ['a quote inside a plain value', "attendees: [David Bergström]\nnote: Leif's [x"],
  ['a list item with a value in quotes over lines', 'attendees:\n  - "David\n    Bergström"\n  - Leif Redestig'],
  ['a list item in brackets over lines', 'attendees: [David Bergström]\nactions:\n  - who: [Leif Redestig,\n      David Bergström]\n    what: Boka lokal.'],
  ['a decision in a block of text, a colon in its text', 'attendees: [David Bergström]\ndecisions:\n  - |\n    Lokal: Bryggan\n     Tid: 18'],
  ['a decision in a block of text with a sign, a colon in its text', 'attendees: [David Bergström]\ndecisions:\n  - >-\n   Lokal: Bryggan\n    Tid: 18'],
  ['a decision in quotes over lines, a colon in its text', 'attendees: [David Bergström]\ndecisions:\n  - "Lokal\n    bokas: nu\n     och: sen"'],
  ['a decision in single quotes over lines, a colon in its text', "attendees: [David Bergström]\ndecisions:\n  - 'Lokal\n   bokas: nu\n    och: sen'"],
  ['a value with a tag in quotes over lines', 'attendees: [David Bergström]\nnote: !!str "Vi ses\n  igen: x"'],
];

// A real error on the last line of the front matter, and its column there.
const errors: readonly (readonly [string, string, number])[] = [
  ['a field one column out', 'location: Bryggan\n title: X', 2],
  ['a value Markdown emphasis starts', 'location: *Bryggan*', 11],
];

describe('a valid shape above a YAML error: the error told at its own line, nothing of the valid lines', () => {
  const rows = shapes.flatMap(([what, lines]) =>
    errors.flatMap(([slip, error, col]) =>
      (['\n', '\r\n'] as const).map((eol) => [`${what}, then ${slip}${eol === '\r\n' ? ' (CRLF)' : ''}`, lines, error, col, eol] as const),
    ),
  );
  it.each(rows)('%s', (_, lines, error, col, eol) => {
    const yaml = `${HEAD}${lines}\n${error}\n`;
    // The front matter's last line, in the file: after the opening ---.
    const line = yaml.split('\n').length;
    const here = check(archive([BASE], { [FILE]: `---\n${yaml}---\nText.\n`.replace(/\n/g, eol) })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([`${line}:${col} yaml-syntax`]);
  });
});

describe('a valid shape in people.yml above a field out of line: the field told at its own line, nothing of the shape', () => {
  const shapes: readonly (readonly [string, string])[] = [
    ['a list of memberships not indented under its field', '  memberships:\n  - group: gemensam-utvecklingsgrupp\n    role: ledamot'],
    ['a role in quotes over lines, with a tag first', '  role: !!str "ordförande\n    tid: 2016–2017"'],
    ['a role in a block of text, with a tag first', '  role: !!str >\n    ordförande\n    tid: 2016–2017'],
    ['a role in a block of text, with a comment after its sign', '  role: > # kort\n    ordförande\n    tid: 2016–2017'],
  ];
  const rows = shapes.flatMap(([what, lines]) => (['\n', '\r\n'] as const).map((eol) => [`${what}${eol === '\r\n' ? ' (CRLF)' : ''}`, lines, eol] as const));
  it.each(rows)('%s', (_, lines, eol) => {
    const base = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8');
    const added = `lisa-berg:\n  name: Lisa Berg\n${lines}\nny-person:\n  name: Ny Person\n   organisation: bryggan\n`;
    const here = check(archive([BASE], { 'people.yml': `${base}${added}`.replace(/\n/g, eol) })).diagnostics.filter((d) => d.file === 'people.yml');
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([`${`${base}${added}`.split('\n').length - 1}:4 yaml-syntax`]);
  });
});
