// A new minutes file, pre-filled from what the archive knows: the group's members on the date (else who came
// last time), last secretary and place, announced next meeting, and a follow-up for every action of the group
// still open on its date. Pure.
import { yamlScalar } from '../util/yaml-scalar.js';
import type { Action, Model } from '../model/types.js';
import { formatDate } from '../util/dates.js';
import { membersOn } from '../model/members.js';
import { PLACEHOLDER_TEXT } from '../validate/rules/placeholder.js';
import { followupComment } from '../validate/followup-comments.js';
import { append } from '../util/append.js';
import { folderFor } from '../validate/group-folder.js';

export interface NewMinutesInput {
  readonly model: Model;
  readonly groupId: string;
  /** The date asked for; default: the announced next meeting, else `today`. */
  readonly date?: string;
  readonly today: string;
}

export interface NewMinutes {
  readonly path: string;
  readonly date: string;
  readonly text: string;
  readonly followups: number;
  readonly attendees: number;
}

export function prefill({ model, groupId, date, today }: NewMinutesInput): NewMinutes {
  const group = model.groups.get(groupId);
  if (!group) throw new Error(`unknown group ${groupId}`);
  const upcoming = group.upcoming;
  const chosen = date ?? upcoming?.date ?? today;
  // Only what came before the new meeting: minutes written late, or for a date between two meetings, follow up
  // nothing from after it and take the secretary and attendance of the meeting before.
  const meetings = group.meetings.map((id) => model.meetingById.get(id)!).filter((m) => m.date < chosen);
  const last = meetings[meetings.length - 1];
  const time = !date || date === upcoming?.date ? upcoming?.time : undefined;
  const name = (id: string) => model.people.get(id)?.name ?? id;

  // The members on the new meeting's date, else those at the meeting before; then the last secretary, so the
  // secretary is among those present. The comment above the list names what it was made of, and only that.
  const attendees = membersOn(group, chosen).map((ms) => ms.personId);
  const made = attendees.length > 0 ? ['gruppens fasta ledamöter'] : last ? ['de som var med förra gången'] : [];
  if (attendees.length === 0 && last) append(attendees, last.attendees);
  if (last?.secretary && !attendees.includes(last.secretary)) {
    attendees.push(last.secretary);
    made.push('förra mötets sekreterare');
  }

  // Actions open on the new meeting's date: decided before it and not closed by a report from before it (an
  // action closed at a later meeting was still open then).
  const statusOn = (a: Action) => a.reports.filter((r) => r.date < chosen).at(-1)?.status ?? a.initialStatus;
  const open = meetings.flatMap((m) => m.actions.map((id) => model.actions.get(id)!)).filter((a) => statusOn(a) === 'open');
  const lines: string[] = ['---'];
  lines.push(`# Protokoll för ${group.name} ${formatDate(chosen)}. Skapat med minutes new: ta bort det som inte stämmer.`);
  lines.push(`group: ${yamlScalar(group.id)}`, `date: ${chosen}`);
  if (time) lines.push(`time: "${time}"`);
  if (last?.location) lines.push(`location: ${yamlScalar(last.location)}`);
  if (last?.secretary) lines.push(`secretary: ${yamlScalar(name(last.secretary))}`);
  if (attendees.length > 0) {
    lines.push(`# Närvarande: ${made.join(' och ')}. Flytta den som inte kom till absent.`, 'attendees:');
    for (const id of attendees) lines.push(`  - ${yamlScalar(name(id))}`);
  } else {
    lines.push('# Gruppen har inga fasta ledamöter och inga tidigare protokoll: skriv vilka som var med.', 'attendees: []');
  }
  lines.push('absent: []');
  if (open.length > 0) {
    lines.push('# Öppna åtgärder från tidigare möten: ändra status till done (klar) eller dropped (struken) och skriv gärna vad som hänt i note.', 'followups:');
    for (const a of open) {
      const who = a.who.map((w) => (w.kind === 'person' ? name(w.id) : (model.organisations.get(w.id)?.name ?? w.id))).join(', ');
      const when = model.meetingById.get(a.meetingId)!.date;
      lines.push(`  ${followupComment(who, a.what, when)}`, `  - action: ${a.id}`, '    status: open');
    }
  }
  lines.push('---', '## Punkt', '', PLACEHOLDER_TEXT, '');
  return { path: `${folderFor(group.meetings.map((id) => model.meetingById.get(id)!), group.id, chosen)}/${chosen}.md`, date: chosen, text: lines.join('\n'), followups: open.length, attendees: attendees.length };
}
