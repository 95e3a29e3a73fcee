// The links check could not check (link-unchecked), told once the site is built: every page and file it has is
// then known, so a link that none of them answers is a broken-link, offered the nearest page or file that is there,
// and one that is answered is left. Pure: the built site comes as the addresses of what was written.
import type { Finding } from '../../diagnostics.js';
import { SitePages } from '../../model/page-paths.js';
import { didYouMean } from '../../util/suggest.js';
import { linkForm, noFile, noPage, type UncheckedLink } from './local-links.js';

/** What a built site holds, from its root: its pages ("", "om/historia/", each an index.html) and its files ("om/historia/index.html", "assets/style.css"). */
export interface WrittenSite {
  readonly pages: Iterable<string>;
  readonly files: Iterable<string>;
}

/** The broken-links among `links` on the site `written`. */
export function writtenLinkFindings(links: readonly UncheckedLink[], written: WrittenSite): Finding[] {
  const site = new SitePages([...written.pages].map((path) => ({ path })), [], written.files);
  const out: Finding[] = [];
  for (const link of links) {
    const at = { file: link.file, where: link.where };
    if (link.kind === 'file') {
      if (!site.hasFile(link.address)) out.push({ ...at, ...noFile(link.address, site.nearestFile(link.address)) });
    } else if (!site.has(link.address)) {
      const nearest = site.nearest(link.address);
      out.push({ ...at, ...noPage(`/${link.address}`, link.here, didYouMean(nearest !== undefined ? [linkForm(nearest, link.here)] : [])) });
    }
  }
  return out;
}
