// Pages at the addresses the site had before: a former id of a group, person, project or organisation, and a
// meeting's former ids. Each sends readers on to the page as it is now, so links from elsewhere keep working.
// Written beside the open data rather than through templates/, so archives with their own templates get them
// too. Not in the sitemap, the feeds, the open data or the search index (they have no data-pagefind-body).
import type { Model } from '../model/types.js';
import { pagePaths, paths } from './paths.js';
import { escapeHtml } from './text.js';
import type { SiteOptions } from './view-types.js';

export interface Redirect {
  /** The former address and the current one, relative to the site's root ("grupper/gug/"). */
  readonly from: string;
  readonly to: string;
  /** What is at the new address, as its page names it. */
  readonly title: string;
}

/** Every former address, once, with where it leads now. Never one that is a page's address now. */
export function redirects(model: Model): Redirect[] {
  const taken = new Set(pagePaths(model).map((p) => p.path));
  const out: Redirect[] = [];
  const add = (from: string, to: string, title: string) => {
    if (taken.has(from)) return;
    taken.add(from);
    out.push({ from, to, title });
  };
  for (const g of model.groups.values()) for (const f of g.formerIds) add(paths.group(f), paths.group(g.id), g.name);
  // Only people shown by name: the page of someone shown by initials has a neutral address, and an old one made
  // from their name would give it away.
  for (const p of model.people.values()) if (p.publish === 'full' && p.publicId === p.id) for (const f of p.formerIds) add(paths.person(f), paths.person(p.id), p.display);
  for (const p of model.projects.values()) for (const f of p.formerIds) add(paths.project(f), paths.project(p.id), p.name);
  for (const o of model.organisations.values()) for (const f of o.formerIds) add(paths.organisation(f), paths.organisation(o.id), o.name);
  for (const m of model.meetings) {
    for (const f of m.formerIds) {
      const slash = f.indexOf('/');
      add(paths.meeting({ groupId: f.slice(0, slash), slug: f.slice(slash + 1) }), paths.meeting(m), m.title);
    }
  }
  return out;
}

// As strict as every other page's policy, and stricter: the page runs no script of its own, and sends readers on
// with a refresh, which needs none.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/** The page at a former address: followed at once by browsers, and a link for everyone else (and screen readers). */
export function redirectPage(r: Redirect, options: SiteOptions): string {
  const href = escapeHtml(options.base + r.to);
  const canonical = escapeHtml((options.siteUrl ?? options.base) + r.to);
  const title = escapeHtml(r.title);
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${canonical}">
<title>Ny adress: ${title} – ${escapeHtml(options.title)}</title>
</head>
<body>
<main id="innehall">
<h1>Sidan har fått en ny adress</h1>
<p>Det som fanns här finns nu på <a href="${href}">${title}</a>. Uppdatera gärna länken eller bokmärket som ledde hit.</p>
</main>
</body>
</html>
`;
}

/** The pages at former addresses, as files of the site. */
export function redirectFiles(model: Model, options: SiteOptions): { path: string; content: string }[] {
  return redirects(model).map((r) => ({ path: `${r.from}index.html`, content: redirectPage(r, options) }));
}
