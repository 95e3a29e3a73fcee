// The view model: everything templates show, precomputed from the model once per build — Swedish dates,
// URLs with the base path, per-page lists — so templates only loop over arrays and never search.
// Its shapes are in view-types.ts; shared links in view-links.ts; pages in view-pages.ts; lists in view-lists.ts.
import type { Model, Person } from '../model/types.js';
import type { BuiltModel } from '../model/build.js';
import { collate } from '../util/collate.js';
import { NameHider } from '../model/privacy.js';
import { meetingMentions, projectMatcher, type TimelineEntry } from '../model/timeline.js';
import { renderBody, type Section } from './markdown.js';
import type { SiteOptions, SiteView } from './view-types.js';
import { viewContext } from './view-links.js';
import { groupView, meetingView, organisationView, personView, projectView } from './view-pages.js';
import { feedViews, indexEntries, openActionsByGroup, searchAliases, upcomingMeetings } from './view-lists.js';

export type * from './view-types.js';
export { paths, MEETING_PAGES_GLOB } from './paths.js';
export { buildDay, comingMeeting, filterValue } from './view-links.js';
export { newestMeetingFirst } from './view-pages.js';

/** Ids every meeting page uses itself; headings in the minutes text get other ids. */
const RESERVED_IDS: ReadonlySet<string> = new Set(['innehall', 'deltagare', 'dagordning', 'protokoll', 'beslut', 'atgarder', 'uppfoljningar', 'projekt', 'fler-moten', 'kalla', 'narvarande', 'franvarande']);

/** The ids a meeting's page uses: RESERVED_IDS and one per action and decision (`atgard-1`, `beslut-1`), which readers cite. */
function reservedIdsOf(m: { readonly actions: readonly unknown[]; readonly decisions: readonly unknown[] }): ReadonlySet<string> {
  const ids = new Set(RESERVED_IDS);
  for (let n = 1; n <= m.actions.length; n++) ids.add(`atgard-${n}`);
  for (let n = 1; n <= m.decisions.length; n++) ids.add(`beslut-${n}`);
  return ids;
}

export interface RenderedMeeting {
  /** The Markdown it was rendered from, so a cache can tell when it is stale. */
  readonly body: string;
  /** The rest of what it depends on, for the same purpose: the meeting's date, projects and summary (mentions), and how many actions and decisions it has (their anchors). */
  readonly inputs: string;
  /** What it depends on beyond itself: the base path, the names hidden in it, and the projects' names (mentions). */
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
export function renderMeetings(model: BuiltModel, base: string, previous?: ReadonlyMap<string, RenderedMeeting>): Map<string, RenderedMeeting> {
  const hider = new NameHider(model.privatePeople);
  const transformText = hider.empty ? undefined : (s: string) => hider.hide(s);
  const matcher = projectMatcher(model);
  // Who is not published in full and what shows in their place ("I. J.", "en representant för Ria"), and the
  // projects' names: a change in either changes the text or the mentions of any meeting.
  const fresh = JSON.stringify([base, model.privatePeople.map((p) => [p.names, p.display]), [...model.projects.values()].map((p) => [p.id, p.name, p.aliases])]);
  const last = previous?.values().next().value;
  const context = last?.context === fresh ? last.context : fresh;
  const reusable = last?.context === fresh ? previous : undefined;
  const out = new Map<string, RenderedMeeting>();
  for (const m of model.meetings) {
    const inputs = `${m.date}\u0000${m.projects.join('\u0000')}\u0001${m.summary ?? ''}\u0002${m.actions.length} ${m.decisions.length}`;
    const old = reusable?.get(m.id);
    if (old && old.body === m.body && old.inputs === inputs) {
      out.set(m.id, old);
      continue;
    }
    // Names are hidden in the Markdown source too, so that no markup splits one ("**Lisa** Rönnqvist") or hides
    // it where text pieces are not visited (link titles).
    const r = renderBody(hider.empty ? m.body : hider.hide(m.body), { reservedIds: reservedIdsOf(m), base, ...(transformText ? { transformText } : {}) });
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

/** How many actions are open in the whole archive (the start page and the actions page say). */
export function openActionCount(model: Pick<Model, 'groups'>): number {
  return [...model.groups.values()].reduce((n, g) => n + g.openActions.length, 0);
}

export function buildView(model: Model, rendered: ReadonlyMap<string, RenderedMeeting>, options: SiteOptions, only?: Only): SiteView {
  const ctx = viewContext(model, rendered, options);
  const { href } = ctx;
  const byName = <T extends { readonly name: string }>(a: T, b: T) => collate(a.name, b.name);
  const meetings = model.meetings.filter((m) => !only || only.meetings.has(m.id)).map((m) => meetingView(ctx, m));
  const groups = [...model.groups.values()].filter((g) => !only || only.groups.has(g.id)).sort(byName).map((g) => groupView(ctx, g));
  const people = [...model.people.values()]
    .filter((p): p is Person & { publicId: string } => p.publicId !== undefined && (!only || only.people.has(p.id)))
    .sort((a, b) => collate(a.display, b.display))
    .map((p) => personView(ctx, p));
  const projects = [...model.projects.values()].filter((p) => !only || only.projects.has(p.id)).sort(byName).map((p) => projectView(ctx, p));
  const organisations = [...model.organisations.values()].filter((o) => !only || only.organisations.has(o.id)).sort(byName).map((o) => organisationView(ctx, o));
  const indexes = !only || only.indexPages === true ? indexEntries(ctx) : { groups: [], people: [], peopleByLetter: [], projects: [], organisations: [] };
  const actions = !only || only.actionsPage === true ? openActionsByGroup(ctx) : { listed: false, groups: [] };

  return {
    title: options.title,
    base: options.base,
    ...(options.siteUrl ? { url: options.siteUrl } : {}),
    nav: [
      { name: 'Grupper', url: href('grupper/'), section: 'grupper' },
      { name: 'Personer', url: href('personer/'), section: 'personer' },
      { name: 'Projekt', url: href('projekt/'), section: 'projekt' },
      { name: 'Organisationer', url: href('organisationer/'), section: 'organisationer' },
      { name: 'Åtgärder', url: href('atgarder/'), section: 'atgarder' },
      { name: 'Sök', url: ctx.searchUrl, section: 'sok' },
    ],
    pages: { meetings, groups, people, projects, organisations, feeds: feedViews(ctx, groups, projects) },
    ...indexes,
    latest: [...model.meetings].reverse().slice(0, 10).map((m) => ctx.meetingLinks.get(m.id)!),
    upcoming: upcomingMeetings(ctx),
    openActions: actions.groups,
    openActionsListed: actions.listed,
    openActionCount: openActionCount(model),
    counts: {
      meetings: model.meetings.length,
      people: [...model.people.values()].filter((p) => p.publicId !== undefined).length,
      groups: model.groups.size,
      projects: model.projects.size,
      organisations: model.organisations.size,
    },
    searchUrl: ctx.searchUrl,
    searchAliases: searchAliases(ctx),
    feedUrl: href('feed.xml'),
    dataUrl: href('data/minutes.json'),
    ...(options.contact ? { contact: { text: options.contact, href: /^https?:/.test(options.contact) ? options.contact : `mailto:${options.contact}` } } : {}),
  };
}
