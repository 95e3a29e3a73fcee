// Links in the minutes' text, as the site-wide Atom feed carries them: they must lead where they do on the meeting's
// page, not next to feed.xml, in a feed reader that honours xml:base and in the many that ignore it (and resolve a
// relative address against the feed's own). With the site's address (--url) every one is absolute. And the links
// to feeds in the pages' heads, which feed readers given a page's address choose from.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { png } from '../helpers/images.js';
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

Se [beslutet](#beslut-1), [punkten](#lokal), [förra mötet](../2016-02-08/#fritidsbank),
[samma möte](2016-02-08.md), [bilagan](bilaga.pdf) och ![Karta](bilder/karta.png).
`;

/** The links' and images' addresses in the feed's content, as written. */
function contentAddresses(feed: string): { entry: string; addresses: string[] }[] {
  return feed.split('<entry>').slice(1).map((entry) => ({
    entry,
    addresses: xmlElementTexts(entry, 'content').flatMap((html) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => unescape(m[1]!))),
  }));
}

/**
 * Where each link and image in the feed's content leads, resolved as a feed reader does: against the xml:base in
 * force, or, as many readers do, against the feed's own address.
 */
function contentTargets(feed: string, feedUrl: string, xmlBase: 'honoured' | 'ignored'): string[] {
  return contentAddresses(feed).flatMap(({ entry, addresses }) => {
    const base = /<content\b[^>]*\sxml:base="([^"]*)"/.exec(entry)?.[1];
    const against = base === undefined || xmlBase === 'ignored' ? feedUrl : new URL(unescape(base), feedUrl).href;
    return addresses.map((a) => new URL(a, against).href);
  });
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
    const root = archive([BASE], { 'minutes/gug/2016-02-22.md': LINKED, 'minutes/gug/bilaga.pdf': '%PDF-1.4\n', 'minutes/gug/bilder/karta.png': png(40, 30) });
    site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base, title: 'Protokoll', today: '2030-01-01', ...(siteUrl ? { siteUrl } : {}) });
    expect(result.ok).toBe(true);
  }, 60_000);

  it.each(['honoured', 'ignored'] as const)('links and images from the minutes, and from their actions, lead where they do on the meeting page, xml:base %s', (xmlBase) => {
    const meeting = `${siteAddress}grupper/gemensam-utvecklingsgrupp/`;
    expect(contentTargets(read(site, 'feed.xml'), `${siteAddress}feed.xml`, xmlBase)).toEqual([
      `${meeting}2016-02-22/#beslut-1`,
      `${meeting}2016-02-22/#lokal`,
      `${meeting}2016-02-08/#fritidsbank`,
      `${meeting}2016-02-08/`,
      `${siteAddress}bilagor/gug/bilaga.pdf`,
      `${siteAddress}bilagor/gug/bilder/karta.png`,
      // The 2016-02-08 meeting's action: whose it is and its project, at their pages.
      `${siteAddress}personer/leif-redestig/`,
      `${siteAddress}projekt/fritidsbanken/`,
    ]);
  });

  it(siteUrl ? 'gives every address in the content in full' : 'gives every address of the site in the content from its root', () => {
    const addresses = contentAddresses(read(site, 'feed.xml')).flatMap((e) => e.addresses);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(a).toMatch(siteUrl ? /^https:\/\/example\.org\/protokoll\// : /^\/[^/]/);
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

  // A feed opened in a browser shows code (Chromium raw XML), which readers new to feeds took for a fault: each
  // feed's link on a page is a disclosure that says first what a feed is and what to do with its address (in full
  // with --url, to copy as text), and leads to the about page's section on feeds.
  it.each([
    ['the start page', 'index.html', [['Prenumerera på alla protokoll som nyhetsflöde', 'feed.xml']]],
    ['a meeting page', 'grupper/gemensam-utvecklingsgrupp/2016-02-22/index.html', [['Prenumerera på alla protokoll som nyhetsflöde', 'feed.xml']]],
    ['a person page', 'personer/leif-redestig/index.html', [['Prenumerera på alla protokoll som nyhetsflöde', 'feed.xml']]],
    ['an organisation page', 'organisationer/socialforvaltningen/index.html', [['Prenumerera på alla protokoll som nyhetsflöde', 'feed.xml']]],
    [
      'a group page',
      'grupper/gemensam-utvecklingsgrupp/index.html',
      [['Prenumerera på gruppens protokoll som nyhetsflöde', 'grupper/gemensam-utvecklingsgrupp/feed.xml'], ['Prenumerera på alla protokoll som nyhetsflöde', 'feed.xml']],
    ],
    ['a project page', 'projekt/fritidsbanken/index.html', [['Prenumerera på protokoll om Fritidsbanken som nyhetsflöde', 'projekt/fritidsbanken/feed.xml'], ['Prenumerera på alla protokoll som nyhetsflöde', 'feed.xml']]],
  ] as [string, string, [string, string][]][])('%s explains each of its feeds before a reader opens one, and gives its address to copy', (_, page, feeds) => {
    const html = read(site, page);
    const explained = [...html.matchAll(/<details class="subscribe">\n<summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/g)];
    expect(explained.map((d) => unescape(d[1]!))).toEqual(feeds.map(([label]) => label));
    explained.forEach((d, i) => {
      const body = unescape(d[2]!.replace(/<[^>]+>/g, ''));
      expect(body).toContain('Ett nyhetsflöde visar nya protokoll i en nyhetsläsare: en app eller webbtjänst som samlar nyheter från de webbplatser du väljer. I webbläsaren visar flödet bara kod.');
      expect(body).toContain('Kopiera flödets adress och klistra in den i nyhetsläsaren.');
      const feed = feeds[i]![1];
      expect(d[2]).toContain(`<a href="${base}${feed}">${siteUrl ? `${siteUrl}${feed}` : 'flödets adress'}</a>`);
      expect(d[2]).toContain(`<a href="${base}om/#nyhetsfloden">Mer om nyhetsflöden</a>`);
    });
    // No link elsewhere on the page opens a feed without the explanation.
    expect(html.replace(/<details class="subscribe">[\s\S]*?<\/details>/g, '')).not.toMatch(/<a [^>]*href="[^"]*feed\.xml"/);
  });
});
