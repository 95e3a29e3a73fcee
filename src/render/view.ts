// The view model: everything templates show, precomputed from the model once per build — Swedish dates,
// URLs with the base path, per-page lists — so templates only loop over arrays and never search.
import type { Action, Group, Meeting, Model, Person } from '../model/types.js';
import type { BuiltModel } from '../model/build.js';
import { collate } from '../model/build.js';
import { NameHider } from '../model/privacy.js';
import { meetingMentions, projectMatcher, type TimelineEntry } from '../model/timeline.js';
import { attendedFor, shownAffiliation } from '../model/affiliation.js';
import { formatDate, formatDateLong, todayInSweden, yearOf } from '../util/dates.js';
import { renderBody, type Section } from './markdown.js';
import { attendanceChart } from './chart.js';
import { excerpt } from './text.js';
import { plural } from '../util/plural.js';

export interface SiteOptions {
  /** Path prefix the site is served under, with leading and trailing slash: "/" or "/protokoll/". */
  readonly base: string;
  /** Absolute address of the site ("https://example.org/protokoll/"), for feeds, calendars and the sitemap. */
  readonly siteUrl?: string;
  /** Address that a minutes file's path is appended to, to link to its source ("https://github.com/o/r/blob/main/"). */
  readonly sourceUrl?: string;
  readonly title: string;
  /** Where readers report problems (an e-mail address or a web address), for the accessibility statement. */
  readonly contact?: string;
  /** The date the site is built on (default: today in Sweden); only announced meetings from then on are shown as coming. */
  readonly today?: string;
}

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

/** A group's announced next meeting, if it has not yet passed on the build date. */
export function comingMeeting(g: Group, options: SiteOptions): Group['upcoming'] {
  return g.upcoming && g.upcoming.date >= (options.today ?? todayInSweden()) ? g.upcoming : undefined;
}

export interface Link {
  readonly name: string;
  readonly url?: string;
}
export interface PersonLink extends Link {
  readonly organisation?: Link;
  readonly role?: string;
}
export interface MeetingLink {
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly dateText: string;
  readonly group: Link;
  readonly attendeeCount: number;
  readonly customTitle: boolean;
}
export interface ActionView {
  readonly id: string;
  readonly anchor: string;
  readonly url: string;
  readonly who: readonly Link[];
  readonly what: string;
  readonly due?: string;
  readonly dueText?: string;
  /** Still open after its due date, on the day the site is built. */
  readonly overdue?: boolean;
  readonly status: string;
  readonly statusText: string;
  readonly statusNote?: string;
  readonly statusMeeting?: MeetingLink;
  readonly meeting: MeetingLink;
  readonly project?: Link;
  /** For open actions: how many meetings ago it was decided. */
  readonly age?: string;
}
export interface DecisionView {
  readonly text: string;
  readonly project?: Link;
  readonly meeting: MeetingLink;
}
export interface TimelineView {
  readonly meeting: MeetingLink;
  readonly heading: string;
  readonly excerpt: string;
  readonly url: string;
  readonly via: TimelineEntry['via'];
}
export interface Filter {
  readonly name: string;
  readonly value: string;
}
export interface MeetingView {
  readonly id: string;
  readonly permalink: string;
  readonly link: MeetingLink;
  readonly title: string;
  readonly dateLong: string;
  readonly date: string;
  readonly location?: string;
  readonly summary?: string;
  readonly note?: string;
  readonly description: string;
  readonly group: Link;
  readonly attendees: readonly PersonLink[];
  readonly absent: readonly PersonLink[];
  readonly guests: readonly string[];
  readonly chair?: PersonLink;
  readonly secretary?: PersonLink;
  readonly html: string;
  readonly toc: readonly { anchor: string; heading: string }[];
  readonly decisions: readonly DecisionView[];
  readonly actions: readonly ActionView[];
  readonly followups: readonly { action: ActionView; statusText: string; note?: string }[];
  readonly projects: readonly Link[];
  readonly previous?: MeetingLink;
  readonly next?: MeetingLink;
  readonly nextMeeting?: string;
  readonly source: { readonly path: string; readonly url?: string };
  readonly filters: readonly Filter[];
}
export interface GroupView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly website?: string;
  readonly organisation?: Link;
  readonly members: readonly PersonLink[];
  readonly schedule?: string;
  readonly meetingCount: number;
  readonly years: readonly { year: string; meetings: readonly MeetingLink[] }[];
  readonly chart?: string;
  readonly decisions: readonly DecisionView[];
  readonly openActions: readonly ActionView[];
  readonly upcoming?: string;
  readonly feedUrl: string;
  readonly calendarUrl: string;
  readonly searchUrl: string;
  readonly latest?: MeetingLink;
}
export interface PersonView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly website?: string;
  readonly organisation?: Link;
  readonly role?: string;
  readonly memberships: readonly { what: Link; role?: string; period?: string }[];
  readonly groups: readonly Link[];
  readonly attended: readonly MeetingLink[];
  readonly missed: readonly MeetingLink[];
  readonly chaired: readonly MeetingLink[];
  readonly wrote: readonly MeetingLink[];
  readonly actions: readonly ActionView[];
  readonly openCount: number;
  readonly searchUrl: string;
}
export interface ProjectView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly website?: string;
  readonly organisation?: Link;
  readonly timeline: readonly TimelineView[];
  readonly decisions: readonly DecisionView[];
  readonly actions: readonly ActionView[];
  readonly feedUrl: string;
  readonly searchUrl: string;
  readonly meetingCount: number;
}
export interface OrganisationView {
  readonly id: string;
  readonly permalink: string;
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly website?: string;
  readonly people: readonly PersonLink[];
  readonly hiddenPeople: number;
  readonly groups: readonly Link[];
  readonly projects: readonly Link[];
  readonly meetings: readonly MeetingLink[];
  readonly actions: readonly ActionView[];
  readonly searchUrl: string;
}
/** One line of an index page. */
export interface IndexEntry {
  readonly url: string;
  readonly name: string;
  readonly description?: string;
  readonly organisation?: Link;
  readonly meetingCount: number;
  readonly latest?: MeetingLink;
  readonly peopleCount?: number;
}

export interface FeedEntry {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly updated: string;
  readonly summary: string;
  /** The rendered minutes, in the site-wide feed. */
  readonly html?: string;
}
export interface FeedView {
  readonly permalink: string;
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly selfUrl: string;
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}
export interface SiteView {
  readonly title: string;
  readonly base: string;
  readonly nav: readonly { name: string; url: string; section: string }[];
  /** The pages templates paginate over (in watch mode only those an edit affects). */
  readonly pages: {
    readonly meetings: readonly MeetingView[];
    readonly groups: readonly GroupView[];
    readonly people: readonly PersonView[];
    readonly projects: readonly ProjectView[];
    readonly organisations: readonly OrganisationView[];
    readonly feeds: readonly FeedView[];
  };
  /** Every entity in short, for the index pages. */
  readonly groups: readonly IndexEntry[];
  readonly people: readonly IndexEntry[];
  readonly projects: readonly IndexEntry[];
  readonly organisations: readonly IndexEntry[];
  readonly latest: readonly MeetingLink[];
  readonly upcoming: readonly { group: Link; text: string; date: string }[];
  readonly openActions: readonly { group: Link; actions: readonly ActionView[] }[];
  readonly openActionCount: number;
  readonly counts: { readonly meetings: number; readonly people: number; readonly groups: number; readonly projects: number; readonly organisations: number };
  readonly searchUrl: string;
  readonly feedUrl: string;
  readonly dataUrl: string;
  readonly contact?: { readonly text: string; readonly href: string };
}

/** Ids the meeting page uses itself; headings in the minutes text get other ids. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['innehall', 'deltagare', 'dagordning', 'protokoll', 'beslut', 'atgarder', 'uppfoljningar', 'projekt', 'fler-moten', 'kalla', 'narvarande', 'franvarande']);

const STATUS_TEXT: Record<Action['status'], string> = { open: 'Öppen', done: 'Klar', dropped: 'Struken' };
const FEED_SIZE = 50;

/** Paths of pages and files, relative to the site root (no leading slash). */
export const paths = {
  meeting: (m: Pick<Meeting, 'groupId' | 'slug'>) => `grupper/${m.groupId}/${m.slug}/`,
  group: (id: string) => `grupper/${id}/`,
  person: (publicId: string) => `personer/${publicId}/`,
  project: (id: string) => `projekt/${id}/`,
  organisation: (id: string) => `organisationer/${id}/`,
  groupFeed: (id: string) => `grupper/${id}/feed.xml`,
  projectFeed: (id: string) => `projekt/${id}/feed.xml`,
  calendar: (id: string) => `grupper/${id}/kalender.ics`,
};

/** Every meeting page and nothing else (meeting pages are the only pages two folders below grupper/). */
export const MEETING_PAGES_GLOB = 'grupper/*/*/index.html';

export interface RenderedMeeting {
  /** The Markdown it was rendered from, so a cache can tell when it is stale. */
  readonly body: string;
  /** The rest of what it depends on, for the same purpose: the meeting's date, projects and summary (mentions). */
  readonly inputs: string;
  /** What it depends on in the registries: the names hidden in it, and the projects' names (mentions). */
  readonly context: string;
  readonly html: string;
  readonly sections: readonly Section[];
  /** The meeting's entries on project timelines. */
  readonly mentions: readonly TimelineEntry[];
}

/**
 * Renders every meeting's text (the Markdown stage of the pipeline) and finds its project mentions.
 * With `previous`, meetings whose text and projects are unchanged are taken from it (watch mode).
 */
export function renderMeetings(model: BuiltModel, previous?: ReadonlyMap<string, RenderedMeeting>): Map<string, RenderedMeeting> {
  const hider = new NameHider(model.privatePeople);
  const transformText = hider.empty ? undefined : (s: string) => hider.hide(s);
  const matcher = projectMatcher(model);
  // Who is not published in full and what shows in their place ("I. J.", "en representant för Ria"), and the
  // projects' names: a change in either changes the text or the mentions of any meeting.
  const fresh = JSON.stringify([model.privatePeople.map((p) => [p.names, p.display]), [...model.projects.values()].map((p) => [p.id, p.name, p.aliases])]);
  const last = previous?.values().next().value;
  const context = last?.context === fresh ? last.context : fresh;
  const reusable = last?.context === fresh ? previous : undefined;
  const out = new Map<string, RenderedMeeting>();
  for (const m of model.meetings) {
    const inputs = `${m.date}\u0000${m.projects.join('\u0000')}\u0001${m.summary ?? ''}`;
    const old = reusable?.get(m.id);
    if (old && old.body === m.body && old.inputs === inputs) {
      out.set(m.id, old);
      continue;
    }
    // Names are hidden in the Markdown source too, so that no markup splits one ("**Lisa** Rönnqvist") or hides
    // it where text pieces are not visited (link titles).
    const r = renderBody(hider.empty ? m.body : hider.hide(m.body), { reservedIds: RESERVED_IDS, ...(transformText ? { transformText } : {}) });
    out.set(m.id, { body: m.body, inputs, context, html: r.html, sections: r.sections, mentions: meetingMentions(m, r.sections, matcher) });
  }
  return out;
}

/** Which pages to build; absent means all of them. */
export interface Only {
  readonly meetings: ReadonlySet<string>;
  readonly groups: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly projects: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  /** Whether the start page and the index pages are built. */
  readonly indexPages?: boolean;
  /** Whether the list of all open actions is built. */
  readonly actionsPage?: boolean;
}

export function buildView(model: Model, rendered: ReadonlyMap<string, RenderedMeeting>, options: SiteOptions, only?: Only): SiteView {
  const base = options.base;
  const href = (path: string) => base + path;
  const absolute = (path: string) => (options.siteUrl ? options.siteUrl + path : href(path));
  const searchUrl = href('sok/');
  const today = options.today ?? todayInSweden();
  const coming = new Map<string, NonNullable<Group['upcoming']>>();
  for (const g of model.groups.values()) {
    const u = comingMeeting(g, options);
    if (u) coming.set(g.id, u);
  }
  const search = (filter: string, value: string) => `${searchUrl}?${new URLSearchParams([[filter, filterValue(value)]]).toString()}`;

  // Links, made once per entity and shared by every list that shows it.
  const orgLinks = new Map<string, Link>();
  for (const o of model.organisations.values()) orgLinks.set(o.id, { name: o.name, url: href(paths.organisation(o.id)) });
  const groupLinks = new Map<string, Link>();
  for (const g of model.groups.values()) groupLinks.set(g.id, { name: g.name, url: href(paths.group(g.id)) });
  const projectLinks = new Map<string, Link>();
  for (const p of model.projects.values()) projectLinks.set(p.id, { name: p.name, url: href(paths.project(p.id)) });
  const personLinks = new Map<string, PersonLink>();
  for (const p of model.people.values()) {
    const org = p.organisationId ? orgLinks.get(p.organisationId) : undefined;
    personLinks.set(p.id, {
      name: p.display,
      ...(p.publicId ? { url: href(paths.person(p.publicId)) } : {}),
      ...(org && p.publish !== 'hidden' ? { organisation: org } : {}),
      ...(p.role && p.publish === 'full' ? { role: p.role } : {}),
    });
  }
  // Meeting links and action views are made when first needed: watch mode builds only a few pages.
  const meetingLinks = lazyMap((id: string): MeetingLink | undefined => {
    const m = model.meetingById.get(id);
    return m && { url: href(paths.meeting(m)), title: m.title, date: m.date, dateText: formatDate(m.date), group: groupLinks.get(m.groupId)!, attendeeCount: m.attendees.length, customTitle: m.customTitle };
  });
  const ownerLink = (o: Action['who'][number]): Link => (o.kind === 'person' ? personLinks.get(o.id)! : orgLinks.get(o.id)!);
  const actionViews = lazyMap((id: string): ActionView | undefined => {
    const a = model.actions.get(id);
    return a && actionView(a);
  });

  function actionView(a: Action): ActionView {
    const meeting = meetingLinks.get(a.meetingId)!;
    const last = a.reports[a.reports.length - 1];
    return {
      id: a.id,
      anchor: `atgard-${a.number}`,
      url: `${meeting.url}#atgard-${a.number}`,
      who: a.who.map(ownerLink),
      what: a.what,
      ...(a.due ? { due: a.due, dueText: formatDate(a.due) } : {}),
      ...(a.due && a.status === 'open' && a.due < today ? { overdue: true } : {}),
      status: a.status,
      statusText: STATUS_TEXT[a.status],
      ...(last?.note ? { statusNote: last.note } : {}),
      ...(last ? { statusMeeting: meetingLinks.get(last.meetingId)! } : {}),
      meeting,
      ...(a.projectId ? { project: projectLinks.get(a.projectId)! } : {}),
      // Only open actions age; once closed, how long ago they were decided no longer matters.
      ...(a.status === 'open' ? { age: a.meetingsSince === 0 ? 'från senaste mötet' : `${plural(a.meetingsSince, 'möte', 'möten')} sedan` } : {}),
    };
  }
  const decisionView = (d: Model['meetings'][number]['decisions'][number]): DecisionView => ({
    text: d.text,
    ...(d.projectId ? { project: projectLinks.get(d.projectId)! } : {}),
    meeting: meetingLinks.get(d.meetingId)!,
  });

  // Timelines from every meeting's sections: which entries belong to which project (views made when needed).
  const mentionsOf = new Map<string, TimelineEntry[]>();
  const projectMeetings = new Map<string, Set<string>>();
  for (const m of model.meetings) {
    for (const e of rendered.get(m.id)?.mentions ?? []) {
      const list = mentionsOf.get(e.projectId);
      if (list) list.push(e);
      else mentionsOf.set(e.projectId, [e]);
      const ids = projectMeetings.get(e.projectId);
      if (ids) ids.add(m.id);
      else projectMeetings.set(e.projectId, new Set([m.id]));
    }
  }
  const timelineOf = (projectId: string): TimelineView[] =>
    (mentionsOf.get(projectId) ?? []).map((e) => {
      const meeting = meetingLinks.get(e.meetingId)!;
      return { meeting, heading: e.heading, excerpt: e.excerpt, url: e.anchor ? `${meeting.url}#${e.anchor}` : `${meeting.url}#protokoll`, via: e.via };
    });
  const touchedBy = (m: Meeting): Set<string> => new Set([...m.projects, ...(rendered.get(m.id)?.mentions ?? []).map((e) => e.projectId)]);

  /**
   * A person in a meeting's attendance. What the minutes write after the name takes the place of the registered
   * organisation and role: one organisation by its registered name, anything else as written ("Ria/G7",
   * "brukarmentor"); for someone published by initials only an organisation, as their role is not shown either.
   */
  const attendeeLink = (m: Meeting, id: string): PersonLink => {
    const link = personLinks.get(id)!;
    const as = shownAffiliation(m, model.people.get(id)!);
    if (!as) return link;
    const { role: _role, ...rest } = link;
    return { ...rest, organisation: as.organisationId ? orgLinks.get(as.organisationId)! : { name: as.text } };
  };

  const meetings: MeetingView[] = model.meetings.filter((m) => !only || only.meetings.has(m.id)).map((m) => {
    const link = meetingLinks.get(m.id)!;
    const r = rendered.get(m.id) ?? { html: '', sections: [], mentions: [] };
    const people = (ids: readonly string[]) => ids.map((id) => attendeeLink(m, id));
    const projectsHere = [...touchedBy(m)].map((id) => projectLinks.get(id)!).sort((a, b) => collate(a.name, b.name));
    const organisationsHere = new Set<string>();
    for (const id of m.attendees) for (const oid of attendedFor(m, model.people.get(id)!)) organisationsHere.add(orgLinks.get(oid)!.name);
    const filters: Filter[] = [
      { name: 'grupp', value: link.group.name },
      { name: 'År', value: yearOf(m.date) },
      ...m.attendees.filter((id) => model.people.get(id)!.publish !== 'hidden').map((id) => ({ name: 'person', value: personLinks.get(id)!.name })),
      ...projectsHere.map((p) => ({ name: 'projekt', value: p.name })),
      ...[...organisationsHere].sort(collate).map((o) => ({ name: 'organisation', value: o })),
    ].map((f) => ({ name: f.name, value: filterValue(f.value) }));
    return {
      id: m.id,
      permalink: paths.meeting(m),
      link,
      title: m.title,
      dateLong: formatDateLong(m.date, m.time),
      date: m.date,
      ...(m.location ? { location: m.location } : {}),
      ...(m.summary ? { summary: m.summary } : {}),
      ...(m.note ? { note: m.note } : {}),
      description: describe(m, rendered.get(m.id)),
      group: link.group,
      attendees: people(m.attendees),
      absent: people(m.absent),
      guests: m.guests,
      ...(m.chair ? { chair: personLinks.get(m.chair)! } : {}),
      ...(m.secretary ? { secretary: personLinks.get(m.secretary)! } : {}),
      html: r.html,
      toc: r.sections.filter((s) => s.anchor !== '').map((s) => ({ anchor: s.anchor, heading: s.heading })),
      decisions: m.decisions.map(decisionView),
      actions: m.actions.map((id) => actionViews.get(id)!),
      followups: m.followups.flatMap((f) => {
        const action = actionViews.get(f.actionId);
        return action ? [{ action, statusText: STATUS_TEXT[f.status], ...(f.note ? { note: f.note } : {}) }] : [];
      }),
      projects: projectsHere,
      ...(m.previousId ? { previous: meetingLinks.get(m.previousId)! } : {}),
      ...(m.nextId ? { next: meetingLinks.get(m.nextId)! } : {}),
      ...(m.nextMeeting ? { nextMeeting: formatDateLong(m.nextMeeting.date, m.nextMeeting.time) } : {}),
      source: { path: m.file, ...(options.sourceUrl ? { url: options.sourceUrl + m.file.split('/').map(encodeURIComponent).join('/') } : {}) },
      filters,
    };
  });

  const groups: GroupView[] = [...model.groups.values()]
    .filter((g) => !only || only.groups.has(g.id))
    .sort((a, b) => collate(a.name, b.name))
    .map((g) => {
      const years = new Map<string, MeetingLink[]>();
      for (const id of [...g.meetings].reverse()) {
        const l = meetingLinks.get(id)!;
        const y = yearOf(l.date);
        const list = years.get(y) ?? [];
        list.push(l);
        years.set(y, list);
      }
      const latestId = g.meetings[g.meetings.length - 1];
      return {
        id: g.id,
        permalink: paths.group(g.id),
        url: href(paths.group(g.id)),
        name: g.name,
        ...(g.description ? { description: g.description } : {}),
        ...(g.url ? { website: g.url } : {}),
        ...(g.organisationId ? { organisation: orgLinks.get(g.organisationId)! } : {}),
        members: g.members.map((id) => personLinks.get(id)!),
        ...(g.schedule ? { schedule: g.schedule } : {}),
        meetingCount: g.meetings.length,
        years: [...years].map(([year, list]) => ({ year, meetings: list })),
        ...(g.meetings.length > 1 ? { chart: attendanceChart(g.meetings.map((id) => meetingLinks.get(id)!)) } : {}),
        decisions: newestMeetingFirst(g.decisions).map(decisionView),
        openActions: g.openActions.map((id) => actionViews.get(id)!),
        ...(coming.has(g.id) ? { upcoming: formatDateLong(coming.get(g.id)!.date, coming.get(g.id)!.time) } : {}),
        feedUrl: href(paths.groupFeed(g.id)),
        calendarUrl: href(paths.calendar(g.id)),
        searchUrl: search('grupp', g.name),
        ...(latestId ? { latest: meetingLinks.get(latestId)! } : {}),
      };
    });

  const people: PersonView[] = [...model.people.values()]
    .filter((p): p is Person & { publicId: string } => p.publicId !== undefined && (!only || only.people.has(p.id)))
    .sort((a, b) => collate(a.display, b.display))
    .map((p) => {
      const link = personLinks.get(p.id)!;
      const actions = p.actions.map((id) => actionViews.get(id)!);
      return {
        id: p.publicId,
        permalink: paths.person(p.publicId),
        url: link.url!,
        name: p.display,
        ...(p.url && p.publish === 'full' ? { website: p.url } : {}),
        ...(link.organisation ? { organisation: link.organisation } : {}),
        ...(p.role && p.publish === 'full' ? { role: p.role } : {}),
        memberships: p.memberships.map((ms) => ({
          what: (ms.kind === 'group' ? groupLinks.get(ms.id) : orgLinks.get(ms.id))!,
          ...(ms.role ? { role: ms.role } : {}),
          ...(ms.from || ms.to ? { period: period(ms.from, ms.to) } : {}),
        })),
        groups: p.groups.map((id) => groupLinks.get(id)!),
        attended: [...p.attended].reverse().map((id) => meetingLinks.get(id)!),
        missed: [...p.missed].reverse().map((id) => meetingLinks.get(id)!),
        chaired: [...p.chaired].reverse().map((id) => meetingLinks.get(id)!),
        wrote: [...p.wrote].reverse().map((id) => meetingLinks.get(id)!),
        actions,
        openCount: actions.filter((a) => a.status === 'open').length,
        searchUrl: search('person', p.display),
      };
    });

  const projects: ProjectView[] = [...model.projects.values()]
    .filter((p) => !only || only.projects.has(p.id))
    .sort((a, b) => collate(a.name, b.name))
    .map((p) => {
      const timeline = timelineOf(p.id);
      return {
        id: p.id,
        permalink: paths.project(p.id),
        url: href(paths.project(p.id)),
        name: p.name,
        ...(p.description ? { description: p.description } : {}),
        ...(p.url ? { website: p.url } : {}),
        ...(p.organisationId ? { organisation: orgLinks.get(p.organisationId)! } : {}),
        timeline,
        decisions: newestMeetingFirst(p.decisions).map(decisionView),
        actions: p.actions.map((id) => actionViews.get(id)!),
        feedUrl: href(paths.projectFeed(p.id)),
        searchUrl: search('projekt', p.name),
        meetingCount: projectMeetings.get(p.id)?.size ?? 0,
      };
    });

  const organisations: OrganisationView[] = [...model.organisations.values()]
    .filter((o) => !only || only.organisations.has(o.id))
    .sort((a, b) => collate(a.name, b.name))
    .map((o) => {
      const members = o.people.map((id) => model.people.get(id)!);
      return {
        id: o.id,
        permalink: paths.organisation(o.id),
        url: href(paths.organisation(o.id)),
        name: o.name,
        ...(o.description ? { description: o.description } : {}),
        ...(o.url ? { website: o.url } : {}),
        people: members.filter((p) => p.publish !== 'hidden').map((p) => personLinks.get(p.id)!).sort((a, b) => collate(a.name, b.name)),
        hiddenPeople: members.filter((p) => p.publish === 'hidden').length,
        groups: o.groups.map((id) => groupLinks.get(id)!),
        projects: o.projects.map((id) => projectLinks.get(id)!),
        meetings: [...o.meetings].reverse().map((id) => meetingLinks.get(id)!),
        actions: o.actions.map((id) => actionViews.get(id)!),
        searchUrl: search('organisation', o.name),
      };
    });

  // Feeds: the whole site, each group, each project; newest first.
  // The site's feed carries the whole minutes; the many group and project feeds carry summaries and links,
  // which keeps a large archive's output and build time down.
  const entry = (id: string, full: boolean): FeedEntry => {
    const m = model.meetingById.get(id)!;
    const r = rendered.get(id);
    return { id: `urn:minutes:${id}`, title: m.title, url: absolute(paths.meeting(m)), updated: `${m.date}T00:00:00Z`, summary: describe(m, r), ...(full && r ? { html: r.html } : {}) };
  };
  const feed = (permalink: string, feedId: string, title: string, pagePath: string, ids: readonly string[], full: boolean): FeedView => {
    const newest = [...ids].reverse().slice(0, FEED_SIZE);
    const updated = newest[0] ? `${model.meetingById.get(newest[0])!.date}T00:00:00Z` : '1970-01-01T00:00:00Z';
    return { permalink, id: `urn:minutes:feed:${feedId}`, title, url: absolute(pagePath), selfUrl: absolute(permalink), updated, entries: newest.map((id) => entry(id, full)) };
  };
  const feeds: FeedView[] = [
    feed('feed.xml', 'all', `${options.title}: alla protokoll`, '', model.meetings.map((m) => m.id), true),
    ...groups.map((g) => feed(paths.groupFeed(g.id), `grupp:${g.id}`, `${g.name}: protokoll`, paths.group(g.id), model.groups.get(g.id)!.meetings, false)),
    ...projects.map((p) => feed(paths.projectFeed(p.id), `projekt:${p.id}`, `${p.name}: protokoll`, paths.project(p.id), [...(projectMeetings.get(p.id) ?? [])], false)),
  ];

  // Index entries for every entity, when the index pages are built.
  const indexes = !only || only.indexPages === true;
  const allGroups = [...model.groups.values()].sort((a, b) => collate(a.name, b.name));
  const groupIndex: IndexEntry[] = (indexes ? allGroups : []).map((g) => {
    const latestId = g.meetings[g.meetings.length - 1];
    return {
      url: groupLinks.get(g.id)!.url!,
      name: g.name,
      ...(g.description ? { description: g.description } : {}),
      ...(g.organisationId ? { organisation: orgLinks.get(g.organisationId)! } : {}),
      meetingCount: g.meetings.length,
      ...(latestId ? { latest: meetingLinks.get(latestId)! } : {}),
    };
  });
  const peopleIndex: IndexEntry[] = [...(indexes ? model.people.values() : [])]
    .filter((p) => p.publicId !== undefined)
    .map((p) => {
      const link = personLinks.get(p.id)!;
      return { url: link.url!, name: link.name, ...(link.organisation ? { organisation: link.organisation } : {}), meetingCount: p.attended.length };
    })
    .sort((a, b) => collate(a.name, b.name));
  const projectIndex: IndexEntry[] = [...(indexes ? model.projects.values() : [])]
    .sort((a, b) => collate(a.name, b.name))
    .map((p) => ({
      url: projectLinks.get(p.id)!.url!,
      name: p.name,
      ...(p.description ? { description: p.description } : {}),
      ...(p.organisationId ? { organisation: orgLinks.get(p.organisationId)! } : {}),
      meetingCount: projectMeetings.get(p.id)?.size ?? 0,
    }));
  const organisationIndex: IndexEntry[] = [...(indexes ? model.organisations.values() : [])]
    .sort((a, b) => collate(a.name, b.name))
    .map((o) => ({
      url: orgLinks.get(o.id)!.url!,
      name: o.name,
      ...(o.description ? { description: o.description } : {}),
      meetingCount: o.meetings.length,
      peopleCount: o.people.length,
    }));

  const openByGroup = (!only || only.actionsPage === true ? allGroups : [])
    .filter((g) => g.openActions.length > 0)
    .map((g) => ({ group: groupLinks.get(g.id)!, actions: g.openActions.map((id) => actionViews.get(id)!) }));
  const upcoming = [...coming]
    .map(([id, u]) => ({ group: groupLinks.get(id)!, text: formatDateLong(u.date, u.time), date: u.date }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collate(a.group.name, b.group.name)));

  return {
    title: options.title,
    base,
    nav: [
      { name: 'Grupper', url: href('grupper/'), section: 'grupper' },
      { name: 'Personer', url: href('personer/'), section: 'personer' },
      { name: 'Projekt', url: href('projekt/'), section: 'projekt' },
      { name: 'Organisationer', url: href('organisationer/'), section: 'organisationer' },
      { name: 'Åtgärder', url: href('atgarder/'), section: 'atgarder' },
      { name: 'Sök', url: searchUrl, section: 'sok' },
    ],
    pages: { meetings, groups, people, projects, organisations, feeds },
    groups: groupIndex,
    people: peopleIndex,
    projects: projectIndex,
    organisations: organisationIndex,
    latest: [...model.meetings].reverse().slice(0, 10).map((m) => meetingLinks.get(m.id)!),
    upcoming,
    openActions: openByGroup,
    openActionCount: allGroups.reduce((n, g) => n + g.openActions.length, 0),
    counts: {
      meetings: model.meetings.length,
      people: [...model.people.values()].filter((p) => p.publicId !== undefined).length,
      groups: model.groups.size,
      projects: model.projects.size,
      organisations: model.organisations.size,
    },
    searchUrl,
    feedUrl: href('feed.xml'),
    dataUrl: href('data/minutes.json'),
    ...(options.contact ? { contact: { text: options.contact, href: /^https?:/.test(options.contact) ? options.contact : `mailto:${options.contact}` } } : {}),
  };
}

/**
 * A search filter's value. Pagefind's interface inserts filter values as HTML, so a name that contains markup
 * characters loses them here (the page itself shows the name as written).
 */
export function filterValue(text: string): string {
  return text.replace(/[<>]/g, '');
}

/** Two or three sentences about a meeting: its summary, or the start of its text. */
function describe(m: Meeting, r: RenderedMeeting | undefined): string {
  return excerpt(m.summary ?? r?.sections.find((s) => s.text.trim() !== '')?.text ?? '', 160);
}

function period(from?: string, to?: string): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `från ${formatDate(from)}`;
  return `till ${formatDate(to!)}`;
}

/** A map whose values are made on first lookup and kept. */
function lazyMap<V>(make: (key: string) => V | undefined): { get(key: string): V | undefined } {
  const made = new Map<string, V>();
  return {
    get(key) {
      let v = made.get(key);
      if (v === undefined) {
        v = make(key);
        if (v !== undefined) made.set(key, v);
      }
      return v;
    },
  };
}
