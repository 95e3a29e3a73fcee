// The view of each page: a meeting, a group, a person, a project, an organisation.
import type { Group, Meeting, Organisation, Person, Project } from '../model/types.js';
import { collate, collateBySurname } from '../util/collate.js';
import { attendedFor } from '../model/affiliation.js';
import { membersDay, membersOn, organisationMembersOn, type Member, type OrganisationMember } from '../model/members.js';
import { endedField } from './view-ended.js';
import { formatDate, formatDateLong, formatWeekday, htmlDateTime, yearOf } from '../util/dates.js';
import { attendanceChart } from './chart.js';
import { excerpt } from './text.js';
import { paths } from './paths.js';
import { followupAnchor } from '../model/page-ids.js';
import type { ActionView, DecisionView, DecisionsOfYear, Filter, GroupView, MeetingLink, MeetingsOfYear, MeetingView, OrganisationView, PersonLink, PersonView, ProjectView } from './view-types.js';
import type { RenderedMeeting } from './view.js';
import { filterValue, STATUS_TEXT, withPrintAddresses, type ViewContext } from './view-links.js';

/** Decisions (in meeting order) with the latest meeting's first, each meeting's in the order they were written. */
export function newestMeetingFirst<T extends { readonly meetingId: string }>(decisions: readonly T[]): T[] {
  const byMeeting: T[][] = [];
  for (const d of decisions) {
    const last = byMeeting[byMeeting.length - 1];
    if (last && last[0]!.meetingId === d.meetingId) last.push(d);
    else byMeeting.push([d]);
  }
  return byMeeting.reverse().flat();
}

/** The title of a group's or project's feed, in feed readers' lists and in the pages' links to it. */
export const feedTitle = (name: string): string => `${name}: protokoll`;

/** Two or three sentences about a meeting: its summary, or the start of its text. */
export function describe(m: Meeting, r: RenderedMeeting | undefined): string {
  return excerpt(m.summary ?? r?.sections.find((s) => s.text.trim() !== '')?.text ?? '', 160);
}

export function meetingView(ctx: ViewContext, m: Meeting): MeetingView {
  const { model, orgLinks, personLinks, projectLinks, meetingLinks, actionViews } = ctx;
  const link = meetingLinks.get(m.id)!;
  const r = ctx.rendered.get(m.id) ?? { html: '', sections: [], mentions: [] };
  const people = (ids: readonly string[]) => ids.map((id) => ctx.attendeeLink(m, id));
  const projectsHere = [...ctx.touchedBy(m)].map((id) => projectLinks.get(id)!).sort((a, b) => collate(a.name, b.name));
  const organisationsHere = new Set<string>();
  for (const id of m.attendees) for (const oid of attendedFor(m, model.people.get(id)!)) organisationsHere.add(orgLinks.get(oid)!.name);
  const filters: Filter[] = [
    { name: 'grupp', value: link.group.name },
    { name: 'År', value: yearOf(m.date) },
    ...m.attendees.filter((id) => model.people.get(id)!.publish !== 'hidden').map((id) => ({ name: 'person', value: personLinks.get(id)!.name })),
    ...projectsHere.map((p) => ({ name: 'projekt', value: p.name })),
    ...[...organisationsHere].sort(collate).map((o) => ({ name: 'organisation', value: o })),
  ].map((f) => ({ name: f.name, value: filterValue(f.value) }));
  const sourceUrl = ctx.options.sourceUrl;
  return {
    id: m.id,
    permalink: paths.meeting(m),
    link,
    title: m.title,
    dateLong: formatDateLong(m.date, m.time),
    // The heading names the date unless the minutes give a title of their own without it: the line under it then
    // adds only what it lacks, rather than saying the date twice.
    when: m.title.includes(formatDate(m.date)) ? formatWeekday(m.date, m.time) : formatDateLong(m.date, m.time),
    date: m.date,
    dateTime: htmlDateTime(m.date, m.time),
    ...(m.location ? { location: m.location } : {}),
    ...(m.summary ? { summary: m.summary } : {}),
    ...(m.note ? { note: m.note } : {}),
    description: describe(m, ctx.rendered.get(m.id)),
    group: link.group,
    groupFeed: { name: feedTitle(link.group.name), url: ctx.href(paths.groupFeed(m.groupId)) },
    attendees: people(m.attendees),
    absent: people(m.absent),
    guests: m.guests,
    ...(m.chair ? { chair: ctx.personAt(m, m.chair) } : {}),
    ...(m.secretary ? { secretary: ctx.personAt(m, m.secretary) } : {}),
    html: withPrintAddresses(r.html, ctx.options),
    toc: r.sections.filter((s) => s.anchor !== '').map((s) => ({ anchor: s.anchor, heading: s.heading })),
    decisions: m.decisions.map(ctx.decisionView),
    actions: m.actions.map((id) => actionViews.get(id)!),
    followups: m.followups.flatMap((f) => {
      const action = actionViews.get(f.actionId);
      return action ? [{ action, anchor: followupAnchor(f.actionId), statusText: STATUS_TEXT[f.status], ...(f.note ? { note: f.note } : {}) }] : [];
    }),
    projects: projectsHere,
    ...(m.previousId ? { previous: meetingLinks.get(m.previousId)! } : {}),
    ...(m.nextId ? { next: meetingLinks.get(m.nextId)! } : {}),
    ...(m.nextMeeting ? { nextMeeting: formatDateLong(m.nextMeeting.date, m.nextMeeting.time), nextMeetingDateTime: htmlDateTime(m.nextMeeting.date, m.nextMeeting.time) } : {}),
    source: { path: m.file, ...(sourceUrl ? { url: sourceUrl + m.file.split('/').map(encodeURIComponent).join('/') } : {}) },
    filters,
  };
}

/** Items in order of date (either way) divided into runs of one year, in the same order. */
function runsOfYears<T>(items: readonly T[], dateOf: (item: T) => string): { year: string; items: T[] }[] {
  const years: { year: string; items: T[] }[] = [];
  let last: { year: string; items: T[] } | undefined;
  for (const item of items) {
    const year = yearOf(dateOf(item));
    if (last?.year !== year) years.push((last = { year, items: [] }));
    last.items.push(item);
  }
  return years;
}

/** Meetings (newest first) divided by year, in the same order. */
function byYear<L extends MeetingLink>(meetings: readonly L[]): MeetingsOfYear<L>[] {
  return runsOfYears(meetings, (l) => l.date).map(({ year, items }) => ({ year, meetings: items }));
}

/** Decisions for a page, the latest meeting's first, and the same by year. */
function withDecisions(ctx: ViewContext, list: readonly Meeting['decisions'][number][]): { decisions: DecisionView[]; decisionsByYear: DecisionsOfYear[] } {
  const decisions = newestMeetingFirst(list).map(ctx.decisionView);
  return { decisions, decisionsByYear: runsOfYears(decisions, (d) => d.meeting.date).map(({ year, items }) => ({ year, decisions: items })) };
}

export function groupView(ctx: ViewContext, g: Group): GroupView {
  const { href, meetingLinks } = ctx;
  const latestId = g.meetings[g.meetings.length - 1];
  const coming = ctx.coming.get(g.id);
  return {
    id: g.id,
    permalink: paths.group(g.id),
    url: href(paths.group(g.id)),
    name: g.name,
    ...(g.description ? { description: g.description } : {}),
    ...(g.url ? { website: g.url } : {}),
    ...(g.organisationId ? { organisation: ctx.orgLinks.get(g.organisationId)! } : {}),
    ...endedField('group', g.ended, ctx.today),
    members: membersOn(g, membersDay(g, ctx.today)).map((ms) => memberLink(ctx, ms)),
    ...(g.schedule ? { schedule: g.schedule } : {}),
    meetingCount: g.meetings.length,
    years: byYear([...g.meetings].reverse().map((id) => meetingLinks.get(id)!)),
    ...(g.meetings.length > 1 ? { chart: attendanceChart(g.meetings.map((id) => meetingLinks.get(id)!)) } : {}),
    ...withDecisions(ctx, g.decisions),
    openActions: g.openActions.map((id) => ctx.actionViews.get(id)!),
    ...(coming ? { upcoming: formatDateLong(coming.date, coming.time), upcomingDateTime: htmlDateTime(coming.date, coming.time), upcomingAnnouncedIn: meetingLinks.get(coming.announcedIn)! } : {}),
    feedUrl: href(paths.groupFeed(g.id)),
    calendarUrl: href(paths.calendar(g.id)),
    searchUrl: ctx.search('grupp', g.name),
    ...(latestId ? { latest: meetingLinks.get(latestId)! } : {}),
  };
}

/** Roles that only repeat the list's heading ("Fasta ledamöter"). */
const MEMBER_ROLE = /^(fast |ordinarie )?ledamot$/i;

/**
 * A member on their group's page: the role in the group, where a membership gives one that says more than the
 * heading ("ordförande", "ersättare"), in place of the role from people.yml, and like that one only for someone
 * published in full.
 */
function memberLink(ctx: ViewContext, ms: Member): PersonLink {
  const link = ctx.personLinks.get(ms.personId)!;
  return ms.role !== undefined && !MEMBER_ROLE.test(ms.role.trim()) && ctx.model.people.get(ms.personId)!.publish === 'full' ? { ...link, role: ms.role } : link;
}

/** How many of the actions are open, for the heading of a page's actions ("Åtgärder (2 öppna)"). */
function openCount(actions: readonly ActionView[]): number {
  return actions.filter((a) => a.status === 'open').length;
}

/** A page's actions, open first as the model orders them, and how many of them are open. */
function withActions(ctx: ViewContext, ids: readonly string[]): { actions: readonly ActionView[]; openCount: number } {
  const actions = ids.map((id) => ctx.actionViews.get(id)!);
  return { actions, openCount: openCount(actions) };
}

export function personView(ctx: ViewContext, p: Person & { publicId: string }): PersonView {
  const { meetingLinks } = ctx;
  const link = ctx.personLinks.get(p.id)!;
  const newestFirst = (ids: readonly string[]) => [...ids].reverse().map((id) => meetingLinks.get(id)!);
  const attended = newestFirst(p.attended);
  const missed = newestFirst(p.missed);
  const chaired = newestFirst(p.chaired);
  const wrote = newestFirst(p.wrote);
  return {
    id: p.publicId,
    permalink: paths.person(p.publicId),
    url: link.url!,
    name: p.display,
    ...(p.url && p.publish === 'full' ? { website: p.url } : {}),
    ...(link.organisation ? { organisation: link.organisation } : {}),
    ...(p.role && p.publish === 'full' ? { role: p.role } : {}),
    memberships: p.memberships.map((ms) => ({
      what: (ms.kind === 'group' ? ctx.groupLinks.get(ms.id) : ctx.orgLinks.get(ms.id))!,
      ...(ms.role ? { role: ms.role } : {}),
      ...(ms.from || ms.to ? { period: period(ms.from, ms.to) } : {}),
    })),
    groups: p.groups.map((id) => ctx.groupLinks.get(id)!),
    attended,
    attendedByYear: byYear(attended),
    missed,
    missedByYear: byYear(missed),
    chaired,
    chairedByYear: byYear(chaired),
    wrote,
    wroteByYear: byYear(wrote),
    ...withActions(ctx, p.actions),
    ...organisationActions(ctx, link.organisation && p.organisationId),
    searchUrl: ctx.search('person', p.display),
  };
}

/**
 * The open actions of the person's organisation, for a line leading to them: an action given to "Socialförvaltningen"
 * is on no one's page but the organisation's, and a reader who asks what someone there is to do would not know to look.
 */
function organisationActions(ctx: ViewContext, id: string | undefined): Pick<PersonView, 'organisationOpenActions'> {
  const open = id ? openCount(ctx.model.organisations.get(id)!.actions.map((a) => ctx.actionViews.get(a)!)) : 0;
  return open > 0 ? { organisationOpenActions: { url: `${ctx.orgLinks.get(id!)!.url}#atgarder`, count: open } } : {};
}

export function projectView(ctx: ViewContext, p: Project): ProjectView {
  const timeline = ctx.timelineOf(p.id);
  return {
    id: p.id,
    permalink: paths.project(p.id),
    url: ctx.href(paths.project(p.id)),
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    ...(p.url ? { website: p.url } : {}),
    ...(p.organisationId ? { organisation: ctx.orgLinks.get(p.organisationId)! } : {}),
    ...endedField('project', p.ended, ctx.today),
    timeline,
    timelineByYear: runsOfYears(timeline, (t) => t.meeting.date).map(({ year, items }) => ({ year, entries: items })),
    ...withDecisions(ctx, p.decisions),
    ...withActions(ctx, p.actions),
    feedUrl: ctx.href(paths.projectFeed(p.id)),
    searchUrl: ctx.search('projekt', p.name),
    meetingCount: ctx.projectMeetings.get(p.id)?.size ?? 0,
  };
}

export function organisationView(ctx: ViewContext, o: Organisation): OrganisationView {
  const members = o.people.map((id) => ctx.model.people.get(id)!);
  // As of the day of the build, or, for an organisation that has ended, its last day (as a group's members).
  const named = organisationMembersOn(o, ctx.model.people, membersDay(o, ctx.today)).filter((ms) => ctx.model.people.get(ms.personId)!.publish !== 'hidden');
  const bySurname = (a: PersonLink, b: PersonLink) => collateBySurname(a.name, b.name);
  const meetings = [...o.meetings].reverse().map((id) => ({ ...ctx.meetingLinks.get(id)!, representatives: ctx.representatives.get(id)!.get(o.id)! }));
  const actions = o.actions.map((id) => ctx.actionViews.get(id)!);
  const actionsOfUnnamed = o.actionsOfUnnamed.map((id) => ctx.actionViews.get(id)!);
  return {
    id: o.id,
    permalink: paths.organisation(o.id),
    url: ctx.href(paths.organisation(o.id)),
    name: o.name,
    ...(o.description ? { description: o.description } : {}),
    ...(o.url ? { website: o.url } : {}),
    ...endedField('organisation', o.ended, ctx.today),
    people: named.filter((ms) => ms.until === undefined).map((ms) => organisationMemberLink(ctx, ms)).sort(bySurname),
    formerPeople: named
      .filter((ms) => ms.until !== undefined)
      .map((ms) => ({ ...organisationMemberLink(ctx, ms), until: `till ${formatDate(ms.until!)}` }))
      .sort(bySurname),
    hiddenPeople: members.filter((p) => p.publish === 'hidden').length,
    groups: o.groups.map((id) => ctx.groupLinks.get(id)!),
    projects: o.projects.map((id) => ctx.projectLinks.get(id)!),
    meetings,
    meetingsByYear: byYear(meetings),
    actions,
    actionsOfUnnamed,
    openCount: openCount([...actions, ...actionsOfUnnamed]),
    searchUrl: ctx.search('organisation', o.name),
  };
}

/** Someone on an organisation's page, with their role there (not the one they may have elsewhere now), for someone published in full. */
function organisationMemberLink(ctx: ViewContext, ms: OrganisationMember): PersonLink {
  const { role: _elsewhere, ...link } = ctx.personLinks.get(ms.personId)!;
  return ms.role !== undefined && ctx.model.people.get(ms.personId)!.publish === 'full' ? { ...link, role: ms.role } : link;
}

function period(from?: string, to?: string): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `från ${formatDate(from)}`;
  return `till ${formatDate(to!)}`;
}
