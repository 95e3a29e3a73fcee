// iCalendar files of a group's announced next meeting (RFC 5545), deterministic: no build time in them.

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as the format requires. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface CalendarEvent {
  readonly uid: string;
  readonly date: string;
  readonly time?: string;
  readonly summary: string;
  readonly description?: string;
  readonly url?: string;
  /** When the event was announced (the date of the minutes that named it): DTSTAMP. */
  readonly stamp: string;
}

const compact = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Meetings are at Swedish time, so a calendar in another time zone shows them at the right hour. */
const TZID = 'Europe/Stockholm';

/** The time zone's rules, which a calendar naming it must carry (RFC 5545 3.6.5): CET, and CEST from the last Sunday of March to the last of October. */
const STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function calendar(name: string, events: readonly CalendarEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//minutes//minutes//SV', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(name)}`];
  // The time zone is needed by a timed event; a calendar without events still needs a component (RFC 5545 3.6).
  if (events.length === 0 || events.some((e) => e.time)) lines.push(...STOCKHOLM);
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${icsText(e.uid)}`, `DTSTAMP:${compact(e.stamp)}T000000Z`);
    if (e.time) {
      const [h, m] = e.time.split(':');
      // The minutes give no end: an hour is shown, also for a meeting that starts late in the evening.
      lines.push(`DTSTART;TZID=${TZID}:${compact(e.date)}T${h}${m}00`, 'DURATION:PT1H');
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`);
    }
    lines.push(`SUMMARY:${icsText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${icsText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, '')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
