// Table test of the numbered lines that can be agenda items' headings: the numbering forms, the titles that
// read as headings rather than sentences, and which lines of a text count. Whole drafts are in forms.test.ts.
import { describe, expect, it } from 'vitest';
import { agendaHeadings, agendaNumber, isAgendaTitle, letteredRunLines, numberedHeadings } from '../../src/import/agenda.js';
import { splitLines, type Line } from '../../src/import/lines.js';

const NUMBERS: readonly (readonly [string, ReturnType<typeof agendaNumber>])[] = [
  ['1. Läxhjälp', { form: '1.', n: 1, title: 'Läxhjälp' }],
  ['12) Läxhjälp', { form: '1)', n: 12, title: 'Läxhjälp' }],
  ['100. Läxhjälp', { form: '1.', n: 100, title: 'Läxhjälp' }],
  ['123456789) Läxhjälp', { form: '1)', n: 123456789, title: 'Läxhjälp' }],
  ['§ 1 Läxhjälp', { form: '§', n: 1, title: 'Läxhjälp' }],
  ['§1 Läxhjälp', { form: '§', n: 1, title: 'Läxhjälp' }],
  ['§ 45. Läxhjälp', { form: '§', n: 45, title: 'Läxhjälp' }],
  ['§1: Läxhjälp', { form: '§', n: 1, title: 'Läxhjälp' }],
  ['§ 2 – Läxhjälp', { form: '§', n: 2, title: 'Läxhjälp' }],
  ['Punkt 1: Läxhjälp', { form: 'punkt', n: 1, title: 'Läxhjälp' }],
  ['punkt 2 Läxhjälp', { form: 'punkt', n: 2, title: 'Läxhjälp' }],
  ['Ärende 3 – Fritidsbanken', { form: 'ärende', n: 3, title: 'Fritidsbanken' }],
  ['II. Ekonomi', { form: 'I.', n: 2, title: 'Ekonomi' }],
  ['iv) Ekonomi', { form: 'i.', n: 4, title: 'Ekonomi' }],
  ['b) Budget', { form: 'a.', n: 2, title: 'Budget' }],
  ['bb. Budget', { form: 'a.', n: 28, title: 'Budget' }],
  ['C. Lokal', { form: 'I.', n: 100, title: 'Lokal' }],
  ['IIII. Ekonomi', { form: 'A.', n: 87, title: 'Ekonomi' }],
  ['ab) Budget', undefined],
  ['1.5 miljoner kronor', undefined],
  ['2016 års budget', undefined],
  ['§1Läxhjälp', undefined],
  ['Punkten om läxhjälp', undefined],
];

const TITLES: readonly (readonly [string, boolean])[] = [
  ['Läxhjälp', true],
  ['Mötets öppnande', true],
  ['"Marknadsföring" – digitalt', true],
  ['Val av ordförande och sekreterare för mötet', true],
  ['Nästa gång tar vi upp frågan om lokaler igen', false],
  ['Vi ska ses igen i maj', false],
  ['Lokalen är klar', false],
  ['Mötet avslutades.', false],
  ['Hur gör vi med läxhjälpen?', false],
  ['kaffe', false],
];

describe('agendaNumber', () => {
  it.each(NUMBERS)('%s', (text, expected) => {
    expect(agendaNumber(text)).toEqual(expected);
  });
});

describe('isAgendaTitle', () => {
  it.each(TITLES)('%s', (title, expected) => {
    expect(isAgendaTitle(title)).toBe(expected);
  });
});

/**
 * A Markdown title (a .md file's, a .docx's as converted) is at most 80 characters without its backslash escapes; a
 * plain text's backslashes are typed, and count. The escaped titles are 84 and 85 characters long.
 */
const ESCAPED_80 = 'Verksamhetsberättelsen \\*preliminär\\* för Fritidsbankens utlåning och \\_kassa\\_ 2016';
const ESCAPED_81 = 'Verksamhetsberättelsen \\*preliminär\\* för Fritidsbankens utlåning och \\_kassan\\_ 2016';
const MARKDOWN_TITLES: readonly (readonly [name: string, title: string, markdown: boolean, expected: boolean])[] = [
  ['80 characters without escapes, in Markdown', ESCAPED_80, true, true],
  ['81 characters without escapes, in Markdown', ESCAPED_81, true, false],
  ['84 characters with backslashes, in plain text', ESCAPED_80, false, false],
];

describe('isAgendaTitle, its length', () => {
  it.each(MARKDOWN_TITLES)('%s', (_name, title, markdown, expected) => {
    expect(isAgendaTitle(title, markdown)).toBe(expected);
  });
});

const TEXTS: readonly (readonly [string, string, readonly string[]])[] = [
  ['two items with text under them', '1. Läxhjälp\nText.\n\n2. Fritidsbanken\nText.\n', ['1. Läxhjälp', '2. Fritidsbanken']],
  ['one item is no sequence', 'Punkt\n\n1. Läxhjälp\nText.\n', []],
  ['numbers that skip are no sequence', '1. Läxhjälp\nText.\n\n3. Fritidsbanken\nText.\n', []],
  ['a list alone, with nothing under its lines but the next', '1. Kaffe\n2. Te\n3. Bullar\n\nAlla var nöjda.\n', []],
  ['an item ending in bullets, the next right under them', '1. Läxhjälp\nText.\n- tolv barn\n2. Fritidsbanken\nText.\n', ['1. Läxhjälp', '2. Fritidsbanken']],
  ['forms do not mix: "§" and "1." count apart', '§ 1 Läxhjälp\nText.\n1. Kaffe\nGott.\n\n2. Te\nGott.\n\n§ 2 Fritidsbanken\nText.\n\n§ 3 Övrigt\nText.\n', ['§ 1 Läxhjälp', '§ 2 Fritidsbanken', '§ 3 Övrigt']],
  // Past 99 when the number runs on from the line above ("99." before "100."), not a year alone ("2016. Budget").
  ['numbers past 99, not a year alone', '98. Hyllor\nText.\n\n99. Skåp\nText.\n\n100. Ekonomi\nText.\n\n2016. Budget\nText.\n', ['98. Hyllor', '99. Skåp', '100. Ekonomi']],
  // Years a year apart starting two paragraphs are no run: a run past 99 starts at 99 or less.
  ['years starting paragraphs between items, a year apart', '1. Budget\n\n2015. Budgeten blev klar.\n\nText.\n\n2016. Ny budget.\n\n2. Övrigt\n\nText.\n', ['1. Budget', '2. Övrigt']],
  ['numbers need not start at 1', '§ 45 Läxhjälp\nText.\n\n§ 46 Fritidsbanken\nText.\n', ['§ 45 Läxhjälp', '§ 46 Fritidsbanken']],
  ['roman numerals number a sequence', 'I. Läxhjälp\nText.\n\nII. Fritidsbanken\nText.\n\nIII. Övrigt\nText.\n', ['I. Läxhjälp', 'II. Fritidsbanken', 'III. Övrigt']],
  ['so do letters, also past z, "C." and "I." among them', 'A. Läxhjälp\nText.\n\nB. Fritidsbanken\nText.\n\nC. Lokal\nText.\n', ['A. Läxhjälp', 'B. Fritidsbanken', 'C. Lokal']],
  ['letters past z', 'y) Läxhjälp\nText.\n\nz) Fritidsbanken\nText.\n\naa) Övrigt\nText.\n', ['y) Läxhjälp', 'z) Fritidsbanken', 'aa) Övrigt']],
  ['a whole-line bold item is written without the bold', '**1. Läxhjälp**\nText.\n\n**2. Fritidsbanken**\nText.\n', ['1. Läxhjälp', '2. Fritidsbanken']],
  // A line that breaks off on a word no heading ends on leads into the run under it, as a line ending in ':' does.
  ['a run under a line that breaks off on a preposition is its list', 'Budgeten för\n1. Lokalen\nDyr.\n\n2. Personal\nBillig.\n', []],
];

describe('numberedHeadings', () => {
  it.each(TEXTS)('%s', (_name, text, expected) => {
    const lines = splitLines(text);
    const open = (l: Line | undefined) => l !== undefined && l.text !== '';
    expect([...numberedHeadings(lines, open).values()]).toEqual(expected);
  });
});

/** A text's only numbered line: a heading when numbered 1 (or with "§", "Punkt"), never when lettered. */
const LONE: readonly (readonly [string, string, readonly string[]])[] = [
  ['a lone "1." with text under it', 'Text.\n\n1. Budget\nText.\n', ['1. Budget']],
  ['a lone "a)" with text under it', 'Text.\n\na) Budget\nText.\n', []],
  ['a lone "A." with text under it, as an initial', 'Text.\n\nA. Nilsson\nText.\n', []],
  ['a lone "1." under a line that breaks off on a preposition, a blank line between', 'Budgeten för\n\n1. Lokalen\nDyr.\n', []],
];

describe('agendaHeadings', () => {
  it.each(LONE)('%s', (_name, text, expected) => {
    const lines = splitLines(text);
    const open = (l: Line | undefined) => l !== undefined && l.text !== '';
    expect([...agendaHeadings(lines, open).values()]).toEqual(expected);
  });
});

/** The lines numbered in letters or roman numerals whose next number in the same form comes later in the text. */
const LETTERED_RUNS: readonly (readonly [string, string, readonly string[]])[] = [
  ['"I." with "II." later', 'I. Ekonomi\nText.\nII. Lokal\nText.\n', ['I. Ekonomi']],
  ['"A." with "B." later, also in bold', '**A. Ekonomi**\nText.\nB. Budget\n', ['**A. Ekonomi**']],
  ['"a)" and "b." as one form', 'a) Hyllor\nb. Skåp\nc) Kassa\n', ['a) Hyllor', 'b. Skåp']],
  ['"C." read as a letter, with "D." later', 'C. Lokal\nD. Kassa\n', ['C. Lokal']],
  ['an initial with no next letter after it', 'A. Nilsson\nSvensson A.\nI. Svensson\nText.\n', []],
  ['the next number before it, not after', 'II. Lokal\nI. Ekonomi\n', []],
  ['"I." and "ii." are two forms', 'I. Ekonomi\nii. Lokal\n', []],
  ['digits are no letters', '1. Ekonomi\n2. Lokal\n', []],
];

describe('letteredRunLines', () => {
  it.each(LETTERED_RUNS)('%s', (_name, text, expected) => {
    const lines = splitLines(text);
    expect([...letteredRunLines(lines)].sort((a, b) => a - b).map((i) => lines[i]!.text)).toEqual(expected);
  });
});
