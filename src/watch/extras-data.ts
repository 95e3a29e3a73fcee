// Whether a save changed what the data files made after saves hold (the open data, the calendars, the sitemap and
// the pages and calendars at former addresses: render/opendata.ts's extraFiles), without making them: at 10,000
// minutes they take about half a second of a core, for a save that most often changed only a meeting's text. Pure.
import type { Meeting, Model } from '../model/types.js';
import { sameData } from './changed-pages.js';

/**
 * A meeting as the data files see it: all but its Markdown body, which they never hold (its text is on its page,
 * and searched through the index); the decisions and actions written in it are fields of their own.
 */
function withoutBody({ body: _, ...rest }: Meeting): Omit<Meeting, 'body'> {
  return rest;
}

/** Whether the meeting `id` of `before` and `other` of `after` are the same to the data files, their actions too. */
function sameMeeting(before: Model, id: string | undefined, after: Model, other: string | undefined): boolean {
  const [a, b] = [id === undefined ? undefined : before.meetingById.get(id), other === undefined ? undefined : after.meetingById.get(other)];
  if (!a || !b) return false;
  if (!sameData(withoutBody(a), withoutBody(b))) return false;
  return a.actions.every((action) => sameData(before.actions.get(action), after.actions.get(action)));
}

/**
 * Whether the data files of `after` are those of `before`, when `after` was made from the same registries and
 * minutes but for those of `edited` (the meeting of each file before and after, by id; undefined for none): the
 * model is made from the minutes and registries alone, and of the minutes it takes nothing from a body but the body
 * itself, so their meetings, but for the body, and their actions, being the same, all of it is. A few meetings
 * compared, where the whole model takes 0.1-0.3 s at 10,000 minutes.
 */
export function sameExtrasDataOf(before: Model, after: Model, edited: readonly (readonly [string | undefined, string | undefined])[]): boolean {
  return before.meetings.length === after.meetings.length && edited.every(([id, other]) => sameMeeting(before, id, after, other));
}

/**
 * Whether the data files of `after` are those of `before`: every part of the model they are made from is the same
 * (the meetings but for their bodies, the people, groups, projects, organisations and actions), in the same order.
 * The day they are made for is the caller's to compare (a group's members and its calendar's next meeting follow it).
 */
export function sameExtrasData(before: Model, after: Model): boolean {
  if (before.meetings.length !== after.meetings.length) return false;
  for (let i = 0; i < before.meetings.length; i++) {
    const [a, b] = [before.meetings[i]!, after.meetings[i]!];
    if (a !== b && !sameData(withoutBody(a), withoutBody(b))) return false;
  }
  return (['people', 'groups', 'projects', 'organisations', 'actions'] as const).every((k) => sameData(before[k], after[k]));
}
