// `git checkout`, `git pull` or `git stash` change minutes, folders and a registry at once. The watcher reports
// those changes at different moments (a folder at once, a written file only once it stayed unchanged a while, a
// file removed later still), and `minutes dev` must take them as one save: one rebuild, no errors that are in none
// of the two versions, and afterwards the site a fresh build makes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type DevHandle } from '../../src/watch/dev.js';
import { cleanTemp, seedArchive, writeFiles } from '../helpers/archive.js';
import { sameAsFreshBuild } from '../helpers/build.js';

const SITE = { base: '/', title: 'Protokoll', today: '2024-05-01' };
const GROUP_ENTRY = '  arbetsgrupp-lokaler:\n    name: Arbetsgrupp lokaler\n';
const PERSON_ENTRY = 'tilda-testsson:\n  name: Tilda Testsson\n';
const minutes = (date: string, attendee: string) => `---\ngroup: Arbetsgrupp lokaler\ndate: ${date}\nattendees: [${attendee}]\n---\n## Lokaler\n\nVi såg på lokalerna.\n`;
const GROUP_FILES = {
  'minutes/arbetsgrupp-lokaler/2016-04-11.md': minutes('2016-04-11', 'Leif Redestig'),
  'minutes/arbetsgrupp-lokaler/2016-05-09.md': minutes('2016-05-09', 'Leif Redestig'),
};
const PERSON_FILE = 'minutes/arbetsgrupp-lokaler/2016-06-13.md';
const SAVED = 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md';

describe('minutes dev, when many files change at once', () => {
  let root: string;
  let dev: DevHandle;
  let logs: string[] = [];
  const file = (rel: string) => path.join(root, rel);
  const edit = (rel: string, fn: (text: string) => string) => fs.writeFileSync(file(rel), fn(fs.readFileSync(file(rel), 'utf8')));

  beforeAll(async () => {
    root = seedArchive();
    dev = await startDev({ root, outDir: file('site'), ...SITE, port: 0, open: false, log: (m) => logs.push(m), printDiagnostics: (r) => logs.push(...r.diagnostics.map((d) => `${d.file} ${d.severity} ${d.code}`)) });
  });
  afterAll(async () => {
    await dev.close();
    cleanTemp();
  });

  it.each<[string, () => void | Promise<void>]>([
    [
      'a group folder and the group in organisations.yml come together',
      () => {
        edit('organisations.yml', (t) => t.replace('groups:\n', `groups:\n${GROUP_ENTRY}`));
        writeFiles(root, GROUP_FILES);
      },
    ],
    [
      'minutes and the person only they name come together',
      () => {
        edit('people.yml', (t) => `${t}\n${PERSON_ENTRY}`);
        writeFiles(root, { [PERSON_FILE]: minutes('2016-06-13', 'Tilda Testsson') });
      },
    ],
    [
      'minutes and the person only they name go together',
      () => {
        edit('people.yml', (t) => t.replace(`\n${PERSON_ENTRY}`, ''));
        fs.rmSync(file(PERSON_FILE));
      },
    ],
    [
      'a group folder and the group in organisations.yml go together',
      () => {
        edit('organisations.yml', (t) => t.replace(GROUP_ENTRY, ''));
        fs.rmSync(file('minutes/arbetsgrupp-lokaler'), { recursive: true });
      },
    ],
    [
      // Saved at once one after the other; saves spread over a longer time, as an editor's, are gathered on a fake
      // clock in gather.test.ts (here, with other tests sharing the cores, a pause could split them).
      'the same minutes are saved five times in a row',
      async () => {
        for (let i = 1; i <= 5; i++) {
          edit(SAVED, (t) => t.replace(/Sparad \d+ gånger\.|$/, `Sparad ${i} gånger.`));
          await new Promise((r) => setImmediate(r));
        }
      },
    ],
  ])('%s: one rebuild, no errors, the site of a fresh build', async (_what, change) => {
    logs = [];
    await change();
    await expect.poll(() => logs.length, { timeout: 5_000 }).toBeGreaterThan(0);
    // Whatever the watcher reports later about the same change would come within this time.
    await new Promise((r) => setTimeout(r, 300));
    await dev.idle();
    expect(logs.filter((l) => !l.startsWith('Sökindexet'))).toEqual([expect.stringMatching(/: \d+ sidor på /)]);
    // The open data and the search index follow once saves pause.
    await expect.poll(() => logs.some((l) => l.startsWith('Sökindexet')), { timeout: 10_000 }).toBe(true);
    await sameAsFreshBuild(root, file('site'), SITE);
  });

  it('names a few of the files a pull brings and counts the rest, so that the line with the timing stays short', async () => {
    logs = [];
    const dates = Array.from({ length: 24 }, (_, i) => `2017-${String((i % 12) + 1).padStart(2, '0')}-${i < 12 ? '03' : '17'}`);
    writeFiles(root, Object.fromEntries(dates.map((d) => [`minutes/gemensam-utvecklingsgrupp/${d}.md`, minutes(d, 'Leif Redestig').replace('Arbetsgrupp lokaler', 'Gemensam utvecklingsgrupp')])));
    await expect.poll(() => logs.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    await dev.idle();
    expect(logs.filter((l) => !l.startsWith('Sökindexet'))).toEqual([expect.stringMatching(/^(minutes\/gemensam-utvecklingsgrupp\/2017-\d\d-\d\d\.md, ){3}minutes\/[^,]+\.md och 20 filer till: \d+ sidor på /)]);
    await expect.poll(() => logs.some((l) => l.startsWith('Sökindexet')), { timeout: 10_000 }).toBe(true);
    await sameAsFreshBuild(root, file('site'), SITE);
  });
});
