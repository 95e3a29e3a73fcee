// The view of the site's lists: feeds, the index pages, open actions and coming meetings.
import { collate, collateBySurname, surname } from '../util/collate.js';
import { formatDate, formatDateLong, htmlDateTime } from '../util/dates.js';
import { paths } from './paths.js';
import { firstId, firstMeetingKey } from '../model/ids.js';
import type { FeedEntry, FeedView, GroupView, IndexEntry, Link, OpenActionsOfGroup, PeopleOfLetter, ProjectView, SearchPage, SiteView } from './view-types.js';
import type { Entity } from '../model/types.js';
import { filterValue, type ViewContext } from './view-links.js';
import { describe, feedTitle } from './view-pages.js';
import { activeFirst, endedField } from './view-ended.js';
import { actionWithAddresses, decisionWithAddresses, feedAddress, withAddresses } from './feed-addresses.js';
import { formerFiles } from './redirects.js';

const FEED_SIZE = 50;

/**
 * Feeds for the whole site, each group and each project built, newest first. The site's feed carries the whole
 * minutes; the many group and project feeds carry summaries and links, which keeps a large archive's output and
 * build time down. A group's or project's feed comes again at each of its former addresses (redirects.ts), the
 * same feed: its self link names the current address, the one equivalent to it that readers should keep.
 */
export function feedViews(ctx: ViewContext, groups: readonly GroupView[], projects: readonly ProjectView[]): FeedView[] {
  const { model, absolute } = ctx;
  const entry = (id: string, full: boolean): FeedEntry => {
    const m = model.meetingById.get(id)!;
    const r = ctx.rendered.get(id);
    const url = absolute(paths.meeting(m));
    // Atom ids must be unique the world over (the page's full address when it is known, --url) and never change:
    // the meeting as it was first published, so that neither a group given a new id nor a meeting's corrected date
    // or group makes its entry new.
    const first = firstMeetingKey(m, model.groups);
    // The text's links (#beslut-1, ../2016-02-08/, attachments) and those beside it lead where they do on the page.
    const page = ctx.href(paths.meeting(m));
    const address = (href: string) => feedAddress(href, page, ctx.options);
    const minutes = full && r
      ? {
          html: withAddresses(r.html, address),
          ...(m.summary ? { lead: m.summary } : {}),
          decisions: m.decisions.map((d) => decisionWithAddresses(ctx.decisionView(d), address)),
          actions: m.actions.map((a) => actionWithAddresses(ctx.actionViews.get(a)!, address)),
        }
      : {};
    return { id: ctx.options.siteUrl ? absolute(paths.meeting(first)) : `urn:minutes:${first.groupId}/${first.slug}`, title: m.title, url, updated: `${m.date}T00:00:00Z`, summary: describe(m, r), ...minutes };
  };
  // A feed's id, as its entries', is the one it had under its owner's first id (`firstPermalink`, `feedId`).
  const feed = (permalink: string, firstPermalink: string, feedId: string, title: string, pagePath: string, ids: readonly string[], full: boolean, owner?: FeedView['owner']): FeedView => {
    const newest = [...ids].reverse().slice(0, FEED_SIZE);
    const updated = newest[0] ? `${model.meetingById.get(newest[0])!.date}T00:00:00Z` : '1970-01-01T00:00:00Z';
    const selfUrl = absolute(permalink);
    return { permalink, id: ctx.options.siteUrl ? absolute(firstPermalink) : `urn:minutes:feed:${feedId}`, ...(owner ? { owner } : {}), title, url: absolute(pagePath), selfUrl, updated, entries: newest.map((id) => entry(id, full)) };
  };
  const formerOf = new Map<string, string[]>();
  for (const { kind, from, to } of formerFiles(model)) if (kind === 'feed') formerOf.set(to, [...(formerOf.get(to) ?? []), from]);
  const withFormer = (f: FeedView): FeedView[] => [f, ...(formerOf.get(f.permalink) ?? []).map((from) => ({ ...f, permalink: from, former: true as const }))];
  return [
    feed(paths.feed, paths.feed, 'all', `${ctx.options.title}: alla protokoll`, '', model.meetings.map((m) => m.id), true),
    ...groups.flatMap((g) => {
      const first = firstId(model.groups.get(g.id)!);
      return withFormer(feed(paths.groupFeed(g.id), paths.groupFeed(first), `grupp:${first}`, feedTitle(g.name), paths.group(g.id), model.groups.get(g.id)!.meetings, false, { kind: 'group', id: g.id }));
    }),
    ...projects.flatMap((p) => {
      const first = firstId(model.projects.get(p.id)!);
      return withFormer(feed(paths.projectFeed(p.id), paths.projectFeed(first), `projekt:${first}`, feedTitle(p.name), paths.project(p.id), [...(ctx.projectMeetings.get(p.id) ?? [])], false, { kind: 'project', id: p.id }));
    }),
  ];
}

/**
 * The aliases a search for a name also knows (an old spelling, "Ivan Kuzhikov"), each leading to the name the
 * search filters have ("Ivan Kuzhicov"). Only of people published in full: the aliases of others would name them.
 */
export function searchAliases(ctx: ViewContext): SiteView['searchAliases'] {
  const person: Record<string, string> = {};
  const organisation: Record<string, string> = {};
  const add = (into: Record<string, string>, aliases: readonly string[], name: string) => {
    for (const alias of aliases) if (filterValue(alias) !== name) into[filterValue(alias)] = name;
  };
  for (const p of ctx.model.people.values()) if (p.publish === 'full') add(person, p.aliases, filterValue(ctx.personLinks.get(p.id)!.name));
  for (const o of ctx.model.organisations.values()) add(organisation, o.aliases, filterValue(o.name));
  return { person, organisation };
}

/** The group and project pages a search for their names offers (searchPages). */
export function searchPages(ctx: ViewContext): SiteView['searchPages'] {
  const of = (entities: Iterable<Entity>, links: ReadonlyMap<string, Link>): SearchPage[] => [...entities].map((e) => ({ url: links.get(e.id)!.url!, names: [e.name, ...e.aliases] }));
  return { grupp: of(ctx.model.groups.values(), ctx.groupLinks), projekt: of(ctx.model.projects.values(), ctx.projectLinks) };
}

/** Every entity in short, for the index pages. */
export function indexEntries(ctx: ViewContext): { groups: IndexEntry[]; people: IndexEntry[]; peopleByLetter: PeopleOfLetter[]; projects: IndexEntry[]; organisations: IndexEntry[] } {
  const { model, orgLinks } = ctx;
  const groups = activeFirst([...model.groups.values()]
    .sort((a, b) => collate(a.name, b.name))
    .map((g): IndexEntry => {
      const latestId = g.meetings[g.meetings.length - 1];
      return {
        url: ctx.groupLinks.get(g.id)!.url!,
        name: g.name,
        ...(g.description ? { description: g.description } : {}),
        ...(g.organisationId ? { organisation: orgLinks.get(g.organisationId)! } : {}),
        ...endedField('group', g.ended, ctx.today),
        meetingCount: g.meetings.length,
        ...(latestId ? { latest: ctx.meetingLinks.get(latestId)! } : {}),
      };
    }));
  const people = [...model.people.values()]
    .filter((p) => p.publicId !== undefined)
    .map((p): IndexEntry => {
      const link = ctx.personLinks.get(p.id)!;
      return { url: link.url!, name: link.name, ...(link.organisation ? { organisation: link.organisation } : {}), meetingCount: p.attended.length };
    })
    .sort((a, b) => collateBySurname(a.name, b.name));
  const projects = activeFirst([...model.projects.values()]
    .sort((a, b) => collate(a.name, b.name))
    .map((p): IndexEntry => ({
      url: ctx.projectLinks.get(p.id)!.url!,
      name: p.name,
      ...(p.description ? { description: p.description } : {}),
      ...(p.organisationId ? { organisation: orgLinks.get(p.organisationId)! } : {}),
      ...endedField('project', p.ended, ctx.today),
      meetingCount: ctx.projectMeetings.get(p.id)?.size ?? 0,
    })));
  const organisations = activeFirst([...model.organisations.values()]
    .sort((a, b) => collate(a.name, b.name))
    .map((o): IndexEntry => ({
      url: orgLinks.get(o.id)!.url!,
      name: o.name,
      ...(o.description ? { description: o.description } : {}),
      ...endedField('organisation', o.ended, ctx.today),
      meetingCount: o.meetings.length,
      peopleCount: o.people.length,
    })));
  return { groups, people, peopleByLetter: byLetter(people), projects, organisations };
}

/**
 * People (sorted by surname) by the first letter of their surnames, as a Swedish register divides them: Swedish
 * letters as they are, other letters with their accents taken off (É under E, as they sort), anything else last, under "#".
 */
export function byLetter(entries: readonly IndexEntry[]): PeopleOfLetter[] {
  const letters = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const first = surname(e.name).normalize('NFC').charAt(0).toLocaleUpperCase('sv');
    const plain = /[A-ZÅÄÖ]/.test(first) ? first : first.normalize('NFD').charAt(0);
    const letter = /[A-ZÅÄÖ]/.test(plain) ? plain : '#';
    const list = letters.get(letter);
    if (list) list.push(e);
    else letters.set(letter, [e]);
  }
  return [...letters]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collate(a, b)))
    .map(([letter, people]) => ({ letter, anchor: letter === '#' ? 'bokstav-ovriga' : `bokstav-${letter.toLowerCase()}`, people }));
}

/**
 * The actions page lists every open action while there are at most this many: about 200 KB of HTML. Past it,
 * the page counts them by group and links to each group's page, which lists its own (at 10,000 minutes with
 * actions left open the one page had grown to 10 MB, too much for a phone).
 */
export const ACTIONS_PAGE_LIMIT = 300;

/** Open actions by group, for the actions page: counted always, listed while there are not too many. */
export function openActionsByGroup(ctx: ViewContext): { listed: boolean; groups: OpenActionsOfGroup[] } {
  const groups = [...ctx.model.groups.values()].sort((a, b) => collate(a.name, b.name)).filter((g) => g.openActions.length > 0);
  const listed = groups.reduce((n, g) => n + g.openActions.length, 0) <= ACTIONS_PAGE_LIMIT;
  return {
    listed,
    groups: groups.map((g) => {
      const group = ctx.groupLinks.get(g.id)!;
      const actions = g.openActions.map((id) => ctx.actionViews.get(id)!);
      const anchor = `grupp-${g.id}`;
      return {
        group,
        anchor,
        listUrl: listed ? `#${anchor}` : `${group.url}#oppna-atgarder`,
        count: actions.length,
        overdue: actions.filter((a) => a.overdue).length,
        actions: listed ? actions : [],
      };
    }),
  };
}

/**
 * What the start page says when no group's announced meeting is still to come: that the groups have all ended, or
 * that the meetings their latest minutes announce have passed (the minutes did name one), or that they name none;
 * the last two with the day of the build, as a site not rebuilt for months knows no minutes written since.
 */
export function noUpcomingText(ctx: ViewContext): string {
  const groups = [...ctx.model.groups.values()];
  if (groups.length > 0 && groups.every((g) => g.ended !== undefined && g.ended < ctx.today)) return 'Inga möten är utsatta: alla grupper har avslutats.';
  const passed = groups.filter((g) => g.upcoming && !ctx.coming.has(g.id)).length;
  const said =
    passed === 0
      ? 'Inget av gruppernas senaste protokoll anger ett kommande möte.'
      : `Inga kommande möten är kända. ${passed > 1 ? 'Mötena som de senaste protokollen angav som nästa möte' : `Mötet som ${groups.length === 1 ? 'det senaste protokollet' : 'en grupps senaste protokoll'} angav som nästa möte`} har redan varit.`;
  return `${said} Sidan uppdaterades senast ${formatDate(ctx.today)}.`;
}

/** Groups' announced meetings still to come, soonest first. */
export function upcomingMeetings(ctx: ViewContext): { group: Link; text: string; date: string; dateTime: string }[] {
  return [...ctx.coming]
    .map(([id, u]) => ({ group: ctx.groupLinks.get(id)!, text: formatDateLong(u.date, u.time), date: u.date, dateTime: htmlDateTime(u.date, u.time) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collate(a.group.name, b.group.name)));
}
