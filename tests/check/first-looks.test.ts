// The quick first looks that let most texts pass by a slower search (SourceFile.plain for control characters, indexOf
// before the indented-text pattern, for a # glued to a heading's text, for two rows of a table in a row, for a line in bold) must let
// nothing by that the search finds: each row a minutes file, checked against the valid _base archive, with what is
// said of it (place and code), the same as with the search alone.
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = `${FIXTURES}/check/_base`;
const FILE = 'minutes/gug/2016-03-07.md';
const FIELDS = 'group: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n';
afterAll(cleanTemp);
/** A heading's text of 80 characters as the site shows it, written with three backslash escapes. */
const SHOWN_80 = 'Verksamhetsberättelse \\*preliminär\\* för Fritidsbankens utlåning \\<b> [1] x_y abcde';

const rows: [what: string, text: string, said: string[]][] = [
  ['the text begun with four spaces', `---\n${FIELDS}---\n    Indraget.\n`, ['6:1 indented-text']],
  ['a line indented with a tab', `---\n${FIELDS}---\nText.\n\n\tIndraget.\n`, ['8:1 indented-text']],
  ['a line indented with four spaces, in a file with CRLF line endings', `---\r\n${FIELDS.replace(/\n/g, '\r\n')}---\r\nText.\r\n\r\n    Indraget.\r\n`, ['8:1 indented-text']],
  ['four spaces after U+2028, which Markdown does not take for a line break', `---\n${FIELDS}---\nText.\u2028    Inte indraget.\n`, []],
  ['a control character in the text', `---\n${FIELDS}---\nText \u0007här.\n`, ['6:6 control-character']],
  ['a control character in the text, and an emoji (a surrogate pair)', `---\n${FIELDS}---\nText \u{1F600} \u0007här.\n`, ['6:9 control-character']],
  ['a control character written as it is in a field', `---\n${FIELDS}location: Stads\u0001huset\n---\nText.\n`, ['5:16 control-character']],
  ['a control character written as an escape in a field of an otherwise plain file', `---\n${FIELDS}location: "Stads\\x02huset"\n---\nText.\n`, ['5:11 control-character']],
  ['control characters side by side in the text and in a field, a run told once', `---\n${FIELDS}location: Stads\u0001\u0002huset\n---\nText \u0007\u0007\u0085här.\n`, ['5:16 control-character', '7:6 control-character']],
  ['an escape that makes no control character', `---\n${FIELDS}location: "Stads\\u00e4huset"\n---\nText \\*här\\*.\n`, []],
  ['a heading without its space, first in the text', `---\n${FIELDS}---\n##Övrigt\n`, ['6:1 heading-without-space']],
  ['a heading without its space after three spaces, in a file with CRLF line endings', `---\r\n${FIELDS.replace(/\n/g, '\r\n')}---\r\n## Punkt\r\n\r\n   ###Övrigt\r\n`, ['8:4 heading-without-space']],
  ['a heading without its space, a digit after the # signs, first in the text', `---\n${FIELDS}---\n###3. Fritidsbanken\n`, ['6:1 heading-without-space']],
  // A heading's text is at most 80 characters as the site shows it, without its escapes: these are 80 (83 written).
  ['a bold line of 80 characters shown, with escapes', `---\n${FIELDS}---\n**${SHOWN_80}**\n\nInget.\n`, ['6:1 bold-heading']],
  ['a heading of 80 characters shown, with escapes, without its space', `---\n${FIELDS}---\n#${SHOWN_80}\n`, ['6:1 heading-without-space']],
  ['a hashtag starting a sentence, first in the text', `---\n${FIELDS}---\n#metoo-rörelsen har påverkat hur vi pratar om det här.\n`, []],
  ['# signs glued to a word inside a line, to a number, or after four spaces (code)', `---\n${FIELDS}---\nText ##inte. #1 i kön.\n#2\n`, []],
  ['a bold line as a heading, first in the text', `---\n${FIELDS}---\n**Övrigt**\n\nInget.\n`, ['6:1 bold-heading']],
  // A line that breaks off on a preposition or conjunction is no heading, as minutes import reads it too.
  ['a bold line that breaks off on a preposition, above a list', `---\n${FIELDS}---\n**Budgeten för**\n\n1. Lokalen\n2. Personal\n`, []],
  ['a heading without its space that breaks off on a conjunction: a hashtag starting a sentence', `---\n${FIELDS}---\n#Fritidsbanken och\n\nText.\n`, []],
  ['a bold line as a heading after three spaces, in a file with CRLF line endings', `---\r\n${FIELDS.replace(/\n/g, '\r\n')}---\r\n## Punkt\r\n\r\n   __Övrigt__  \r\n\r\nInget.\r\n`, ['8:4 bold-heading']],
  ['bold words starting lines that go on, ending a line, or after four spaces (code, told by indented-text)', `---\n${FIELDS}---\n**Beslut:** inget.\n\nText **här**\n\n    **Kod**\n\nText.\n`, ['10:1 indented-text']],
  ['rows without their |---| line right under a table in a quote, outside it', `---\n${FIELDS}---\n> | a | b |\n> |---|---|\n| c | d |\n| e | f |\n`, ['8:1 table-without-separator']],
  ['rows without their |---| line right under rows indented as code', `---\n${FIELDS}---\n    | a |\n| b | c |\n| d | e |\n`, ['6:1 indented-text', '7:1 table-without-separator']],
  [
    'a table with three rows, and one whose |---| line has too few columns (said by no one), above rows without it',
    `---\n${FIELDS}---\n| a | b |\n|---|---|\n| c | d |\n| e | f |\n| g | h |\n\n| a | b |\n|---|\n| c | d |\n| e | f |\n\n| x | y |\n| z | w |\n`,
    ['17:1 table-without-separator'],
  ],
  ['lines with tabs in a file with CRLF line endings', `---\r\n${FIELDS.replace(/\n/g, '\r\n')}---\r\nVem\tVad\r\nLeif\tBoka\r\n`, ['6:1 table-with-tabs']],
  ['U+0085 (a C1 control character) in a field and in the text', `---\n${FIELDS}location: Stads\u0085huset\n---\nText \u0085här.\n`, ['5:16 control-character', '7:6 control-character']],
];

describe('what a first look passes by', () => {
  it.each(rows)('%s', (_what, text, said) => {
    const result = check(archive([BASE], { [FILE]: text }));
    expect(result.diagnostics.map((d) => `${d.file === FILE ? '' : d.file}${d.line}:${d.col} ${d.code}`)).toEqual(said);
  });
});

// A lone CR (an old Mac's line end, or one a paste left among LF lines) ends a line for an editor and for Markdown:
// what follows it is told at the line and column an editor shows, and read as the line it is.
const CR = 'Rad ett.\rRad två.\r\r';
const loneCr: [what: string, text: string, said: string[], hint?: string][] = [
  ['four spaces after a lone CR', `---\n${FIELDS}---\n${CR}    Indraget.\n`, ['9:1 indented-text'], 'Ta bort indraget i början av raden. Är det kod: skriv den mellan två rader med ```.'],
  ['a list indented as code, its lines ended by lone CRs', `---\n${FIELDS}---\n${CR}    - Ett\r    - Två\r`, ['9:1 indented-text'], 'Ta bort indraget i början av raderna: "- Ett"'],
  ['a heading without its space after a lone CR', `---\n${FIELDS}---\n${CR}##Övrigt\n`, ['9:1 heading-without-space']],
  ['a bold line with text under it after a lone CR', `---\n${FIELDS}---\n${CR}**Övrigt**\rInget.\n`, ['9:1 bold-heading']],
  ['a pasted bullet after a lone CR', `---\n${FIELDS}---\n${CR}• Punkt ett\r• Punkt två\n`, ['9:1 bullet-character']],
  ['lines with tabs ended by lone CRs', `---\n${FIELDS}---\n${CR}Vem\tVad\rLeif\tBoka\n`, ['9:1 table-with-tabs']],
  ['rows without their |---| line, ended by lone CRs', `---\n${FIELDS}---\n${CR}| a | b |\r| c | d |\n`, ['9:1 table-without-separator']],
  ['a weekday the date does not fall on, after a lone CR', `---\n${FIELDS}---\n${CR}Nästa möte tisdag 7 mars 2016.\n`, ['9:12 weekday-mismatch']],
  ['a misspelt name after a lone CR', `---\n${FIELDS}---\n${CR}Som Lief Redestig sa.\n`, ['9:5 misspelt-name']],
  ['an HTML tag after a lone CR', `---\n${FIELDS}---\n${CR}Text <font color=red>röd</font>.\n`, ['9:6 html-tag']],
  ['a control character after a lone CR', `---\n${FIELDS}---\n${CR}Text \u0007här.\n`, ['9:6 control-character']],
  ['a lone CR right after an LF, an empty line between them', `---\n${FIELDS}---\nRad ett.\n\r    Indraget.\n`, ['8:1 indented-text']],
];

describe('text after a lone CR, at the line and column an editor shows', () => {
  it.each(loneCr)('%s', (_what, text, said, hint) => {
    const result = check(archive([BASE], { [FILE]: text }));
    expect(result.diagnostics.map((d) => `${d.file === FILE ? '' : d.file}${d.line}:${d.col} ${d.code}`)).toEqual(said);
    if (hint !== undefined) expect(result.diagnostics[0]?.hint).toBe(hint);
  });
});

// A lone CR in the fields ends a line for the fast parse (js-yaml), as YAML 1.2 has it, and for an editor: the
// positioned parse reads the same lines, so what is read and where it is told agree, at the line an editor shows.
const loneCrFields: [what: string, fields: string, said: string[]][] = [
  ['a field after a lone CR, and a name not known in a field below', 'group: GUG\ndate: 2016-03-07\rsecretary: david-bergstrom\nattendees: [Leif Redestg]\n', ['5:13 unknown-person']],
  ['a field after a lone CR, its name not known', 'group: GUG\ndate: 2016-03-07\rsecretary: Leif Redestg\nattendees: [David Bergström]\n', ['4:12 unknown-person']],
  ['a field after a lone CR, with a name not known', 'group: GUG\ndate: 2016-03-07\rattendees: [Leif Redestg]\n', ['4:13 unknown-person']],
  ['a list item after a lone CR', 'group: GUG\ndate: 2016-03-07\nattendees:\n  - David Bergström\r  - Leif Redestg\n', ['6:5 unknown-person']],
  ['a field after a block of text, a lone CR between', 'group: GUG\ndate: 2016-03-07\nsummary: |\n  Rad ett.\r  Rad två.\rattendees: [Leif Redestg]\n', ['7:13 unknown-person']],
  ['a quote left open before a lone CR', 'group: GUG\ndate: 2016-03-07\rlocation: "Bryggan\rattendees: [David Bergström]\n', ['4:11 yaml-syntax']],
  ['a line indented with a tab after a lone CR', 'group: GUG\ndate: 2016-03-07\rattendees:\r\t- David Bergström\n', ['5:1 yaml-syntax']],
  ['fields whose lines all end in a lone CR', 'group: GUG\rdate: 2016-03-07\rattendees: [Leif Redestg]\r', ['4:13 unknown-person']],
];

describe('fields after a lone CR, read as an editor shows them', () => {
  it.each(loneCrFields)('%s', (_what, fields, said) => {
    const result = check(archive([BASE], { [FILE]: `---\n${fields}---\nText.\n` }));
    expect(result.diagnostics.map((d) => `${d.file === FILE ? '' : d.file}${d.line}:${d.col} ${d.code}`)).toEqual(said);
  });
});
