// A designer's own templates in minutes dev: pages minutes' own templates keep free of the archive (about, search,
// 404) may show it in a designer's version, and are rebuilt with the index pages when a save changes what those show.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

describe('a designer’s about page that shows the number of minutes', () => {
  it('shows the new number after a save that adds minutes', async () => {
    const root = seedArchive();
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    const about = path.join(templates, 'about.11ty.mjs');
    fs.writeFileSync(about, fs.readFileSync(about, 'utf8').replace('<h1>Om webbplatsen och tillgänglighet</h1>', '<h1>Om webbplatsen och tillgänglighet</h1>\n<p class="antal">${site.counts.meetings} protokoll</p>'));
    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, base: '/', title: 'Protokoll' });
    expect((await session.start()).kind).toBe('rendered');
    const shown = () => /<p class="antal">(\d+) protokoll<\/p>/.exec(fs.readFileSync(path.join(site, 'om', 'index.html'), 'utf8'))?.[1];
    expect(shown()).toBe('5');
    const copy = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-04-04.md');
    fs.writeFileSync(copy, fs.readFileSync(path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-03-07.md'), 'utf8').replace('date: 2016-03-07', 'date: 2016-04-04'));
    const result = await session.update([copy]);
    expect(result.kind).toBe('rendered');
    expect(shown()).toBe('6');
  });
});
