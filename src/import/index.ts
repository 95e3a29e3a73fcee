// `minutes import` as pure stages: parse each file, settle the dates across the whole batch (files whose year
// is written tell the others which years their group met in), and name each draft's file.
import { slugify } from '../util/fold.js';
import { scheduleWeekday, settleDate } from './dates.js';
import { idOf, Resolver } from './names.js';
import { proposeNextMeeting } from './next-meeting.js';
import { parseMinutes, type ParseOptions } from './parse.js';
import type { Draft, ParsedDraft } from './types.js';

export { Resolver } from './names.js';
export { renderDraft, type RenderExtras } from './render.js';
export { planAdditions, appendPeople, insertOrganisations, withAdditions, type Additions } from './additions.js';
export type { Draft, ParsedDraft } from './types.js';

export interface SourceText extends ParseOptions {
  readonly text: string;
}

export interface BatchContext {
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  /** --year */
  readonly yearOption?: number;
  /** Years of the meetings already in the archive, by group id. */
  readonly archiveYears: ReadonlyMap<string, readonly number[]>;
}

export function importBatch(sources: readonly SourceText[], resolver: Resolver, ctx: BatchContext): Draft[] {
  const parsed = sources.map((s) => parseMinutes(s.text, s, resolver));
  return settleDates(parsed, resolver, ctx);
}

/** Settles every draft's date (and so its next meeting's), with the written years of the same group's other meetings as context. */
export function settleDates(parsed: readonly ParsedDraft[], resolver: Resolver, ctx: BatchContext): Draft[] {
  const groupOf = (d: ParsedDraft) => idOf(d.group?.result);
  return parsed.map((d) => {
    const group = groupOf(d);
    const batchYears = parsed.flatMap((o) => (o !== d && groupOf(o) === group && o.date.kind === 'full' ? [Number(o.date.date.slice(0, 4))] : []));
    const known = group === undefined ? [] : [...(ctx.archiveYears.get(group) ?? []), ...batchYears];
    const weekday = group === undefined ? undefined : scheduleWeekday(resolver.groupSchedule(group));
    const date = settleDate(d.date, d.weekdayMentions, {
      today: ctx.today,
      knownYears: known,
      ...(ctx.yearOption !== undefined ? { yearOption: ctx.yearOption } : {}),
      ...(weekday !== undefined ? { scheduleWeekday: weekday } : {}),
    });
    const next = proposeNextMeeting(d.nextMeetings, date);
    return { ...d, date, notes: [...d.notes, ...next.notes], ...(next.value !== undefined ? { nextMeeting: { value: next.value, written: next.written! } } : {}) };
  });
}

/**
 * Where a draft goes under minutes/: `<group-id>/<yyyy-mm-dd>.md`, or, for a registered group and a full date, in
 * the folder `folderOf` gives (the one of the group's minutes already there, from minutes/). Without a registered
 * group the folder is the written name's slug; without a full date the file is named after the source, to be renamed.
 */
export function draftPath(d: Draft, folderOf?: (groupId: string, date: string) => string): string {
  const id = idOf(d.group?.result);
  const group = id ?? (slugify(d.group?.written ?? '') || 'okand-grupp');
  const name = d.date.kind === 'full' ? d.date.date : slugify(d.source.replace(/\.[^.]+$/, '')) || 'utkast';
  const folder = id !== undefined && d.date.kind === 'full' && folderOf ? folderOf(id, d.date.date) : group;
  return `${folder}/${name}.md`;
}
