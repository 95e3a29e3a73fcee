// What a mail's header says of the minutes it carries: its subject ("Protokoll Styrgruppen 7 mars") names the group
// and the date when the minutes' own text does not, and its date (when the mail was sent) gives a year the minutes
// leave out, since the meeting came before the mail. The mail's date is never the meeting's.
import { findDates, isoDate } from '../util/dates-in-text.js';
import { isValidDate } from '../util/dates.js';
import type { MailParts } from './mail.js';
import type { Resolver } from './names.js';
import { findTitle, type TitleFound } from './title.js';

export function withMail(found: TitleFound, mail: MailParts, resolver: Resolver, notes: string[]): TitleFound {
  let out = found;
  const subject = mail.subject;
  if (subject !== undefined && subject !== '' && (found.groupText === undefined || found.date === undefined)) {
    const s = findTitle([{ n: 0, text: subject, indent: 0 }], resolver);
    const group = found.groupText === undefined && s.groupText !== undefined;
    const date = found.date === undefined && s.date !== undefined;
    if (group || date) {
      out = {
        ...out,
        ...(group ? { groupText: s.groupText } : {}),
        ...(date ? { date: s.date, ...(out.time === undefined && s.time !== undefined ? { time: s.time } : {}) } : {}),
        ...(out.title === undefined ? { title: subject } : {}),
      };
      notes.push(`Rubrik: ${group && date ? 'gruppen och datumet' : group ? 'gruppen' : 'datumet'} kommer från mejlets ämnesrad, "${subject}".`);
    }
  }
  const sent = mail.sent !== undefined ? findDates(mail.sent).find((d) => d.year !== undefined) : undefined;
  if (!sent || sent.year === undefined) return out;
  const sentOn = isoDate(sent.year, sent.month, sent.day);
  if (out.date === undefined) {
    notes.push(`Datum: mejlet skickades ${sentOn} ("${mail.sent!}"), men det är inte mötets datum; mötet var den dagen eller tidigare.`);
    return out;
  }
  if (out.date.kind !== 'partial') return out;
  // The last such day on or before the day the mail was sent.
  const { day, month } = out.date;
  const year = isoDate(sent.year, month, day) <= sentOn ? sent.year : sent.year - 1;
  const date = isoDate(year, month, day);
  if (!isValidDate(date)) return out;
  notes.push(`Datum: året står inte i texten ("${out.date.written}"); ${year} kommer från mejlets datum, "${mail.sent!}", före vilket mötet hölls.`);
  return { ...out, date: { kind: 'full', date, ...(out.date.weekday !== undefined ? { weekday: out.date.weekday } : {}), written: out.date.written } };
}
