// A published site is for everyone to read: the web server runs as a user of its own (nginx as www-data), and a
// site written under a strict umask (077, 027: hardened servers, some CI images) would answer 403 for every page
// but the stylesheets, which are copied with their own permissions. So read (and, for folders, enter) is added
// for all, as `chmod -R a+rX` would; who may write still follows the umask.
import fs from 'node:fs';
import path from 'node:path';

const FILE = 0o444;
const FOLDER = 0o555;

/** Makes `dir` and every file and folder under it readable by all users. */
export function readableByAll(dir: string): void {
  grant(dir, FOLDER);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) readableByAll(full);
    else if (e.isFile()) grant(full, FILE);
  }
}

function grant(file: string, bits: number): void {
  const mode = fs.statSync(file).mode & 0o7777;
  if ((mode & bits) === bits) return;
  try {
    fs.chmodSync(file, mode | bits);
  } catch (err) {
    // A search index file the previous site lends by a hard link (search/reuse.ts) may belong to whoever built
    // that site; it was published as it is.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
  }
}
