// HTML comments in a minutes text are notes for the note-takers, hidden by every previewer: no file of the built site
// holds one (pages, feeds, the search index's compressed fragments, the open data), while the text around them and
// a <br> in a table are published as the previewers show them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { allText, read } from '../helpers/site.js';
import { readSearchIndex } from '../helpers/search-index.js';

const MEETING = '/grupper/gemensam-utvecklingsgrupp/2016-04-04/';
// The meeting's text begins with a comment, so that its summary (the first text) would show it; it mentions a
// project, which would put the meeting on the project's timeline.
const MINUTES = `---
group: Gemensam utvecklingsgrupp
date: 2016-04-04
attendees: [Leif Redestig, David Bergström]
---
<!-- Ta inte med i protokollet: Leif var sur i dag över Fritidsbanken -->
Rad ett<br>rad två, och mötet öppnades.

<!-- Hela det här
stycket är en anteckning

över flera stycken -->
## Lokal

| Punkt | Ansvar |
|---|---|
| Lokal | Leif<br>David |

Text <!-- intern anteckning om hyran --> efter.
`;

/** The comments' words, none of which is anywhere else in the archive. */
const HIDDEN = ['Leif var sur', 'Ta inte med i protokollet', 'intern anteckning', 'stycket är en', 'över flera stycken', 'om hyran'];

let site: string;

beforeAll(async () => {
  const root = seedArchive();
  fs.writeFileSync(path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-04-04.md'), MINUTES);
  site = path.join(root, 'site');
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2016-12-13', siteUrl: 'https://example.org/protokoll/' });
  // The comments closed, the <br>s: nothing to tell of the new meeting's text.
  expect(result.diagnostics.filter((d) => d.severity === 'error' || d.file.endsWith('2016-04-04.md'))).toEqual([]);
});
afterAll(cleanTemp);

it('publishes the text around the comments, and <br> as a line break', () => {
  const page = read(site, `${MEETING.slice(1)}index.html`);
  expect(page).toContain('Rad ett<br>\nrad två, och mötet öppnades.');
  expect(page).toContain('<td>Leif<br>\nDavid</td>');
  expect(page).toContain('<p>Text  efter.</p>');
  expect(readSearchIndex(site).pages.get(MEETING)!.content).toContain('efter');
});

it.each(HIDDEN)('no file of the site holds "%s", the search index and open data decompressed', (needle) => {
  const files = allText(site);
  expect(files.has('data/minutes.json')).toBe(true);
  expect([...files.keys()].some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  expect([...files].filter(([, text]) => text.includes(needle)).map(([file]) => file)).toEqual([]);
});
