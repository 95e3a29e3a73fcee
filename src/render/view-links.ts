// The view model's shared parts: one link per entity, action, decision and timeline views, made once per build
// and used by every page and list that shows them.
import type { Action, Group, Meeting, Model } from '../model/types.js';
import type { TimelineEntry } from '../model/timeline.js';
import { attendedFor, formerOrganisation, shownAffiliation } from '../model/affiliation.js';
import { shownIn } from '../model/privacy.js';
import { formatDate, todayInSweden } from '../util/dates.js';
import { collateBySurname } from '../util/collate.js';
import type { ActionView, DecisionView, Link, MeetingLink, PersonLink, SiteOptions, TimelineView } from './view-types.js';
import type { RenderedMeeting } from './view.js';
import { paths } from './paths.js';
import { followupAnchor } from '../model/page-ids.js';

export const STATUS_TEXT: Record<Action['status'], string> = { open: 'Öppen', done: 'Klar', dropped: 'Struken' };

/** The day the site is built for (ÅÅÅÅ-MM-DD): the one given, else today in Sweden. */
export function buildDay(options: SiteOptions): string {
  return options.today ?? todayInSweden();
}

/** A group's announced next meeting, if it has not yet passed on the build date. */
export function comingMeeting(g: Group, options: SiteOptions): Group['upcoming'] {
  return g.upcoming && g.upcoming.date >= buildDay(options) ? g.upcoming : undefined;
}

/**
 * A search filter's value. Pagefind's interface inserts filter values as HTML, so a name that contains markup
 * characters loses them here (the page itself shows the name as written).
 */
export function filterValue(text: string): string {
  return text.replace(/[<>]/g, '');
}

/**
 * The minutes text for its page: with the site's address (--url), each link to the site's own pages and
 * attachments (written from the root, with the base) carries its full address in `data-address`, which print
 * shows after the link: "bilagan (PDF)" on paper leaves a reader nothing to go to, and a path needs the site's address.
 * An address with a host and no scheme ("//example.com/karta.png") is another site's, no path of this one.
 */
export function withPrintAddresses(html: string, options: SiteOptions): string {
  const { siteUrl, base } = options;
  if (!siteUrl) return html;
  return html.replace(/ href="(\/(?!\/)[^"]*)"/g, (attr, href: string) => (href.startsWith(base) ? `${attr} data-address="${siteUrl}${href.slice(base.length)}"` : attr));
}

/** What every part of the view is made from. */
export interface ViewContext {
  readonly model: Model;
  readonly rendered: ReadonlyMap<string, RenderedMeeting>;
  readonly options: SiteOptions;
  /** The day the site is built on (ÅÅÅÅ-MM-DD): what is coming, overdue or current is so on this day. */
  readonly today: string;
  readonly href: (path: string) => string;
  /** The address of a path for feeds: absolute when the site's address is known. */
  readonly absolute: (path: string) => string;
  readonly searchUrl: string;
  /** The search page preset to one filter value. */
  readonly search: (filter: string, value: string) => string;
  /** Each group's announced next meeting that has not yet passed. */
  readonly coming: ReadonlyMap<string, NonNullable<Group['upcoming']>>;
  readonly orgLinks: ReadonlyMap<string, Link>;
  readonly groupLinks: ReadonlyMap<string, Link>;
  readonly projectLinks: ReadonlyMap<string, Link>;
  readonly personLinks: ReadonlyMap<string, PersonLink>;
  readonly meetingLinks: { get(id: string): MeetingLink | undefined };
  readonly actionViews: { get(id: string): ActionView | undefined };
  readonly decisionView: (d: Meeting['decisions'][number]) => DecisionView;
  /** Ids of the meetings that mention each project. */
  readonly projectMeetings: ReadonlyMap<string, ReadonlySet<string>>;
  readonly timelineOf: (projectId: string) => TimelineView[];
  /** The projects a meeting names or mentions. */
  readonly touchedBy: (m: Meeting) => Set<string>;
  /** A person in a meeting's attendance, as that meeting shows them. */
  readonly attendeeLink: (m: Meeting, personId: string) => PersonLink;
  /** Someone a meeting names otherwise (its chair or secretary), as that meeting shows them. */
  readonly personAt: (m: Meeting, personId: string) => PersonLink;
  /** Who came for each organisation to a meeting (by meeting id, then organisation id), for the organisations' pages. */
  readonly representatives: { get(meetingId: string): ReadonlyMap<string, string> | undefined };
}

export function viewContext(model: Model, rendered: ReadonlyMap<string, RenderedMeeting>, options: SiteOptions): ViewContext {
  const href = (path: string) => options.base + path;
  const searchUrl = href('sok/');
  const today = buildDay(options);
  const coming = new Map<string, NonNullable<Group['upcoming']>>();
  for (const g of model.groups.values()) {
    const u = comingMeeting(g, options);
    if (u) coming.set(g.id, u);
  }

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
  /**
   * Someone a meeting names (an action's owner, its chair or secretary) as it shows them: someone not named as whom
   * they represented on its day (Meeting.shownAs, see hiddenAt), which may not be their organisation now.
   */
  const personAt = (m: Meeting | undefined, id: string): PersonLink => {
    const link = personLinks.get(id)!;
    const name = shownIn(m?.shownAs, id);
    return name ? { ...link, name } : link;
  };
  const actionView = (a: Action): ActionView => {
    const meeting = meetingLinks.get(a.meetingId)!;
    const decidedAt = model.meetingById.get(a.meetingId);
    const ownerLink = (o: Action['who'][number]): Link => (o.kind === 'person' ? personAt(decidedAt, o.id) : orgLinks.get(o.id)!);
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
      ...(last ? { statusMeeting: followupLink(meetingLinks.get(last.meetingId)!, a.id) } : {}),
      meeting,
      ...(a.projectId ? { project: projectLinks.get(a.projectId)! } : {}),
      // Only open actions age; once closed, how long ago they were decided no longer matters.
      ...(a.status === 'open' ? { age: ageText(a.meetingsSince) } : {}),
    };
  };
  const actionViews = lazyMap((id: string): ActionView | undefined => {
    const a = model.actions.get(id);
    return a && actionView(a);
  });
  const decisionView = (d: Meeting['decisions'][number]): DecisionView => ({
    anchor: `beslut-${d.number}`,
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
   * What the minutes write after a name takes the place of the registered organisation and role: one
   * organisation by its registered name, anything else as written ("Ria/G7", "brukarmentor"); for someone
   * published by initials only an organisation, as their role is not shown either.
   */
  const attendeeLink = (m: Meeting, id: string): PersonLink => {
    const link = personLinks.get(id)!;
    const person = model.people.get(id)!;
    const as = shownAffiliation(m, person);
    const { role: _role, organisation: _organisation, ...rest } = link;
    if (person.publish === 'hidden') return personAt(m, id);
    if (as) return { ...rest, organisation: as.organisationId ? orgLinks.get(as.organisationId)! : { name: as.text } };
    // Someone who has since moved on is shown with the organisation (and role there) they had on the day.
    const then = formerOrganisation(person, m.date);
    if (!then) return link;
    return { ...rest, organisation: orgLinks.get(then.id)!, ...(then.role && person.publish === 'full' ? { role: then.role } : {}) };
  };

  // Each meeting's attendees by whom they came for, once per meeting rather than once per organisation there.
  const representatives = lazyMap((id: string): ReadonlyMap<string, string> | undefined => {
    const m = model.meetingById.get(id);
    if (!m) return undefined;
    const named = new Map<string, string[]>();
    const unnamed = new Map<string, number>();
    for (const pid of m.attendees) {
      const p = model.people.get(pid)!;
      for (const oid of attendedFor(m, p)) {
        if (p.publish === 'hidden') unnamed.set(oid, (unnamed.get(oid) ?? 0) + 1);
        else if (named.has(oid)) named.get(oid)!.push(personAt(m, pid).name);
        else named.set(oid, [personAt(m, pid).name]);
      }
    }
    return new Map([...new Set([...named.keys(), ...unnamed.keys()])].map((oid) => [oid, representativeList(named.get(oid) ?? [], unnamed.get(oid) ?? 0)]));
  });

  return {
    model,
    rendered,
    options,
    today,
    href,
    absolute: (path) => (options.siteUrl ? options.siteUrl + path : href(path)),
    searchUrl,
    search: (filter, value) => `${searchUrl}?${new URLSearchParams([[filter, filterValue(value)]]).toString()}`,
    coming,
    orgLinks,
    groupLinks,
    projectLinks,
    personLinks,
    meetingLinks,
    actionViews,
    decisionView,
    projectMeetings,
    timelineOf,
    touchedBy,
    attendeeLink,
    personAt,
    representatives,
  };
}

/**
 * Who came for an organisation to a meeting (whom they represented on its day, see attendedFor), by surname as the
 * organisation's people are listed, those not named counted last: "David Bergström, Allan Hedman och Leif Redestig".
 */
function representativeList(names: readonly string[], unnamed: number): string {
  const all = [...[...names].sort(collateBySurname), ...(unnamed === 0 ? [] : [unnamed === 1 ? 'en person som inte visas med namn' : `${unnamed} personer som inte visas med namn`])];
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} och ${all[all.length - 1]}` : all.join('');
}

/**
 * The meeting that last followed up the action `actionId`, its link leading to that follow-up on its page: on a phone
 * the follow-ups are several screens below the top.
 */
function followupLink(meeting: MeetingLink, actionId: string): MeetingLink {
  return { ...meeting, url: `${meeting.url}#${followupAnchor(actionId)}` };
}

/** How long ago an open action was decided, counted in the group's meetings since. */
function ageText(meetingsSince: number): string {
  if (meetingsSince === 0) return 'gruppens senaste möte';
  return meetingsSince === 1 ? 'för ett möte sedan' : `för ${meetingsSince} möten sedan`;
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
