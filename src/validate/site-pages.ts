// The pages the site will have, as check sees the archive: what a link in the minutes to one of them
// ("/grupper/x/", "../2016-02-08/") must name. The same addresses the renderer writes (model/page-paths.ts), the
// same meeting ids (meetings.ts) and the same public ids of people (model/privacy.ts), without building the model.
import type { MinutesDoc } from './documents.js';
import type { Registry } from './registry.js';
import { keyedMinutes } from './meetings.js';
import { formerMeetings } from './former-meetings.js';
import { INDEX_PAGES, paths, SitePages, type SiteRoot, type TemplatePages } from '../model/page-paths.js';
import { publicIds } from '../model/privacy.js';

/** The page of the meeting `id` ("group/2016-02-08"). */
const meetingPage = (id: string) => paths.meeting({ groupId: id.slice(0, id.indexOf('/')), slug: id.slice(id.indexOf('/') + 1) });

/**
 * The site's pages, the former addresses that send readers on (or have a feed or calendar again), and the site's
 * files, of the archive of `minutes` and `registry`, with what its own `templates` add and its files outside
 * minutes' folders (`site`: at the root, assets).
 */
export function sitePages(minutes: readonly MinutesDoc[], registry: Registry, templates?: TemplatePages, site?: SiteRoot): SitePages {
  const { docs } = registry;
  const pages: { path: string; file?: string }[] = INDEX_PAGES.map((path) => ({ path }));
  const former: string[] = [];
  const files = [paths.feed, paths.openData, ...docs.groups.flatMap((g) => [paths.groupFeed(g.id.value), paths.calendar(g.id.value)]), ...docs.projects.map((p) => paths.projectFeed(p.id.value)), ...(site?.files ?? [])];
  const entries = (list: readonly { id: { value: string }; formerIds: readonly { value: string }[] }[], page: (id: string) => string) => {
    for (const e of list) {
      pages.push({ path: page(e.id.value) });
      for (const f of e.formerIds) former.push(page(f.value.trim()));
    }
  };
  entries(docs.groups, paths.group);
  entries(docs.projects, paths.project);
  // A group's feed and calendar and a project's feed are written again at each former address (render/redirects.ts).
  for (const g of docs.groups) for (const f of g.formerIds) former.push(paths.groupFeed(f.value.trim()), paths.calendar(f.value.trim()));
  for (const p of docs.projects) for (const f of p.formerIds) former.push(paths.projectFeed(f.value.trim()));
  entries(docs.organisations, paths.organisation);
  // Who gets which neutral address depends on the order of the meetings, but not which addresses there are.
  const unpublished = new Map<string, 'initials' | 'hidden'>();
  const people = publicIds(docs.people.map((p) => ({ id: p.id.value, name: p.name?.value ?? p.id.value, publish: p.publish })));
  for (const p of docs.people) {
    const id = people.get(p.id.value);
    if (id !== undefined) pages.push({ path: paths.person(id) });
    // Only people shown by name have pages at their former addresses (see render/redirects.ts).
    if (p.publish === 'full') for (const f of p.formerIds) former.push(paths.person(f.value.trim()));
    else for (const f of [p.id.value, ...p.formerIds.map((f) => f.value.trim())]) unpublished.set(paths.person(f), p.publish);
  }
  for (const k of keyedMinutes(minutes, registry)) if (k.id !== undefined) pages.push({ path: meetingPage(k.id), file: k.doc.file });
  for (const id of formerMeetings(minutes, registry).current.keys()) former.push(meetingPage(id));
  return new SitePages(pages, former, files, unpublished, templates);
}
