// Modules of templates/ imported afresh once they change. Node keeps every ES module it imports for as long as the
// process runs. An uncached Eleventy run imports each template anew, but not what a template imports itself (a
// module of the designer's own) nor a data file (`_data/*.mjs`, `*.11tydata.mjs`), and neither does a partial
// that imports one: dev's own thread, which renders the pages of a save, would go on rendering them with the
// versions it first imported, after a full rebuild (in a thread of its own) had shown the new ones. Eleventy's own
// watch mode tells its module loader of changed files on its event bus; this does the same for the templates.
// The other way round, an uncached Eleventy run imports every page template and layout anew, as a module Node keeps:
// dev's own thread grew with every save of minutes (about 110 KB of heap after garbage collection, 200 KB of RSS). Eleventy's watch mode keeps one engine, and with
// it the templates it imported, from run to run; minutes starts a new Eleventy for each, so its JavaScript engine
// is made to import them as the partials are, afresh only once they change (`keepTemplateModules`).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ImportFile } from '@11ty/eleventy';
import { templateFiles } from '../load/template-files.js';

interface EventBus {
  emit(event: 'eleventy.importCacheReset', paths: readonly string[]): void;
}

/** Eleventy's JavaScript template engine (Engines/JavaScript.js), as far as it is used here. */
interface JavaScriptEngine {
  readonly config: { readonly useTemplateCache: boolean };
  readonly eleventyConfig: {
    readonly directories: { getInputPathRelativeToInputDirectory(inputPath: string): string };
    readonly userConfig: { isVirtualTemplate(relativePath: string): boolean };
  };
  instances: Record<string, unknown>;
  _getInstance(mod: unknown): unknown;
  getInstanceFromInputPath(inputPath: string): Promise<unknown>;
}

/** A module of Eleventy's own: no export of the package, so taken from beside its entry point (its version is pinned). */
function eleventyModule<T>(file: string): Promise<T> {
  const src = path.dirname(createRequire(import.meta.url).resolve('@11ty/eleventy'));
  return import(pathToFileURL(path.join(src, file)).href).then((m: { default: T }) => m.default);
}

let bus: Promise<EventBus> | undefined;
/** Eleventy's event bus. */
function eventBus(): Promise<EventBus> {
  bus ??= eleventyModule<EventBus>('EventBus.js');
  return bus;
}

let kept: Promise<void> | undefined;
/**
 * Has uncached Eleventy runs in this process (`setUseTemplateCache(false)`) import page templates and layouts with
 * Eleventy's importer as the partials are: the module imported before, unless `freshTemplateModules` has said that
 * templates/ changed since. Eleventy imports each anew for every run (a new URL each time), which Node never frees.
 * Each run still makes its own template objects from the module, as Eleventy does for every import. Runs with the
 * cache on, and virtual templates, are left as Eleventy does them.
 */
export function keepTemplateModules(): Promise<void> {
  kept ??= eleventyModule<{ prototype: JavaScriptEngine }>('Engines/JavaScript.js').then(({ prototype }) => {
    const imported = prototype.getInstanceFromInputPath;
    prototype.getInstanceFromInputPath = function (this: JavaScriptEngine, inputPath: string): Promise<unknown> {
      const relative = this.eleventyConfig.directories.getInputPathRelativeToInputDirectory(inputPath);
      if (this.config.useTemplateCache || inputPath in this.instances || this.eleventyConfig.userConfig.isVirtualTemplate(relative)) return imported.call(this, inputPath);
      const instance = ImportFile(inputPath, 'esm').then((mod: unknown) => {
        const made = this._getInstance(mod);
        if (!made) throw new Error(`No JavaScript template returned from ${inputPath}. Did you assign module.exports (CommonJS) or export (ESM)?`);
        this.instances[inputPath] = made;
        return made;
      });
      this.instances[inputPath] = instance;
      return instance;
    };
  });
  return kept;
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
