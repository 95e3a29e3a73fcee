// Swedish weekday names, for the weekday written with a date: in old minutes the importer reads and in front matter.
import { foldCase } from './fold.js';

/** Weekday names, index 0 = Monday (as `weekdayIndex` in util/dates). */
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

/**
 * Their common short forms, as calendars and old minutes write them ("Tis 8/3", "tors. 10 mars"), each read with or
 * without a dot, and only as a whole word before a date or in a group's schedule: elsewhere "mån" ("i viss mån") and
 * "Tor" (a name) are other words.
 */
const SHORT: readonly (readonly string[])[] = [['mån'], ['tis'], ['ons'], ['tors', 'tor'], ['fre'], ['lör'], ['sön']];
/**
 * The shortest, as a calendar writes them ("må 7/3", "Ti. 8/3"), with or without a dot: read only right before a
 * date, never in a schedule, where "on" and "to" are other words. Not Friday's "fr": before a date it is as often
 * "från" ("fr. 1 juni", "fr 1/6 gäller"), and a wrong weekday would be told where none was written.
 */
const TWO_LETTERS: readonly (readonly string[])[] = [['må'], ['ti'], ['on'], ['to'], [], ['lö'], ['sö']];

/**
 * The English names, as a calendar or mail program set to English writes a date into Swedish minutes ("Monday 2 May
 * 2016"): read only right before a date, as the two-letter forms are.
 */
const ENGLISH = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/**
 * Names as a pattern that reads "å", "ä" and "ö" composed (NFC) or decomposed (NFD, a letter and a combining ring or
 * diaeresis, as a Mac may save "lördag"), so that a text is read as written and what is found keeps its place in it.
 */
const eitherForm = (names: string): string => names.replace(/[åäö]/g, (c) => `(?:${c}|${c.normalize('NFD')})`);

/** A weekday with its definite or plural ending, or short: "måndag", "Måndagen", "måndagar", "mån", "mån."; in a pattern with the i flag, any case. */
export const WEEKDAY_PATTERN = eitherForm(`(?:(?:${WEEKDAYS.join('|')})(?:en|ar(?:na)?)?|(?:${SHORT.flat().join('|')})\\.?)`);
/** The English names as a pattern: "Monday". */
export const ENGLISH_WEEKDAY_PATTERN = `(?:${ENGLISH.join('|')})`;
/** As WEEKDAY_PATTERN, the English names and the two-letter forms ("må", "Ti."): for a weekday right before a date only. */
export const WEEKDAY_BEFORE_DATE_PATTERN = `(?:${WEEKDAY_PATTERN}|${ENGLISH_WEEKDAY_PATTERN}|${eitherForm(`(?:${TWO_LETTERS.flat().join('|')})\\.?`)})`;

/**
 * "måndag", "Måndagen", "måndagar", "MÅNDAG", "mån", "Mån.", "må", "Monday" -> 0; anything else ("idag", "fredagsmöte",
 * "månad") -> undefined.
 */
export function weekdayOf(word: string): number | undefined {
  const w = foldCase(word).replace(/\.$/, '');
  const full = (WEEKDAYS as readonly string[]).indexOf(w.replace(/(en|arna|ar)$/, ''));
  const short = full >= 0 ? full : SHORT.findIndex((forms) => forms.includes(w));
  const two = short >= 0 ? short : TWO_LETTERS.findIndex((forms) => forms.includes(w));
  const i = two >= 0 ? two : (ENGLISH as readonly string[]).indexOf(w);
  return i < 0 ? undefined : i;
}

/** "måndag" for messages. */
export const weekdayName = (i: number): string => WEEKDAYS[i] ?? '?';
