// Addresses in a feed entry: many feed readers ignore xml:base and resolve a relative address against the feed's
// own, so each one is given resolved against the entry's page: in full with the site's address (--url), else from
// the site's root (the feed is served from the same site, so a reader resolves that alike).
import type { ActionView, DecisionView, Link, MeetingLink, SiteOptions } from './view-types.js';
import { escapeHtml } from './text.js';

/** A reference with a scheme (https:, mailto:) is complete already and stays as written. */
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Stands in for the site's host while an address is resolved against a page's path. */
const NO_HOST = 'https://minutes.invalid';

/**
 * The address `href`, written on the page at `page` (its path from the root, with the base), as a feed gives it:
 * from the root, and with the site's address (--url) in full, the base's place taken by that address as on paper.
 */
export function feedAddress(href: string, page: string, options: Pick<SiteOptions, 'base' | 'siteUrl'>): string {
  if (HAS_SCHEME.test(href)) return href;
  const url = new URL(href, NO_HOST + page);
  // Another host ("//example.org/x") has the scheme of the site's address, else of the feed's, as written.
  if (url.origin !== NO_HOST) return options.siteUrl ? new URL(href, options.siteUrl).href : href;
  const path = url.pathname + url.search + url.hash;
  if (!options.siteUrl) return path;
  // The base as URL writes it: percent-encoded, as the site's address is.
  const base = new URL(options.base, NO_HOST).pathname;
  return path.startsWith(base) ? options.siteUrl + path.slice(base.length) : new URL(path, options.siteUrl).href;
}

/**
 * The rendered minutes with each link's and image's address given by `address`. The HTML is markdown-it's with raw
 * HTML off: every <, > and " of the text and of attribute values is escaped, so each `<a …>` and `<img …>` is a tag
 * the renderer wrote and each href="…" or src="…" in it is that attribute, its value escaped as escapeHtml does.
 */
export function withAddresses(html: string, address: (url: string) => string): string {
  return html.replace(/<(?:a|img)\s[^>]*>/g, (tag) =>
    tag.replace(/(\s)(href|src)="([^"]*)"/g, (_, space: string, name: string, value: string) => `${space}${name}="${escapeHtml(address(unescapeAttribute(value)))}"`),
  );
}

/** An attribute value as markdown-it escapes it (&amp; &lt; &gt; &quot;), and as escapeHtml does (&#39;). */
function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

/** A decision of the minutes, its links given by `address`. */
export function decisionWithAddresses(d: DecisionView, address: (url: string) => string): DecisionView {
  return { ...d, ...(d.project ? { project: linkWith(d.project, address) } : {}), meeting: meetingWith(d.meeting, address) };
}

/** An action of the minutes, its links given by `address`. */
export function actionWithAddresses(a: ActionView, address: (url: string) => string): ActionView {
  return {
    ...a,
    url: address(a.url),
    who: a.who.map((w) => linkWith(w, address)),
    meeting: meetingWith(a.meeting, address),
    ...(a.statusMeeting ? { statusMeeting: meetingWith(a.statusMeeting, address) } : {}),
    ...(a.project ? { project: linkWith(a.project, address) } : {}),
  };
}

/** A link, and a person's link to their organisation: someone not published in full has no url, and keeps none. */
function linkWith<L extends Link & { readonly organisation?: Link }>(l: L, address: (url: string) => string): L {
  return { ...l, ...(l.url !== undefined ? { url: address(l.url) } : {}), ...(l.organisation ? { organisation: linkWith(l.organisation, address) } : {}) };
}

function meetingWith(m: MeetingLink, address: (url: string) => string): MeetingLink {
  return { ...m, url: address(m.url), group: linkWith(m.group, address) };
}
