// Builds never break the published site: output goes to a temporary folder next to it and is swapped in
// only when everything succeeded. A kill at any point leaves the previous site complete.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { diskProblemWords, UserError } from '../errors.js';
import { readableByAll } from './readable.js';

const BUILD = 'build';
const OLD = 'old';

function sibling(outDir: string, kind: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-${kind}-${process.pid}`);
}

/** Whether a process of this id runs (this one counts). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What `recover` did with one leftover folder, or could not do. */
export interface Recovered {
  readonly what: string;
  /** The folder could not be removed or restored (another user's files, a read-only disk); the build goes on. */
  readonly failed?: boolean;
}

/**
 * Cleans up after builds that were killed: restores the previous site if a kill struck between the two
 * renames of a swap, and removes temporary folders of builds that no longer run. Returns what it did. A
 * leftover it cannot remove (say, an old site written by another user) is reported, not a reason to fail.
 */
export function recover(outDir: string): Recovered[] {
  const done: Recovered[] = [];
  const parent = path.dirname(outDir);
  if (!fs.existsSync(parent)) return done;
  const prefix = `.${path.basename(outDir)}-`;
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const m = /-(build|old)-(\d+)(?:-search)?$/.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    if (isRunning(pid)) continue;
    const full = path.join(parent, name);
    const restore = m[1] === OLD && !name.endsWith('-search') && !fs.existsSync(outDir);
    try {
      if (restore) {
        fs.renameSync(full, outDir);
        done.push({ what: `återställde ${path.basename(outDir)}/ från ${name}` });
      } else {
        fs.rmSync(full, { recursive: true, force: true });
        done.push({ what: `tog bort ${name}` });
      }
    } catch (err) {
      const reason = diskProblemWords(err);
      done.push({ what: `${name} i ${parent} från ett tidigare bygge gick inte att ${restore ? 'återställa' : 'ta bort'}${reason ? ` (${reason})` : ''}; ta bort mappen för hand`, failed: true });
    }
  }
  return done;
}

/** Temporary folders of this process not yet swapped in or discarded. */
const unfinished = new Set<string>();
let removingOnExit = false;

/** A process that exits mid-build (Ctrl-C, an error) starts removing its temporary folders on the way out. */
function removeUnfinishedOnExit(): void {
  if (removingOnExit) return;
  removingOnExit = true;
  process.once('exit', () => {
    for (const dir of unfinished) removeInBackground(dir);
  });
}

/** A fresh, empty temporary folder next to `outDir`, on the same file system so the swap is a rename. */
export function prepareTemp(outDir: string): string {
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  const temp = sibling(outDir, BUILD);
  fs.rmSync(temp, { recursive: true, force: true });
  fs.mkdirSync(temp);
  removeUnfinishedOnExit();
  unfinished.add(temp);
  return temp;
}

/**
 * Puts the finished build in place of `outDir`, readable by all (see readable.ts); the old site is removed only
 * after the new one is there.
 */
export function swapIn(temp: string, outDir: string): void {
  readableByAll(temp);
  const old = sibling(outDir, OLD);
  fs.rmSync(old, { recursive: true, force: true });
  const hadOld = fs.existsSync(outDir);
  if (hadOld) renameAway(outDir, old);
  try {
    fs.renameSync(temp, outDir);
    unfinished.delete(temp);
  } catch (err) {
    if (hadOld) fs.renameSync(old, outDir);
    throw err;
  }
  if (hadOld) removeInBackground(old);
}

/**
 * Moves the current site aside. A folder that is a mount point of its own (a Docker volume: EBUSY), or that an
 * overlay file system cannot rename (EXDEV), cannot be swapped: that is said, and the site is left as it is.
 */
function renameAway(outDir: string, old: string): void {
  try {
    fs.renameSync(outDir, old);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EBUSY' && code !== 'EXDEV') throw err;
    throw new UserError(
      `${outDir} kan inte bytas mot den nya webbplatsen: bygget byter mappar genom att döpa om dem, och den här mappen går inte att döpa om (${code}), som när den är en egen disk eller en Docker-volym. Montera mappen runt den i stället, eller bygg till en mapp i den med --out (till exempel ${path.join(outDir, 'webbplats')}). Webbplatsen har inte ändrats.`,
      { cause: err },
    );
  }
}

/**
 * The detached remover: `rm -rf`, tried again while the folder is still there. A process stopped mid-build starts it
 * on the way out, while its render thread (or Node's file threads) may still write a page into the folder for a few
 * milliseconds: `rm` then finds the folder not empty at its end and leaves it. Once we are gone, a second try
 * finds nothing writing.
 */
const REMOVE = 'for try in 1 2 3 4 5 6 7 8 9 10; do rm -rf -- "$1" 2>/dev/null; [ -e "$1" ] || exit 0; sleep 0.5; done; exit 1';

/**
 * Deleting a large old site takes seconds; nothing waits for it. On POSIX a detached remover finishes it even
 * after we exit; elsewhere, and if that fails, `recover` removes what is left at the next build.
 */
export function removeInBackground(dir: string): void {
  if (process.platform !== 'win32') {
    try {
      const child = spawn('sh', ['-c', REMOVE, 'sh', dir], { stdio: 'ignore', detached: true });
      child.on('error', () => fs.rm(dir, { recursive: true, force: true }, () => {}));
      child.unref();
      return;
    } catch {
      // fall through
    }
  }
  fs.rm(dir, { recursive: true, force: true }, () => {});
}

export function discard(temp: string): void {
  fs.rmSync(temp, { recursive: true, force: true });
  unfinished.delete(temp);
}
