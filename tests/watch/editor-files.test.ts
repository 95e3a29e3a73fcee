// Editors keep files of their own beside the one being edited (Emacs's #2016-03-07.md# autosave, an IDE's
// temporary copy). Watch mode must pass them by as the check does: no walk of minutes/, no rebuild, no reload.
// Files the check does report, and folders, must still be followed. In templates/ they are not read as templates.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { startDev } from '../../src/watch/dev.js';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, FIXTURES, seedArchive, tempDir } from '../helpers/archive.js';
import { sameAsFreshBuild } from '../helpers/build.js';
import { listFiles } from '../helpers/site.js';
import { PROJECT_TEMPLATES } from '../../src/render/templates.js';
import { check, checkArchive } from '../../src/pipeline.js';

const SITE = { base: '/', title: 'Protokoll', today: '2024-05-01' };

/** The files told not read (file-ignored), as dev and check report them. */
const reported = (diagnostics: readonly { file: string; code: string }[]) => diagnostics.filter((d) => d.code === 'file-ignored').map((d) => d.file);

describe("an editor's own files in minutes/", () => {
  let root: string;
  let session: DevSession;
  let group: string;

  beforeAll(async () => {
    root = tempDir();
    generateArchive(root, 12, 3, { groups: 2, people: 12, organisations: 3, projects: 3 });
    group = `minutes/${listFiles(path.join(root, 'minutes'))[0]!.split('/')[0]}`;
    session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll', today: '2024-05-01' });
    expect((await session.start()).kind).toBe('rendered');
  });
  afterAll(cleanTemp);

  it('rebuild nothing when they are written or removed', async () => {
    const autosave = `${group}/#2016-03-07.md#`;
    const ideCopy = `${group}/2016-03-07.md___jb_tmp___`;
    fs.writeFileSync(path.join(root, autosave), '---\ngroup: halvskrivet');
    fs.writeFileSync(path.join(root, ideCopy), '---\n');
    try {
      expect((await session.update([autosave, ideCopy])).kind).toBe('unchanged');
    } finally {
      fs.rmSync(path.join(root, autosave));
      fs.rmSync(path.join(root, ideCopy));
    }
    expect((await session.update([autosave, ideCopy])).kind).toBe('unchanged');
  });

  it('still report a file that looks like minutes, and stop once it is gone', async () => {
    const notes = `${group}/2016-03-07.txt`;
    fs.writeFileSync(path.join(root, notes), 'Anteckningar');
    const added = await session.update([notes]);
    expect(added.kind).toBe('rendered');
    expect(added.diagnostics.map((d) => `${d.file} ${d.code}`)).toContain(`${notes} file-ignored`);
    fs.rmSync(path.join(root, notes));
    const removed = await session.update([notes]);
    expect(removed.kind).toBe('rendered');
    expect(removed.diagnostics.map((d) => d.file)).not.toContain(notes);
  });

  it('still follow a folder removed, with its minutes', async () => {
    const folder = path.join(root, 'minutes', 'extra');
    fs.mkdirSync(folder);
    const source = listFiles(path.join(root, group)).find((f) => f.endsWith('.md'))!;
    fs.copyFileSync(path.join(root, group, source), path.join(folder, source));
    expect((await session.update(['minutes/extra'])).diagnostics.some((d) => d.file === `minutes/extra/${source}`)).toBe(true);
    fs.rmSync(folder, { recursive: true });
    const result = await session.update(['minutes/extra']);
    expect(result.kind).toBe('rendered');
    expect(result.diagnostics.some((d) => d.file.startsWith('minutes/extra/'))).toBe(false);
  });
});

// A Word file named for a day dropped among the minutes is not read, and check says to make minutes of it with
// `minutes import`, until minutes of that day are beside it (its original, kept): dev says the same as check at
// each step, also when only the minutes come or go. Word's lock beside an open document ("~$…") is Word's own.
describe('a Word file dropped among the minutes', () => {
  afterAll(cleanTemp);

  it('is reported as check reports it, until minutes of its day are beside it', async () => {
    const root = seedArchive();
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), ...SITE });
    expect((await session.start()).kind).toBe('rendered');
    const group = 'minutes/gemensam-utvecklingsgrupp';
    const word = `${group}/2016-04-04.docx`;
    const minutes = `${group}/2016-04-04.md`;
    const saveWord = () => fs.writeFileSync(path.join(root, word), `PK\x03\x04 ${Math.random()}`);
    const steps: readonly { readonly save: () => void; readonly saved: string; readonly expected: readonly string[]; readonly kind?: string }[] = [
      { save: saveWord, saved: word, expected: [word] },
      // Saved again (its name, which is what check looks at, unchanged): no walk of minutes/, no rebuild.
      { save: saveWord, saved: word, expected: [word], kind: 'unchanged' },
      { save: () => fs.writeFileSync(path.join(root, minutes), fs.readFileSync(path.join(root, group, '2016-03-07.md'), 'utf8').replaceAll('2016-03-07', '2016-04-04')), saved: minutes, expected: [] },
      { save: () => fs.rmSync(path.join(root, minutes)), saved: minutes, expected: [word] },
      { save: () => fs.rmSync(path.join(root, word)), saved: word, expected: [] },
    ];
    for (const { save, saved, expected, kind } of steps) {
      save();
      const result = await session.update([saved]);
      expect(reported(result.diagnostics), saved).toEqual(expected);
      expect(reported(check(root, SITE.today).diagnostics), saved).toEqual(expected);
      if (kind) expect(result.kind).toBe(kind);
    }
    const lock = `${group}/~$16-04-04.docx`;
    fs.writeFileSync(path.join(root, lock), 'Redaktör');
    expect((await session.update([lock])).kind).toBe('unchanged');
    expect(reported(check(root, SITE.today).diagnostics)).toEqual([]);
  });
});

// A text file among the minutes is told to be made minutes of with `minutes import` until the minutes import would
// write from it are there (it is their original, kept): dev says the same as check at each step.
describe('old notes as text dropped among the minutes', () => {
  afterAll(cleanTemp);

  it('are reported as check reports them, until their minutes are there', async () => {
    const root = seedArchive();
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), ...SITE });
    expect((await session.start()).kind).toBe('rendered');
    const notes = 'minutes/gemensam-utvecklingsgrupp/anteckningar.txt';
    const minutes = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';
    const kept = fs.readFileSync(path.join(root, minutes));
    const steps: readonly { readonly save: () => void; readonly saved: string; readonly expected: readonly string[] }[] = [
      { save: () => fs.copyFileSync(path.join(FIXTURES, 'seeds', '003_7bf2ca5932fa1cdb.txt'), path.join(root, notes)), saved: notes, expected: [] },
      { save: () => fs.rmSync(path.join(root, minutes)), saved: minutes, expected: [notes] },
      { save: () => fs.writeFileSync(path.join(root, minutes), kept), saved: minutes, expected: [] },
      // Its day written as another: the minutes of that day are not there.
      { save: () => fs.writeFileSync(path.join(root, notes), fs.readFileSync(path.join(root, notes), 'utf8').replace('7 mars', '14 mars')), saved: notes, expected: [notes] },
      { save: () => fs.rmSync(path.join(root, notes)), saved: notes, expected: [] },
    ];
    for (const { save, saved, expected } of steps) {
      save();
      const result = await session.update([saved]);
      expect(reported(result.diagnostics), saved).toEqual(expected);
      expect(reported((await checkArchive(root, SITE.today)).diagnostics), saved).toEqual(expected);
    }
  });
});

// A save that changes no page but the warnings (a Word file named for a day came or went) is said as that: not
// "0 sidor på 70 ms", which reads as if the save were lost.
describe('what dev prints after a save that changes no page', () => {
  afterAll(cleanTemp);

  it('says that no page changed, and how many warnings stand', async () => {
    const root = seedArchive();
    const logs: string[] = [];
    const dev = await startDev({ root, outDir: path.join(tempDir(), 'site'), ...SITE, port: 0, open: false, log: (m) => logs.push(m), printDiagnostics: (r) => logs.push(...r.diagnostics.map((d) => `${d.file} ${d.code}`)) });
    try {
      const word = 'minutes/gemensam-utvecklingsgrupp/2016-04-04.docx';
      const saved = async (save: () => void, lines: readonly string[]) => {
        logs.length = 0;
        save();
        await expect.poll(() => logs.some((l) => l.startsWith(`${word}:`)), { timeout: 10_000 }).toBe(true);
        await dev.idle();
        expect(logs.filter((l) => !l.startsWith('Sökindexet'))).toEqual(lines);
      };
      // The seed archive has a warning of its own.
      const standing = 'minutes/gemensam-utvecklingsgrupp/2015-11-09.md secretary-not-present';
      await saved(() => fs.writeFileSync(path.join(root, word), 'PK\x03\x04'), [standing, `${word} file-ignored`, `${word}: ingen sida ändrades (2 varningar).`]);
      await saved(() => fs.rmSync(path.join(root, word)), [standing, `${word}: ingen sida ändrades (1 varning).`]);
    } finally {
      await dev.close();
    }
  });
});

// Saves through a temporary file: `sed -i` writes "sedCu0ZBa" beside the file and renames it over it; Vim (with
// backupcopy=no) renames the file to "x~" and writes it anew; other editors write "x.tmp1234" and rename it. The watcher
// reports the temporary file too, gone by the time the save is read: a file written and removed within the save is
// no change, and the save names only the file saved.
const THROUGH_A_TEMPORARY_FILE: readonly { readonly how: string; readonly temporary: (file: string) => string; readonly save: (file: string, temporary: string, text: string) => void }[] = [
  {
    how: 'sed -i',
    temporary: (f) => path.join(path.dirname(f), 'sedCu0ZBa'),
    save: (f, t, text) => {
      fs.writeFileSync(t, text);
      fs.renameSync(t, f);
    },
  },
  {
    how: "Vim's backup by rename",
    temporary: (f) => `${f}~`,
    save: (f, t, text) => {
      fs.renameSync(f, t);
      fs.writeFileSync(f, text);
      fs.rmSync(t);
    },
  },
  {
    how: 'a temporary copy renamed',
    temporary: (f) => `${f}.tmp4711`,
    save: (f, t, text) => {
      fs.writeFileSync(t, text);
      fs.renameSync(t, f);
    },
  },
];

describe.each(THROUGH_A_TEMPORARY_FILE)('a save made through a temporary file ($how)', ({ temporary, save }) => {
  let root: string;
  let session: DevSession;
  beforeAll(async () => {
    root = seedArchive();
    fs.cpSync(PROJECT_TEMPLATES, path.join(root, 'templates'), { recursive: true });
    session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), ...SITE });
    expect((await session.start()).kind).toBe('rendered');
  });
  afterAll(cleanTemp);

  it('of minutes names only the minutes file', async () => {
    const file = 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md';
    const tmp = temporary(file);
    save(path.join(root, file), path.join(root, tmp), `${fs.readFileSync(path.join(root, file), 'utf8')}\nSparad via en tillfällig fil.\n`);
    const result = await session.update([tmp, file]);
    expect(result.kind).toBe('rendered');
    expect(result.saved).toEqual([file]);
  });

  it('of a template names only the template, and the temporary file alone rebuilds nothing', async () => {
    const file = 'templates/about.11ty.mjs';
    const tmp = temporary(file);
    save(path.join(root, file), path.join(root, tmp), `${fs.readFileSync(path.join(root, file), 'utf8')}\n// Sparad via en tillfällig fil.\n`);
    const result = await session.update([tmp, file]);
    expect(result).toMatchObject({ kind: 'rendered', full: true });
    expect(result.saved).toEqual([file]);
    expect(await session.update([tmp])).toMatchObject({ kind: 'unchanged', saved: [] });
  });
});

describe("an editor's own files in templates/", () => {
  afterAll(cleanTemp);

  it('are neither read as templates nor published: the locks Emacs keeps beside files being edited (links to nowhere), swap files', async () => {
    const root = seedArchive();
    const templates = path.join(root, 'templates');
    fs.cpSync(PROJECT_TEMPLATES, templates, { recursive: true });
    for (const file of ['.#about.11ty.mjs', '_includes/.#person.mjs', '_layouts/.#base.11ty.mjs']) fs.symlinkSync('redaktor@dator.4711:1700000000', path.join(templates, file));
    // Vim's swap file, Emacs's autosave and a backup hold the text being edited, or an old one: not to be published.
    const copies = ['.style.css.swp', '#style.css#', 'style.css~'];
    for (const name of copies) fs.writeFileSync(path.join(templates, 'assets', name), 'body { color: red }');
    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, ...SITE });
    const result = await session.start();
    expect(result.diagnostics.filter((d) => d.file.startsWith('templates/'))).toEqual([]);
    expect(result.kind).toBe('rendered');
    expect(fs.existsSync(path.join(site, 'assets', 'style.css'))).toBe(true);
    for (const name of copies) expect(fs.existsSync(path.join(site, 'assets', name)), name).toBe(false);
    await sameAsFreshBuild(root, site, SITE);
    // Emacs saves its autosave every few hundred keystrokes: that rebuilds nothing (a template saved rebuilds all).
    fs.writeFileSync(path.join(templates, '#about.11ty.mjs#'), 'export const data = {');
    expect((await session.update(['templates/#about.11ty.mjs#', 'templates/assets/#style.css#'])).kind).toBe('unchanged');
    await sameAsFreshBuild(root, site, SITE);
  });
});

// A git checkout removes minutes and adds others at once; the watcher may report the new file first, or the removal
// in a batch of its own after it. The removal is built with the new file either way, and the line names it.
describe.each([
  { order: 'the new file reported first', batches: (added: string, removed: string) => [[added, removed]] },
  { order: 'the removal reported in a later batch', batches: (added: string, removed: string) => [[added], [removed]] },
])('minutes removed as others are added ($order)', ({ batches }) => {
  afterAll(cleanTemp);

  it('are named in the line of the save that builds the removal', async () => {
    const root = seedArchive();
    const site = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir: site, ...SITE });
    expect((await session.start()).kind).toBe('rendered');
    const [added, removed] = ['minutes/gemensam-utvecklingsgrupp/2016-04-04.md', 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md'];
    fs.writeFileSync(path.join(root, added), '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-04-04\nattendees: [Leif Redestig]\n---\n## Nytt möte\n\nEtt nytt möte.\n');
    fs.rmSync(path.join(root, removed));
    const [first, ...later] = batches(added, removed);
    const result = await session.update(first!);
    expect(result.kind).toBe('rendered');
    expect([...result.saved].sort()).toEqual([removed, added].sort());
    for (const batch of later) expect(await session.update(batch)).toMatchObject({ kind: 'unchanged', saved: [] });
    expect(await session.writeExtras(() => false)).toBe(true);
    await sameAsFreshBuild(root, site, SITE);
  });
});
