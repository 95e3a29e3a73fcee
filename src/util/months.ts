// Swedish month names, for the dates the importer reads in old minutes and check reads as meant in front matter.
import { foldCase } from './fold.js';

/**
 * Month names and their common abbreviations, in calendar order, the Swedish name first; then the English names
 * that differ, as a calendar or mail program set to English writes a date into Swedish minutes ("7 March 2016").
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'feb', 'febr', 'february'],
  ['mars', 'mar', 'march'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['augusti', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** Any month name as a regular-expression alternative, longest first so "mars" wins over "mar". */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** "mars", "Aug." -> 3, 8; anything else -> undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(foldCase(word).replace(/\.$/, ''));
}

/** The full name of a month: 11 -> "november". */
export const monthName = (month: number): string => MONTH_NAMES[month - 1]?.[0] ?? String(month);
