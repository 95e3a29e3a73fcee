// Files saved while `minutes dev` makes its first build, after it read them and before its file watcher starts:
// no watcher sees them, so dev looks for them once the watcher is there, and builds them as saves.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { eventually, httpGet, runCliProcess } from '../helpers/process.js';

afterAll(cleanTemp);

describe("saves during dev's first build", () => {
  it('are built once it is done: an edited file and a new one, without another save', async () => {
    const root = generateArchive(tempDir(), 300, 5, { groups: 30, people: 300, organisations: 20, projects: 40 }).root;
    const group = fs.readdirSync(path.join(root, 'minutes')).sort()[0]!;
    const date = fs.readdirSync(path.join(root, 'minutes', group)).sort()[0]!.replace(/\.md$/, '');
    const edited = path.join(root, 'minutes', group, `${date}.md`);
    const text = fs.readFileSync(edited, 'utf8');
    const someone = /^ {2}- ([a-z0-9-]+)$/m.exec(text)![1]!;
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      // The worker writes pages only after dev's thread has read and modelled every file.
      const temp = path.join(root, `.site-build-${dev.child.pid}`);
      await eventually(async () => fs.existsSync(temp) && fs.readdirSync(temp).length > 0, 60_000, 'pages in the temporary folder');
      fs.writeFileSync(edited, `${text}\nSparad under det första bygget.\n`);
      fs.writeFileSync(path.join(root, 'minutes', group, '1999-01-04.md'), `---\ngroup: ${group}\ndate: 1999-01-04\nattendees: [${someone}]\n---\n## Nytt\n\nTillagd under det första bygget.\n`);
      // Made before the watcher started (else the watcher would see them, and this would test nothing).
      expect(dev.output()).not.toContain('Förhandsgranska på');
      const url = (await dev.waitFor(/Förhandsgranska på (http:\/\/localhost:\d+\/)/, 60_000))[1]!;
      await eventually(async () => (await httpGet(`${url}grupper/${group}/${date}/`)).text.includes('Sparad under det första bygget.'), 20_000, 'the edit saved during the first build');
      await eventually(async () => (await httpGet(`${url}grupper/${group}/1999-01-04/`)).text.includes('Tillagd under det första bygget.'), 20_000, 'the file added during the first build');
      expect(dev.output()).not.toMatch(/fel i protokollen/);
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });

  it('are none when nothing was saved: no rebuild follows the first build', async () => {
    const root = generateArchive(tempDir(), 100, 6, { groups: 10, people: 100, organisations: 10, projects: 10 }).root;
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    try {
      await dev.waitFor(/Förhandsgranska på/, 60_000);
      await new Promise((r) => setTimeout(r, 1_000));
      // A rebuild would say what it built ("minutes/…: n sidor på …"), as the first build does ("Klart: n sidor på …").
      expect(dev.output()).toMatch(/^Klart: \d+ sidor på/m);
      expect(dev.output()).not.toMatch(/^(?!Klart:).*: \d+ (sida|sidor) på/m);
    } finally {
      dev.child.kill('SIGINT');
      await dev.exited();
    }
  });
});
