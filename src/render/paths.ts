// The pages of a built site (where each page and file lives is in model/page-paths.ts, which check shares).
import type { Model } from '../model/types.js';
import { INDEX_PAGES, paths } from '../model/page-paths.js';

export { paths };

/** Every meeting page and nothing else (meeting pages are the only pages two folders below grupper/). */
export const MEETING_PAGES_GLOB = 'grupper/*/*/index.html';

/** Every page with an address of its own (not the 404 page), with the date of the meetings' pages. */
export function pagePaths(model: Model): { path: string; lastmod?: string }[] {
  const pages: { path: string; lastmod?: string }[] = INDEX_PAGES.map((path) => ({ path }));
  for (const g of model.groups.values()) pages.push({ path: paths.group(g.id) });
  for (const p of model.people.values()) if (p.publicId) pages.push({ path: paths.person(p.publicId) });
  for (const p of model.projects.values()) pages.push({ path: paths.project(p.id) });
  for (const o of model.organisations.values()) pages.push({ path: paths.organisation(o.id) });
  for (const m of model.meetings) pages.push({ path: paths.meeting(m), lastmod: m.date });
  return pages;
}
