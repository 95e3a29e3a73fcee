// Swedish dates in running text ("måndag 9 november", "7 mars 2016", "2016-03-07") and the meeting year
// when the text leaves it out: only a year that the weekdays and the group's other meetings single out.
import { clashDays, daysBetween, isValidDate, normalizeTime, weekdayClashOn, weekdayClashWords, weekdayIndex } from '../util/dates.js';
import { WEEKDAY_PATTERN, listJoin, monthName, weekdayName, weekdayOf } from './swedish.js';
import { findDates, isoDate, pad } from '../util/dates-in-text.js';
import type { DateFound, MeetingDate, WeekdayMention } from './types.js';

/** The time at the end of a date's text, with what leads up to it; it starts nowhere inside a run of spaces. */
const TRAILING_TIME = /(?:,|(?<![\s,]))\s*(?:(?:kl\.?|klockan)\s*)?\d{1,2}[:.]\d{2}$/;

/** The time a "Tid: …" line gives ("kl. 13.30–15.00" -> "13:30"), or undefined. */
export function labelledTime(value: string): string | undefined {
  return normalizeTime(value.replace(/^(kl\.?|klockan)\s*/i, '').split(/[\s–-]/)[0] ?? '') || undefined;
}

/** Dates written with a weekday and without a year ("Torsdag 19 november"): evidence for the year. */
export function weekdayMentions(text: string): WeekdayMention[] {
  return findDates(text)
    .filter((d) => d.weekday !== undefined && d.year === undefined)
    .map((d) => ({ day: d.day, month: d.month, weekday: d.weekday!, text: text.slice(d.index, d.index + d.length).replace(TRAILING_TIME, '').trim() }));
}

/** "12 december", "23 januari": dates the text mentions, for the note when the meeting date is missing. */
export function datesMentioned(text: string): string[] {
  return [...new Set(findDates(text).map((d) => `${d.day} ${monthName(d.month)}${d.year ? ` ${d.year}` : ''}`))];
}

/** The one weekday a schedule names ("Varannan måndag 13:30"), or undefined when it names none or several. */
export function scheduleWeekday(schedule: string | undefined): number | undefined {
  if (!schedule) return undefined;
  const days = new Set<number>();
  for (const m of schedule.matchAll(new RegExp(`(?<![\\p{L}])${WEEKDAY_PATTERN}(?![\\p{L}])`, 'giu'))) days.add(weekdayOf(m[0])!);
  return days.size === 1 ? [...days][0] : undefined;
}

export interface YearContext {
  /** Today, YYYY-MM-DD: the range of years considered ends the year after. */
  readonly today: string;
  /** --year */
  readonly yearOption?: number;
  /** The weekday the group meets on, from its schedule in organisations.yml. */
  readonly scheduleWeekday?: number;
  /** Years of the group's other meetings whose year is written: in the archive and in the same import. */
  readonly knownYears: readonly number[];
}

/** How far back a year is looked for: legacy minutes can be old, but not older than this. */
const YEARS_BACK = 30;

/**
 * Settles the meeting's date. A date with a year is taken as it stands; a date without one takes --year,
 * or the one year that fits every weekday the text and the group's schedule give for it among the years
 * next to the group's other meetings. Anything less stays open: a placeholder `check` rejects, and notes
 * that say what was found. A guessed year would pass `check` silently, so none is guessed.
 */
export function settleDate(found: DateFound, mentions: readonly WeekdayMention[], ctx: YearContext): MeetingDate {
  if (found.kind === 'full') return fullDate(found);
  if (found.kind === 'missing') {
    const mentioned = found.mentioned.length > 0 ? ` Texten nämner ${listJoin(found.mentioned.map((d) => `"${d}"`))}.` : '';
    return { kind: 'open', placeholder: 'ÅÅÅÅ-MM-DD', notes: [`Datum: hittar inget mötesdatum i texten.${mentioned} Skriv datumet i date och byt namn på filen.`] };
  }
  const { day, month } = found;
  const dm = `${day} ${monthName(month)}`;
  const checks: { weekday: number; why: string; fits: (year: number) => boolean }[] = [];
  if (found.weekday !== undefined) checks.push({ weekday: found.weekday, why: `rubriken säger ${weekdayName(found.weekday)}`, fits: (y) => weekdayIndex(isoDate(y, month, day)) === found.weekday });
  if (ctx.scheduleWeekday !== undefined && ctx.scheduleWeekday !== found.weekday) {
    const wd = ctx.scheduleWeekday;
    checks.push({ weekday: wd, why: `gruppen träffas på ${weekdayName(wd)}ar`, fits: (y) => weekdayIndex(isoDate(y, month, day)) === wd });
  }
  for (const m of mentions) {
    if (m.day === day && m.month === month) continue;
    checks.push({ weekday: m.weekday, why: `texten nämner "${m.text}"`, fits: (y) => mentionFits(y, month, day, m) });
  }
  const fits = (y: number) => isValidDate(isoDate(y, month, day)) && checks.every((c) => c.fits(y));
  const why = listJoin(checks.map((c) => c.why));
  const thisYear = Number(ctx.today.slice(0, 4));

  if (ctx.yearOption !== undefined) {
    const date = isoDate(ctx.yearOption, month, day);
    if (!isValidDate(date)) return open(found, [`Datum: ${dm} ${ctx.yearOption} finns inte (--year ${ctx.yearOption}).`]);
    const notes = [`Datum: året står inte i texten ("${found.written}"); ${ctx.yearOption} kommer från --year.`];
    const broken = checks.filter((c) => !c.fits(ctx.yearOption!));
    if (broken.length > 0) notes.push(`Kontrollera året: ${dm} ${ctx.yearOption} stämmer inte med att ${listJoin(broken.map((c) => c.why))}.`);
    return { kind: 'full', date, notes };
  }

  const candidates: number[] = [];
  for (let y = thisYear - YEARS_BACK; y <= thisYear + 1; y++) if (fits(y)) candidates.push(y);
  if (checks.length > 0 && ctx.knownYears.length > 0) {
    const lo = Math.min(...ctx.knownYears) - 1;
    const hi = Math.max(...ctx.knownYears) + 1;
    const near = candidates.filter((y) => y >= lo && y <= hi);
    if (near.length === 1) {
      const year = near[0]!;
      const known = [...new Set(ctx.knownYears)].sort();
      return {
        kind: 'full',
        date: isoDate(year, month, day),
        notes: [
          `Datum: året står inte i texten ("${found.written}"). ${year} är härlett: ${dm} ${year} stämmer med att ${why}, och gruppens andra protokoll är från ${listJoin(known.map(String))}. Kontrollera året.`,
        ],
      };
    }
  }
  if (checks.length === 0) return open(found, [`Datum: året står inte i texten ("${found.written}"), och inga veckodagar att gå efter. Ange året med --year eller skriv det i date och byt namn på filen.`]);
  if (candidates.length === 0) return open(found, [`Datum: året står inte i texten ("${found.written}"), och inget år mellan ${thisYear - YEARS_BACK} och ${thisYear + 1} stämmer med att ${why}. Skriv året i date och byt namn på filen.`]);
  return open(found, [
    `Datum: året står inte i texten ("${found.written}"). År då ${dm} stämmer med att ${why}: ${listJoin(candidates.slice(-6).map(String))}${candidates.length > 6 ? ' (och tidigare)' : ''}. Ange året med --year eller skriv det i date och byt namn på filen.`,
  ]);
}

/**
 * A date written with its year, taken as it stands; with a weekday it does not fall on ("Tisdag den 7 mars 2016", a
 * Monday), still as it stands, the source's own words, with a note that says both days it may be: which of weekday
 * and day is wrong cannot be told.
 */
function fullDate(found: Extract<DateFound, { kind: 'full' }>): MeetingDate {
  const clash = found.weekday === undefined ? undefined : weekdayClashOn(found.date, found.weekday);
  if (!clash) return { kind: 'full', date: found.date, notes: [] };
  const [written, nearest] = clashDays(clash);
  return {
    kind: 'full',
    date: found.date,
    notes: [
      `Datum: källan skriver "${found.written}", men ${weekdayClashWords(clash)}. date har fått dagen som den står (${written.said}); var mötet ${nearest.said}, skriv ${nearest.date} i date och byt namn på filen.`,
    ],
    weekdayClash: true,
  };
}

function open(found: { day: number; month: number }, notes: string[]): MeetingDate {
  return { kind: 'open', placeholder: `ÅÅÅÅ-${pad(found.month)}-${pad(found.day)}`, notes };
}

/** A weekday mention fits a meeting year when, in the year nearest the meeting (before, same or after), it falls on that weekday. */
function mentionFits(year: number, month: number, day: number, m: WeekdayMention): boolean {
  const meeting = isoDate(year, month, day);
  let best: string | undefined;
  for (const y of [year - 1, year, year + 1]) {
    const d = isoDate(y, m.month, m.day);
    if (!isValidDate(d)) continue;
    if (best === undefined || Math.abs(daysBetween(meeting, d)) < Math.abs(daysBetween(meeting, best))) best = d;
  }
  return best !== undefined && weekdayIndex(best) === m.weekday;
}
