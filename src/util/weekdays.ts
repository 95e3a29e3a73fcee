// Swedish weekday names, for the weekday written with a date: in old minutes the importer reads and in front matter.
import { foldCase } from './fold.js';

/** Weekday names, index 0 = Monday (as `weekdayIndex` in util/dates). */
const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

/** A weekday with its definite or plural ending: "måndag", "Måndagen", "måndagar". */
export const WEEKDAY_PATTERN = `(?:${WEEKDAYS.join('|')})(?:en|ar(?:na)?)?`;

/** "måndag", "Måndagen", "måndagar" -> 0; anything else ("idag", "fredagsmöte") -> undefined. */
export function weekdayOf(word: string): number | undefined {
  const w = foldCase(word).replace(/(en|arna|ar)$/, '');
  const i = (WEEKDAYS as readonly string[]).indexOf(w);
  return i < 0 ? undefined : i;
}

/** "måndag" for messages. */
export const weekdayName = (i: number): string => WEEKDAYS[i] ?? '?';
