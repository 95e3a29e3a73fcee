// A registered person's name misspelt in the minutes' text: told where it is written, with the name meant, and never
// for a name written right, a genitive, two registered people's names, or text in code or a link's address.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-03-07.md';
const HEAD = '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n';
const PEOPLE = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}anne-eskilsson:\n  name: Anne Eskilsson\nella-drum:\n  name: Ella Drum\n`;
const PER = 'per-svensson:\n  name: Per Svensson\n';
const HIDDEN = 'Namnet liknar namnet på någon som inte ska publiceras fullt ut, och döljs inte på webbplatsen så som det är stavat: stava det som i people.yml, så döljs det, eller skriv om texten utan namnet.';
afterAll(cleanTemp);

/** What is written, the text, "line:col code" of each diagnostic of the file, and the hint of the misspelt name's. */
type Row = readonly [written: string, text: string, expected: readonly string[], hint?: string, people?: string];

const rows: readonly Row[] = [
  ['the surname misspelt', 'Leif Redestg redogjorde för lokalen.\n', ['6:1 misspelt-name'], 'Menade du Leif Redestig?'],
  ['the first name misspelt, within a line', 'Som Lief Redestig sa.\n', ['6:5 misspelt-name'], 'Menade du Leif Redestig?'],
  ['a name with accents misspelt', 'Enligt David Bergstöm ska vi boka.\n', ['6:8 misspelt-name'], 'Menade du David Bergström?'],
  ['an alias misspelt: the registered name meant', 'Ivan Kuzhikof kom.\n', ['6:1 misspelt-name'], 'Menade du Ivan Kuzhicov?'],
  ['a name with combining accents misspelt', 'A\u030ake Malme\u0301m kom.\n', ['6:1 misspelt-name'], 'Menade du Åke Malmén?'],
  ['the genitive of a misspelt name', 'Leif Redestgs förslag.\n', ['6:1 misspelt-name'], 'Menade du Leif Redestig?'],
  ['in a heading', '## Leif Redestg\n\nText.\n', ['6:4 misspelt-name'], 'Menade du Leif Redestig?'],
  ['in a link\'s text, which is shown', 'Se [Leif Redestg](https://example.org/).\n', ['6:5 misspelt-name'], 'Menade du Leif Redestig?'],
  // Someone not published in full: named only where private-name names them ("Per" is Per Norbeck's alone).
  // One warning there, not private-name too for the first name or surname in it: spelt as registered, it is hidden.
  ['a hidden name misspelt, its first name theirs alone', 'Per Norbek berättade.\n', ['6:1 misspelt-name'], `Menade du Per Norbeck? ${HIDDEN}`],
  ['a hidden name\'s first name misspelt, its surname theirs alone', 'Enligt Pre Norbeck.\n', ['6:8 misspelt-name'], `Menade du Per Norbeck? ${HIDDEN}`],
  ['a hidden name misspelt in the genitive', 'Per Norbecs förslag.\n', ['6:1 misspelt-name'], `Menade du Per Norbeck? ${HIDDEN}`],
  ['a hidden name misspelt, and its first name alone on the line', 'Per Norbek kom. Per berättade.\n', ['6:1 misspelt-name', '6:17 private-name'], `Menade du Per Norbeck? ${HIDDEN}`],
  ['a hidden name misspelt, another name misspelt and a surname alone on the line', 'Per Norbek, Lief Redestig och Jonsson kom.\n', ['6:1 misspelt-name', '6:13 misspelt-name', '6:31 private-name'], `Menade du Per Norbeck? ${HIDDEN}`],
  ['a hidden name misspelt, its first name shared with someone published', 'Per Norbek berättade.\n', ['6:1 misspelt-name'], HIDDEN, PER],
  ['a name by initials misspelt, its first name too short to be told alone', 'Ia Jonson berättade.\n', ['6:1 misspelt-name'], HIDDEN],
  // No slip.
  ['names as registered, and an alias', 'Leif Redestig och Ivan Kuzhikov kom. Åke Malmén med.\n', []],
  // Saved on a Mac (NFD), or with a soft hyphen in a word: the name as registered, as the reader sees it.
  ['a name with its accents as combining marks', 'David Bergstro\u0308m och A\u030ake Malme\u0301n kom.\n', []],
  ['a name with a soft hyphen', 'Leif Rede\u00ADstig kom.\n', []],
  ['a first name alone at a sentence start', 'Leif ska boka lokal. Leif Ser till det.\n', []],
  ['genitives', 'Anne Eskilssons och Leif Redestigs förslag.\n', []],
  ['a first name and another registered person\'s surname', 'Leif Bergström och David Redestig.\n', []],
  ['a word of an organisation\'s name', 'Ella Drom kom.\n', []],
  ['a name over two lines', 'Rapport från Leif\nRedestg om lokalen.\n', []],
  ['a heading above a line', '## Leif\nRedestg om lokalen.\n', []],
  ['in code', 'Skriv `Leif Redestg` i fältet.\n\n```\nLeif Redestg\n```\n', []],
  ['in a link\'s address', 'Se [brevet](<https://example.org/Leif Redestg.pdf>).\n', []],
  // "Ja" is two letters, as "Ia": too short to be told from a word (Jonsson alone is private-name's).
  ['a short word that only looks like a first name', 'Ja Jonsson, sa Bo Malmén.\n', ['6:4 private-name']],
];

describe('a registered name misspelt in the text', () => {
  it.each(rows)('%s', (_written, text, expected, hint, people = '') => {
    const result = check(archive([BASE], { 'people.yml': PEOPLE + people, [FILE]: HEAD + text }));
    const here = result.diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    const found = here.find((d) => d.code === 'misspelt-name');
    expect(found?.hint).toBe(hint);
    if (found) expect(found.message).toMatch(/^"[^"]+" står inte i people\.yml, men liknar ett namn där\.$/);
  });
});
