// The lines to write for a next meeting written another way than `YYYY-MM-DD HH:MM`: its time written otherwise
// ("2016-03-21 kl 9"), or a place after its day and time ("2016-03-21 kl 9 i Bryggan"), which has no field of its own
// in next_meeting: as import does with "Nästa möte: … Plats: …", the place goes in the text.
import { clip } from '../util/clip.js';
import { guessDate, guessTime, normalizeTime, splitDateTime } from '../util/dates.js';

/** How to write the next meeting with its time, before the line to write. */
export const NEXT_MEETING_FORM = 'Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM';

/**
 * The line to write for a next meeting whose time is written another way than HH:MM after its day ("2016-03-21 kl 9",
 * "2016-03-21, klockan 13.30", "21/3 2016 kl 13"): `next_meeting: 2016-03-21 09:00`. Undefined when the day cannot be
 * told, no time follows it, or the time is written right (the day alone is then what is wrong).
 */
export function nextMeetingLine(value: string, after: string | undefined): string | undefined {
  const text = value.trim();
  // A day and a time are short; a long text is not tried at each of its spaces, which would take time in its square.
  if (text.length > 80) return undefined;
  // "21 mars 2016" is a day alone, not "21 mars" at 20:16.
  if (guessDate(text, after)) return undefined;
  // The day is the longest start that reads as one: "21 mars 2016 kl 13", not "21 mars" before "2016 kl 13".
  const gaps = [...text.matchAll(/\s*,\s*|\s+|T/g)].reverse();
  for (const gap of gaps) {
    const date = guessDate(text.slice(0, gap.index), after);
    if (!date) continue;
    const rest = text.slice(gap.index + gap[0].length);
    // "21 mars 2016 13:30": the time is written right; what is wrong is the day alone.
    if (!gap[0].includes(',') && normalizeTime(rest) !== undefined) return undefined;
    // "2016-03-21 13": the hour alone, after a day.
    const time = guessTime(rest) ?? (/^(?:[01]?\d|2[0-3])$/.test(rest) ? normalizeTime(`${rest}:00`) : undefined);
    return time ? `next_meeting: ${date} ${time}` : undefined;
  }
  return undefined;
}

/**
 * Where a place may start after a day and time: a comma, a dash between blanks, or "i", "på", "hos", "vid" (not before
 * "kl", which starts the time: "2016-03-21, kl 13").
 */
const PLACE = /\s*[,;]\s*|\s+[-–—]\s+|\s+(?:i|på|hos|vid)\s+/giu;
const NOT_A_PLACE = /^(?:kl\.?|klockan)(?:\s|\d|$)/iu;

/** The day and time written at the start of a value, as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, in any way the other hints read them. */
function dayAndTime(head: string, after: string | undefined): { written: string; timed: boolean } | undefined {
  const exact = splitDateTime(head);
  if (exact) return { written: exact.time ? `${exact.date} ${exact.time}` : exact.date, timed: exact.time !== undefined };
  const line = nextMeetingLine(head, after);
  if (line) return { written: line.slice('next_meeting: '.length), timed: true };
  const day = guessDate(head, after);
  if (day) return { written: day, timed: false };
  // "21 mars 2016 13:30": another way for the day, the time right.
  const gap = /^(.+)\s+(\d{1,2}[:.]\d{2})$/u.exec(head);
  const date = gap && guessDate(gap[1]!, after);
  const time = gap && normalizeTime(gap[2]!);
  return date && time ? { written: `${date} ${time}`, timed: true } : undefined;
}

/** A next meeting written with its place after its day and time: the place as written, and the line to write without it. */
export interface PlacedMeeting {
  readonly place: string;
  readonly line: string;
  /** Whether a time was written before the place. */
  readonly timed: boolean;
}

/** "2016-03-21 kl 9 i Bryggan", "2016-03-21 13:30, Bryggan": the place after the day and time, and the line to write. */
export function placedMeeting(value: string, after: string | undefined): PlacedMeeting | undefined {
  const text = value.trim();
  if (text.length > 200) return undefined;
  let tried = 0;
  for (const m of text.matchAll(PLACE)) {
    const rest = text.slice(m.index + m[0].length);
    if (!/^\p{L}/u.test(rest) || NOT_A_PLACE.test(rest)) continue;
    if (++tried > 3) break;
    const head = text.slice(0, m.index);
    // "kl 9-11": the time the meeting starts, its end left out.
    const range = /^(.*\d)\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?$/u.exec(head);
    const ranged = range ? dayAndTime(range[1]!, after) : undefined;
    const day = dayAndTime(head, after) ?? (ranged?.timed ? ranged : undefined);
    if (!day) continue;
    // "i Bryggan" as written; after a comma or a dash, the place alone.
    const word = m[0].trim();
    return { place: /^\p{L}/u.test(word) ? `${word} ${rest}` : rest, line: `next_meeting: ${day.written}`, timed: day.timed };
  }
  return undefined;
}

/** The message for a next meeting written with its place. */
export const placedMessage = (value: string, placed: PlacedMeeting): string =>
  `"${clip(value.trim())}" har en plats efter ${placed.timed ? 'klockslaget' : 'dagen'}, men next_meeting tar bara dagen och klockslaget.`;

/** The hint for a next meeting written with its place: where the place goes, then the line to write. */
export const placedHint = (placed: PlacedMeeting): string =>
  `Nästa mötes plats har inget eget fält: skriv "${clip(placed.place)}" i texten, under raden --- som avslutar fälten. ${placed.timed ? NEXT_MEETING_FORM : 'Skriv dagen som ÅÅÅÅ-MM-DD, gärna med klockslaget som TT:MM efter den'}: ${placed.line}`;
