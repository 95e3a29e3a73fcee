// Dates as plain `YYYY-MM-DD` strings, never through local time; Swedish formatting via Intl with UTC.
import { monthName, monthOf } from './months.js';
import { ENGLISH_WEEKDAY_PATTERN, WEEKDAY_PATTERN, weekdayName, weekdayOf } from './weekdays.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** True for a real calendar date written as YYYY-MM-DD ("2016-02-30" is false). */
export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export const looksLikeDate = (s: string): boolean => DATE.test(s);

/**
 * Why a date written as YYYY-MM-DD does not exist, in Swedish, with the date meant when day and month were swapped
 * ("2016-13-02" is 2016-02-13): the form is right, so saying the form again would not help. Undefined for a real date.
 */
export function whyNoSuchDay(s: string): string | undefined {
  const m = DATE.exec(s);
  if (!m || isValidDate(s)) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) {
    const swapped = `${m[1]!}-${m[3]!}-${m[2]!}`;
    const meant = isValidDate(swapped) ? `Menade du ${swapped}? ` : '';
    return `${meant}Månaden står i mitten och går från 01 till 12.`;
  }
  if (day < 1) return 'Dagen står sist och börjar på 01.';
  const name = monthName(month);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${m[1]!} har ${daysInMonth(year, month)} dagar.`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a time written as hours and minutes, "25:00" or "13.75", whose hours or minutes are past the clock's. */
export const pastTheClock = (s: string): boolean => /^\s*\d{1,2}[:.]\d{2}\s*$/.test(s) && !TIME.test(s.trim());

/** "13:30" or "13.30" -> "13:30"; anything else -> undefined. */
export function normalizeTime(s: string): string | undefined {
  const m = TIME.exec(s.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

/**
 * The time a text most likely means, as "HH:MM": a time among other words ("kl 13.30", "13:30-15:00"), with a comma
 * ("13,30"), without its colon ("1330"), or the hour alone ("kl 13", "13"). Given the text as typed: an unquoted 13.50
 * is the number 13.5 to YAML, whose form ("13.5", 13:05? 13:30? 13:50?) tells no time. Undefined when nothing fits.
 */
export function guessTime(v: string): string | undefined {
  // "1330", "930": the digits of a time without its colon.
  const digits = /^\s*(\d{1,2})(\d{2})\s*$/.exec(v);
  if (digits) return normalizeTime(`${digits[1]!}:${digits[2]!}`);
  // "13": the hour alone, on the hour.
  const alone = /^\s*(\d{1,2})\s*$/.exec(v);
  if (alone) return normalizeTime(`${alone[1]!}:00`);
  // "13,30": a comma, as in a decimal number, between hours and minutes.
  const m = /(?<![\d:.,])([01]?\d|2[0-3])[:.,]([0-5]\d)(?![\d:.,])/.exec(v);
  if (m) return normalizeTime(`${m[1]}:${m[2]}`);
  // "kl 13", "kl. 9", "klockan 13": the hour alone, on the hour.
  const hour = /^\s*(?:kl\.?|klockan)\s*([01]?\d|2[0-3])\s*$/iu.exec(v);
  return hour ? normalizeTime(`${hour[1]}:00`) : undefined;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[ T]+(\S+))?$/;

/** Splits "2016-02-22 13:30" / "2016-02-22T13:30" / "2016-02-22" into date and optional time. */
export function splitDateTime(s: string): { date: string; time?: string } | undefined {
  const m = DATE_TIME.exec(s.trim());
  if (!m || !isValidDate(m[1]!)) return undefined;
  if (m[2] === undefined) return { date: m[1]! };
  const time = normalizeTime(m[2]);
  return time ? { date: m[1]!, time } : undefined;
}

/** The time as written after a real date ("25:30" in "2016-04-04 25:30"), and where it starts in `s`; else undefined. */
export function timeOfDateTime(s: string): { time: string; start: number } | undefined {
  const m = DATE_TIME.exec(s.trim());
  if (!m || !isValidDate(m[1]!) || m[2] === undefined) return undefined;
  return { time: m[2], start: s.length - s.trimStart().length + m[0].length - m[2].length };
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

// Made when first used: each costs a few milliseconds to make, at the start of every command, which a check seldom uses.
let longFormat: Intl.DateTimeFormat | undefined;
let weekdayFormat: Intl.DateTimeFormat | undefined;

const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** "7 mars 2016" */
export const formatDate = (date: string): string => cached(`l${date}`, () => (longFormat ??= new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(utc(date)));
/** "måndag" */
const weekday = (date: string): string => cached(`w${date}`, () => (weekdayFormat ??= new Intl.DateTimeFormat('sv-SE', { weekday: 'long', timeZone: 'UTC' })).format(utc(date)));
const at = (time?: string): string => (time ? ` kl. ${time}` : '');
/** "7 mars 2016" -> "måndag 7 mars 2016", with " kl. 13:30" when a time is given. */
export function formatDateLong(date: string, time?: string): string {
  return `${weekday(date)} ${formatDate(date)}${at(time)}`;
}
/** "måndag", with " kl. 13:30" when a time is given: what a heading that names the date leaves out. */
export function formatWeekday(date: string, time?: string): string {
  return `${weekday(date)}${at(time)}`;
}

/** The machine-readable value of what formatDateLong says, for `<time datetime>`: "2016-03-07", or "2016-03-07T13:30" with a time. */
export function htmlDateTime(date: string, time?: string): string {
  return time ? `${date}T${time}` : date;
}

export const yearOf = (date: string): string => date.slice(0, 4);

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** The date `days` days from `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Swedish weekday index of a date, 0 = Monday. */
export function weekdayIndex(date: string): number {
  return (utc(date).getUTCDay() + 6) % 7;
}

/** Today's date in Sweden as YYYY-MM-DD. */
export function todayInSweden(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** The date a minutes file is named by ("minutes/gug/2016-03-07.md" -> "2016-03-07"), if its name starts with one. */
export function dateInFileName(file: string): string | undefined {
  return /(?:^|\/)(\d{4}-\d{2}-\d{2})(?:[^/\d][^/]*)?\.md$/i.exec(file)?.[1];
}

/** The dashes a word processor writes for a hyphen (en and em dash, minus sign, non-breaking hyphen …). */
export const DASHES = /[\u2010-\u2015\u2212]/gu;

/** A year written with two digits after a dash ("4/4-16"): 00–69 are this century, 70–99 the last. */
const year = (written: string): string => (written.length === 4 ? written : `${Number(written) < 70 ? 20 : 19}${written}`);

/**
 * The ÅÅÅÅ-MM-DD date that a date written another common way most likely means: "2016-4-4", "4/4 2016",
 * "4/4-16", "4.4.2016", "04-04-2016", "16-04-04", "20160404", "4 april 2016". Day before month, as in Swedish; undefined when there is no
 * real date. Given `after`, also one without a year ("4 april", "4/4"): the first such day after that date.
 * Undefined too when the text names a weekday the date does not fall on ("tisdag 7 mars 2016", a Monday): which
 * of the two is wrong cannot be told, so no date is meant (see `weekdayClash`).
 */
export function guessDate(text: string, after?: string): string | undefined {
  const read = readDate(text, after);
  return read && !clashOf(read) ? read.date : undefined;
}

/** A weekday written with a date that falls on another day: "tisdag 7 mars 2016", 7 March 2016 being a Monday. */
export interface WeekdayClash {
  /** The date as written (or, without a year, the first such day after `after`). */
  readonly date: string;
  /** The weekday written, 0 = Monday. */
  readonly weekday: number;
  /** The nearest day that is the weekday written: 2016-03-08 for "tisdag 7 mars 2016". */
  readonly nearest: string;
}

/** The weekday and the date of a text that `guessDate` reads as a date, when they disagree; else undefined. */
export function weekdayClash(text: string, after?: string): WeekdayClash | undefined {
  const read = readDate(text, after);
  return read && clashOf(read);
}

/** "7 mars 2016 var en måndag, inte en tisdag"; `verb` "är" for a day to come; `aside` said after the date, between commas. */
export function weekdayClashWords(c: WeekdayClash, verb: 'var' | 'är' = 'var', aside?: string): string {
  return `${formatDate(c.date)}${aside ? `, ${aside},` : ''} ${verb} en ${weekday(c.date)}, inte en ${weekdayName(c.weekday)}`;
}

/** The two days a clash may mean, as formatDateLong says them: "måndag 7 mars 2016" and "tisdag 8 mars 2016". */
export const clashDays = (c: WeekdayClash): readonly [ClashDay, ClashDay] => [clashDay(c.date), clashDay(c.nearest)];
interface ClashDay {
  readonly date: string;
  readonly said: string;
}
const clashDay = (date: string): ClashDay => ({ date, said: formatDateLong(date) });

/** A date read, with the word before it that may be its weekday ("tisdag", "Måndagen", or "idag", which is none). */
interface DateRead {
  readonly date: string;
  readonly word?: string;
}

function clashOf({ date, word }: DateRead): WeekdayClash | undefined {
  const written = word === undefined ? undefined : weekdayOf(word);
  return written === undefined ? undefined : weekdayClashOn(date, written);
}

/** The clash of `date` with the weekday written with it (0 = Monday), when it falls on another; else undefined. */
export function weekdayClashOn(date: string, weekday: number): WeekdayClash | undefined {
  if (weekday === weekdayIndex(date)) return undefined;
  // The nearest such day, before or after: three days at most away, so never two at the same distance.
  const ahead = (weekday - weekdayIndex(date) + 7) % 7;
  return { date, weekday, nearest: addDays(date, ahead <= 3 ? ahead : ahead - 7) };
}

/**
 * A weekday, long or short, or another word ending in "dag" ("idag"), before a day, with "den" after it, in any case:
 * "tisdag den ", "Tis. ", "MÅNDAG, ". A word that only starts as one does is none ("Fredagsmöte", "Tisby").
 */
const DAY_WORD = new RegExp(String.raw`^(?:(\p{L}+dag(?:en)?|${WEEKDAY_PATTERN}|${ENGLISH_WEEKDAY_PATTERN}),?\s+)?(?:den\s+)?(?=\d|\p{L}+\.?\s+\d)`, 'iu');
/** "7 mars 2016", "7:e mars 2016", "7 mars -16", as in old minutes. */
const NAMED_DAY = /^(\d{1,2})(?::[ae])?\s+(\p{L}+)\.?(?:\s+(\d{4})|\s*[-–'’](\d{2}))$/u;
/** "May 2, 2016", "May 2nd 2016": the month first, as English writes it, with its year. */
const MONTH_FIRST = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
/** "4 april", "4 apr": without a year. */
const NAMED_DAY_ALONE = /^(\d{1,2})(?::[ae])?\s+(\p{L}+)\.?$/u;

function readDate(text: string, after?: string): DateRead | undefined {
  // "2016–03–07": a word processor turns the hyphens of a date into dashes as they are typed.
  const trimmed = text.trim().replace(DASHES, '-');
  // The weekday (or "idag") written before any form of the day: "tisdag 7 mars 2016", "Tis 8/3", "mån 2016-03-07".
  const before = DAY_WORD.exec(trimmed);
  const s = before ? trimmed.slice(before[0].length) : trimmed;
  const word = before?.[1] !== undefined ? { word: before[1] } : {};
  const pad = (n: string) => n.padStart(2, '0');
  const forms: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [/^(\d{4})(\d{2})(\d{2})$/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
    [/^(\d{2})-(\d{2})-(\d{2})$/, (m) => `20${m[1]}-${m[2]}-${m[3]}`],
    [/^(\d{1,2})[/.](\d{1,2})(?:\s+|[/.])(\d{4})$/, (m) => `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`],
    // "4/4-16", "4/4 -2016", "04-04-2016": the year after a dash, as Swedish minutes often write it.
    [/^(\d{1,2})\/(\d{1,2})\s*[-–]\s*(\d{2}|\d{4})$/, (m) => `${year(m[3]!)}-${pad(m[2]!)}-${pad(m[1]!)}`],
    [/^(\d{1,2})-(\d{1,2})-(\d{4})$/, (m) => `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`],
    [/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/, (m) => `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`],
    [NAMED_DAY, (m) => `${m[3] ?? year(m[4]!)}-${pad(String(monthOf(m[2]!) ?? 0))}-${pad(m[1]!)}`],
    [MONTH_FIRST, (m) => `${m[3]}-${pad(String(monthOf(m[1]!) ?? 0))}-${pad(m[2]!)}`],
  ];
  for (const [form, make] of forms) {
    const m = form.exec(s);
    if (m) {
      const date = make(m);
      return isValidDate(date) ? { date, ...word } : undefined;
    }
  }
  const alone = after === undefined ? undefined : dayAfter(s, after);
  return alone === undefined ? undefined : { date: alone, ...word };
}

/** "4 april", "4 apr", "4/4" (the weekday before it taken off): the first such day after `after` (a 29 February up to four years on). */
function dayAfter(s: string, after: string): string | undefined {
  const named = NAMED_DAY_ALONE.exec(s);
  const numbered = /^(\d{1,2})[/.](\d{1,2})$/.exec(s);
  const day = named?.[1] ?? numbered?.[1];
  const month = named ? monthOf(named[2]!) : numbered ? Number(numbered[2]) : undefined;
  if (day === undefined || month === undefined) return undefined;
  const monthDay = `${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  for (let year = Number(after.slice(0, 4)); year <= Number(after.slice(0, 4)) + 4; year++) {
    const date = `${year}-${monthDay}`;
    if (isValidDate(date) && date > after) return date;
  }
  return undefined;
}

/** `date` moved by `days` days. */
const plusDays = (date: string, days: number): string => new Date(utc(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday of week 1 of `year` (ISO 8601, as Swedish calendars count weeks: the week that holds 4 January). */
const firstMonday = (year: number): string => {
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  return plusDays(jan4, -weekdayIndex(jan4));
};

/**
 * "v. 16", "vecka 16", "v16": the Friday of that week, the last working day of it, in the first year after `after`'s
 * year began where that Friday is not before `after`. Undefined for any other text, or a week the year does not have.
 */
export function fridayOfWeek(text: string, after: string): { week: number; date: string } | undefined {
  const m = /^(?:v\.?|vecka|veckan|vk\.?)\s*(\d{1,2})$/iu.exec(text.trim());
  const week = m ? Number(m[1]) : 0;
  if (week < 1 || week > 53) return undefined;
  for (let year = Number(after.slice(0, 4)); year <= Number(after.slice(0, 4)) + 1; year++) {
    const date = plusDays(firstMonday(year), 7 * (week - 1) + 4);
    if (date >= firstMonday(year + 1)) continue;
    if (date >= after) return { week, date };
  }
  return undefined;
}
