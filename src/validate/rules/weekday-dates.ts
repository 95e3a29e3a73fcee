// A weekday written before a date in the text ("Nästa möte: tisdag 7 mars 2016") that the date does not fall on: one
// of the two is wrong, and a reader cannot tell which. A check of the text, like the others (validate/index.ts), given
// the meeting's date for a date written without its year. Code and links are left alone.
import type { Finding } from '../../diagnostics.js';
import { parseLines } from '../../render/markdown.js';
import { clashDays, daysBetween, isValidDate, weekdayClashOn, weekdayClashWords, weekdayIndex, type WeekdayClash } from '../../util/dates.js';
import { findDates, isoDate, type DateExpr } from '../../util/dates-in-text.js';
import { monthOf } from '../../util/months.js';
import { WEEKDAY_BEFORE_DATE_PATTERN, weekdayName } from '../../util/weekdays.js';

/** A weekday right before where a date starts: "tisdag ", "Tis. ", "ti ", "tisdagen den ". */
const WEEKDAY_BEFORE = new RegExp(String.raw`(?<!\p{L})${WEEKDAY_BEFORE_DATE_PATTERN},?\s+(?:den\s+)?$`, 'iu');
/**
 * A digit, and where a space is before it, a date may start: the word before it is looked at only there. A regex of
 * the weekdays over the texts of 10,000 minutes took 0.45 s; one of a space and a digit (/\s\d/) 0.12 s, and the
 * digits alone, each with a look at the character before, about a third less than that.
 */
const DIGIT = /\d/g;
/**
 * The last characters of a weekday, long or short ("tisdag", "tisdagen", "tis.", "ti", "må"), in English ("Monday"),
 * and of "den", and a comma after one; "må" and "lö" written decomposed (NFD) end in a combining ring or diaeresis.
 */
const WEEKDAY_ENDS = new Set([...'gnsreioåöyGNSREIOÅÖY.,\u030A\u0308'].map((c) => c.charCodeAt(0)));

/** Whether a text may hold a weekday before a date: most have none, and are not parsed for it. */
function mayHold(text: string): boolean {
  DIGIT.lastIndex = 0;
  for (let m; (m = DIGIT.exec(text)); ) {
    if (m.index === 0 || !/\s/.test(text.charAt(m.index - 1))) continue;
    let end = m.index - 1;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    if (WEEKDAY_ENDS.has(text.charCodeAt(end - 1)) && WEEKDAY_BEFORE.test(text.slice(Math.max(0, end - 20), m.index))) return true;
    // The month first, as English writes it ("Monday, May 3, 2016"): the weekday before the month's name.
    if (weekdayBeforeMonth(text, end)) return true;
  }
  return false;
}

/** Whether the character code is an ASCII letter or a dot, as in a month's name ("May", "Aug."). */
const monthLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;

/**
 * Whether the word of `text` that ends at `end` is a month's name ("May", "Aug.") with a weekday right before it.
 * Looked at in the order of what is cheapest: the word's length, the last character before it, and only then its name.
 */
function weekdayBeforeMonth(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 10 && monthLetter(text.charCodeAt(start - 1))) start--;
  if (end - start < 3) return false;
  let before = start;
  while (before > 0 && /\s/.test(text.charAt(before - 1))) before--;
  return before < start && WEEKDAY_ENDS.has(text.charCodeAt(before - 1)) && monthOf(text.slice(start, end)) !== undefined && WEEKDAY_BEFORE.test(text.slice(Math.max(0, before - 20), start));
}

/**
 * The weekday as written before a date, when it is one that names that day: "tisdag", "Tis.", and "tisdagen" only
 * before "den" ("tisdagen den 8 mars"); "tisdagar" and a "tisdagen" in prose ("på tisdagen 7 personer …") are not.
 */
function weekdayWord(written: string): string | undefined {
  // \p{M}: "lördag" written decomposed (NFD) has a combining diaeresis in it.
  const word = /^[\p{L}\p{M}.]+/u.exec(written)?.[0] ?? '';
  if (/ar(?:na)?$/iu.test(word)) return undefined;
  if (/en$/iu.test(word) && !/^[\p{L}\p{M}.]+,?\s+den\s/iu.test(written)) return undefined;
  return word;
}

/** A date without its year may be on either side of a new year: no more than this many days from the meeting is read. */
const NEAR = 250;

/**
 * The clash of a date written with a weekday, or undefined when the weekday is right. Without a year: the year that
 * puts the day nearest the meeting ("tisdag 10 januari" in December's minutes is in the next year), and no clash when
 * the weekday fits the day in another year near the meeting too.
 */
function clashOf(d: DateExpr, meeting: string | undefined): WeekdayClash | undefined {
  if (d.weekday === undefined) return undefined;
  if (d.year !== undefined) return weekdayClashOn(isoDate(d.year, d.month, d.day), d.weekday);
  if (meeting === undefined) return undefined;
  const year = Number(meeting.slice(0, 4));
  const near = [year - 1, year, year + 1]
    .map((y) => isoDate(y, d.month, d.day))
    .filter((date) => isValidDate(date) && Math.abs(daysBetween(meeting, date)) <= NEAR)
    .sort((a, b) => Math.abs(daysBetween(meeting, a)) - Math.abs(daysBetween(meeting, b)));
  const clashes = near.map((date) => weekdayClashOn(date, d.weekday!));
  return clashes.every((c) => c !== undefined) ? clashes[0] : undefined;
}

/** `meeting`: the meeting's date, YYYY-MM-DD, when the front matter gives one. */
export function weekdayDateFindings(file: string, body: string, bodyOffset: number, meeting: string | undefined): Finding[] {
  if (!mayHold(body)) return [];
  const { tokens, lineStart } = parseLines(body);
  const findings: Finding[] = [];
  // A text names the same few days again and again: each is compared with its weekday once.
  const known = new Map<string, WeekdayClash | undefined>();
  const clash = (d: DateExpr): WeekdayClash | undefined => {
    const key = `${d.year ?? ''}-${d.month}-${d.day}-${d.weekday ?? ''}`;
    if (!known.has(key)) known.set(key, clashOf(d, meeting));
    return known.get(key);
  };
  for (const t of tokens) {
    if (t.type !== 'inline' || !t.map || !mayHold(t.content)) continue;
    const start = lineStart(t.map[0]);
    const block = body.slice(start, lineStart(t.map[1]));
    // Where the pieces are written, each looked for from the last one found: a date in code or a link is passed
    // before the same date written after it is looked for.
    let cursor = 0;
    let inLink = 0;
    for (const c of t.children ?? []) {
      if (c.type === 'link_open') inLink++;
      else if (c.type === 'link_close') inLink--;
      const prose = c.type === 'text' && inLink === 0;
      if (prose ? !mayHold(c.content) : c.type !== 'code_inline' && (inLink === 0 || c.content === '')) continue;
      const at = block.indexOf(c.content, cursor);
      if (prose) {
        for (const found of clashesIn(c.content, clash)) {
          // The text as the parser gives it is as written, save for an escape or a character reference in it.
          const place = at !== -1 ? at + found.index : block.indexOf(found.written, cursor);
          if (place === -1) continue;
          if (at === -1) cursor = place + found.written.length;
          findings.push(finding(file, bodyOffset + start + place, found));
        }
      }
      if (at !== -1) cursor = at + c.content.length;
    }
  }
  return findings;
}

interface Found {
  readonly index: number;
  readonly written: string;
  readonly word: string;
  readonly clash: WeekdayClash;
}

/** The dates in a piece of text with a weekday before them that they do not fall on. */
function clashesIn(text: string, clashOf: (d: DateExpr) => WeekdayClash | undefined): Found[] {
  const out: Found[] = [];
  for (const d of findDates(text)) {
    // "tisdag 7 mars 2016 kl. 13.30." is shown as "tisdag 7 mars 2016".
    const written = text.slice(d.index, d.index + d.length).replace(TIME_AFTER, '').replace(/\.$/, '');
    const word = d.weekday === undefined || RANGE_BEFORE.test(text.slice(Math.max(0, d.index - 20), d.index)) ? undefined : weekdayWord(written);
    const clash = word === undefined ? undefined : clashOf(d);
    if (word && clash) out.push({ index: d.index, written, word, clash });
  }
  return out;
}

/**
 * A weekday and a dash right before another: the other ends a range of days ("ti–to 8/3–10/3", "lör–sön 12/3"), and
 * the date after it is the range's first day, not its own.
 */
const RANGE_BEFORE = new RegExp(String.raw`(?<!\p{L})${WEEKDAY_BEFORE_DATE_PATTERN}\s*[-–—]\s*$`, 'iu');

/** A time after the date, with what leads up to it ("tisdag 7 mars, kl. 13.30"). */
const TIME_AFTER = /,?\s*(?:(?:kl\.?|klockan)\s*)?\d{1,2}[:.]\d{2}$|\s+$/iu;

/** The place is the word as written in the file, perhaps decomposed (NFD); the message and hint quote it composed (NFC). */
function finding(file: string, offset: number, { written, word, clash }: Found): Finding {
  const [right, nearest] = clashDays(clash);
  return {
    file,
    where: { kind: 'offset', offset, length: word.length },
    code: 'weekday-mismatch',
    message: `Veckodagen stämmer inte med datumet i "${written.normalize('NFC')}": ${weekdayClashWords(clash)}.`,
    hint: `Menade du ${right.said}, skriv ${weekdayName(weekdayIndex(clash.date))} i stället för ${word.normalize('NFC')}; menade du ${nearest.said}, ändra datumet till den dagen.`,
  };
}
