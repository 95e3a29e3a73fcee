// A published site is read by a web server running as another user (nginx as www-data): whatever the umask of
// the build (077 and 027 on hardened servers and some CI images), every file and folder of the site is readable
// by all, while write permissions still follow the umask.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { buildInto } from './helpers.js';

afterAll(cleanTemp);

const umaskBefore = process.umask();
afterEach(() => void process.umask(umaskBefore));

/** Every file and folder under `dir` (itself included) with its permission bits, relative to `dir`. */
function modes(dir: string): { file: string; folder: boolean; mode: number }[] {
  const out = [{ file: '.', folder: true, mode: fs.statSync(dir).mode & 0o777 }];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    out.push({ file: path.relative(dir, full), folder: e.isDirectory(), mode: fs.statSync(full).mode & 0o777 });
  }
  return out;
}

const octal = (n: number) => n.toString(8).padStart(3, '0');

describe('the permissions of a built site', () => {
  it.each(['077', '027', '022', '002'])('umask %s: everything readable by all, nothing writable beyond the umask', async (written) => {
    const umask = parseInt(written, 8);
    process.umask(umask);
    const root = seedArchive();
    const site = path.join(root, 'site');
    // Twice: the second build swaps a new site in over the first one, lending it search index files.
    for (let i = 0; i < 2; i++) expect((await buildInto(root, site, { today: '2030-01-01' })).ok).toBe(true);
    const found = modes(site);
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((f) => (f.mode & (f.folder ? 0o555 : 0o444)) !== (f.folder ? 0o555 : 0o444)).map((f) => `${f.file} ${octal(f.mode)}`)).toEqual([]);
    expect(found.filter((f) => (f.mode & umask & 0o222) !== 0).map((f) => `${f.file} ${octal(f.mode)}`)).toEqual([]);
  });
});
