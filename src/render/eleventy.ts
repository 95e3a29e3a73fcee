// The Eleventy adapter: renders templates/ (Eleventy JavaScript templates, `*.11ty.mjs`) with the precomputed
// view as global data. Templates get `this.html` (escapes everything), `this.raw`, `this.partial`, `this.count`
// and `this.plural`, and every rendered page is handed to a callback (the search indexer).
import fs from 'node:fs';
import path from 'node:path';
import Eleventy, { ImportFile } from '@11ty/eleventy';
import type { UserConfig } from '@11ty/eleventy';
import type { SiteView } from './view.js';
import { count, plural } from '../util/plural.js';
import { html, raw, type Partial, type SafeHtml, type TemplateHelpers } from './html.js';
import { toTemplateError } from './template-errors.js';
import { isEditorFile } from '../util/editor-files.js';
import { freshTemplateModules, keepTemplateModules } from './template-modules.js';
import { copyAssets } from './assets.js';

export { TemplateError } from './template-errors.js';

export interface EleventyOptions {
  readonly templatesDir: string;
  readonly outputDir: string;
  readonly site: SiteView;
  /** Called with every page Eleventy renders, in the order it renders them. */
  readonly onPage?: (outputPath: string, content: string) => void;
  /** Templates (file names in templates/) to leave out of this run. */
  readonly skip?: readonly string[];
  /**
   * Keep compiled templates between runs in this process. Off in watch mode, where a template may change
   * between two runs and would otherwise be served stale: the modules of templates/ are then imported afresh once
   * a file there changed since the last run, and otherwise kept (see template-modules.ts).
   */
  readonly cacheTemplates?: boolean;
}

/**
 * Loads `_includes/*.mjs` with Eleventy's importer, as Eleventy loads templates: afresh once a partial, or a module
 * one imports, was edited and `freshTemplateModules` has said so.
 */
async function loadPartials(templatesDir: string): Promise<Map<string, Partial>> {
  const dir = path.join(templatesDir, '_includes');
  const partials = new Map<string, Partial>();
  if (!fs.existsSync(dir)) return partials;
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.mjs') || isEditorFile(name)) continue;
    const file = path.join(dir, name);
    let mod: { default?: Partial };
    try {
      mod = (await ImportFile(file, 'esm', { returnRaw: true })) as { default?: Partial };
    } catch (err) {
      // A syntax error names no file: name it, so it is reported at its line as a template error.
      throw new Error(`Delmallen "${file}" gick inte att läsa in.`, { cause: err });
    }
    if (typeof mod.default === 'function') partials.set(name.slice(0, -'.mjs'.length), mod.default);
  }
  return partials;
}

/** Renders the site. Throws TemplateError for a mistake in a template, InternalError for anything else. */
export async function renderWithEleventy(options: EleventyOptions): Promise<{ pages: number }> {
  const { templatesDir, outputDir, site, onPage, skip = [], cacheTemplates = true } = options;
  let partials: Map<string, Partial>;
  // Uncached, the modules of templates/ (page templates, layouts, partials, what they import, data files) are
  // imported afresh once a file there changes, and kept from run to run otherwise.
  if (!cacheTemplates) await Promise.all([keepTemplateModules(), freshTemplateModules(templatesDir)]);
  try {
    partials = await loadPartials(templatesDir);
  } catch (err) {
    throw toTemplateError(err, { templatesDir, outputDir, site });
  }
  const helpers: TemplateHelpers = {
    html,
    raw,
    count,
    plural,
    partial: (name: string, data: object): SafeHtml => {
      const fn = partials.get(name);
      if (!fn) throw new Error(`Delmallen "${name}" finns inte i templates/_includes/.`);
      return raw(String(fn(data as never, helpers)));
    },
  };
  let pages = 0;
  const eleventy = new Eleventy(templatesDir, outputDir, {
    quietMode: true,
    configPath: false,
    // Templates are ES modules (.mjs) wherever minutes runs; left to guess, Eleventy reads the package.json of the
    // working folder and, outside an ESM package, ignores a template's default export and renders an empty page.
    loader: 'esm',
    config(config: UserConfig) {
      // Eleventy's slow-step warnings bypass its logger; we time builds ourselves.
      config.benchmarkManager.setVerboseOutput(false);
      for (const group of Object.values(config.benchmarkManager.getAll())) group.setIsVerbose(false);
      config.setTemplateFormats(['11ty.js']);
      config.setIncludesDirectory('_includes');
      config.setLayoutsDirectory('_layouts');
      config.setDataDirectory('_data');
      config.setUseGitIgnore(false);
      config.setQuietMode(true);
      config.setUseTemplateCache(cacheTemplates);
      config.addGlobalData('site', site);
      config.addJavaScriptFunction('html', helpers.html);
      config.addJavaScriptFunction('raw', helpers.raw);
      config.addJavaScriptFunction('partial', helpers.partial);
      config.addJavaScriptFunction('count', helpers.count);
      config.addJavaScriptFunction('plural', helpers.plural);
      // Eleventy globs templates relative to the working directory when they are below it, and by absolute path
      // when they are not; ignores are matched relative to the working directory. A `**/` pattern covers the
      // first case, the path relative to the working directory (with ../) the second.
      for (const name of skip) {
        config.ignores.add(`**/${name}`);
        config.ignores.add(path.relative(process.cwd(), path.resolve(templatesDir, name)).split(path.sep).join('/'));
      }
      config.addTransform('minutes-page-hook', function (this: { page: { outputPath: string | false } }, content: string) {
        pages++;
        const out = this.page.outputPath;
        if (onPage && typeof out === 'string') onPage(out, content);
        return content;
      });
    },
  });
  // Eleventy would print its own summary and errors; we report both ourselves.
  eleventy.disableLogger();
  try {
    await eleventy.write();
  } catch (err) {
    throw toTemplateError(err, { templatesDir, outputDir, site });
  }
  // Static assets (CSS, the search script): those the site has as they would be written are left alone.
  const assets = path.join(templatesDir, 'assets');
  if (fs.existsSync(assets)) copyAssets(assets, path.join(outputDir, 'assets'));
  return { pages };
}
