// A file under minutes/ that is not read (file-ignored): its hint, followed as written, gives minutes that pass
// check. Old notes without front matter, as text or as Markdown, renamed to .md would be minutes without it
// (front-matter-missing): they are told to go through `minutes import`, which writes the fields.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { checkArchive } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES, SEED_MINUTES, seedArchive } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const NOTES = '# Gemensam utvecklingsgrupp 16 maj 2016\n\nNärvarande: David Bergström\n\n## Fritidsbank\n\n- Hyllor\n';
const MINUTES = '---\ngroup: GUG\ndate: 2016-05-16\nattendees: [David Bergström]\n---\n## Fritidsbank\n';

afterAll(cleanTemp);

/** Does what the hint says: renames the file, or runs the `minutes import` it gives (the path quoted or not). */
async function follow(root: string, file: string, hint: string): Promise<void> {
  const renamed = /^Byt namn till (\S+) /.exec(hint)?.[1];
  if (renamed) return fs.renameSync(path.join(root, file), path.join(root, path.dirname(file), renamed));
  const imported = /minutes import ("[^"]+"|\S+) /.exec(hint)?.[1];
  if (!imported) throw new Error(`no step in "${hint}"`);
  const code = await runCli(['import', imported.replace(/^"|"$/g, '')], { stdout: () => {}, stderr: () => {}, env: {}, cwd: root });
  expect(code).toBe(0);
}

describe('the hint of an ignored file, followed, passes check', () => {
  it.each([
    ['text without front matter', 'minutes/gug/2016-05-16.txt', NOTES],
    ['Markdown without front matter', 'minutes/gug/2016-05-16.markdown', NOTES],
    ['Markdown without front matter, its name with a space', 'minutes/gug/Anteckningar 2016-05-16.markdown', NOTES],
    // .mdown and .mkd are Markdown as .markdown is: renamed to .md, they were minutes without front matter.
    ['Markdown without front matter (.mdown)', 'minutes/gug/2016-05-16.mdown', NOTES],
    ['Markdown without front matter (.mkd)', 'minutes/gug/2016-05-16.mkd', NOTES],
    ['Markdown with front matter', 'minutes/gug/2016-05-16.markdown', MINUTES],
    ['text with front matter', 'minutes/gug/2016-05-16.txt', MINUTES],
  ])('%s', async (_, file, text) => {
    const root = archive([BASE], { [file]: text });
    const told = (await checkArchive(root)).diagnostics.filter((d) => d.file === file);
    expect(told.map((d) => d.code)).toEqual(['file-ignored']);
    await follow(root, file, told[0]!.hint!);
    // The minutes made of it are read and pass; an imported file stays as it was (its original), still not read,
    // and no longer told to be imported: import would say the minutes are there, and check the same again.
    const after = await checkArchive(root);
    expect(after.validated.minutes.map((m) => m.file)).toContain('minutes/gug/2016-05-16.md');
    expect(after.diagnostics.filter((d) => d.severity === 'error' || d.file === 'minutes/gug/2016-05-16.md' || d.file === file)).toEqual([]);
  });
});

// A text file whose minutes are there (imported from it, or written by hand from it) is their original, kept, as a
// Word file beside minutes of its day is: check passes it by rather than tell it to be imported, which would write
// nothing. The minutes are found as `minutes import` finds where it would write them: the group and day it reads in
// the text, in the folder of the group's minutes; or minutes of that group and day in the file's own folder.
describe('the original of minutes there is not told to be imported', () => {
  const OTHER_DAY = NOTES.replace('16 maj 2016', '23 maj 2016');
  const UNREGISTERED = NOTES.replace('Gemensam utvecklingsgrupp', 'Referensgruppen');
  it.each([
    ['told: no minutes of its day', { 'minutes/gug/anteckningar.txt': OTHER_DAY }, ['minutes/gug/anteckningar.txt']],
    ['not told: beside its minutes', { 'minutes/gug/anteckningar.txt': NOTES }, []],
    ['not told: as Markdown', { 'minutes/gug/anteckningar.markdown': NOTES }, []],
    ['not told: in another folder than its minutes, where import writes them', { 'minutes/original/anteckningar.txt': NOTES }, []],
    ['not told: minutes of its group and day beside it (imported with --group)', { 'minutes/gug/anteckningar.txt': UNREGISTERED.replace('Referensgruppen', 'Gemensam utvecklingsgrupp') }, []],
    ['told: the text names no registered group, and no minutes of its day are beside it', { 'minutes/original/anteckningar.txt': UNREGISTERED }, ['minutes/original/anteckningar.txt']],
    // An agenda makes no minutes: import says so, and check still tells it.
    ['told: an agenda of that day', { 'minutes/gug/dagordning.txt': 'Dagordning\nGemensam utvecklingsgrupp 16 maj 2016\n\n1. Fritidsbank\n' }, ['minutes/gug/dagordning.txt']],
  ])('%s', async (_, files, told) => {
    const root = archive([BASE], { 'minutes/gug/2016-05-16.md': MINUTES, ...files });
    const ignored = (await checkArchive(root)).diagnostics.filter((d) => d.code === 'file-ignored');
    expect(ignored.map((d) => d.file)).toEqual(told);
  });

  // The seed of 2016-12-12 gives no year: its minutes were dated by hand, and import would write a draft of its own.
  it.each(Object.entries(SEED_MINUTES).map(([seed, minutes]) => [seed, minutes, minutes.endsWith('2016-12-12.md')] as const))('the seed %s beside its minutes, %s: told %s', async (seed, minutes, toldBeside) => {
    const root = seedArchive();
    const file = `minutes/${path.dirname(minutes)}/anteckningar.txt`;
    fs.copyFileSync(path.join(FIXTURES, 'seeds', seed), path.join(root, file));
    const told = async () => (await checkArchive(root)).diagnostics.filter((d) => d.file === file).map((d) => d.code);
    expect(await told()).toEqual(toldBeside ? ['file-ignored'] : []);
    // Without its minutes, it is told to be imported, as before.
    fs.rmSync(path.join(root, 'minutes', minutes));
    expect(await told()).toEqual(['file-ignored']);
  });
});
