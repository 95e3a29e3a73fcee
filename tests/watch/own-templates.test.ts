// A designer's own templates in minutes dev: pages minutes' own templates keep free of the archive (about, search,
// 404) may show it in a designer's version, and are rebuilt with the index pages when a save changes what those show;
// and a templates/ folder added or removed while dev runs changes the templates the site is built with.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { startDev } from '../../src/watch/dev.js';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { sameAsFreshBuild } from '../helpers/build.js';

const SITE = { base: '/', title: 'Protokoll', today: '2024-05-01' };

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

describe('a templates/ folder added to the archive, or removed, while minutes dev runs', () => {
  it('builds the site with the folder the archive now has, as a build would', async () => {
    const root = seedArchive();
    const templates = path.join(root, 'templates');
    const site = path.join(root, 'site');
    const logs: string[] = [];
    const dev = await startDev({ root, outDir: site, ...SITE, port: 0, open: false, log: (m) => logs.push(m), printDiagnostics: () => {} });
    const about = () => fs.readFileSync(path.join(site, 'om', 'index.html'), 'utf8');
    /** Waits for the next rebuild of everything, and for it to be that of a fresh build. */
    const rebuilt = async (change: () => void) => {
      const before = logs.length;
      change();
      await expect.poll(() => logs.slice(before).find((l) => /allt byggdes om|förhandsvisningen visar felen/.test(l)), { timeout: 10_000 }).toMatch(/allt byggdes om/);
      await dev.idle();
      await sameAsFreshBuild(root, site, SITE);
    };
    try {
      // Copied in to be changed, as the README says.
      await rebuilt(() => {
        fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
        fs.writeFileSync(path.join(templates, 'about.11ty.mjs'), fs.readFileSync(path.join(templates, 'about.11ty.mjs'), 'utf8').replace('</h1>', '</h1><p class="egen">Egen mall</p>'));
      });
      expect(about()).toContain('Egen mall');
      // Removed (as template-missing advises): minutes' own templates again, and no error.
      await rebuilt(() => fs.rmSync(templates, { recursive: true }));
      expect(about()).not.toContain('Egen mall');
      // And back (git checkout): followed again.
      await rebuilt(() => fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true }));
      await rebuilt(() => fs.writeFileSync(path.join(templates, 'about.11ty.mjs'), fs.readFileSync(path.join(templates, 'about.11ty.mjs'), 'utf8').replace('</h1>', '</h1><p class="egen">Tillbaka</p>')));
      expect(about()).toContain('Tillbaka');
    } finally {
      await dev.close();
    }
  });
});

describe('a page template added while minutes dev runs', () => {
  it('makes a link to its page lead somewhere, and its removal makes the link broken again', async () => {
    const root = seedArchive();
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    const minutes = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-03-07.md');
    fs.appendFileSync(minutes, '\nSe [gruppernas historia](/om/historia/).\n');
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), ...SITE });
    const broken = (r: { diagnostics: readonly { code: string }[] }) => r.diagnostics.filter((d) => d.code === 'broken-link').length;
    const started = await session.start();
    expect([started.kind, broken(started)]).toEqual(['errors', 1]);
    const page = path.join(templates, 'historia.11ty.mjs');
    fs.writeFileSync(page, "export const data = { permalink: 'om/historia/index.html', layout: 'base.11ty.mjs', title: 'Historia' };\nexport function render() { return '<h1>Historia</h1>'; }\n");
    const added = await session.update([page]);
    expect([added.kind, broken(added)]).toEqual(['rendered', 0]);
    fs.rmSync(page);
    const removed = await session.update([page]);
    expect([removed.kind, broken(removed)]).toEqual(['errors', 1]);
  });
});
