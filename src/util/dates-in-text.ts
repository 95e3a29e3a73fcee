// Swedish dates in running text ("måndag 9 november", "7 mars 2016", "2016-03-07"), with the weekday written
// before them: what import reads an old text's meeting date from, and what check compares a text's weekdays with.
import { isValidDate } from './dates.js';
import { MONTH_PATTERN, monthOf } from './months.js';
import { ENGLISH_WEEKDAY_PATTERN, WEEKDAY_BEFORE_DATE_PATTERN, WEEKDAY_PATTERN, weekdayOf } from './weekdays.js';

export interface DateExpr {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  readonly weekday?: number;
  readonly time?: string;
  readonly index: number;
  readonly length: number;
}

// Written so that a run of spaces can be read one way only: "\s*(?:kl)?\s*" tried every split of a long run, and a
// date followed by 100,000 spaces took minutes.
const TIME = String.raw`(?:,?\s*(?:(?:kl\.?|klockan)\s*)?([01]?\d|2[0-3])[:.]([0-5]\d))?`;
/** A year after the day and month: "2016", or two digits after a dash or an apostrophe ("7 mars -16", "7/3-16", "7 mars '16"). */
const YEAR = String.raw`(?:\s+(\d{4})|\s*[-'’](\d{2}))`;
const SWEDISH = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY_BEFORE_DATE_PATTERN})(?:,)?\s+)?(?:den\s+)?(\d{1,2})(?::[ae])?\s+(${MONTH_PATTERN})\.?(?:${YEAR}(?![\d\p{L}]|\s*(?:${MONTH_PATTERN})(?![\p{L}])))?(?![\p{L}\d])${TIME}`,
  'giu',
);
/**
 * The month first, as English writes it: "May 2, 2016", "Monday, May 2, 2016", "May 2nd 2016". Only with its year or
 * after a weekday, since a month's name before a number is as often something else in Swedish ("april 3 gånger").
 */
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY_PATTERN}|${ENGLISH_WEEKDAY_PATTERN}),?\s+)?(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\p{L}\d])${TIME}`,
  'giu',
);
// The weekday a whole word: "Pettersson 2016-03-07" has no "on" before its date. A comma may follow it ("Friday, 2016-03-08").
const ISO = new RegExp(String.raw`(?<![\d-])(?:(?<!\p{L})(${WEEKDAY_BEFORE_DATE_PATTERN}),?\s+)?(\d{4})-(\d{2})-(\d{2})(?![\d-])${TIME}`, 'giu');
/**
 * Day and month as numbers: "7/3 2016", "7/3-16", "07.03.2016" (dotted only with the whole year, as "7.3" is
 * also a time). Without a year, "7/3" only when no word follows but "kl.": "1/2 timme" is a fraction.
 */
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\d/.,-])(?:(${WEEKDAY_BEFORE_DATE_PATTERN})(?:,)?\s+)?(?:den\s+)?(\d{1,2})(?:/(\d{1,2})(?:${YEAR}|(?!\s*\p{L})|(?=,?\s*(?:kl\.?|klockan)\s))|\.(\d{1,2})\.(\d{4}))(?![\p{L}\d/]|[.,]\d)${TIME}`,
  'giu',
);

/** A two-digit year: 00–69 are this century, 70–99 the last. */
const fullYear = (four: string | undefined, two: string | undefined): number | undefined => (four ? Number(four) : two ? Number(two) + (Number(two) < 70 ? 2000 : 1900) : undefined);

export const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** Every date expression in `text`, in order. Impossible dates ("31 april") are left out. */
export function findDates(text: string): DateExpr[] {
  const out: DateExpr[] = [];
  for (const m of text.matchAll(SWEDISH)) {
    const day = Number(m[2]);
    const month = monthOf(m[3]!)!;
    const year = fullYear(m[4], m[5]);
    if (!isValidDate(isoDate(year ?? 2000, month, day))) continue;
    out.push(expr(m, day, month, year, m[1], m[6], m[7]));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const day = Number(m[2]);
    const month = Number(m[3] ?? m[6]);
    const year = m[7] ? Number(m[7]) : fullYear(m[4], m[5]);
    if (!isValidDate(isoDate(year ?? 2000, month, day))) continue;
    out.push(expr(m, day, month, year, m[1], m[8], m[9]));
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    if (m[1] === undefined && m[4] === undefined) continue;
    const day = Number(m[3]);
    const month = monthOf(m[2]!)!;
    const year = m[4] !== undefined ? Number(m[4]) : undefined;
    if (!isValidDate(isoDate(year ?? 2000, month, day))) continue;
    out.push(expr(m, day, month, year, m[1], m[5], m[6]));
  }
  for (const m of text.matchAll(ISO)) {
    const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (!isValidDate(isoDate(y, mo, d))) continue;
    out.push(expr(m, d, mo, y, m[1], m[5], m[6]));
  }
  return out.sort((a, b) => a.index - b.index);
}

function expr(m: RegExpMatchArray, day: number, month: number, year: number | undefined, weekday: string | undefined, hh: string | undefined, mm: string | undefined): DateExpr {
  const wd = weekday ? weekdayOf(weekday) : undefined;
  return {
    day,
    month,
    ...(year !== undefined ? { year } : {}),
    ...(wd !== undefined ? { weekday: wd } : {}),
    ...(hh && mm ? { time: `${hh.padStart(2, '0')}:${mm}` } : {}),
    index: m.index!,
    length: m[0].length,
  };
}

/** The end of a range of times after a date's time: "–15.00", " - 15:30". */
const TIME_RANGE_END = /^\s*[–—-]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d/;

/**
 * `date`, found in `text`, ends it, as a title's date does: past it only spaces and full stops, or, after its time, the
 * end of a range ("kl. 13.30–15.00"), which the format has no field for and the title keeps.
 */
export function endsWithDate(text: string, date: DateExpr): boolean {
  const after = text.slice(date.index + date.length);
  return (date.time !== undefined ? after.replace(TIME_RANGE_END, '') : after).replace(/[\s.]/g, '') === '';
}
