// "Nästa möte blir 23 januari 14:30", or "Nästa möte" with "Datum: …" and "Plats: …" lines under it: the next
// meeting a legacy text announces, proposed for next_meeting. Pure.
import { isValidDate } from '../util/dates.js';
import { foldCase } from '../util/fold.js';
import { labelledTime } from './dates.js';
import { findDates, isoDate } from '../util/dates-in-text.js';
import { labelled, labelText, type Line } from './lines.js';
import { listJoin, PARTICULARS } from './swedish.js';
import type { MeetingDate, NextMeetingMention } from './types.js';

const NEXT = /(?<![\p{L}])(?:nästa|kommande)\s+(?:möte|träff|sammanträde)(?![\p{L}])/giu;
/** A line that opens with the next meeting's words ("Nästa möte", "## Kommande möte", "**Nästa träff:** 4 april"). */
const NEXT_HEAD = /^(?:nästa|kommande)\s+(?:möte|träff|sammanträde)(?![\p{L}])\s*[:,–-]?\s*(.*)$/iu;
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

/** The particulars under "Nästa möte" lines: the lines that are the next meeting's, and the day and time they give. */
export interface NextMeetingParticulars {
  /** Numbers of the "Datum: …", "Tid: …" and "Plats: …" lines that are the next meeting's, not this one's. */
  readonly lines: ReadonlySet<number>;
  /** The day they give (with the time a "Tid: …" line adds), as a mention. */
  readonly mentions: readonly NextMeetingMention[];
}

/**
 * "Nästa möte" (or "Kommande möte", "Nästa träff", "Nästa sammanträde") as a heading, a label or a table's row, and
 * the "Datum: …", "Tid: …" and "Plats: …" (or "Lokal: …") lines right under it, blank lines between them too, as a
 * .docx writes its paragraphs and table rows: those particulars are the next meeting's, never this one's.
 */
export function nextMeetingParticulars(lines: readonly Line[]): NextMeetingParticulars {
  const taken = new Set<number>();
  const mentions: NextMeetingMention[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = rowOf(lines[i]!);
    const m = lines[i]!.text.length <= 80 ? NEXT_HEAD.exec(head) : null;
    if (!m) continue;
    // The day on the line itself as in running text ("Nästa möte: 4 april", "Nästa möte blir 4 april.").
    const own = nextMeetingMentions(head)[0];
    let date: { day: number; month: number; year?: number; time?: string } | undefined = own;
    let time = own?.time;
    const written = [own?.written ?? head.slice(0, head.length - m[1]!.length).replace(/[\s:,–-]+$/, '')];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.text === '' || /^\|[\s:|-]+\|$/.test(line.text)) continue;
      const row = labelled({ ...line, text: rowOf(line) });
      const kind = row ? PARTICULARS.get(foldCase(row.label)) : undefined;
      if (!row || !kind) break;
      taken.add(line.n);
      if (kind === 'date' && !date) {
        date = findDates(row.value)[0];
        time ??= date?.time;
        if (date) written.push(`${row.label}: ${row.value}`);
      } else if (kind === 'time' && !time) {
        time = labelledTime(row.value);
        if (time) written.push(`${row.label}: ${row.value}`);
      }
    }
    // A day on the line alone is found in the text, unless the line is a table's row, which the text leaves out (a
    // Markdown table) or has in a cell of its own, apart from "Nästa möte" (a .docx table, body.ts).
    const table = /^\|.*\|$/.test(lines[i]!.text) || lines[i]!.row !== undefined;
    if (date && (written.length > 1 || table)) mentions.push({ day: date.day, month: date.month, ...(date.year !== undefined ? { year: date.year } : {}), ...(time ? { time } : {}), written: written.join(', ') });
    i = j - 1;
  }
  return { lines: taken, mentions };
}

/**
 * A line as "Label: value" when it is a table's row, "| Plats | Bryggan |" in Markdown or "Plats:, Bryggan" as a .docx
 * row is read (cells joined by commas); other lines as their label text ("## Nästa möte:" -> "Nästa möte").
 */
function rowOf(line: Line): string {
  const cells = /^\|.*\|$/.test(line.text) ? line.text.slice(1, -1).split('|') : /^\p{L}+:?, /u.test(line.text) ? line.text.split(/(?<=^\p{L}+:?),/u) : undefined;
  if (!cells) return labelText(line);
  const [label = '', ...rest] = cells.map((c) => c.trim()).filter((c) => c !== '');
  return [label.replace(/:$/, ''), rest.join(' ')].filter((c) => c !== '').join(': ');
}
