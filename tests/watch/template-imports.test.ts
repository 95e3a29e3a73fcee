// What minutes dev's own thread imports of templates/ across saves of minutes: Node keeps every ES module it
// imports for as long as the process runs, so a module imported afresh for each save is memory that grows with
// every save (about 110 KB of heap, 200 KB of RSS, a save with minutes' own templates). A page template, the layout, a partial and a module
// a template imports are each evaluated once for the saves of minutes, and once more after an edit in templates/,
// whose pages then show the edit.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

const MINUTES = 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md';
const MEETING_PAGE = 'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html';

/** A line that counts the evaluations of the module it is put at the top of, under `key` on globalThis. */
const counted = (key: string) => `globalThis.${key} = (globalThis.${key} ?? 0) + 1;\n`;

// The modules counted: where each is, and the edit of it that shows on the meeting page.
const MODULES = [
  { name: 'page template', file: 'meeting.11ty.mjs', key: '__minutesTestMeeting', edit: (t: string) => t.replace('<h2 id="deltagare">Deltagare</h2>', '<h2 id="deltagare">Deltagare (ändrad)</h2>'), shows: 'Deltagare (ändrad)' },
  { name: 'layout', file: '_layouts/base.11ty.mjs', key: '__minutesTestLayout', edit: (t: string) => t.replace('<footer', '<p class="ny-layout">Ny layout</p>\n<footer'), shows: 'Ny layout' },
  { name: 'partial', file: '_includes/person.mjs', key: '__minutesTestPartial', edit: (t: string) => t.replace('${p.name}</a>', '${p.name}</a>&#8203;'), shows: '</a>&#8203;' },
  { name: 'module a template imports', file: 'lib/mark.mjs', key: '__minutesTestImported', edit: (t: string) => t.replace('Märkt', 'Ommärkt'), shows: 'Ommärkt' },
] as const;

const evaluations = (): number[] => MODULES.map((m) => ((globalThis as Record<string, unknown>)[m.key] as number | undefined) ?? 0);

describe('modules of templates/ in minutes dev, across saves of minutes', () => {
  it.each(MODULES.map((m, i) => [m.name, i] as const))('imports the %s once for all saves, and once more after it is edited', async (_name, index) => {
    const root = seedArchive();
    const templates = path.join(root, 'templates');
    fs.cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    fs.mkdirSync(path.join(templates, 'lib'));
    fs.writeFileSync(path.join(templates, 'lib', 'mark.mjs'), `${counted(MODULES[3].key)}export const mark = 'Märkt';\n`);
    for (const m of MODULES.slice(0, 3)) {
      const file = path.join(templates, m.file);
      fs.writeFileSync(file, counted(m.key) + fs.readFileSync(file, 'utf8'));
    }
    const meeting = path.join(templates, 'meeting.11ty.mjs');
    fs.writeFileSync(meeting, `import { mark } from './lib/mark.mjs';\n${fs.readFileSync(meeting, 'utf8').replace('<h2 id="deltagare">', '<p class="mark">${mark}</p>\n<h2 id="deltagare">')}`);

    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, base: '/', title: 'Protokoll', today: '2024-05-01' });
    expect((await session.start()).kind).toBe('rendered');
    const minutes = path.join(root, MINUTES);
    const original = fs.readFileSync(minutes, 'utf8');
    const page = () => fs.readFileSync(path.join(site, MEETING_PAGE), 'utf8');
    let line = 0;
    const save = async () => {
      fs.writeFileSync(minutes, `${original}\nRad ${++line}.\n`);
      expect((await session.update([minutes])).kind).toBe('rendered');
      expect(page()).toContain(`Rad ${line}.`);
    };

    await save();
    const first = evaluations();
    for (const n of first) expect(n).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await save();
    expect(evaluations(), 'evaluations after five more saves of minutes').toEqual(first);

    const m = MODULES[index]!;
    const file = path.join(templates, m.file);
    fs.writeFileSync(file, m.edit(fs.readFileSync(file, 'utf8')));
    expect((await session.update([file])).kind).toBe('rendered');
    expect(page()).toContain(m.shows);
    await save();
    expect(page()).toContain(m.shows);
    const edited = evaluations();
    expect(edited[index], `evaluations of the ${m.name} after its edit`).toBe(first[index]! + 1);
    for (let i = 0; i < 3; i++) await save();
    expect(page()).toContain(m.shows);
    expect(evaluations(), 'evaluations after three more saves of minutes').toEqual(edited);
  });
});
