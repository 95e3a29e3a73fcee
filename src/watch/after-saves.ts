// What follows a save in `minutes dev` but need not hold up its page: the open data, calendars and sitemap, then
// the Pagefind index from the pages on disk, started once saves pause and stopped by the next save.
import fs from 'node:fs';
import path from 'node:path';
import { indexedPages, SearchIndexError, SearchIndexer } from '../search/pagefind.js';
import { describeInternal, diskProblemWords } from '../errors.js';
import { MEETING_PAGES_GLOB } from '../render/view.js';
import { duration } from '../util/duration.js';
import { count } from '../util/plural.js';

/**
 * What follows a save but need not hold up its page: the open data, calendars and sitemap, then the Pagefind
 * index from the pages on disk. It starts once saves have paused, and a new save interrupts it (Pagefind is
 * stopped, freeing both cores for the save's pages) and has it start again afterwards.
 */
export class AfterSaves {
  private timer: NodeJS.Timeout | undefined;
  private runningJob: Promise<void> | undefined;
  private dirty = false;
  private indexer: SearchIndexer | undefined;
  private interrupted = false;
  private closed = false;

  constructor(
    private readonly outDir: string,
    /** Writes the data files unless `stop` says to stop between its steps; whether it wrote them. */
    private readonly writeExtras: (stop: () => boolean) => Promise<boolean>,
    private readonly log: (m: string) => void,
    /** The new search index is in place (the preview reloads: pages loaded before it searched the old one). */
    private readonly indexed: () => void = () => {},
  ) {}

  schedule(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.runningJob) this.runningJob = this.run().finally(() => (this.runningJob = undefined));
    }, 500);
  }

  /** Runs what an interruption left undone (after a save that changed no pages). */
  resume(): void {
    if (this.dirty) this.schedule();
  }

  /** Nothing is left to do (a full rebuild did it all). */
  cancel(): void {
    this.dirty = false;
  }

  /** A save is being handled: stop now; what was pending is left for `schedule` or `resume`. */
  async interrupt(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.runningJob) return;
    this.interrupted = true;
    await this.indexer?.close();
    await this.runningJob.catch(() => {});
  }

  private async run(): Promise<void> {
    this.interrupted = false;
    while (this.dirty && !this.closed && !this.interrupted) {
      this.dirty = false;
      const started = performance.now();
      const next = path.join(this.outDir, '.pagefind-next');
      try {
        if (!(await this.writeExtras(() => this.closed || this.interrupted))) break;
        this.indexer = await SearchIndexer.start();
        // The meeting pages on disk, as they are now, indexed as a build indexes them.
        const found = await this.indexer.addDirectory(this.outDir, MEETING_PAGES_GLOB);
        if (this.closed || this.interrupted) break;
        fs.rmSync(next, { recursive: true, force: true });
        const target = path.join(this.outDir, 'pagefind');
        await this.indexer.write(next, target);
        if (this.closed || this.interrupted) break;
        fs.rmSync(target, { recursive: true, force: true });
        fs.renameSync(next, target);
        const pages = indexedPages(target) ?? found;
        if (!this.dirty) this.log(`Sökindexet är aktuellt igen (${count(pages)} protokoll, ${duration(performance.now() - started)}).`);
        this.indexed();
      } catch (err) {
        if (!this.closed && !this.interrupted) this.log(afterSavesProblem(err));
      } finally {
        await this.indexer?.close();
        this.indexer = undefined;
        // An index stopped while it was written is not left half-written beside the site.
        fs.rmSync(next, { recursive: true, force: true });
      }
    }
    // Interrupted: the work is still to do.
    if (this.interrupted) this.dirty = true;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const stopping = this.indexer !== undefined;
    await this.indexer?.close();
    await this.runningJob?.catch(() => {});
    // A Pagefind stopped mid-write may still finish a file after the folder was removed (not waited for when a
    // save interrupts it: the next index starts by removing the folder, and the save's pages come first).
    if (stopping) await removeOnceQuiet(path.join(this.outDir, '.pagefind-next'));
  }
}

/**
 * What a failure after saves means: Pagefind's own errors and a refusing disk in their own words; anything else is
 * a bug, reported with the errors it was caused by (the preview keeps running either way).
 */
function afterSavesProblem(err: unknown): string {
  if (err instanceof SearchIndexError || diskProblemWords(err)) return `Sökindexet kunde inte uppdateras: ${err instanceof Error ? err.message : String(err)}`;
  return `Sökindexet kunde inte uppdateras.\n${describeInternal(err)}`;
}

/**
 * Removes the folder a stopped Pagefind was writing into. Stopping it only sends the signal: its threads may finish
 * a file or two (and make the folder again) after that, so the folder is removed until it has stayed away a while.
 */
export async function removeOnceQuiet(dir: string, quietMs = 200, giveUpMs = 5_000): Promise<void> {
  const start = performance.now();
  let goneSince = performance.now();
  fs.rmSync(dir, { recursive: true, force: true });
  while (performance.now() - goneSince < quietMs && performance.now() - start < giveUpMs) {
    await new Promise((r) => setTimeout(r, 20));
    if (fs.existsSync(dir)) {
      fs.rmSync(dir, { recursive: true, force: true });
      goneSince = performance.now();
    }
  }
}
