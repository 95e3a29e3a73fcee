// The lines to write for a next meeting written another way than `YYYY-MM-DD HH:MM`: its time written otherwise
// ("2016-03-21 kl 9"), or a place after its day and time ("2016-03-21 kl 9 i Bryggan"), which has no field of its own
// in next_meeting: as import does with "Nästa möte: … Plats: …", the place goes in the text; and what else is wrong
// where the day is right: two meetings, an end time, an hour past the clock's.
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
  const parts = dayAndRest(value, after);
  if (!parts) return undefined;
  // "21 mars 2016 13:30": the time is written right; what is wrong is the day alone.
  if (!parts.comma && normalizeTime(parts.rest) !== undefined) return undefined;
  const time = guessTime(parts.rest);
  return time ? `next_meeting: ${parts.date} ${time}` : undefined;
}

/** A day told at the start of `value` ("2016-03-21", "21 mars 2016", "21/3"), and the text after it; undefined when none. */
function dayAndRest(value: string, after: string | undefined): { date: string; rest: string; restAt: number; comma: boolean } | undefined {
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
    const restAt = gap.index + gap[0].length;
    return { date, rest: text.slice(restAt), restAt: value.length - value.trimStart().length + restAt, comma: gap[0].includes(',') };
  }
  return undefined;
}

/** What is wrong with "25:00" or "13:75", a time in the right form past the clock's hours or minutes. */
export const CLOCK = 'Timmarna går från 00 till 23 och minuterna från 00 till 59.';

/** How to write a time after the day, where the time is no time. */
export const TIME_AFTER_DAY = 'Skriv klockslaget som TT:MM efter datumet, till exempel "2016-02-22 13:30"';

/** What a next meeting written some other way than `YYYY-MM-DD HH:MM` has wrong, said where the day is right. */
export interface NextMeetingProblem {
  readonly message: string;
  readonly hint: string;
  /** An hour past the clock's ("kl 24"): a wrong time, at its stretch of the value. */
  readonly time?: { readonly start: number; readonly end: number };
}

/**
 * What is wrong with a next meeting whose day can be told: a place after it ("kl 9 i Bryggan", "kl 13 (Bryggan)"), two
 * meetings ("kl 9 och 2016-04-04 kl 9"), a time past the clock ("kl 24"), or an end time ("kl 9:30 till 11"). Undefined
 * for anything else, said as a day or time written another way.
 */
export function nextMeetingProblem(value: string, after: string | undefined): NextMeetingProblem | undefined {
  const several = meetingsIn(value, after);
  if (several) return several;
  const placed = placedMeeting(value, after);
  if (placed) return { message: placedMessage(value, placed), hint: placedHint(placed) };
  const parts = dayAndRest(value, after);
  if (!parts) return undefined;
  if (pastClock(parts.rest)) {
    return { message: `"${clip(parts.rest)}" är inget klockslag.`, hint: `${CLOCK} ${TIME_AFTER_DAY}`, time: { start: parts.restAt, end: parts.restAt + parts.rest.length } };
  }
  // The line to write keeps the start alone, which is said.
  const before = beforeEnd(parts.rest);
  const start = before === undefined ? undefined : guessTime(before);
  if (!start) return undefined;
  return { message: `"${clip(value.trim())}" har en sluttid, men next_meeting tar bara klockslaget då mötet börjar.`, hint: `${NEXT_MEETING_FORM}: next_meeting: ${parts.date} ${start}` };
}

/** "kl 24", "klockan 13.75", "25:00": in the form of a time, past the clock's hours or minutes. */
export function pastClock(text: string): boolean {
  const clock = /^(?:(?:kl\.?|klockan)\s*)?(\d{1,2})(?:[:.](\d{2}))?$/iu.exec(text.trim());
  return clock !== null && (Number(clock[1]) > 23 || Number(clock[2] ?? 0) > 59);
}

/** "kl 9:30 till 11", "13:30-15:00", "kl 13 – kl 15": a time with its end, and what is before the end; else undefined. */
export function beforeEnd(text: string): string | undefined {
  return /^(.*\d)\s*(?:[-–—]|\btills?\b)\s*(?:kl\.?\s*|klockan\s+)?\d{1,2}(?:[:.]\d{2})?$/iu.exec(text.trim())?.[1];
}

/** "2016-03-21 kl 9 och 2016-04-04 kl 9": two meetings or more, each with its day; the next one is the line to write. */
function meetingsIn(value: string, after: string | undefined): NextMeetingProblem | undefined {
  const parts = value.trim().split(/\s*[,;&]\s*|\s+(?:och|samt)\s+/iu);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const meetings = parts.map((p) => dayAndTime(p, after));
  if (meetings.some((m) => m === undefined)) return undefined;
  const sorted = (meetings as { written: string; timed: boolean }[]).sort((a, b) => a.written.localeCompare(b.written));
  const next = sorted.find((m) => after === undefined || m.written.slice(0, 10) > after) ?? sorted[0]!;
  const count = parts.length === 2 ? 'två' : parts.length === 3 ? 'tre' : 'flera';
  return {
    message: `"${clip(value.trim())}" är ${count} möten, men next_meeting tar bara ett: det närmaste.`,
    hint: `Skriv de andra mötena i texten, under raden --- som avslutar fälten. ${next.timed ? NEXT_MEETING_FORM : DAY_FORM}: next_meeting: ${next.written}`,
  };
}

/** How to write the next meeting's day, its time left out. */
const DAY_FORM = 'Skriv dagen som ÅÅÅÅ-MM-DD, gärna med klockslaget som TT:MM efter den';

/**
 * Where a place may start after a day and time: a comma, a dash between blanks, "i", "på", "hos", "vid" (not before
 * "kl", which starts the time: "2016-03-21, kl 13"), or a bracket.
 */
const PLACE = /\s*[,;]\s*|\s+[-–—]\s+|\s+(?:i|på|hos|vid)\s+|\s*\(\s*/giu;
// Nor before "till 11", the time the meeting ends.
const NOT_A_PLACE = /^(?:(?:kl\.?|klockan)(?:\s|\d|$)|tills?\s+(?:kl\.?\s*|klockan\s+)?\d)/iu;

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

/** "2016-03-21 kl 9 i Bryggan", "2016-03-21 13:30, Bryggan", "2016-03-21 kl 13 (Bryggan)": the place after the day and time, and the line to write. */
function placedMeeting(value: string, after: string | undefined): PlacedMeeting | undefined {
  for (const split of placeSplits(value)) {
    // "kl 9-11": the time the meeting starts, its end left out.
    const start = beforeEnd(split.head);
    const ranged = start === undefined ? undefined : dayAndTime(start, after);
    const day = dayAndTime(split.head, after) ?? (ranged?.timed ? ranged : undefined);
    if (day) return { place: split.place, line: `next_meeting: ${day.written}`, timed: day.timed };
  }
  return undefined;
}

/** A day or time with a place after it: what is before the place, the place as written ("i Bryggan") and alone ("Bryggan"). */
export interface PlaceSplit {
  readonly head: string;
  readonly place: string;
  readonly alone: string;
}

const PLACE_OR_BLANK = new RegExp(`${PLACE.source}|\\s+`, 'giu');

/**
 * Each way a place may follow what is written before it in `value`, first first, at most three: after a comma, a
 * dash, "i", "på", "hos", "vid" or in brackets, and with `blank`, after a blank alone too ("14.30 Bryggan").
 */
export function* placeSplits(value: string, blank = false): Generator<PlaceSplit> {
  const text = value.trim();
  if (text.length > 200) return;
  let tried = 0;
  for (const m of text.matchAll(blank ? PLACE_OR_BLANK : PLACE)) {
    const rest = text.slice(m.index + m[0].length);
    if (!/^\p{L}/u.test(rest) || NOT_A_PLACE.test(rest)) continue;
    if (++tried > 3) return;
    // "i Bryggan" as written; after a comma or a dash, the place alone; in brackets, the place without them.
    const word = m[0].trim();
    if (word === '(' && !/^[^()]*\)$/u.test(rest)) continue;
    const alone = word === '(' ? rest.slice(0, -1).trim() : rest;
    yield { head: text.slice(0, m.index), place: /^\p{L}/u.test(word) ? `${word} ${rest}` : alone, alone };
  }
}

/** The message for a next meeting written with its place. */
const placedMessage = (value: string, placed: PlacedMeeting): string =>
  `"${clip(value.trim())}" har en plats efter ${placed.timed ? 'klockslaget' : 'dagen'}, men next_meeting tar bara dagen och klockslaget.`;

/** The hint for a next meeting written with its place: where the place goes, then the line to write. */
const placedHint = (placed: PlacedMeeting): string =>
  `Nästa mötes plats har inget eget fält: skriv "${clip(placed.place)}" i texten, under raden --- som avslutar fälten. ${placed.timed ? NEXT_MEETING_FORM : DAY_FORM}: ${placed.line}`;
