// `minutes dev`: build, serve, watch. Saves are gathered until the files have been quiet for a moment (editors
// often write a file in several steps or through a rename; git writes many files and a registry at once) and
// applied one batch at a time, so a burst of events means one rebuild.
// The search index is refreshed in the background afterwards (after-saves.ts); bad input never stops the server.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import chokidar, { type FSWatcher } from 'chokidar';
import { DevSession, type UpdateResult } from './session.js';
import { shownProblems, startPreviewServer, type PreviewServer } from './server.js';
import { AfterSaves, FINISH_ON_EXIT_MS } from './after-saves.js';
import { describeInternal } from '../errors.js';
import { errorPlace, type Diagnostic } from '../diagnostics.js';
import { count, listed, plural } from '../util/plural.js';
import { duration } from '../util/duration.js';
import { MINUTES_DIR, ORGANISATIONS_FILE, PEOPLE_FILE, relativePath } from '../load/files.js';
import { TEMPLATES_DIR } from '../render/templates.js';
import { lockSite } from '../output/lock.js';
import { SaveGatherer } from './gather.js';
import { isEditorFile } from '../util/editor-files.js';
import type { BuildOptions } from '../pipeline.js';
import { stepsInTurns } from '../util/steps.js';

export interface DevOptions extends BuildOptions {
  readonly port: number;
  readonly open: boolean;
  readonly log: (message: string) => void;
  readonly printDiagnostics: (result: UpdateResult, session: DevSession) => void;
}

export interface DevHandle {
  readonly url: string;
  /** Resolves when the current batch of changes (if any) has been applied. */
  idle(): Promise<void>;
  /** Resolves when the warm-up after the first build (DevSession.warmUp) is done or stopped. */
  warmedUp(): Promise<void>;
  close(): Promise<void>;
}

/** How many of the files saved together a line names: a git pull's hundreds are counted, so that its timing stays in sight. */
const NAMED_FILES = 5;
/** How many addresses of pages a save moved the line names (a group's id changed moves all its meetings). */
const NAMED_MOVES = 3;

/** All of `items`, or, of more than `most`, the first `most - 1` and how many more: "27 filer till". */
function firstOf(items: readonly string[], most: number, more: string): readonly string[] {
  return items.length <= most ? items : [...items.slice(0, most - 1), `${count(items.length - most + 1)} ${more} till`];
}

/** The files saved together, for the line after the save: "a.md, b.md", or the first few and "och 27 filer till". */
export function savedLabel(files: readonly string[]): string {
  return files.length <= NAMED_FILES ? files.join(', ') : listed(firstOf(files, NAMED_FILES, 'filer'));
}

/**
 * The line after a save that errors keep from being built. Errors that stand as they were, in none of the files
 * saved, hold it back: it says which files have them, for the page did not change and the save is theirs to wait
 * on (it said "fel i protokollen" of minutes without any). Otherwise the save made or changed the errors.
 */
export function erroredLine(label: string, saved: readonly string[], diagnostics: readonly Pick<Diagnostic, 'file' | 'severity'>[], problemsChanged: boolean): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const inSaved = new Set(saved);
  if (!problemsChanged && errors.length > 0 && !errors.some((d) => inSaved.has(d.file))) {
    return `${label}: byggs när felen i ${savedLabel([...new Set(errors.map((d) => d.file))])} är rättade; förhandsvisningen visar felen tills dess.`;
  }
  return `${label}: ${['fel', errorPlace(diagnostics)].filter(Boolean).join(' ')}; förhandsvisningen visar felen tills de är rättade.`;
}

/**
 * Where the pages of meetings a save moved are now (their date or group changed), at the preview's address `site`
 * so that a terminal can open them: "Mötets sida finns nu på http://localhost:8080/grupper/gug/2016-03-08/.", or
 * for several the first few and "och 5 adresser till". A page open at the old address follows by itself (server.ts).
 */
export function movedLine(moved: readonly string[], site: string): string {
  const addresses = firstOf(moved.map((to) => new URL(to.slice(1), site).href), NAMED_MOVES, 'adresser');
  return `${moved.length === 1 ? 'Mötets sida finns' : `Sidorna för ${count(moved.length)} möten finns`} nu på ${listed(addresses)}.`;
}

/** The line for saved files that were only copied into the site (templates/assets/): "a.css, b.svg: kopierade …". */
export function copiedLine(files: readonly string[], ms: number): string {
  return `${savedLabel(files)}: ${files.length === 1 ? 'kopierad' : 'kopierade'} till webbplatsen på ${duration(ms)}.`;
}

/**
 * The line for a save that was built: "a.md: 3 sidor på 70 ms.", with where the pages it moved are now (`movedLine`
 * at `site`), or, for one that changed no page (a file not read came or went, minutes saved again with a blank line
 * more), that no page changed and the warnings that stand, which are what such a save changes if anything:
 * "a.docx: ingen sida ändrades (1 varning)."
 */
export function renderedLine(label: string, result: Extract<UpdateResult, { kind: 'rendered' }>, site: string): string {
  if (result.pages === 0 && !result.full) {
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    return `${label}: ingen sida ändrades${warnings > 0 ? ` (${plural(warnings, 'varning', 'varningar')})` : ''}.`;
  }
  const built = `${label}: ${plural(result.pages, 'sida', 'sidor')} på ${duration(result.ms)}${result.full ? ' (allt byggdes om)' : ''}.`;
  return result.moved.length === 0 ? built : `${built} ${movedLine(result.moved, site)}`;
}

/**
 * The files to name in the reload after a save, or undefined for none. Every open page reloads (dev's live-reload
 * client reloads whatever the files) when the save changed a file of the site, rebuilt it whole, or changed the
 * problems the pages show: errors that appear, change or go are on every page after one reload. A save that changes
 * none of these (an empty folder removed, a file touched, minutes saved again while the same errors stand) reloads
 * nothing, so that the page being read stays where it is.
 */
export function reloadFor(result: UpdateResult, problemsChanged: boolean): readonly string[] | undefined {
  const written = result.kind === 'copied' || result.kind === 'rendered' ? result.written : [];
  if (written.length > 0) return written;
  return problemsChanged || (result.kind === 'rendered' && result.full) ? ['index.html'] : undefined;
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

/**
 * How long the watched files must stay quiet before the saves gathered are read (ms). The batch waits for quiet
 * itself: the watcher's own waiting (for a file to stop growing, for a file removed to come back) would hold some
 * events back and not others, so that a folder and the group in organisations.yml, written together by git, would
 * be built apart, with errors in between. A folder never quiet (a program writing a log in it) holds saves back
 * no longer than a second. A file left empty waits for quiet a while longer: an editor that saves by emptying the
 * file and then writing it would otherwise have its page show 'Filen är tom' for a moment, and reload twice.
 */
const GATHER_TIMES = { quietMs: 60, longestMs: 1_000, emptyQuietMs: 400 };

/** Whether `file` is a file with nothing in it (one that is gone or a folder is not). */
function isEmptyFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size === 0;
  } catch {
    return false;
  }
}

/** Editors' own files, in minutes/ (which check passes by) as in templates/ (which a build leaves out). */
const ignored = (p: string): boolean => isEditorFile(path.basename(p));

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
  // The site folder is dev's while it runs: a build into it meanwhile would be overwritten page by page.
  const unlock = lockSite(options.outDir, 'dev');
  let server: PreviewServer;
  try {
    log('Bygger webbplatsen …');
    const first = await session.start();
    report(first);
    if (first.kind === 'rendered') log(`Klart: ${plural(first.pages, 'sida', 'sidor')} på ${duration(first.ms)}.`);
    server = await startPreviewServer(options.outDir, options.port, session, log);
  } catch (err) {
    unlock();
    throw err;
  }

  // The save's reload came before its search index: a page that searched then (the search page, whose query is
  // kept in its address) reloads once more when the index is in place, and searches again; other pages do not.
  // Once dev is stopping (see close), open pages are sent no reload: the server closes right after, and a page
  // reloaded then found no server (the browser's error page) or came without its live-reload client, and never came
  // back. Cut off, their client reloads them when dev is started again, with what was saved meanwhile.
  let closed = false;
  const after = new AfterSaves(options.outDir, (stop) => session.writeExtras(stop), log, () => {
    if (!closed) server.searchIndexChanged();
  });

  // The problems the pages show, to reload them when that changes.
  let shown = shownProblems(session);
  // The batch being applied, and how long the last save's pages took (a rebuild of everything not counted).
  let applying: readonly string[] = [];
  let lastPagesMs = 0;
  // The first save's one-time work, done meanwhile (see DevSession.warmUp); a save stops it, and waits only for its step.
  let warmUpStopped = false;
  let warmingUp: Promise<void> = Promise.resolve();
  const apply = async (batch: readonly string[]) => {
    applying = batch;
    try {
      warmUpStopped = true;
      await warmingUp;
      await after.interrupt();
      const result = await session.update(batch);
      if (result.kind === 'rendered' && !result.full) lastPagesMs = result.ms;
      report(result);
      const label = savedLabel(result.saved);
      const showing = shownProblems(session);
      const problemsChanged = shown !== showing;
      shown = showing;
      const reloaded = reloadFor(result, problemsChanged);
      if (result.kind === 'unchanged') after.resume();
      else if (result.kind === 'copied') {
        log(copiedLine(result.saved, result.ms));
        after.resume();
      } else if (result.kind === 'rendered') {
        log(renderedLine(label, result, server.url));
        // A full rebuild wrote everything; otherwise the data files and the search index follow, those whose
        // sources the save changed (minutes with a blank line more change neither, nor reload the search page).
        if (result.full) after.cancel();
        else after.schedule(result.afterwards);
      } else {
        log(erroredLine(label, result.saved, result.diagnostics, problemsChanged));
        after.resume();
      }
      if (reloaded && !closed) server.reload(reloaded);
    } catch (err) {
      // A bug must not take the preview down: report it and keep serving the last good site.
      log(describeInternal(err));
    } finally {
      applying = [];
    }
  };
  const saves = new SaveGatherer(apply, GATHER_TIMES, isEmptyFile);
  /** Waits for `work` to be done, unless it rebuilds everything (then left, as Ctrl-C leaves it); whether it was done. */
  const doneUnlessRebuildingAll = async (work: Promise<unknown>): Promise<boolean> => {
    let done = false;
    void work.catch(() => {}).finally(() => (done = true));
    while (!done && !session.rebuildingAll) await new Promise((r) => setTimeout(r, 10));
    return done;
  };
  const schedule = (file: string) => {
    if (closed || ignored(file)) return;
    saves.add(file);
  };

  // Events come as they happen (see QUIET_MS).
  const watchOptions = { ignoreInitial: true, atomic: false };
  const watched = [path.join(options.root, MINUTES_DIR), session.templatesDir].filter((p) => fs.existsSync(p));
  const root = path.resolve(options.root);
  const minutesDir = path.join(root, MINUTES_DIR);
  const isInMinutes = (p: string) => path.resolve(p).startsWith(minutesDir + path.sep);
  const ownTemplates = path.join(root, TEMPLATES_DIR);
  const registries = new Set([PEOPLE_FILE, ORGANISATIONS_FILE]);
  const isRegistry = (p: string) => path.dirname(path.resolve(p)) === root && registries.has(path.basename(p));
  const isFolder = (p: string) => path.resolve(p) === minutesDir || path.resolve(p) === ownTemplates;
  const watchers: FSWatcher[] = [
    chokidar.watch(watched, { ...watchOptions, ignored: (p) => ignored(p) || (isInMinutes(p) ? !session.watches(p) : isLoopingLink(p)) }),
    // The registries through their folder, not as files: a file watch ends when the file is replaced (git
    // checkout, save by rename) or deleted and written again, and its later saves would go unseen. The same
    // holds for minutes/ and templates/: the watch of either ends when the folder is deleted, so its return is
    // seen from here (templates/ added or removed also changes which templates the site is built with).
    chokidar.watch(root, { ...watchOptions, depth: 0, ignored: (p) => path.resolve(p) !== root && !isFolder(p) && !isRegistry(p) }),
  ];
  for (const watcher of watchers) {
    watcher.on('all', (event, file) => {
      if (watcher === watchers[0] || isRegistry(file)) schedule(file);
      else if (isFolder(file) && (event === 'addDir' || event === 'unlinkDir')) {
        if (event === 'addDir') watchers[0]!.add(path.resolve(file));
        schedule(file);
      }
    });
    // Any activity in the folders watched, also what the watcher does not report (a file's further changes
    // within 50 ms of one), holds a batch being gathered back.
    watcher.on('raw', () => saves.activity());
    watcher.on('error', (err) => log(watchProblem(err, options.root)));
  }
  await Promise.all(watchers.map((watcher) => new Promise<void>((resolve) => watcher.once('ready', () => resolve()))));
  // Saves made during the first build, after it read the files, came before the watchers: applied as theirs would be.
  for (const file of await stepsInTurns(session.savedSinceStartSteps())) schedule(file);
  // Announced only now that saves are being watched, so nothing saved after this line is missed.
  log(`Förhandsgranska på ${server.url} (avsluta med Ctrl-C)`);
  if (options.open) openBrowser(server.url);
  warmingUp = session.warmUp(() => warmUpStopped || closed);

  return {
    url: server.url,
    idle: () => saves.idle(),
    warmedUp: () => warmingUp,
    close: async () => {
      closed = true;
      const until = performance.now() + FINISH_ON_EXIT_MS;
      const gathered = saves.close();
      await Promise.all(watchers.map((watcher) => watcher.close()));
      // Pages rebuilt in place are finished, and so are those of saves gathered but not yet applied (the last
      // 60 ms, or a burst's second), when the last save's pages were quick (see FINISH_ON_EXIT_MS). A rebuild of
      // everything is left, as Ctrl-C leaves the first build: it works in a temporary folder, removed on the way
      // out, and would hold the exit up for as long as a build. What is left is said, file by file.
      const current = applying;
      const leftAll = !(await doneUnlessRebuildingAll(saves.applying));
      const left = leftAll ? [...current] : [];
      if (leftAll || lastPagesMs > FINISH_ON_EXIT_MS) left.push(...gathered);
      else if (gathered.length > 0) {
        log(`Bygger först sidorna efter ${savedLabel(gathered.map((f) => relativePath(root, f)))} (Ctrl-C en gång till avslutar direkt) …`);
        if (!(await doneUnlessRebuildingAll(apply(gathered)))) left.push(...gathered);
      }
      if (left.length > 0) log(pagesBehind(left.map((f) => relativePath(root, f))));
      // The open data and search index of the last saves are finished in what is left of that time, if that is
      // quick, not while a rebuild of everything is left: it would put another site in place meanwhile.
      await after.close(left.length > 0 ? 0 : Math.max(0, until - performance.now()));
      // Stopped by `closed` at its next step; its temporary folder is removed before dev ends.
      await warmingUp;
      await server.close();
      unlock();
    },
  };
}

/**
 * The line for saves whose pages Ctrl-C left unbuilt: the site folder has the pages of before them until the next
 * `minutes dev` or `minutes build`, which build it anew.
 */
export function pagesBehind(files: readonly string[]): string {
  return `Sidorna är inte uppdaterade efter ändringarna i ${savedLabel(files)}: webbplatsens mapp har dem från före ändringarna tills minutes dev eller minutes build bygger den igen.`;
}

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    spawn(cmd, args, { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  } catch {
    // No browser to open: the address is printed anyway.
  }
}
