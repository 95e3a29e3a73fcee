// The feeds and calendars by the rules feed readers and calendar apps read them by: every feed.xml by Atom
// (RFC 4287), its addresses usable by readers that ignore xml:base; every kalender.ics by iCalendar (RFC 5545).
// Built with and without the site's address, from minutes whose names and text use what those formats escape.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES, seedArchive } from '../helpers/archive.js';
import { png } from '../helpers/images.js';
import { listFiles, read } from '../helpers/site.js';
import { xmlElementTexts } from '../trust/inspect.js';
import { atomProblems, icsProblems } from '../trust/standards.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

// A group whose name holds what iCalendar escapes (, ; \) and, at more than 75 octets, is folded between
// characters of two bytes.
const ORGANISATIONS = fs
  .readFileSync(path.join(BASE, 'organisations.yml'), 'utf8')
  .replace('groups:\n', `groups:\n  samrad:\n    name: 'Samråd; för ö\\vriga "brukare", anhöriga & <personal> i Östra Göinge – ändå åtta öar'\n    aliases: [Samråd]\n`);

const MINUTES: Record<string, string | Uint8Array> = {
  'minutes/gug/2016-02-22.md': `---
group: GUG
date: 2016-02-22
attendees: [Leif Redestig]
summary: Lokalen är bokad & <klar>.
decisions:
  - text: Fritidsbanken får en hylla.
    project: fritidsbanken
actions:
  - who: Leif Redestig
    what: Boka lokalen.
    project: fritidsbanken
next_meeting: 2016-03-28 13:30
---
## Lokal

Se [beslutet](#beslut-1), [förra mötet](2016-02-08.md), [bilagan](bilaga.pdf), ![Karta](bilder/karta.png),
[sök](/sok/?q=a&grupp=GUG) och https://example.com/a?b=1&c=2. Text som \`<b>\` och 3 < 4 & 5 > 2.
`,
  'minutes/samrad/2016-02-15.md': `---
group: Samråd
date: 2016-02-15
attendees: [Leif Redestig]
next_meeting: 2016-03-01
---
Inget.
`,
  'minutes/gug/bilaga.pdf': '%PDF-1.4\n',
  'minutes/gug/bilder/karta.png': png(40, 30),
};

describe.each([
  ['under a subfolder, with --url', '/protokoll/', 'https://example.org/protokoll/'],
  ['at the root, without --url', '/', undefined],
])('the feeds and calendars of a site built %s', (_, base, siteUrl) => {
  let site: string;
  let files: string[];
  beforeAll(async () => {
    const root = archive([BASE], { 'organisations.yml': ORGANISATIONS, ...MINUTES });
    site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base, title: 'Protokoll & möten', today: '2016-02-29', ...(siteUrl ? { siteUrl } : {}) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    files = listFiles(site);
  }, 60_000);

  it('writes every feed by RFC 4287, each address of it usable by a reader that ignores xml:base', () => {
    const feeds = files.filter((f) => f.endsWith('feed.xml'));
    expect(feeds).toHaveLength(4);
    for (const f of feeds) expect(atomProblems(read(site, f), { absolute: siteUrl !== undefined }), f).toEqual([]);
    expect(xmlElementTexts(read(site, 'feed.xml'), 'content').join('')).toContain('<img src=');
  });

  it('writes every calendar by RFC 5545, each event with a UID of its own', () => {
    const calendars = files.filter((f) => f.endsWith('kalender.ics'));
    expect(calendars).toHaveLength(2);
    const uids = new Map<string, string>();
    for (const f of calendars) expect(icsProblems(read(site, f), uids, f), f).toEqual([]);
    expect(uids.size).toBe(2);
  });
});

describe('the feeds and calendars of the seed minutes, built with --url', () => {
  it('keep RFC 4287 and RFC 5545', async () => {
    const root = seedArchive();
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/protokoll/', siteUrl: 'https://example.org/protokoll/', title: 'Protokoll', today: '2017-01-01' });
    expect(result.ok).toBe(true);
    const files = listFiles(site);
    const feeds = files.filter((x) => x.endsWith('feed.xml'));
    const calendars = files.filter((x) => x.endsWith('.ics'));
    // The site's feed, and a feed for each of the seed registry's 2 groups and 10 projects; a calendar for each group.
    expect([feeds.length, calendars.length]).toEqual([13, 2]);
    for (const f of feeds) expect(atomProblems(read(site, f), { absolute: true }), f).toEqual([]);
    for (const f of calendars) expect(icsProblems(read(site, f)), f).toEqual([]);
  }, 60_000);
});

/** Each entry's id, by the address of its page. */
function entryIds(feed: string): Map<string, string> {
  return new Map(
    feed
      .split('<entry>')
      .slice(1)
      .map((e) => [/<link rel="alternate"[^>]* href="([^"]*)"/.exec(e)![1]!, xmlElementTexts(e, 'id')[0]!]),
  );
}

describe.each([
  ['with --url', 'https://example.org/protokoll/'],
  ['without --url', undefined],
])('the ids of feed entries, %s', (_, siteUrl) => {
  // An entry's id never changes (RFC 4287 4.2.6): not with a later build, a later meeting or another feed.
  it('are one per meeting, the same in every feed and in a later build with another meeting', async () => {
    const builds: Map<string, string>[] = [];
    // With the entries of the group's feed and the project's: two and one, then the group's later meeting too.
    for (const [today, extra, inGroupAndProject] of [
      ['2016-02-29', {}, 3],
      ['2016-04-01', { 'minutes/gug/2016-03-28.md': '---\ngroup: GUG\ndate: 2016-03-28\nattendees: [Leif Redestig]\n---\nInget.\n' }, 4],
    ] as const) {
      const root = archive([BASE], { 'organisations.yml': ORGANISATIONS, ...MINUTES, ...extra });
      const site = path.join(root, 'site');
      const result = await build({ root, outDir: site, base: '/protokoll/', title: 'Protokoll', today, ...(siteUrl ? { siteUrl } : {}) });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const all = entryIds(read(site, 'feed.xml'));
      const shared = [...entryIds(read(site, 'grupper/gemensam-utvecklingsgrupp/feed.xml')), ...entryIds(read(site, 'projekt/fritidsbanken/feed.xml'))];
      expect(shared).toHaveLength(inGroupAndProject);
      for (const [page, id] of shared) expect(all.get(page), page).toBe(id);
      builds.push(all);
    }
    const [first, later] = builds as [Map<string, string>, Map<string, string>];
    expect(later.size).toBe(first.size + 1);
    for (const [page, id] of first) expect(later.get(page), page).toBe(id);
  }, 60_000);
});

/** The archive's organisations.yml after its group and project were given new ids, each keeping the old ones. */
const RENAMED: readonly (readonly [group: string, project: string, organisations: string])[] = [
  ['gemensam-utvecklingsgrupp', 'fritidsbanken', ORGANISATIONS],
  ['utvecklingsgruppen', 'fritidsbank', ORGANISATIONS.replace('  gemensam-utvecklingsgrupp:\n', '  utvecklingsgruppen:\n    former_ids: [gemensam-utvecklingsgrupp]\n').replace('  fritidsbanken:\n', '  fritidsbank:\n    former_ids: [fritidsbanken]\n')],
  ['ug', 'fritidsbank', ORGANISATIONS.replace('  gemensam-utvecklingsgrupp:\n', '  ug:\n    former_ids: [gemensam-utvecklingsgrupp, utvecklingsgruppen]\n').replace('  fritidsbanken:\n', '  fritidsbank:\n    former_ids: [fritidsbanken]\n')],
];

describe.each([
  ['with --url', 'https://example.org/protokoll/'],
  ['without --url', undefined],
])('the ids of feeds, their entries and calendar events, %s', (_, siteUrl) => {
  // A group or project given a new id (README: Changing an id) gets new page addresses, but what feed readers and
  // calendars know it by stays: else a reader would announce every one of its meetings again as new.
  it('stay the same when the group and the project are given new ids, once and twice, keeping the old ones under former_ids', async () => {
    const seen: unknown[] = [];
    for (const [group, project, organisations] of RENAMED) {
      const root = archive([BASE], { 'organisations.yml': organisations, ...MINUTES });
      const site = path.join(root, 'site');
      const result = await build({ root, outDir: site, base: '/protokoll/', title: 'Protokoll', today: '2016-02-29', ...(siteUrl ? { siteUrl } : {}) });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const feeds = ['feed.xml', `grupper/${group}/feed.xml`, `projekt/${project}/feed.xml`].map((f) => read(site, f));
      for (const feed of feeds) expect(atomProblems(feed, { absolute: siteUrl !== undefined })).toEqual([]);
      const uids = new Map<string, string>();
      const calendars = listFiles(site).filter((f) => f.endsWith('kalender.ics'));
      // The group's calendar is written again at each former address, the same calendar: its events, UIDs and all,
      // are that calendar's (RFC 5545 3.8.4.7: a UID names the event wherever it is read).
      const current = `grupper/${group}/kalender.ics`;
      const copies = calendars.filter((f) => f !== current && read(site, f) === read(site, current));
      const formerIds = new RegExp(`^ {2}${group}:\\n {4}former_ids: \\[(.*)\\]$`, 'm').exec(organisations)?.[1]?.split(', ') ?? [];
      expect(copies).toEqual(formerIds.map((f) => `grupper/${f}/kalender.ics`).sort());
      for (const f of calendars) expect(icsProblems(read(site, f), uids, copies.includes(f) ? current : f), f).toEqual([]);
      // Every entry of the group's and the project's feeds is in the site's feed, with the same id.
      const all = [...entryIds(feeds[0]!).values()];
      for (const feed of feeds.slice(1)) for (const id of entryIds(feed).values()) expect(all).toContain(id);
      seen.push({
        feeds: feeds.map((feed) => [xmlElementTexts(feed.split('<entry>')[0]!, 'id'), [...entryIds(feed).values()].sort()]),
        calendar: /^UID:(.*)$/m.exec(read(site, `grupper/${group}/kalender.ics`))?.[1],
      });
    }
    expect(seen[0]).toMatchObject({ calendar: expect.stringContaining('2016-03-28') });
    expect((seen[0] as { feeds: [string[], string[]][] }).feeds.map(([, entries]) => entries.length)).toEqual([3, 2, 1]);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  }, 90_000);
});

/** The Samråd meeting of 15 February as a steward corrected it: its group, its date, and the ids it had before. */
const corrected = (group: string, date: string, formerIds: string) => `---\ngroup: ${group}\ndate: ${date}\nformer_ids: [${formerIds}]\nattendees: [Leif Redestig]\nnext_meeting: 2016-03-01\n---\nInget.\n`;
const renamedGroup = (from: string, to: string) => ORGANISATIONS.replace(`  ${from}:\n`, `  ${to}:\n    former_ids: [${from}]\n`);

/** The archive after a meeting's date or group was corrected (README: Correcting a meeting's date or group), and the meeting's page then. */
const CORRECTED: readonly (readonly [what: string, organisations: string, files: Record<string, string>, page: string])[] = [
  ['its date', ORGANISATIONS, { 'minutes/samrad/2016-02-16.md': corrected('Samråd', '2016-02-16', 'samrad/2016-02-15') }, 'grupper/samrad/2016-02-16/'],
  ['its group', ORGANISATIONS, { 'minutes/gug/2016-02-15.md': corrected('GUG', '2016-02-15', 'samrad/2016-02-15') }, 'grupper/gemensam-utvecklingsgrupp/2016-02-15/'],
  // Corrected twice: the first id listed is the one it was published under.
  ['its date, then its group', ORGANISATIONS, { 'minutes/gug/2016-02-16.md': corrected('GUG', '2016-02-16', 'samrad/2016-02-15, samrad/2016-02-16') }, 'grupper/gemensam-utvecklingsgrupp/2016-02-16/'],
  // Its group given a new id afterwards: the former id written with the group's id then, or now.
  ['its date, the group given a new id, written with the old one', renamedGroup('samrad', 'samradet'), { 'minutes/samrad/2016-02-16.md': corrected('Samråd', '2016-02-16', 'samrad/2016-02-15') }, 'grupper/samradet/2016-02-16/'],
  ['its date, the group given a new id, written with the new one', renamedGroup('samrad', 'samradet'), { 'minutes/samrad/2016-02-16.md': corrected('Samråd', '2016-02-16', 'samradet/2016-02-15') }, 'grupper/samradet/2016-02-16/'],
  ['its group, the former group given a new id, written with the new one', renamedGroup('samrad', 'samradet'), { 'minutes/gug/2016-02-15.md': corrected('GUG', '2016-02-15', 'samradet/2016-02-15') }, 'grupper/gemensam-utvecklingsgrupp/2016-02-15/'],
  ['its group, the group it is in now given a new id', renamedGroup('gemensam-utvecklingsgrupp', 'utvecklingsgruppen'), { 'minutes/gug/2016-02-15.md': corrected('GUG', '2016-02-15', 'samrad/2016-02-15') }, 'grupper/utvecklingsgruppen/2016-02-15/'],
];

describe.each([
  ['with --url', 'https://example.org/protokoll/'],
  ['without --url', undefined],
])('the ids of feed entries of a meeting whose date or group was corrected, %s', (_, siteUrl) => {
  const MOVED = 'minutes/samrad/2016-02-15.md';
  /** Each entry's id in the site's feed and in the feed of the group `now` is a meeting of, by the address of its page. */
  const entries = async (organisations: string, files: Record<string, string | Uint8Array>, now = 'grupper/samrad/2016-02-15/') => {
    const root = archive([BASE], { 'organisations.yml': organisations, ...files });
    const site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/protokoll/', title: 'Protokoll', today: '2016-02-29', ...(siteUrl ? { siteUrl } : {}) });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const feeds = listFiles(site).filter((f) => f.endsWith('feed.xml')).map((f) => read(site, f));
    for (const feed of feeds) expect(atomProblems(feed, { absolute: siteUrl !== undefined })).toEqual([]);
    return { all: entryIds(read(site, 'feed.xml')), group: entryIds(read(site, now.replace(/[^/]+\/$/, 'feed.xml'))) };
  };
  const page = (p: string) => `${siteUrl ?? '/protokoll/'}${p}`;
  let before: Map<string, string>;
  beforeAll(async () => {
    before = (await entries(ORGANISATIONS, MINUTES)).all;
  }, 60_000);

  // Else a feed reader shows the corrected meeting as new, beside the entry it already has.
  it.each(CORRECTED)('stay the same when %s is corrected, keeping the old id under former_ids', async (_, organisations, files, now) => {
    const id = before.get(page('grupper/samrad/2016-02-15/'))!;
    expect(id).toBe(siteUrl ? `${siteUrl}grupper/samrad/2016-02-15/` : 'urn:minutes:samrad/2016-02-15');
    const minutes: Record<string, string | Uint8Array> = { ...MINUTES, ...files };
    delete minutes[MOVED];
    const after = await entries(organisations, minutes, now);
    expect(after.all.get(page(now))).toBe(id);
    // The other meetings' entries keep theirs, and the entry is the same in its group's feed.
    expect([...after.all.values()].sort()).toEqual([...before.values()].sort());
    expect(after.group.get(page(now))).toBe(id);
  }, 60_000);
});
