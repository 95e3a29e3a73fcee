// Pages at the addresses the site had before: a former id of a group, person, project or organisation, and a
// meeting's former ids. Each sends readers on to the page as it is now, so links from elsewhere keep working.
// Written beside the open data rather than through templates/, so archives with their own templates get them
// too. Not in the sitemap, the feeds, the open data or the search index (they have no data-pagefind-body).
// A feed or calendar cannot send its readers on (a static host has no redirects), so a group's and a project's
// are written again at each former address (formerFiles).
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
  /**
   * An entry's kind, as its page's title says it after the name ("Leif Redestig (person)"): the pages at a person's
   * and a group's former addresses do not read alike in a browser's history when they share a name. None for a meeting.
   */
  readonly kind?: EntryKind;
}

/** The kind of an entry's page, in the words of its template's `kind`. */
type EntryKind = 'grupp' | 'person' | 'projekt' | 'organisation';

/** Every former address, once, with where it leads now. Never one that is a page's address now. */
export function redirects(model: Model): Redirect[] {
  const taken = new Set(pagePaths(model).map((p) => p.path));
  const out: Redirect[] = [];
  const add = (from: string, to: string, title: string, kind?: EntryKind) => {
    if (taken.has(from)) return;
    taken.add(from);
    out.push({ from, to, title, ...(kind ? { kind } : {}) });
  };
  for (const g of model.groups.values()) for (const f of g.formerIds) add(paths.group(f), paths.group(g.id), g.name, 'grupp');
  // Only people shown by name: the page of someone shown by initials has a neutral address, and an old one made
  // from their name would give it away.
  for (const p of model.people.values()) if (p.publish === 'full' && p.publicId === p.id) for (const f of p.formerIds) add(paths.person(f), paths.person(p.id), p.display, 'person');
  for (const p of model.projects.values()) for (const f of p.formerIds) add(paths.project(f), paths.project(p.id), p.name, 'projekt');
  for (const o of model.organisations.values()) for (const f of o.formerIds) add(paths.organisation(f), paths.organisation(o.id), o.name, 'organisation');
  for (const m of model.meetings) {
    for (const f of m.formerIds) {
      const slash = f.indexOf('/');
      add(paths.meeting({ groupId: f.slice(0, slash), slug: f.slice(slash + 1) }), paths.meeting(m), m.title);
    }
  }
  return out;
}

/** A feed or calendar written again at a former address: `from`, the same file as at `to` (from the site's root). */
export interface FormerFile {
  /** Feeds are rendered through templates/ (feed.11ty.mjs), calendars beside the open data (opendata.ts). */
  readonly kind: 'feed' | 'calendar';
  readonly from: string;
  readonly to: string;
}

/**
 * The feeds of groups and projects and the calendars of groups, at each former id's address, so that feed readers
 * and calendar apps subscribed there keep getting them. Never one that is a current feed's or calendar's address
 * (a former id that is the entry's own, or the id of another, which check refuses).
 */
export function formerFiles(model: Model): FormerFile[] {
  const groups = [...model.groups.values()];
  const projects = [...model.projects.values()];
  const taken = new Set([...groups.flatMap((g) => [paths.groupFeed(g.id), paths.calendar(g.id)]), ...projects.map((p) => paths.projectFeed(p.id))]);
  const out: FormerFile[] = [];
  const add = (kind: FormerFile['kind'], from: string, to: string) => {
    if (taken.has(from)) return;
    taken.add(from);
    out.push({ kind, from, to });
  };
  for (const g of groups) {
    for (const f of g.formerIds) {
      add('feed', paths.groupFeed(f), paths.groupFeed(g.id));
      add('calendar', paths.calendar(f), paths.calendar(g.id));
    }
  }
  for (const p of projects) for (const f of p.formerIds) add('feed', paths.projectFeed(f), paths.projectFeed(p.id));
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
  const named = r.kind ? `${title} (${r.kind})` : title;
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
<title>Ny adress: ${named} – ${escapeHtml(options.title)}</title>
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

/**
 * The files at former addresses written beside the open data: the pages that send readers on and the calendars
 * (the feeds are pages of templates/), from the site's root ("grupper/gug/index.html").
 */
export function formerExtraPaths(model: Model): string[] {
  return [...redirects(model).map((r) => `${r.from}index.html`), ...formerFiles(model).filter((f) => f.kind === 'calendar').map((f) => f.from)];
}

/** The pages at former addresses, as files of the site. */
export function redirectFiles(model: Model, options: SiteOptions): { path: string; content: string }[] {
  return redirects(model).map((r) => ({ path: `${r.from}index.html`, content: redirectPage(r, options) }));
}
