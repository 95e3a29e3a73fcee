// Where each page and file of the site lives, relative to the site root (no leading slash).
import type { Meeting, Model } from '../model/types.js';

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

/** Every page with an address of its own (not the 404 page), with the date of the meetings' pages. */
export function pagePaths(model: Model): { path: string; lastmod?: string }[] {
  const pages: { path: string; lastmod?: string }[] = ['', 'grupper/', 'personer/', 'projekt/', 'organisationer/', 'atgarder/', 'sok/', 'om/'].map((path) => ({ path }));
  for (const g of model.groups.values()) pages.push({ path: paths.group(g.id) });
  for (const p of model.people.values()) if (p.publicId) pages.push({ path: paths.person(p.publicId) });
  for (const p of model.projects.values()) pages.push({ path: paths.project(p.id) });
  for (const o of model.organisations.values()) pages.push({ path: paths.organisation(o.id) });
  for (const m of model.meetings) pages.push({ path: paths.meeting(m), lastmod: m.date });
  return pages;
}
