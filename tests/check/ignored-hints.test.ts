// A file under minutes/ that is not read (file-ignored): its hint, followed as written, gives minutes that pass
// check. Old notes without front matter, as text or as Markdown, renamed to .md would be minutes without it
// (front-matter-missing): they are told to go through `minutes import`, which writes the fields.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

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
    ['Markdown with front matter', 'minutes/gug/2016-05-16.markdown', MINUTES],
    ['text with front matter', 'minutes/gug/2016-05-16.txt', MINUTES],
  ])('%s', async (_, file, text) => {
    const root = archive([BASE], { [file]: text });
    const told = check(root).diagnostics.filter((d) => d.file === file);
    expect(told.map((d) => d.code)).toEqual(['file-ignored']);
    await follow(root, file, told[0]!.hint!);
    // The minutes made of it are read and pass; an imported file stays as it was (its original), still not read.
    const after = check(root);
    expect(after.validated.minutes.map((m) => m.file)).toContain('minutes/gug/2016-05-16.md');
    expect(after.diagnostics.filter((d) => d.severity === 'error' || d.file === 'minutes/gug/2016-05-16.md')).toEqual([]);
  });
});
