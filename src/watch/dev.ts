// `minutes dev`: build, serve, watch. Saves are gathered for a moment (editors often write a file in several
// steps or through a rename) and applied one batch at a time, so a burst of events means one rebuild.
// The search index is refreshed in the background afterwards; bad input never stops the server.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import chokidar, { type FSWatcher } from 'chokidar';
import { DevSession, type UpdateResult } from './session.js';
import { startPreviewServer, type PreviewServer } from './server.js';
import { indexedPages, SearchIndexError, SearchIndexer } from '../search/pagefind.js';
import { describeInternal, diskProblemWords } from '../errors.js';
import { errorPlace } from '../diagnostics.js';
import { plural } from '../util/plural.js';
import { MINUTES_DIR, ORGANISATIONS_FILE, PEOPLE_FILE, relativePath } from '../load/files.js';
import type { BuildOptions } from '../pipeline.js';
import { MEETING_PAGES_GLOB } from '../render/view.js';

export interface DevOptions extends BuildOptions {
  readonly port: number;
  readonly open: boolean;
  /** How long a file must stay unchanged before it is read (ms). */
  readonly settleMs?: number;
  readonly log: (message: string) => void;
  readonly printDiagnostics: (result: UpdateResult, session: DevSession) => void;
}

export interface DevHandle {
  readonly url: string;
  /** Resolves when the current batch of changes (if any) has been applied. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** What the file watcher's errors mean, in Swedish; the system's own words only for the unexpected. */
export function watchProblem(err: unknown, root: string): string {
  const { code, path: where, message } = (err ?? {}) as { code?: unknown; path?: unknown; message?: unknown };
  const at = typeof where === 'string' ? ` (${relativePath(root, where)})` : '';
  switch (code) {
    case 'ELOOP':
      return `En symbolisk länk pekar i en slinga${at}; det som ligger bakom den bevakas inte.`;
    case 'EACCES':
    case 'EPERM':
      return `En fil eller mapp får inte läsas${at}; ändringar i den syns inte förrän behörigheten är rättad.`;
    case 'ENOSPC':
      return 'Systemet kan inte bevaka fler filer (gränsen fs.inotify.max_user_watches är nådd); höj gränsen och starta om minutes dev.';
    case 'EMFILE':
      return 'För många öppna filer; höj gränsen (ulimit -n) och starta om minutes dev.';
    default:
      return `Bevakningen av filer gav ett fel${at}: ${typeof message === 'string' ? message : String(err)}`;
  }
}

/**
 * A symbolic link the watcher must not follow (under templates/; minutes/ follows the check's own walk): one that
 * cannot be resolved, or that leads back to a folder it is in, which the watcher would walk round forty levels deep.
 */
function isLoopingLink(p: string): boolean {
  try {
    if (!fs.lstatSync(p).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  try {
    const target = fs.realpathSync(p);
    const parent = fs.realpathSync(path.dirname(p));
    return parent === target || parent.startsWith(target + path.sep);
  } catch {
    return true;
  }
}

const IGNORED = /(^|[/\\])(\.[^/\\]*|[^/\\]*~|[^/\\]*\.sw[a-p]|4913)$/;

export async function startDev(options: DevOptions): Promise<DevHandle> {
  const { log } = options;
  const session = new DevSession(options);
  // Problems are printed when they change, not again on every save.
  let lastPrinted = '';
  const report = (result: UpdateResult) => {
    const key = JSON.stringify(result.diagnostics);
    if (key === lastPrinted) return;
    lastPrinted = key;
    if (result.diagnostics.length === 0) log('Inga fel.');
    else options.printDiagnostics(result, session);
  };
  log('Bygger webbplatsen …');
  const first = await session.start();
  report(first);
  if (first.kind === 'rendered') log(`Klart: ${plural(first.pages, 'sida', 'sidor')} på ${ms(first.ms)}.`);
  const server: PreviewServer = await startPreviewServer(options.outDir, options.port, session, log);

  const after = new AfterSaves(options.outDir, (stop) => session.writeExtras(stop), log);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const apply = async () => {
    const batch = [...pending];
    pending.clear();
    if (batch.length === 0 || closed) return;
    const label = batch.map((p) => relativePath(options.root, p)).join(', ');
    try {
      await after.interrupt();
      const result = await session.update(batch);
      report(result);
      if (result.kind === 'unchanged') after.resume();
      else if (result.kind === 'copied') {
        log(`${label}: kopierad till webbplatsen på ${ms(result.ms)}.`);
        server.reload(result.written);
        after.resume();
      } else if (result.kind === 'rendered') {
        log(`${label}: ${plural(result.pages, 'sida', 'sidor')} på ${ms(result.ms)}${result.full ? ' (allt byggdes om)' : ''}.`);
        server.reload(result.written.length > 0 ? result.written : ['index.html']);
        // A full rebuild wrote everything; otherwise the data files and the search index follow.
        if (result.full) after.cancel();
        else after.schedule();
      } else {
        log(`${label}: ${['fel', errorPlace(result.diagnostics)].filter(Boolean).join(' ')}; förhandsvisningen visar felen tills de är rättade.`);
        server.reload(['index.html']);
        after.resume();
      }
    } catch (err) {
      // A bug must not take the preview down: report it and keep serving the last good site.
      log(describeInternal(err));
    }
  };
  const schedule = (file: string) => {
    if (closed || IGNORED.test(file)) return;
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(apply);
    }, 25);
  };

  const settle = options.settleMs ?? 40;
  const watchOptions = { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.max(5, Math.floor(settle / 4)) } };
  const watched = [path.join(options.root, MINUTES_DIR), session.templatesDir].filter((p) => fs.existsSync(p));
  const root = path.resolve(options.root);
  const minutesDir = path.join(root, MINUTES_DIR);
  const isInMinutes = (p: string) => path.resolve(p).startsWith(minutesDir + path.sep);
  const registries = new Set([PEOPLE_FILE, ORGANISATIONS_FILE]);
  const isRegistry = (p: string) => path.dirname(path.resolve(p)) === root && registries.has(path.basename(p));
  const watchers: FSWatcher[] = [
    chokidar.watch(watched, { ...watchOptions, ignored: (p) => IGNORED.test(p) || (isInMinutes(p) ? !session.watches(p) : isLoopingLink(p)) }),
    // The registries through their folder, not as files: a file watch ends when the file is replaced (git
    // checkout, save by rename) or deleted and written again, and its later saves would go unseen. The same
    // holds for minutes/ itself: its watch ends when the folder is deleted, so its return is seen from here.
    chokidar.watch(root, { ...watchOptions, depth: 0, ignored: (p) => path.resolve(p) !== root && path.resolve(p) !== minutesDir && !isRegistry(p) }),
  ];
  for (const watcher of watchers) {
    watcher.on('all', (event, file) => {
      if (watcher === watchers[0] || isRegistry(file)) schedule(file);
      else if (event === 'addDir' && path.resolve(file) === minutesDir) {
        watchers[0]!.add(minutesDir);
        schedule(file);
      }
    });
    watcher.on('error', (err) => log(watchProblem(err, options.root)));
  }
  await Promise.all(watchers.map((watcher) => new Promise<void>((resolve) => watcher.once('ready', () => resolve()))));
  // Announced only now that saves are being watched, so nothing saved after this line is missed.
  log(`Förhandsgranska på ${server.url} (avsluta med Ctrl-C)`);
  if (options.open) openBrowser(server.url);

  return {
    url: server.url,
    idle: async () => {
      while (timer || pending.size > 0) {
        await new Promise((r) => setTimeout(r, 10));
        await running;
      }
      await running;
    },
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await Promise.all(watchers.map((watcher) => watcher.close()));
      // Pages rebuilt in place are finished; a rebuild of everything is left, as Ctrl-C leaves the first build:
      // it works in a temporary folder, removed on the way out, and would hold the exit up for as long as a build.
      if (!session.rebuildingAll) await running.catch(() => {});
      await after.close();
      await server.close();
    },
  };
}

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
        if (!this.dirty) this.log(`Sökindexet är aktuellt igen (${pages} protokoll, ${ms(performance.now() - started)}).`);
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

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  } catch {
    // No browser to open: the address is printed anyway.
  }
}

const ms = (n: number) => (n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(1).replace('.', ',')} s`);
