// "Nästa möte blir 23 januari 14:30": the next meeting a legacy text announces, proposed for next_meeting. Pure.
import { isValidDate } from '../util/dates.js';
import { findDates, isoDate } from './dates.js';
import { listJoin } from './swedish.js';
import type { MeetingDate, NextMeetingMention } from './types.js';

const NEXT = /(?<![\p{L}])nästa\s+(?:möte|träff|sammanträde)(?![\p{L}])/giu;
/** How far after "nästa möte" its date may start ("Nästa möte blir måndag den 23 januari"). */
const REACH = 30;

/** Every date written just after "nästa möte" in the same sentence, with the words that announce it. */
export function nextMeetingMentions(text: string): NextMeetingMention[] {
  const out: NextMeetingMention[] = [];
  for (const m of text.matchAll(NEXT)) {
    const from = m.index + m[0].length;
    const date = findDates(text.slice(from, from + REACH + 40)).find((d) => d.index <= REACH);
    if (!date || /[.!?](?:\s|$)|\n/.test(text.slice(from, from + date.index))) continue;
    out.push({
      day: date.day,
      month: date.month,
      ...(date.year !== undefined ? { year: date.year } : {}),
      ...(date.time !== undefined ? { time: date.time } : {}),
      written: text.slice(m.index, from + date.index + date.length).replace(/\s+/g, ' ').replace(/[.,]$/, ''),
    });
  }
  return out;
}

/**
 * The next meeting to propose: the one date the mentions give after the meeting's own (a date without a year is
 * the first such day after the meeting). Several different dates, or a meeting date still open, give a note instead.
 */
export function proposeNextMeeting(mentions: readonly NextMeetingMention[], date: MeetingDate): { value?: string; written?: string; notes: string[] } {
  if (mentions.length === 0) return { notes: [] };
  const quoted = listJoin([...new Set(mentions.map((m) => `"${m.written}"`))]);
  if (date.kind !== 'full') return { notes: [`Nästa möte: texten nämner ${quoted}. Skriv det som gäller gruppen i next_meeting när mötets datum är känt.`] };
  const year = Number(date.date.slice(0, 4));
  /** By day: the time when one is written, and the words that said so. */
  const days = new Map<string, { time?: string; written: string }[]>();
  for (const m of mentions) {
    const years = m.year === undefined ? [year, year + 1] : [m.year];
    const day = years.map((y) => isoDate(y, m.month, m.day)).find((d) => isValidDate(d) && d > date.date);
    if (day === undefined) continue;
    const seen = days.get(day) ?? [];
    // "nästa möte 22 februari" and "nästa möte 22 februari kl. 13.30" are one meeting; two times are two.
    const same = seen.find((s) => s.time === undefined || m.time === undefined || s.time === m.time);
    if (!same) seen.push({ ...(m.time ? { time: m.time } : {}), written: m.written });
    else if (same.time === undefined && m.time !== undefined) Object.assign(same, { time: m.time, written: m.written });
    days.set(day, seen);
  }
  const values = [...days].flatMap(([day, seen]) => seen.map((s) => ({ value: s.time ? `${day} ${s.time}` : day, written: s.written })));
  if (values.length === 1) return { ...values[0]!, notes: [] };
  if (values.length === 0) return { notes: [`Nästa möte: texten nämner ${quoted}, men inget datum efter mötets. Skriv nästa möte i next_meeting om det är känt.`] };
  return { notes: [`Nästa möte: texten nämner ${quoted}. Skriv det som gäller gruppen i next_meeting.`] };
}
