// Which pages differ between two views of the site. Watch mode uses it after an edit of people.yml or
// organisations.yml, whose effects reach across pages in too many ways to list (a name shown on every meeting
// its person attended, an organisation on its members' pages, initials in the text): every page is rendered
// from its own view data, so comparing that data finds exactly the pages to rebuild. Pure.
import type { Model } from '../model/types.js';
import type { FeedView, SiteView } from '../render/view.js';
import type { Affected } from './affected.js';

/** Deep equality of view or model data (plain objects, arrays, maps and sets in their order, strings, numbers, booleans). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    const entries = b.entries();
    for (const [k, v] of a) {
      const [k2, v2] = entries.next().value as [unknown, unknown];
      if (k !== k2 || !sameData(v, v2)) return false;
    }
    return true;
  }
  // A set has no keys of its own: compared as the list of its values, never as equal for that.
  if (a instanceof Set || b instanceof Set) return a instanceof Set && b instanceof Set && sameData([...a], [...b]);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** What the start page, the index pages and the search page show. */
const INDEX_FIELDS = ['groups', 'people', 'peopleByLetter', 'projects', 'organisations', 'latest', 'upcoming', 'counts', 'openActionCount', 'searchAliases', 'searchPages'] as const;
const ENTITY_PAGES = ['meetings', 'groups', 'people', 'projects', 'organisations'] as const;

export interface ChangedPages {
  readonly affected: Affected;
  /** Pages and feeds of the old view that the new one no longer has (paths relative to the site). */
  readonly removed: readonly string[];
}

/**
 * The pages of `after` whose data differs from `before` (or that are new), as the sets a partial build takes,
 * and the pages `before` had that are gone. Both views must be whole (built without `only`). People's pages are
 * named by their public id; `model` (the new one) gives the person behind each.
 */
export function changedPages(before: SiteView, after: SiteView, model: Pick<Model, 'people'>): ChangedPages {
  const removed: string[] = [];
  const changed = (kind: (typeof ENTITY_PAGES)[number]): Set<string> => {
    const old = new Map<string, unknown>(before.pages[kind].map((p) => [p.permalink, p]));
    const now = new Set<string>();
    const out = new Set<string>();
    for (const p of after.pages[kind]) {
      now.add(p.permalink);
      const o = old.get(p.permalink);
      if (o === undefined || !sameData(o, p)) out.add(p.id);
    }
    for (const permalink of old.keys()) if (!now.has(permalink)) removed.push(permalink);
    return out;
  };
  const meetings = changed('meetings');
  const groups = changed('groups');
  const publicIds = changed('people');
  const projects = changed('projects');
  const organisations = changed('organisations');
  const people = new Set([...model.people.values()].filter((p) => p.publicId !== undefined && publicIds.has(p.publicId)).map((p) => p.id));

  // A group's or a project's feed is written with its page; the site's feed when it changed (withoutSameSiteFeed).
  const oldFeeds = new Map(before.pages.feeds.map((f) => [f.permalink, f]));
  const feeds = new Set(after.pages.feeds.map((f) => f.permalink));
  for (const f of after.pages.feeds) {
    const o = oldFeeds.get(f.permalink);
    if (o && sameData(o, f)) continue;
    if (f.owner?.kind === 'group') groups.add(f.owner.id);
    else if (f.owner?.kind === 'project') projects.add(f.owner.id);
  }
  for (const permalink of oldFeeds.keys()) if (!feeds.has(permalink)) removed.push(permalink);

  return {
    affected: {
      meetings,
      groups,
      people,
      projects,
      organisations,
      indexPages: INDEX_FIELDS.some((f) => !sameData(before[f], after[f])),
      actionsPage: !sameData(before.openActions, after.openActions) || before.openActionsListed !== after.openActionsListed || before.openActionCount !== after.openActionCount,
    },
    removed,
  };
}

/** The site's feed of all groups' minutes, which every view has, whatever pages it is for. */
export function siteFeed(view: SiteView): FeedView {
  return view.pages.feeds.find((f) => f.owner === undefined)!;
}

/**
 * `view` without the site's feed when its data is that of the feed written last (`previous`, unknown when
 * undefined): written again, the same, it would reload every open page after a save that changes no page (a file
 * touched). `keep` writes it all the same (an archive's own feed template may show more of the site, as its 404
 * and about pages may).
 */
export function withoutSameSiteFeed(view: SiteView, previous: FeedView | undefined, keep: boolean): SiteView {
  const feed = siteFeed(view);
  if (keep || !previous || !sameData(feed, previous)) return view;
  return { ...view, pages: { ...view.pages, feeds: view.pages.feeds.filter((f) => f !== feed) } };
}

/**
 * `affected` without the pages whose data is as it was: `before` and `after` are views built for `affected`,
 * `before` of the site as last written. An edit that changes nothing a page shows (a blank line added, minutes
 * saved as they were) rewrote its meeting's pages the same, and reloaded every open page.
 */
export function withoutSamePages(affected: Affected, before: SiteView, after: SiteView, model: Pick<Model, 'people'>): Affected {
  const changed = changedPages(before, after, model).affected;
  const both = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((id) => b.has(id)));
  return {
    meetings: both(affected.meetings, changed.meetings),
    groups: both(affected.groups, changed.groups),
    people: both(affected.people, changed.people),
    projects: both(affected.projects, changed.projects),
    organisations: both(affected.organisations, changed.organisations),
    indexPages: affected.indexPages && changed.indexPages,
    actionsPage: affected.actionsPage && changed.actionsPage,
  };
}
