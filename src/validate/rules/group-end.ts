// Dates after a group ended (`ended` in organisations.yml): minutes dated after it, or a next meeting announced for
// after it, mean the date or the end is wrong. An end before the group's first minutes (most often a mistyped
// year) is said once, at the end, rather than at every one of its minutes.
import { atValue } from '../../diagnostics.js';
import type { MinutesDoc } from '../documents.js';
import type { ArchiveRule } from '../context.js';
import { clip } from '../../util/clip.js';

export const groupEnd: ArchiveRule = (ctx) => {
  const ended = new Map(ctx.registryDocs.groups.filter((g) => g.ended).map((g) => [g.id.value, g]));
  if (ended.size === 0) return;
  const byGroup = new Map<string, MinutesDoc[]>();
  for (const m of ctx.minutes) {
    const id = m.group ? ctx.registry.id('group', m.group.value) : undefined;
    if (!id || !ended.has(id)) continue;
    const list = byGroup.get(id);
    if (list) list.push(m);
    else byGroup.set(id, [m]);
  }
  for (const [id, minutes] of byGroup) {
    const group = ended.get(id)!;
    const end = group.ended!;
    const dated = minutes.filter((m) => m.date);
    const first = dated.reduce<string | undefined>((min, m) => (min === undefined || m.date!.value < min ? m.date!.value : min), undefined);
    if (first !== undefined && end.value < first) {
      ctx.report({
        file: group.file,
        where: atValue(end.path),
        code: 'ended-before-first-meeting',
        message: `Gruppen avslutades ${end.value} enligt ended, men dess första protokoll är från ${first}${dated.length > 1 ? `, och alla ${dated.length} protokoll är efter slutet` : ''}.`,
        hint: 'Kontrollera årtalet. ended är den sista dagen gruppen fanns, alltså tidigast dagen för dess senaste möte.',
      });
      continue;
    }
    const name = clip(group.name?.value ?? id);
    const shownId = clip(id);
    for (const m of minutes) {
      if (m.date && m.date.value > end.value) {
        ctx.report({
          file: m.file,
          where: atValue(m.date.path),
          code: 'meeting-after-end',
          message: `Mötet ${m.date.value} är efter att ${name} avslutades (${end.value} enligt organisations.yml).`,
          hint: `Rätta datumet om det är fel. Höll gruppen möten efter ${end.value}: rätta ended för ${shownId} i organisations.yml till den sista dagen gruppen fanns, eller ta bort ended.`,
        });
      } else if (m.nextMeeting && m.nextMeeting.value.date > end.value) {
        ctx.report({
          file: m.file,
          where: atValue(m.nextMeeting.path),
          code: 'meeting-after-end',
          message: `Nästa möte (${m.nextMeeting.value.date}) är efter att ${name} avslutades (${end.value} enligt organisations.yml), så webbplatsen visar det inte som kommande.`,
          hint: `Ska gruppen inte ses igen: ta bort next_meeting. Annars: rätta ended för ${shownId} i organisations.yml, eller ta bort ended.`,
        });
      }
    }
  }
};
