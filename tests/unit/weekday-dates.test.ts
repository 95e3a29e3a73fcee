// weekdayDateFindings: a weekday written before a date in a minutes text that the date does not fall on. Each row is
// a text, the meeting's date, and the weekdays told (as written, with the date the clash reads); the rest is left alone.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/util/dates-in-text.js';
import { weekdayDateFindings } from '../../src/validate/rules/weekday-dates.js';

/** The weekday told and the date it was read with, as "tisdag 2016-03-07", for each finding. */
function told(body: string, meeting?: string): string[] {
  return weekdayDateFindings('x.md', body, 0, meeting).map((f) => {
    if (f.where.kind !== 'offset') throw new Error('placed by offset');
    const word = body.slice(f.where.offset, f.where.offset + f.where.length);
    return `${word} ${/\d{1,2} \p{L}+ \d{4}/u.exec(f.message.split('": ')[1] ?? '')?.[0] ?? ''}`;
  });
}

describe('weekdayDateFindings', () => {
  it.each<[string, string, string | undefined, string[]]>([
    // Forms: a Swedish date, with or without its year; "den" after the weekday; short weekdays; ISO and numbered dates.
    ['named date with year', 'Nästa möte: tisdag 7 mars 2016 kl. 13.30.', '2016-02-22', ['tisdag 7 mars 2016']],
    ['named date without year', 'Beslutades på mötet tisdag 8 feb.', '2016-03-07', ['tisdag 8 februari 2016']],
    ['with den', 'Mötet hölls tisdag den 7 mars.', '2016-03-07', ['tisdag 7 mars 2016']],
    ['definite before den', 'Tisdagen den 7 mars 2016 hölls inget möte.', '2016-03-07', ['Tisdagen 7 mars 2016']],
    ['short, numbered', 'Ses tis 7/3.', '2016-03-07', ['tis 7 mars 2016']],
    ['short with a dot', 'Ses tis. 7/3 kl 13.', '2016-03-07', ['tis. 7 mars 2016']],
    ['ISO date', 'Sista dag tisdag 2016-03-07.', '2016-02-22', ['tisdag 7 mars 2016']],
    ['dotted date', 'Sista dag tisdag 7.3.2016.', '2016-02-22', ['tisdag 7 mars 2016']],
    ['two spaces', 'Ses tisdag  7 mars 2016.', '2016-02-22', ['tisdag 7 mars 2016']],
    ['capitals', 'TISDAG 7 MARS 2016', '2016-02-22', ['TISDAG 7 mars 2016']],
    ['an English month, as a calendar set to English writes it', 'Nästa möte: tisdag 7 March 2016.', '2016-02-22', ['tisdag 7 mars 2016']],
    ['in a heading', '## Möte tisdag 7 mars 2016\n\nText.', '2016-02-22', ['tisdag 7 mars 2016']],
    ['in a list and a table', '- tisdag 7 mars\n\n| Dag | Vad |\n|---|---|\n| tisdag 7 mars | möte |', '2016-03-07', ['tisdag 7 mars 2016', 'tisdag 7 mars 2016']],
    ['after the same date in code', '`tisdag 7 mars 2016` och tisdag 7 mars 2016', '2016-03-07', ['tisdag 7 mars 2016']],
    // A comma between the weekday and an ISO date, as SWEDISH and NUMERIC dates may have; and English's month first,
    // the weekday before the month's name.
    ['a comma before an ISO date', 'Sista dag Friday, 2016-03-08 och fredag, 2016-03-08; rätt: Tuesday, 2016-03-08, tisdag, 2016-03-08.', '2016-03-07', ['Friday 8 mars 2016', 'fredag 8 mars 2016']],
    ['English, month first', 'Next meeting: Monday, May 3, 2016 and Monday May 3rd 2016; not Tuesday, May 3, 2016, Monday, Dismay 3, 2016 or Monday Summary 3 2016.', '2016-05-02', ['Monday 3 maj 2016', 'Monday 3 maj 2016']],
    ['English, month first, abbreviated with a dot', 'Monday, Aug. 3, 2016', '2016-05-02', ['Monday 3 augusti 2016']],
    ['month first, Swedish', 'Nästa möte måndag, maj 3, 2016, inte tisdag, maj 3, 2016.', '2016-05-02', ['måndag 3 maj 2016']],
    // Guards: nothing is told.
    ['a right weekday', 'Nästa möte: måndag 7 mars 2016, måndag den 7 mars, mån 7/3, måndag 2016-03-07.', '2016-02-22', []],
    ['a weekday with no date', 'Nästa möte blir en tisdag, tisdag kl. 13.30 eller tisdag 13.30.', '2016-03-07', []],
    ['a definite weekday in prose', 'På tisdagen 7 personer kom, tisdagen 7 mars också.', '2016-03-07', []],
    ['a plural weekday', 'Vi ses tisdagar 7 mars och framåt.', '2016-03-07', []],
    ['a fraction', 'Tisdag 1/2 timme.', '2016-03-07', []],
    ['a date in a link', 'Se [tisdag 7 mars 2016](2016-03-07.md).', '2016-03-07', []],
    ['a date in code', 'Skriv `tisdag 7 mars 2016`.\n\n```\ntisdag 7 mars 2016\n```\n\n    tisdag 7 mars 2016', '2016-03-07', []],
    ['a day that does not exist', 'Inte fredag 29 februari 2015 och inte måndag 31 april.', '2015-03-02', []],
    ['29 February without a year, in a leap year near', 'måndag 29 feb', '2016-03-07', []],
    // Two letters, as calendars write them: only right before a date, in any case, with a dot or not.
    ['two letters, numbered', 'Ses ti 7/3, eller må 7/3.', '2016-03-07', ['ti 7 mars 2016']],
    ['two letters, capitalised with a dot', 'Ti. 7/3 kl. 13, On. 7 mars, TO 2016-03-07.', '2016-03-07', ['Ti. 7 mars 2016', 'On. 7 mars 2016', 'TO 7 mars 2016']],
    ['two letters before den', 'To den 7 mars 2016 och lö, 7/3 2016 och sö 7.3.2016.', '2016-03-07', ['To 7 mars 2016', 'lö 7 mars 2016', 'sö 7 mars 2016']],
    // "fr" before a date is as often "från" as Friday.
    ['fr is not read', 'Fr den 7 mars 2016, fr. 1 juni 2016 gäller och fr 8/3 2016.', '2016-03-07', []],
    ['two letters, right', 'må 7/3, Ti 8/3, on. 9/3, to 10/3, Fr 11/3, lö 12/3, sö 13/3.', '2016-03-07', []],
    ['two letters ending another word', 'Anton 8/3, Pettersson 2016-03-08, Konto 8/3 2016, Salö 8 mars, Fr.o.m. 8/3, bl.a. on 8 med.', '2016-03-07', []],
    ['two letters with no date after them', 'Ti och on kl. 13, to 1/2 timme.', '2016-03-07', []],
    // A range of days, its last weekday before its first date: "ti–to 8/3–10/3".
    ['the last weekday of a range', 'Kurs ti–to 8/3–10/3, lö-sö 12/3-13/3, tis. – tors. 2016-03-08 och tisdag–torsdag 8 mars.', '2016-03-07', []],
    ['a word ending in a weekday', 'Fredagsmöte 7 mars 2016.', '2016-03-07', []],
    // A date without its year: the year nearest the meeting, and none told when another year near it fits.
    ['next year in December', 'Nästa möte tisdag 10 januari.', '2016-12-12', []],
    ['last year in January', 'Förra mötet fredag 18 december.', '2016-01-11', []],
    ['wrong in the nearest year', 'Nästa möte onsdag 10 januari.', '2016-12-12', ['onsdag 10 januari 2017']],
    ['fits a year half a year off', 'Möte måndag 2 januari.', '2016-06-30', []],
    ['without a meeting date, a date without a year is not read', 'Nästa möte onsdag 10 januari.', undefined, []],
    ['without a meeting date, a date with a year is', 'Nästa möte onsdag 10 januari 2017.', undefined, ['onsdag 10 januari 2017']],
    // Written decomposed (NFD), as a Mac may save "å", "ä" and "ö": a letter and a combining ring or diaeresis.
    ['decomposed, long and short', 'Nästa möte: lördag 7 mars 2016, mån 8/3, sön. 7/3.'.normalize('NFD'), '2016-03-07', ['lördag 7 mars 2016', 'mån 8 mars 2016', 'sön. 7 mars 2016'].map((s) => s.normalize('NFD'))],
    ['decomposed, two letters', 'Må 8/3, lö den 7 mars 2016, SÖ 7.3.2016.'.normalize('NFD'), '2016-03-07', ['Må 8 mars 2016', 'lö 7 mars 2016', 'SÖ 7 mars 2016'].map((s) => s.normalize('NFD'))],
  ])('%s', (_name, body, meeting, expected) => {
    expect(told(body, meeting)).toEqual(expected);
  });

  // The place and length are the file's own, decomposed; the message and hint read as the composed text's do.
  it.each([
    ['a long weekday', 'Möte: lördag 7 mars 2016.'],
    ['two letters after a word with "ö" and "å"', 'Mötet på Håå: må 8/3 2016.'],
  ])('reads a weekday written decomposed (NFD): %s', (_name, text) => {
    const nfd = text.normalize('NFD');
    const [composed] = weekdayDateFindings('x.md', text, 10, '2016-03-07');
    const [f] = weekdayDateFindings('x.md', nfd, 10, '2016-03-07');
    if (f?.where.kind !== 'offset' || composed?.where.kind !== 'offset') throw new Error('one finding, placed by offset');
    expect(nfd.slice(f.where.offset - 10, f.where.offset - 10 + f.where.length).normalize('NFC')).toBe(text.slice(composed.where.offset - 10, composed.where.offset - 10 + composed.where.length));
    expect(nfd.slice(0, f.where.offset - 10).normalize('NFC')).toBe(text.slice(0, composed.where.offset - 10));
    expect([f.message, f.hint]).toEqual([composed.message, composed.hint]);
  });

  it('places a date after an escape in its text', () => {
    const body = 'Punkt 3\\* tisdag 7 mars 2016';
    const [f] = weekdayDateFindings('x.md', body, 10, '2016-03-07');
    expect(f?.where).toEqual({ kind: 'offset', offset: 10 + body.indexOf('tisdag'), length: 6 });
  });
});

// findDates, which import reads a meeting's date with too: a weekday written decomposed (NFD) is read, and the date's
// place and length are in the text as written.
describe('findDates in a text written decomposed (NFD)', () => {
  it.each<[string, string, number, string]>([
    ['a long weekday', 'lördag 7 mars 2016', 5, 'lördag 7 mars 2016'],
    ['a short one with a dot, after a word with "ö"', 'Möte sön. 13/3 kl. 10.00', 6, 'sön. 13/3 kl. 10.00'],
    ['two letters in capitals', 'Plats: Håbo, MÅ 2016-03-07', 0, 'MÅ 2016-03-07'],
  ])('%s', (_name, text, weekday, written) => {
    const nfd = text.normalize('NFD');
    const [d] = findDates(nfd);
    expect([d?.weekday, nfd.slice(d?.index, (d?.index ?? 0) + (d?.length ?? 0))]).toEqual([weekday, written.normalize('NFD')]);
  });
});
