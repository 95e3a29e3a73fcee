// What a feed reader shows of a meeting in the site-wide Atom feed: the entry's content (readers show it instead
// of the summary), which must hold the minutes as the meeting's page has them: summary, text, decisions, actions.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { read } from '../helpers/site.js';
import { xmlElementTexts, xmlProblems } from '../trust/inspect.js';

const BASE = path.join(FIXTURES, 'check', '_base');
afterAll(cleanTemp);

const MEETING = `---
group: GUG
date: 2016-02-22
attendees: [Leif Redestig, Per Norbeck]
summary: Lokalen är bokad, och Fritidsbanken får en hylla.
decisions:
  - Vi bokar lokalen.
  - text: Fritidsbanken får en hylla i lokalen.
    project: fritidsbanken
actions:
  - who: Leif Redestig
    what: Boka lokalen för våren.
    due: 2016-03-01
    project: fritidsbanken
  - who: Per Norbeck
    what: Ring hyresvärden.
---
## Lokal

Lokalen är ledig på måndagar.
`;

/** The feed's entry for one meeting: the one whose link leads to the meeting's page. */
function entryOf(feed: string, meetingPath: string): string {
  const entry = feed.split('<entry>').find((e) => e.includes(`/${meetingPath}/"/>`));
  expect(entry, meetingPath).toBeDefined();
  return entry!;
}

/** The content of the feed's entry for one meeting, as the HTML a feed reader renders. */
function entryContent(feed: string, meetingPath: string): string | undefined {
  return xmlElementTexts(entryOf(feed, meetingPath), 'content')[0];
}

describe('the site-wide feed of a meeting with a summary, decisions and actions', () => {
  let site: string;
  beforeAll(async () => {
    const root = archive([BASE], { 'minutes/gug/2016-02-22.md': MEETING });
    site = path.join(root, 'site');
    const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
    expect(result.ok).toBe(true);
  }, 60_000);

  it.each([
    ['the summary, first', '<p>Lokalen är bokad, och Fritidsbanken får en hylla.</p>\n<h2 id="lokal">Lokal</h2>\n<p>Lokalen är ledig på måndagar.</p>\n'],
    ['the decisions, after the text', '<h2>Beslut</h2>\n<ol>\n<li>Vi bokar lokalen.</li>\n<li>Fritidsbanken får en hylla i lokalen.<br><small>Projekt: <a href="/projekt/fritidsbanken/">Fritidsbanken</a></small></li>\n</ol>\n'],
    ['an action with whom, by when and its project', '<li>Boka lokalen för våren.<br><small>Ansvarig: <a href="/personer/leif-redestig/">Leif Redestig</a>, ska vara klar senast 1 mars 2016, projekt: <a href="/projekt/fritidsbanken/">Fritidsbanken</a></small></li>'],
    ['an action of someone not named, as whom they represent', '<li>Ring hyresvärden.<br><small>Ansvarig: en representant för Bryggan</small></li>'],
  ])('holds %s', (_, html) => {
    expect(entryContent(read(site, 'feed.xml'), 'grupper/gemensam-utvecklingsgrupp/2016-02-22')).toContain(html);
  });

  it('stays well-formed, without the name of someone not named', () => {
    const feed = read(site, 'feed.xml');
    expect(xmlProblems(feed)).toEqual([]);
    expect(feed).not.toContain('Norbeck');
  });

  it('leaves the group feed with summaries and links', () => {
    const meetingPath = 'grupper/gemensam-utvecklingsgrupp/2016-02-22';
    const entry = entryOf(read(site, 'grupper/gemensam-utvecklingsgrupp/feed.xml'), meetingPath);
    expect(xmlElementTexts(entry, 'content')).toEqual([]);
    expect(xmlElementTexts(entry, 'summary')).toEqual(['Lokalen är bokad, och Fritidsbanken får en hylla.']);
    expect(entry).toContain(`<link rel="alternate" type="text/html" href="/${meetingPath}/"/>`);
  });
});
