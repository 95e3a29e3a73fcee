// Table tests of the small text helpers: Swedish slugs and folding, "did you mean", dates, name matching, counts,
// excerpts.
import { describe, expect, it } from 'vitest';
import { foldAccents, foldCase, isSlug, normalizeText, slugify } from '../../src/util/fold.js';
import { closest, didYouMean, editDistance } from '../../src/util/suggest.js';
import { daysBetween, formatDate, formatDateLong, guessDate, isValidDate, normalizeTime, splitDateTime, weekdayClash, weekdayIndex } from '../../src/util/dates.js';
import { PhraseMatcher } from '../../src/util/phrases.js';
import { plural } from '../../src/util/plural.js';
import { excerpt, sentenceAround } from '../../src/render/text.js';

describe('plural: a Swedish count', () => {
  it.each([
    [0, '0 filer'],
    [1, '1 fil'],
    [2, '2 filer'],
    [1_500, '1\u00a0500 filer'],
    [10_000, '10\u00a0000 filer'],
    [1_234_567, '1\u00a0234\u00a0567 filer'],
  ])('%i', (n, expected) => expect(plural(n, 'fil', 'filer')).toBe(expected));

  it.each([
    [0, 'inga filer'],
    [1, '1 fil'],
    [2, '2 filer'],
  ])('%i, with a word for none', (n, expected) => expect(plural(n, 'fil', 'filer', 'inga filer')).toBe(expected));
});

describe('excerpt: a text cut short for feeds, page descriptions and timelines', () => {
  const smiles = (n: number) => '\u{1F600}'.repeat(n);
  it.each([
    ['short enough, as it is', 'Vi bokar lokalen.', 160, 'Vi bokar lokalen.'],
    ['cut at a word', 'Vi bokar lokalen till mötet i mars.', 20, 'Vi bokar lokalen…'],
    // An emoji is two UTF-16 code units: cut between them, the half left over is written to the feed as U+FFFD.
    ['cut before an emoji, not through it', `a${smiles(100)}`, 160, `a${smiles(79)}…`],
    ['an emoji that ends right at the cut, kept', smiles(100), 160, `${smiles(80)}…`],
  ])('%s', (_, text, max, expected) => {
    const cut = excerpt(text, max);
    expect(cut).toBe(expected);
    expect(Buffer.from(cut, 'utf8').toString('utf8')).toBe(cut);
  });

  it('cuts a sentence around a mention as whole characters too', () => {
    const cut = sentenceAround(`Fritidsbanken ${'x'.repeat(205)}${smiles(20)}.`, 0);
    expect(cut).toBe(`Fritidsbanken ${'x'.repeat(205)}…`);
    expect(Buffer.from(cut, 'utf8').toString('utf8')).toBe(cut);
  });
});

describe('slugify', () => {
  it.each([
    ['Åke Malmén', 'ake-malmen'],
    ['möte', 'mote'],
    ['Gemensam utvecklingsgrupp', 'gemensam-utvecklingsgrupp'],
    ['Bättre hälsa för unga romer', 'battre-halsa-for-unga-romer'],
    ['Carina Sørensen', 'carina-sorensen'],
    ['  IT-gruppen!! ', 'it-gruppen'],
    ['Straße', 'strasse'],
    ['Lærke Dæhli', 'laerke-daehli'],
    ['Œuvre', 'oeuvre'],
    ['Ä', 'a'],
    ['???', ''],
  ])('%s -> %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    if (slug) expect(isSlug(slug)).toBe(true);
  });
});

describe('folding', () => {
  it.each([
    ['Leif  Redestig ', 'leif redestig'],
    ['ÅKE MALMÉN', 'åke malmén'],
    ['A\u030Ake Malme\u0301n', 'åke malmén'], // NFD, as a Mac saves it
  ])('foldCase(%j) = %j', (input, folded) => expect(foldCase(input)).toBe(folded));
  it('folds accents for distances only', () => expect(foldAccents('Åke Malmén')).toBe('ake malmen'));
  it('normalises to NFC', () => expect(normalizeText('A\u030Ake')).toBe('Åke'));
});

describe('did you mean', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['Redestig', 'Redestgi', 1],
    ['abc', 'abc', 0],
    ['', 'abc', 3],
  ])('editDistance(%j, %j) = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  const people = ['Leif Redestig', 'Åke Malmén', 'Johanna Callegari', 'David Bergström'].map((label) => ({ label, keys: [label], value: label }));
  it.each([
    ['Leif Redestg', ['Leif Redestig']],
    ['ake malmen', ['Åke Malmén']],
    ['Redestig', ['Leif Redestig']],
    ['Bergstrom', ['David Bergström']],
    // Four edits from "Johanna Callegari": the most a name of that length may be off and still be suggested.
    ['Jhana Calegary', ['Johanna Callegari']],
    ['Xerxes Zyzzyva', []],
  ])('closest(%j) = %j', (input, labels) => expect(closest(input, people).map((c) => c.label)).toEqual(labels));

  // A whole first name before a part of a hyphenated first name or a surname, however the labels sort.
  const namesakes = ['Kjell-Åke Svensson', 'Åke Malmén', 'Anna Åke', 'Bo Leif', 'Leif Redestig', 'Per-Leif Ek', 'Ia Jonsson', 'Eva-Ia Berg'].map((label) => ({ label, keys: [label.toLowerCase().replace(/ /g, '-'), label], value: label }));
  it.each([
    ['Åke', ['Åke Malmén', 'Anna Åke', 'Kjell-Åke Svensson']],
    ['ake', ['Åke Malmén', 'Anna Åke', 'Kjell-Åke Svensson']],
    ['ÅKE', ['Åke Malmén', 'Anna Åke', 'Kjell-Åke Svensson']],
    ['Leif', ['Leif Redestig', 'Bo Leif', 'Per-Leif Ek']],
    ['Svensson', ['Kjell-Åke Svensson']],
    // A first name of two letters: too short to share as a word, but the first name of one person.
    ['Ia', ['Ia Jonsson']],
    ['IA', ['Ia Jonsson']],
    ['Bo', ['Bo Leif']],
    ['Ek', []],
  ])('closest(%j) among namesakes = %j', (input, labels) => expect(closest(input, namesakes).map((c) => c.label)).toEqual(labels));

  it.each([
    [[], undefined],
    [['A'], 'Menade du A?'],
    [['A', 'B', 'C'], 'Menade du A, B eller C?'],
  ])('didYouMean(%j)', (labels, text) => expect(didYouMean(labels)).toBe(text));
});

describe('dates', () => {
  it.each([
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2016-02-30', false],
    ['2016-13-01', false],
    ['2016-2-8', false],
    ['2016-04-31', false],
    ['2016-12-31', true],
    ['2016-03-00', false],
    ['2016-00-10', false],
  ])('isValidDate(%j) = %j', (d, ok) => expect(isValidDate(d)).toBe(ok));

  it.each([
    ['13:30', '13:30'],
    ['9.00', '09:00'],
    ['24:00', undefined],
    ['1330', undefined],
  ])('normalizeTime(%j) = %j', (t, n) => expect(normalizeTime(t)).toBe(n));

  it.each([
    ['2016-02-22 13:30', { date: '2016-02-22', time: '13:30' }],
    ['2016-02-22T13:30', { date: '2016-02-22', time: '13:30' }],
    ['2016-02-22', { date: '2016-02-22' }],
    ['2016-02-30', undefined],
    ['22 februari', undefined],
  ])('splitDateTime(%j)', (s, r) => expect(splitDateTime(s)).toEqual(r));

  // A weekday written with the date: agreeing, the date; not, no date meant, and the clash with the nearest such day.
  it.each([
    ['måndag 7 mars 2016', undefined, '2016-03-07', undefined],
    ['Måndagen den 7 mars 2016', undefined, '2016-03-07', undefined],
    ['Måndag, 7 mars 2016', undefined, '2016-03-07', undefined],
    ['tisdag 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['Tisdagen den 7:e mars -16', undefined, undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['torsdag 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 3, nearest: '2016-03-10' }],
    ['fredag 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 4, nearest: '2016-03-04' }],
    ['söndag 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 6, nearest: '2016-03-06' }],
    // Without a year: the first such day after `after`.
    ['tisdag 7 mars', '2016-02-08', undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['tisdag 7 mars', '2016-03-07', '2017-03-07', undefined],
    // A word ending in "dag" that is no weekday is no clash.
    ['idag 7 mars 2016', undefined, '2016-03-07', undefined],
    ['Fredagsmöte 7 mars 2016', undefined, undefined, undefined],
    // Any case, and the short forms, with or without a dot, before any form of the day.
    ['MÅNDAG 7 MARS 2016', undefined, '2016-03-07', undefined],
    ['TISDAG 7 MARS 2016', undefined, undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['mån 7 mars 2016', undefined, '2016-03-07', undefined],
    ['mån 7 mars', '2016-02-08', '2016-03-07', undefined],
    ['Mån. 7 mars 2016', undefined, '2016-03-07', undefined],
    ['tis. 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['Tis 8/3', '2016-02-08', '2016-03-08', undefined],
    ['Tis 7/3', '2016-02-08', undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['tisdag 7/3 2016', undefined, undefined, { date: '2016-03-07', weekday: 1, nearest: '2016-03-08' }],
    ['Onsdagen den 7/3 2016', undefined, undefined, { date: '2016-03-07', weekday: 2, nearest: '2016-03-09' }],
    ['ons 9/3 2016', undefined, '2016-03-09', undefined],
    ['tor 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 3, nearest: '2016-03-10' }],
    ['Tors 10 mars 2016', undefined, '2016-03-10', undefined],
    ['fre, 7/3-16', undefined, undefined, { date: '2016-03-07', weekday: 4, nearest: '2016-03-04' }],
    ['LÖR 2016-03-05', undefined, '2016-03-05', undefined],
    ['sön 7 mars 2016', undefined, undefined, { date: '2016-03-07', weekday: 6, nearest: '2016-03-06' }],
    ['den 7/3 2016', undefined, '2016-03-07', undefined],
    // Words that only start as a short form does, a shorter cut, or "mån" in a phrase: no weekday, and no date.
    ['månad 7 mars 2016', undefined, undefined, undefined],
    ['Torsten 7 mars 2016', undefined, undefined, undefined],
    ['Tisby 7/3 2016', undefined, undefined, undefined],
    ['ti 8 mars 2016', undefined, undefined, undefined],
    ['i viss mån 7 mars 2016', undefined, undefined, undefined],
  ])('guessDate(%j, %j) = %j, weekdayClash %j', (text, after, date, clash) => {
    expect(guessDate(text, after)).toBe(date);
    expect(weekdayClash(text, after)).toEqual(clash);
  });

  it('formats in Swedish, without local time shifting the day', () => {
    expect(formatDate('2016-03-07')).toBe('7 mars 2016');
    expect(formatDateLong('2016-03-07', '13:30')).toBe('måndag 7 mars 2016 kl. 13:30');
    expect(formatDateLong('2016-12-12')).toBe('måndag 12 december 2016');
    expect(weekdayIndex('2016-12-12')).toBe(0);
    expect(daysBetween('2016-02-08', '2016-03-07')).toBe(28);
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([
    { phrase: 'Fritidsbanken', value: 'fb' },
    { phrase: 'Fritidsbank', value: 'fb' },
    { phrase: 'SIP', value: 'sip' },
    { phrase: 'Bättre hälsa för unga romer', value: 'bh' },
    { phrase: 'Bättre hälsa', value: 'bh' },
  ]);
  const found = (text: string) => matcher.findAll(text).map((m) => [m.value, text.slice(m.start, m.end)]);
  it.each([
    ['Även Fritidsbanken behöver en lokal.', [['fb', 'Fritidsbanken']]],
    ['Fritidsbankens lokal', [['fb', 'Fritidsbankens']]],
    ['fritidsbank i maj', [['fb', 'fritidsbank']]],
    ['Fritidsbankerna', []],
    ['SIP-möte och sip', [['sip', 'SIP']]],
    ['projektet Bättre hälsa för unga romer, alltså Bättre\nhälsa', [['bh', 'Bättre hälsa för unga romer'], ['bh', 'Bättre\nhälsa']]],
    ['Inget här', []],
    // A start word without its phrase does not hide the next word; a match resumes right after the last one.
    ['Bättre Fritidsbanken', [['fb', 'Fritidsbanken']]],
    ['Bättre hälsa Bättre hälsa för unga romer SIP', [['bh', 'Bättre hälsa'], ['bh', 'Bättre hälsa för unga romer'], ['sip', 'SIP']]],
    ['sist står Bättre', []],
  ])('%j', (text, expected) => expect(found(text)).toEqual(expected));

  it('maps offsets back into NFD text', () => {
    const nfd = 'Om Ba\u0308ttre ha\u0308lsa.';
    const [m] = matcher.findAll(nfd);
    expect(nfd.slice(m!.start, m!.end).normalize('NFC')).toBe('Bättre hälsa');
  });

  it('replaces every match', () => expect(matcher.replaceAll('SIP och Fritidsbanken', (v) => `[${v}]`)).toBe('[sip] och [fb]'));
});
