// Attendance must be consistent: nobody twice, nobody both present and absent, chair and secretary present,
// and registered people among the attendees rather than the guests.
import { atValue } from '../../diagnostics.js';
import { atRef } from '../context.js';
import type { MinutesRule } from '../context.js';
import type { Ref } from '../documents.js';
import { splitAttendee } from '../attendees.js';
import { clip } from '../../util/clip.js';

export const attendance: MinutesRule = (ctx, m) => {
  const id = (r: Ref) => ctx.registry.id('person', splitAttendee(r, ctx.registry).person.value);
  const present = new Map<string, Ref>();
  const absent = new Map<string, Ref>();
  /** Whether an attendee is not found (reported as unknown-person): see the chair and secretary below. */
  let unknownAttendee = false;
  for (const [list, seen, word] of [
    [m.attendees, present, 'närvarande'],
    [m.absent, absent, 'frånvarande'],
  ] as const) {
    for (const r of list) {
      const pid = id(r);
      if (!pid) {
        if (list === m.attendees) unknownAttendee = true;
        continue;
      }
      const earlier = seen.get(pid);
      if (earlier) {
        ctx.report({ file: m.file, where: atValue(r.path), code: 'duplicate-person', message: `"${clip(r.value)}" står redan som ${word} ("${clip(earlier.value)}").`, hint: 'Ta bort den ena raden.' });
      } else seen.set(pid, r);
    }
  }
  for (const g of m.guests) {
    const attendee = splitAttendee(g, ctx.registry);
    const pid = ctx.registry.id('person', attendee.person.value);
    if (!pid) continue;
    const p = present.get(pid);
    if (p) ctx.report({ file: m.file, where: atRef(attendee.person), code: 'duplicate-person', message: `"${clip(attendee.person.value)}" står redan som närvarande ("${clip(p.value)}").`, hint: 'Ta bort raden under guests.' });
    else ctx.report({ file: m.file, where: atRef(attendee.person), code: 'registered-guest', message: `"${clip(attendee.person.value)}" finns i people.yml men står bland gästerna, så mötet syns inte på personens sida.`, hint: 'Flytta raden till attendees (med det personen kom som efter ett kommatecken, om du vill).' });
  }
  for (const [pid, r] of absent) {
    const p = present.get(pid);
    if (p) {
      ctx.report({ file: m.file, where: atValue(r.path), code: 'present-and-absent', message: `"${clip(r.value)}" står både som närvarande ("${clip(p.value)}") och frånvarande.`, hint: 'Ta bort personen från attendees eller från absent.' });
    }
  }
  // Without any attendees listed (reported by the shape check), the chair and secretary are not "absent"; nor
  // when an attendee is not found (reported as unknown-person): it is most often the chair or secretary misspelt.
  if (m.attendees.length === 0 || unknownAttendee) return;
  for (const [ref, code, role] of [
    [m.secretary, 'secretary-not-present', 'Sekreteraren'],
    [m.chair, 'chair-not-present', 'Ordföranden'],
  ] as const) {
    if (!ref) continue;
    const pid = id(ref);
    if (pid && !present.has(pid)) {
      ctx.report({ file: m.file, where: atValue(ref.path), code, message: `${role} "${clip(ref.value)}" står inte bland de närvarande.`, hint: `Lägg till personen under attendees om hen var med, eller rätta ${code === 'chair-not-present' ? 'chair' : 'secretary'}.` });
    }
  }
};
