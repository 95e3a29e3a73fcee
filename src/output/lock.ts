// One writer of a site folder at a time. `minutes build` holds a lock beside the folder while it builds, and
// `minutes dev` for as long as it runs: a build swapped in under a running dev would be rewritten page by page at
// the editor's next save, leaving a mix of the two (with dev's options, not the build's) to be published. The
// lock is a file, `.<folder>.lock` (not `.<folder>-…`, the names of a build's temporary folders), holding the process's id; one whose process has ended (killed) is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { isRunning } from './swap.js';
import { writeNewFile } from '../util/atomic-write.js';

export type SiteWriter = 'build' | 'dev';

interface Holder {
  readonly pid: number;
  readonly writer: SiteWriter;
}

/** The locks this process holds, by lock file, with how many times each is held. */
const held = new Map<string, number>();
let releasingOnExit = false;

/** The lock cannot be written where the site would be (a path through a file, a read-only disk). */
class NoLock extends Error {}

/** Writes the lock file, unless there is one. */
function taken(file: string, writer: SiteWriter): boolean {
  try {
    // Whole or not at all: a lock read while half-written would look like no holder, and be taken over.
    writeNewFile(file, `${JSON.stringify({ pid: process.pid, writer })}\n`);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new NoLock();
  }
}

export function lockFile(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), `.${path.basename(path.resolve(outDir))}.lock`);
}

function holderOf(file: string): Holder | undefined {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && (h.writer === 'build' || h.writer === 'dev') ? { pid: h.pid, writer: h.writer } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `outDir` for `writer`, or refuses (UserError) while another live process holds it. Held again
 * by the same process, it counts. Returns the function that lets it go; a process that exits lets go of its locks.
 */
export function lockSite(outDir: string, writer: SiteWriter): () => void {
  const file = lockFile(outDir);
  const release = () => {
    const n = held.get(file) ?? 0;
    if (n > 1) return void held.set(file, n - 1);
    if (n === 0) return;
    held.delete(file);
    if (holderOf(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  if (held.has(file)) {
    held.set(file, held.get(file)! + 1);
    return release;
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    acquire(file, outDir, writer);
  } catch (err) {
    // Where no lock can be written, no site can be either: the build or dev goes on to say why, as without it.
    if (err instanceof NoLock || (err as NodeJS.ErrnoException).code !== undefined) return () => {};
    throw err;
  }
  held.set(file, 1);
  if (!releasingOnExit) {
    releasingOnExit = true;
    process.once('exit', () => {
      for (const f of held.keys()) if (holderOf(f)?.pid === process.pid) fs.rmSync(f, { force: true });
    });
  }
  return release;
}

function acquire(file: string, outDir: string, writer: SiteWriter): void {
  for (let attempt = 0; !taken(file, writer); attempt++) {
    const holder = holderOf(file);
    // A lock with this process's id that this process did not take is left by an earlier one (a container gives
    // its programs the same ids on every start).
    if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
      const what = holder.writer === 'dev' ? 'minutes dev' : 'Ett annat bygge (minutes build)';
      throw new UserError(
        // The id may have gone to another program since a killed holder left the lock (a container's restart, a
        // reboot): then only the user can tell, and needs to know which file to remove.
        `${what} skriver redan till ${path.resolve(outDir)} (process ${holder.pid}). Två som skriver samma mapp ger en blandning av båda. ${holder.writer === 'dev' ? 'Stoppa minutes dev (Ctrl-C) först' : 'Vänta tills det är klart'}, eller bygg till en annan mapp med --out. Körs varken minutes dev eller något annat bygge (då är process ${holder.pid} ett annat program), ta bort låsfilen ${file}.`,
      );
    }
    if (attempt === 2) throw new UserError(`Låset ${file} går inte att ta. Ta bort filen om inget annat bygge eller minutes dev körs.`);
    fs.rmSync(file, { force: true });
  }
}
