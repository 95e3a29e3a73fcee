// What follows a save in `minutes dev` but need not hold up its page: the open data, calendars and sitemap, then
// the Pagefind index from the pages on disk, each made only when a save changed what it is made from, started once
// saves pause and stopped by the next save.
import fs from 'node:fs';
import path from 'node:path';
import { indexedPages, SearchIndexError, SearchIndexer } from '../search/pagefind.js';
import { describeInternal, diskProblemWords } from '../errors.js';
import { MEETING_PAGES_GLOB } from '../render/view.js';
import { duration } from '../util/duration.js';
import { count } from '../util/plural.js';

/**
 * How long Ctrl-C waits for what follows the last saves (ms). The pages of a save are in the site at once, its open
 * data and search index half a second after the saves pause and a second or two later (1.4 s at 1,000 minutes):
 * stopped then, the site would keep the data and index of before until the next build. Waiting as long as that
 * takes at most, with a line saying what for, still ends dev promptly; what is not done by then is left, as is
 * what took longer than that the last time (see close).
 */
export const FINISH_ON_EXIT_MS = 3_000;

/**
 * What a save leaves for after it: the data files (the open data, calendars, sitemap), made from the model, when
 * what they hold changed, and the search index, made from the meeting pages on disk, when one of those was written.
 */
export interface AfterSavesWork {
  readonly data: boolean;
  readonly index: boolean;
}

const ALL: AfterSavesWork = { data: true, index: true };
const NONE: AfterSavesWork = { data: false, index: false };
const both = (a: AfterSavesWork, b: AfterSavesWork): AfterSavesWork => ({ data: a.data || b.data, index: a.index || b.index });

/**
 * What follows a save but need not hold up its page: the open data, calendars and sitemap, then the Pagefind
 * index from the pages on disk, each when a save since it was last made asked for it (see AfterSavesWork: at
 * 10,000 minutes the data files take about half a second of a core, the index seconds of both, and a new index
 * reloads the search page). It starts once saves have paused, and a new save interrupts it (Pagefind is
 * stopped, freeing both cores for the save's pages) and has it start again afterwards.
 */
export class AfterSaves {
  private timer: NodeJS.Timeout | undefined;
  private runningJob: Promise<void> | undefined;
  /** What is left to do for the saves so far: taken when a run starts, given back when it is stopped. */
  private pending: AfterSavesWork = NONE;
  private indexer: SearchIndexer | undefined;
  private interrupted = false;
  private closed = false;
  /** Closing: no more work is taken on, while what there is may still be finished (see close). */
  private ending = false;
  /** Whether the site's data and index are behind its pages: from a save's pages until its index is in place. */
  private behind = false;
  /** When the run under way began, and how long the last one that was done took (performance.now(), ms). */
  private runStarted = 0;
  private lastRunMs = 0;

  constructor(
    private readonly outDir: string,
    /** Writes the data files unless `stop` says to stop between its steps; whether it wrote them. */
    private readonly writeExtras: (stop: () => boolean) => Promise<boolean>,
    private readonly log: (m: string) => void,
    /** The new search index is in place (the preview reloads: pages loaded before it searched the old one). */
    private readonly indexed: () => void = () => {},
  ) {}

  /** Whether the site's data and search index are those of its pages: nothing left to do, nor under way. */
  get current(): boolean {
    return !this.behind;
  }

  /** Whether anything is left to do. */
  private get dirty(): boolean {
    return this.pending.data || this.pending.index;
  }

  /**
   * A save left `work` to do (a save that changed neither, as minutes with a blank line more, only lets what earlier
   * saves left go on, see resume).
   */
  schedule(work: AfterSavesWork = ALL): void {
    if (this.ending) return;
    if (!work.data && !work.index) return this.resume();
    this.pending = both(this.pending, work);
    this.behind = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.start();
    }, 500);
  }

  private start(): void {
    if (!this.runningJob) this.runningJob = this.run().finally(() => (this.runningJob = undefined));
  }

  /** Runs what an interruption left undone (after a save that left nothing new to do), and only that. */
  resume(): void {
    if (this.dirty) this.schedule(this.pending);
  }

  /** Nothing is left to do (a full rebuild did it all). */
  cancel(): void {
    this.pending = NONE;
    this.behind = false;
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
    // What the run under way is doing, given back if it is stopped.
    let taken = NONE;
    while (this.dirty && !this.closed && !this.interrupted) {
      taken = this.pending;
      this.pending = NONE;
      const started = (this.runStarted = performance.now());
      const next = path.join(this.outDir, '.pagefind-next');
      try {
        if (taken.data && !(await this.writeExtras(() => this.closed || this.interrupted))) break;
        taken = { data: false, index: taken.index };
        if (!taken.index) {
          this.lastRunMs = performance.now() - started;
          if (!this.dirty) this.behind = false;
          taken = NONE;
          continue;
        }
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
        this.lastRunMs = performance.now() - started;
        if (!this.dirty) {
          this.behind = false;
          this.log(`Sökindexet är aktuellt igen (${count(pages)} protokoll, ${duration(performance.now() - started)}).`);
        }
        this.indexed();
        taken = NONE;
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
    if (this.interrupted) this.pending = both(this.pending, taken);
  }

  /**
   * Ends, stopping Pagefind if it runs. What is left to do for the saves before (waiting for them to pause, or under
   * way) is done first, when it can be done within `finishWithinMs` (Ctrl-C: FINISH_ON_EXIT_MS), else stopped with
   * the rest, and a line says that the site's data and index are not those of its pages (the next dev or build
   * makes the site anew). Not waited for at all when the last run took longer than that (a large archive). Returns
   * whether the site was left with the data and index of its pages.
   */
  async close(finishWithinMs = 0): Promise<boolean> {
    this.ending = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const left = this.lastRunMs - (this.runningJob ? performance.now() - this.runStarted : 0);
    if ((this.dirty || this.runningJob) && finishWithinMs > 0 && left <= finishWithinMs) {
      this.log(`Gör klart öppna data och sökindexet efter de senaste ändringarna (högst ${Math.ceil(finishWithinMs / 1000)} s; Ctrl-C en gång till avslutar direkt) …`);
      this.start();
      let timer: NodeJS.Timeout | undefined;
      const timeUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, finishWithinMs)));
      await Promise.race([this.runningJob?.catch(() => {}), timeUp]);
      clearTimeout(timer);
    }
    this.closed = true;
    const stopping = this.indexer !== undefined;
    await this.indexer?.close();
    await this.runningJob?.catch(() => {});
    // A Pagefind stopped mid-write may still finish a file after the folder was removed (not waited for when a
    // save interrupts it: the next index starts by removing the folder, and the save's pages come first).
    if (stopping) await removeOnceQuiet(path.join(this.outDir, '.pagefind-next'));
    if (this.behind) this.log('Öppna data och sökindexet är inte uppdaterade efter de senaste ändringarna: webbplatsens mapp har dem från före ändringarna tills minutes dev eller minutes build bygger den igen.');
    return !this.behind;
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
  removeWhileWritten(dir);
  while (performance.now() - goneSince < quietMs && performance.now() - start < giveUpMs) {
    await new Promise((r) => setTimeout(r, 20));
    if (fs.existsSync(dir)) {
      removeWhileWritten(dir);
      goneSince = performance.now();
    }
  }
}

/**
 * Removes a folder that may be written into meanwhile: a file that lands in a subfolder after it was emptied makes
 * its removal fail (ENOTEMPTY; EBUSY and EPERM on some systems). What is left is removed at the next look.
 */
function removeWhileWritten(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    if (!['ENOTEMPTY', 'EBUSY', 'EPERM'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
  }
}
