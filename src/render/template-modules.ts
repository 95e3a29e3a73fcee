// Modules of templates/ imported afresh once they change. Node keeps every ES module it imports for as long as the
// process runs. An uncached Eleventy run imports each template anew, but not what a template imports itself (a
// module of the designer's own) nor a data file (`_data/*.mjs`, `*.11tydata.mjs`), and neither does a partial
// that imports one: dev's own thread, which renders the pages of a save, would go on rendering them with the
// versions it first imported, after a full rebuild (in a thread of its own) had shown the new ones. Eleventy's own
// watch mode tells its module loader of changed files on its event bus; this does the same for the templates.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { templateFiles } from '../load/template-files.js';

interface EventBus {
  emit(event: 'eleventy.importCacheReset', paths: readonly string[]): void;
}

let bus: Promise<EventBus> | undefined;
/** Eleventy's event bus: no export of the package, so taken from beside its entry point (its version is pinned). */
function eventBus(): Promise<EventBus> {
  bus ??= import(pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('@11ty/eleventy')), 'EventBus.js')).href).then((m: { default: EventBus }) => m.default);
  return bus;
}

/** Each templates folder's files, with their size, time of change and inode, when last looked at in this process. */
const seen = new Map<string, string>();

/**
 * Has every module of `templatesDir` imported afresh by the next Eleventy run in this process when any file there
 * changed (or came or went) since the last call; all of them, since an unchanged one may import one that changed.
 * Eleventy's importer (ImportFile, also used for the partials) and its module loader then ask for them afresh.
 */
export async function freshTemplateModules(templatesDir: string): Promise<void> {
  const dir = path.resolve(templatesDir);
  let files: string[] = [];
  try {
    files = templateFiles(dir).map((rel) => path.join(dir, rel));
  } catch {
    // Gone or unreadable: Eleventy says so when it reads it.
  }
  const stamp = files
    .map((file) => {
      const s = fs.statSync(file, { throwIfNoEntry: false });
      return `${file}\0${s?.size}\0${s?.mtimeMs}\0${s?.ino}`;
    })
    .join('\n');
  if (seen.get(dir) === stamp) return;
  seen.set(dir, stamp);
  (await eventBus()).emit('eleventy.importCacheReset', files);
}
