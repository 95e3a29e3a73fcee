// Builds the seed minutes after a steward changed ids (a group, a person, a project, an organisation) and
// corrected a meeting's date, keeping the old ids under former_ids, under a base path: every old address has a
// page that sends readers to the new one, and those pages stay out of the sitemap, the search index, the feeds
// and the open data. The group's and the project's feeds and the group's calendar, which cannot send readers on,
// are there again at the old addresses.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { allText, brokenLinks, listFiles, read } from '../helpers/site.js';
import { xmlElementTexts } from '../trust/inspect.js';
import { atomProblems, icsProblems } from '../trust/standards.js';

const BASE = '/protokoll/';
const URL = 'https://example.org/protokoll/';

let root: string;
let site: string;
let result: BuildResult;

/** Replaces `from` with `to` in a file of the archive, which must contain it. */
function change(rel: string, from: string, to: string): void {
  const file = path.join(root, rel);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

beforeAll(async () => {
  root = seedArchive();
  site = path.join(root, 'site');
  // The group gets a new id; its minutes keep naming it by name, and follow-ups keep their old action ids.
  change('organisations.yml', '  gemensam-utvecklingsgrupp:\n', '  utvecklingsgruppen:\n    former_ids: [gemensam-utvecklingsgrupp]\n');
  change('organisations.yml', '  socialforvaltningen:\n', '  socialforvaltningen:\n    former_ids: [sof]\n');
  change('organisations.yml', '  fritidsbanken:\n', '  fritidsbanken:\n    former_ids: [fritidsbank-hbg]\n');
  change('people.yml', 'leif-redestig:\n', 'leif-redestig:\n  former_ids: [leif-r]\n');
  // Someone published by initials: an old address made from their name would give it away.
  fs.appendFileSync(path.join(root, 'people.yml'), '\nhemlig-hemligsson:\n  name: Hemlig Hemligsson\n  publish: initials\n  former_ids: [hemlig-h]\n');
  // The meeting was dated a day early at first (README: correcting a meeting's date or group).
  change('minutes/gemensam-utvecklingsgrupp/2015-11-09.md', '\ndate: 2015-11-09\n', '\ndate: 2015-11-09\nformer_ids: [gemensam-utvecklingsgrupp/2015-11-08]\n');
  result = await build({ root, outDir: site, base: BASE, siteUrl: URL, title: 'Protokoll', today: '2016-12-13' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
});
afterAll(cleanTemp);

const MOVED: readonly [from: string, to: string, title: string][] = [
  ['grupper/gemensam-utvecklingsgrupp/', 'grupper/utvecklingsgruppen/', 'Gemensam utvecklingsgrupp'],
  ['grupper/gemensam-utvecklingsgrupp/2015-08-31/', 'grupper/utvecklingsgruppen/2015-08-31/', 'Gemensam utvecklingsgrupp 31 augusti 2015'],
  ['grupper/gemensam-utvecklingsgrupp/2015-11-09/', 'grupper/utvecklingsgruppen/2015-11-09/', 'Gemensam utvecklingsgrupp 9 november 2015'],
  ['grupper/gemensam-utvecklingsgrupp/2015-11-08/', 'grupper/utvecklingsgruppen/2015-11-09/', 'Gemensam utvecklingsgrupp 9 november 2015'],
  ['grupper/utvecklingsgruppen/2015-11-08/', 'grupper/utvecklingsgruppen/2015-11-09/', 'Gemensam utvecklingsgrupp 9 november 2015'],
  ['grupper/gemensam-utvecklingsgrupp/2016-02-08/', 'grupper/utvecklingsgruppen/2016-02-08/', 'Gemensam utvecklingsgrupp 8 februari 2016'],
  ['grupper/gemensam-utvecklingsgrupp/2016-03-07/', 'grupper/utvecklingsgruppen/2016-03-07/', 'Gemensam utvecklingsgrupp 7 mars 2016'],
  ['personer/leif-r/', 'personer/leif-redestig/', 'Leif Redestig'],
  ['projekt/fritidsbank-hbg/', 'projekt/fritidsbanken/', 'Fritidsbanken'],
  ['organisationer/sof/', 'organisationer/socialforvaltningen/', 'Socialförvaltningen'],
];
const redirectPages = () => listFiles(site).filter((f) => f.endsWith('.html') && read(site, f).includes('http-equiv="refresh"'));
/** What the tests below say of the pages at former addresses means something only once they are there. */
const thereAreRedirects = () => expect(redirectPages()).toHaveLength(MOVED.length);

describe('pages at former addresses', () => {
  it.each(MOVED)('%s sends readers to %s', (from, to, title) => {
    const html = read(site, `${from}index.html`);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}${to}">`);
    expect(html).toContain(`<link rel="canonical" href="${URL}${to}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    // In the reader's colour scheme, as the site's pages: no white flash on the way in a dark one.
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    // Titled as the page it leads to, so that a person's and a group's of one name differ in a browser's history:
    // "Ny adress: Leif Redestig (person) – Protokoll".
    const titleOf = (page: string) => page.match(/<title>([^<]+)<\/title>/)?.[1];
    expect(titleOf(html)).toBe(`Ny adress: ${titleOf(read(site, `${to}index.html`))}`);
    // A visible sentence with a link, for browsers that do not follow the refresh, and for screen readers.
    expect(html).toContain(`<a href="${BASE}${to}">${title}</a>`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    // The new address is a page.
    expect(fs.existsSync(path.join(site, to, 'index.html'))).toBe(true);
    expect(read(site, `${to}index.html`)).not.toContain('http-equiv="refresh"');
  });

  it('are written for every former address and nothing else', () => {
    expect(redirectPages()).toEqual(MOVED.map(([from]) => `${from}index.html`).sort());
  });

  it('leave out people published by initials (their old address would give their name away)', () => {
    thereAreRedirects();
    expect(listFiles(site).filter((f) => f.includes('hemlig'))).toEqual([]);
    for (const [f, text] of allText(site)) expect(text, f).not.toMatch(/hemlig/i);
  });

  it('link only to pages that exist, under the base', () => {
    thereAreRedirects();
    expect(brokenLinks(site, BASE)).toEqual([]);
  });

  it('are not in the sitemap, the feeds or the open data', () => {
    thereAreRedirects();
    const sitemap = read(site, 'sitemap.xml');
    expect(sitemap).toContain(`<loc>${URL}grupper/utvecklingsgruppen/2015-11-09/</loc>`);
    const others = listFiles(site).filter((f) => f === 'sitemap.xml' || f.endsWith('feed.xml') || f.startsWith('data/'));
    expect(others.length).toBeGreaterThan(3);
    for (const f of others) {
      const text = read(site, f);
      // Atom ids never change (RFC 4287): a feed and its entries keep the ids they had under the group's first id
      // (a meeting whose date was corrected the id it had first), which are no links. Nothing else of a feed names an old address.
      const shown = f.endsWith('feed.xml') ? text.replace(/<id>[^<]*<\/id>/g, '') : text;
      for (const [from] of MOVED) expect(shown, f).not.toContain(`${URL}${from}`);
      expect(shown, f).not.toContain('2015-11-08');
    }
    const ids = xmlElementTexts(read(site, 'feed.xml'), 'id');
    expect(ids).toContain(`${URL}grupper/gemensam-utvecklingsgrupp/2016-03-07/`);
    expect(ids).toContain(`${URL}grupper/gemensam-utvecklingsgrupp/2015-11-08/`);
    expect(ids).not.toContain(`${URL}grupper/gemensam-utvecklingsgrupp/2015-11-09/`);
    expect(ids.filter((id) => id.includes('/utvecklingsgruppen/'))).toEqual([]);
  });

  it('are not in the search index: it holds the meeting pages, at their new addresses, and nothing else', () => {
    thereAreRedirects();
    // Pagefind reads the pages at meetings' former addresses too (they are under grupper/*/*/), and finds nothing to index.
    expect(result.searchPages).toBe(5);
    const urls = [...allText(site)].filter(([f]) => f.startsWith('pagefind/fragment/')).map(([, t]) => /"url":"([^"]+)"/.exec(t)![1]!);
    expect(urls.sort()).toEqual(['2015-08-31', '2015-11-09', '2016-02-08', '2016-03-07'].map((d) => `/grupper/utvecklingsgruppen/${d}/`).concat('/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/').sort());
  });
});

// A feed reader or calendar app subscribed at an old address keeps getting updates: a static host cannot send it
// on, so the same file is written there.
const FILES_MOVED: readonly [from: string, to: string][] = [
  ['grupper/gemensam-utvecklingsgrupp/feed.xml', 'grupper/utvecklingsgruppen/feed.xml'],
  ['grupper/gemensam-utvecklingsgrupp/kalender.ics', 'grupper/utvecklingsgruppen/kalender.ics'],
  ['projekt/fritidsbank-hbg/feed.xml', 'projekt/fritidsbanken/feed.xml'],
];

describe('feeds and calendars at former addresses', () => {
  it.each(FILES_MOVED)('%s is %s, byte for byte', (from, to) => {
    // Feed and entry ids are made of the first id already, so the copy's are the ones the reader knows; the self
    // link names the current address, an equivalent one (RFC 4287, 4.2.7.2), which a reader may move to.
    expect(read(site, from)).toBe(read(site, to));
  });

  it('are valid Atom and iCalendar, and name the current addresses', () => {
    for (const [from, to] of FILES_MOVED) {
      const text = read(site, from);
      if (from.endsWith('.ics')) {
        expect(icsProblems(text, new Map(), from), from).toEqual([]);
        expect(text, from).toContain('BEGIN:VCALENDAR');
        continue;
      }
      expect(atomProblems(text, { absolute: true }), from).toEqual([]);
      expect(text, from).toContain(`<link rel="self" type="application/atom+xml" href="${URL}${to}"/>`);
      expect(xmlElementTexts(text, 'id').length, from).toBeGreaterThan(1);
    }
  });

  it('are written for every former id of a group or project and nothing else', () => {
    const old = (f: string) => f.startsWith('grupper/gemensam-utvecklingsgrupp/') || f.startsWith('projekt/fritidsbank-hbg/');
    expect(listFiles(site).filter((f) => old(f) && !f.endsWith('/index.html'))).toEqual(FILES_MOVED.map(([from]) => from).sort());
    const feeds = listFiles(site).filter((f) => f.endsWith('feed.xml') || f.endsWith('kalender.ics'));
    expect(feeds.filter((f) => /fritidsbank-hbg|gemensam-utvecklingsgrupp|leif-r|\bsof\b/.test(f)).sort()).toEqual(FILES_MOVED.map(([from]) => from).sort());
  });
});
