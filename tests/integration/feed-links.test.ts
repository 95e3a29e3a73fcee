// Links in the minutes' text, as the site-wide Atom feed carries them: a feed reader resolves them against the
// entry's base (xml:base), so they must lead where they do on the meeting's page, not next to feed.xml. And the
// links to feeds in the pages' heads, which feed readers given a page's address choose from.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { read, unescape } from '../helpers/site.js';
import { xmlElementTexts } from '../trust/inspect.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const LINKED = `---
group: GUG
date: 2016-02-22
attendees: [Leif Redestig]
decisions:
  - Vi bokar lokalen.
---
## Lokal

Se [beslutet](#beslut-1), [punkten](#lokal) och [förra mötet](../2016-02-08/#fritidsbank).
`;

/** Where each link in the feed's content leads, resolved as a feed reader does: against the xml:base in force. */
function contentTargets(feed: string, feedUrl: string): string[] {
  const targets: string[] = [];
  for (const entry of feed.split('<entry>').slice(1)) {
    const content = /<content\b([^>]*)>/.exec(entry);
    if (!content) continue;
    const xmlBase = /\sxml:base="([^"]*)"/.exec(content[1]!)?.[1];
    const base = xmlBase === undefined ? feedUrl : new URL(unescape(xmlBase), feedUrl).href;
    for (const html of xmlElementTexts(entry, 'content')) {
      for (const m of html.matchAll(/\shref="([^"]*)"/g)) targets.push(new URL(unescape(m[1]!), base).href);
    }
  }
  return targets;
}

/** The feeds a page names in its head, in order: what a feed reader given the page's address offers. */
function advertisedFeeds(html: string): string[] {
  const head = html.split('</head>')[0]!;
  return [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="([^"]*)" href="([^"]*)">/g)].map((m) => `${unescape(m[1]!)} ${unescape(m[2]!)}`);
}

describe.each([
  ['at the root, without --url', '/', undefined, 'https://reader.invalid/'],
  ['under a subfolder, with --url', '/protokoll/', 'https://example.org/protokoll/', 'https://example.org/protokoll/'],
])('the site-wide feed of a site built %s', (_, base, siteUrl, siteAddress) => {
  let site: string;
  beforeAll(async () => {
    const root = archive([BASE], { 'minutes/gug/2016-02-22.md': LINKED });
    site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base, title: 'Protokoll', today: '2030-01-01', ...(siteUrl ? { siteUrl } : {}) });
    expect(result.ok).toBe(true);
  }, 60_000);

  it('links from the minutes, and from their actions, lead where they do on the meeting page', () => {
    const meeting = `${siteAddress}grupper/gemensam-utvecklingsgrupp/`;
    expect(contentTargets(read(site, 'feed.xml'), `${siteAddress}feed.xml`)).toEqual([
      `${meeting}2016-02-22/#beslut-1`,
      `${meeting}2016-02-22/#lokal`,
      `${meeting}2016-02-08/#fritidsbank`,
      // The 2016-02-08 meeting's action: whose it is and its project, at their pages.
      `${siteAddress}personer/leif-redestig/`,
      `${siteAddress}projekt/fritidsbanken/`,
    ]);
  });

  // The page's own group's or project's feed first: NetNewsWire and Inoreader subscribe to the first one named.
  it.each([
    ['the start page', 'index.html', []],
    ['a group page', 'grupper/gemensam-utvecklingsgrupp/index.html', [['Gemensam utvecklingsgrupp: protokoll', 'grupper/gemensam-utvecklingsgrupp/feed.xml']]],
    ['a meeting page', 'grupper/gemensam-utvecklingsgrupp/2016-02-22/index.html', [['Gemensam utvecklingsgrupp: protokoll', 'grupper/gemensam-utvecklingsgrupp/feed.xml']]],
    ['a project page', 'projekt/fritidsbanken/index.html', [['Fritidsbanken: protokoll', 'projekt/fritidsbanken/feed.xml']]],
    ['a person page', 'personer/leif-redestig/index.html', []],
  ] as [string, string, [string, string][]][])('%s names its own feed first, then the whole site\'s', (_, page, own) => {
    expect(advertisedFeeds(read(site, page))).toEqual([...own, ['Protokoll: alla protokoll', 'feed.xml']].map(([title, feed]) => `${title} ${base}${feed}`));
  });
});
