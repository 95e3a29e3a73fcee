// "Per Norbeck, Bryggan (ej närvarande)", as minutes copied from Word list a standing member who was away: a note
// that the person was not there, written after the name. Among the attendees it would count them present; among
// the absent it only repeats the heading, and would be shown after the name as what they came as.
import type { Finding } from '../diagnostics.js';
import type { MinutesDoc, Ref } from './documents.js';
import type { RegistryContext } from './context.js';
import { atRef } from './context.js';
import { splitAttendee } from './attendees.js';
import { clip } from '../util/clip.js';
import { ABSENT_WORDS } from './swedish-words.js';

/** Words that say only that someone was away: those the importer reads, and a few more. */
const MARKER = String.raw`(?:${ABSENT_WORDS}|förhindrad|återbud|deltog\s+(?:ej|inte))`;
/** Words that say why: kept in a comment, which stays in the file only. */
const REASON = String.raw`(?:sjuk|sjukskriven|sjukanmäld|semester|ledig|föräldraledig|tjänstledig|bortrest)`;

/**
 * The note at the end of a value: in brackets, or after a comma or a dash. Brackets may be square ("[ej närvarande]")
 * or left open at the end of the line ("(ej närvarande"), as the importer reads them too.
 */
const NOTE = new RegExp(String.raw`^(.*?\S)\s*(?:[([]\s*(${MARKER}|${REASON})\s*[)\]]?|(?:,|\s[-–])\s*(${MARKER}|${REASON}))\s*$`, 'iu');
const IS_MARKER = new RegExp(`^${MARKER}$`, 'iu');

interface AbsenceNote {
  /** The line without the note: the name, with what the person came as ("Per Norbeck, Bryggan"). */
  readonly rest: string;
  readonly note: string;
  /** Whether the note says only that they were away ("ej närvarande"), not why ("sjuk"). */
  readonly marker: boolean;
  /** Where the note starts in the value. */
  readonly start: number;
}

/** The note of absence after a registered person's name, when `value` ends in one. */
export function absenceNote(ctx: RegistryContext, ref: Ref): AbsenceNote | undefined {
  if (ctx.unavailable?.has('person') || ref.value.length > 500) return undefined;
  const people = ctx.registry.index('person');
  if (people.lookup(ref.value).length > 0) return undefined;
  const m = NOTE.exec(ref.value);
  if (!m) return undefined;
  const rest = m[1]!.trim();
  const person = splitAttendee({ ...ref, value: rest }, ctx.registry).person.value;
  if (people.lookup(person).length !== 1) return undefined;
  const note = (m[2] ?? m[3]!).trim();
  return { rest, note, marker: IS_MARKER.test(note), start: m[1]!.length };
}

/** The line to write under absent for `note`: the reason as a comment, a mere "ej närvarande" left out. */
const absentLine = (n: AbsenceNote): string => `"  - ${clip(n.rest)}${n.marker ? '' : `  # ${clip(n.note)}`}"`;

/** Where the note is: from the end of the name (its bracket, comma or dash) to the end of the value. */
function atNote(ref: Ref, n: AbsenceNote): Finding['where'] {
  const offset = ref.span ? ref.span.start : 0;
  const whole = ref.span ? ref.span.whole : ref.value;
  const start = offset + ref.value.slice(n.start).search(/\S/) + n.start;
  return atRef({ ...ref, span: { whole, start, end: offset + ref.value.trimEnd().length } });
}

/**
 * Reports a note of absence after a name in `key`, and says whether it did (the value is then not checked again as
 * a name). Among the attendees, the person was away: the line to move to absent. Among the absent, a mere "ej
 * närvarande" repeats what the list says: the line without it (a reason in brackets is told by `meeting-refs`).
 */
export function reportAbsenceNote(ctx: RegistryContext, m: MinutesDoc, ref: Ref, key: 'attendees' | 'absent'): boolean {
  const n = absenceNote(ctx, ref);
  if (!n) return false;
  // After a comma the name is read, and the person counts as present or absent: the note is all that is wrong.
  const read = ctx.registry.id('person', splitAttendee(ref, ctx.registry).person.value);
  if (key === 'attendees') {
    // Listed under absent as well: the rule about attendance says so, once.
    if (read && m.absent.some((r) => ctx.registry.id('person', splitAttendee(r, ctx.registry).person.value) === read)) return true;
    const why = n.marker ? `, utan "${clip(n.note)}"` : ', med skälet som en kommentar efter #, som inte kommer med på webbplatsen';
    ctx.report({ file: m.file, where: atRef(ref), code: 'present-and-absent', message: `"${clip(ref.value)}" står bland de närvarande, men var inte där.`, hint: `Flytta raden från attendees till absent${why}: ${absentLine(n)}` });
    return true;
  }
  if (!n.marker) return false;
  const message = `"${clip(n.note)}" efter namnet behövs inte under absent, och skulle synas efter namnet på webbplatsen.`;
  ctx.report({ file: m.file, where: atNote(ref, n), code: read ? 'unknown-affiliation' : 'unknown-person', message, hint: `Skriv raden utan det: ${absentLine(n)}` });
  return true;
}
