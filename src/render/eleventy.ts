// The Eleventy adapter: renders templates/ (Liquid, every output escaped unless marked raw) with the
// precomputed view as global data, and hands each written page to a callback (the search indexer).
import fs from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteView } from './view.js';
import { InternalError } from '../errors.js';
import type { Finding } from '../diagnostics.js';

export interface EleventyOptions {
  readonly templatesDir: string;
  readonly outputDir: string;
  readonly site: SiteView;
  /** Called with every page Eleventy renders, in the order it renders them. */
  readonly onPage?: (outputPath: string, content: string) => void;
  /** Templates (file names in templates/) to leave out of this run. */
  readonly skip?: readonly string[];
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly finding: Finding,
    options: { cause: unknown },
  ) {
    super(finding.message, options);
  }
}

/** Renders the site. Throws TemplateError for a mistake in a template, InternalError for anything else. */
export async function renderWithEleventy(options: EleventyOptions): Promise<{ pages: number }> {
  const { templatesDir, outputDir, site, onPage, skip = [] } = options;
  let pages = 0;
  const eleventy = new Eleventy(templatesDir, outputDir, {
    quietMode: true,
    configPath: false,
    config(config: EleventyConfig) {
      config.setTemplateFormats(['liquid']);
      config.setIncludesDirectory('_includes');
      config.setLayoutsDirectory('_layouts');
      config.setDataDirectory('_data');
      config.setUseGitIgnore(false);
      config.setQuietMode(true);
      // In-process rebuilds (watch mode) must never be served stale templates.
      config.setUseTemplateCache(false);
      config.setLiquidOptions({ outputEscape: 'escape', strictFilters: true, jsTruthy: true });
      config.addGlobalData('site', site);
      for (const name of skip) config.ignores.add(path.join(templatesDir, name));
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
    throw toTemplateError(err, templatesDir);
  }
  copyAssets(templatesDir, outputDir);
  return { pages };
}

/** Static assets (CSS, the search script) are copied as they are. */
function copyAssets(templatesDir: string, outputDir: string): void {
  const from = path.join(templatesDir, 'assets');
  if (fs.existsSync(from)) fs.cpSync(from, path.join(outputDir, 'assets'), { recursive: true });
}

interface LiquidLikeError {
  token?: { getPosition?: () => [number, number]; file?: string; input?: string };
  file?: string;
  message?: string;
  originalError?: unknown;
  cause?: unknown;
}

/** Finds the Liquid error inside Eleventy's wrappers and turns it into a finding at the template's line. */
function toTemplateError(err: unknown, templatesDir: string): Error {
  let e: unknown = err;
  for (let depth = 0; e && depth < 8; depth++) {
    const l = e as LiquidLikeError;
    if (l.token?.getPosition) {
      const [line, col] = l.token.getPosition();
      const file = l.token.file ?? l.file ?? 'templates';
      const rel = path.relative(path.dirname(templatesDir), file).split(path.sep).join('/');
      const message = (l.message ?? 'Mallfel').split('\n')[0]!.replace(/, file:.*$/, '');
      return new TemplateError(
        { file: rel, where: { kind: 'position', line, col }, code: 'template-error', message: `Mallen gick inte att rendera: ${message}`, hint: 'Rätta mallen i templates/; webbplatsen har inte ändrats.' },
        { cause: err },
      );
    }
    e = l.originalError ?? l.cause;
  }
  return new InternalError('Eleventy kunde inte rendera webbplatsen.', { cause: err });
}

/** The part of Eleventy's configuration API this adapter uses. */
interface EleventyConfig {
  ignores: Set<string>;
  setTemplateFormats(formats: string[]): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
  setUseGitIgnore(enabled: boolean): void;
  setQuietMode(quiet: boolean): void;
  setUseTemplateCache(enabled: boolean): void;
  setLiquidOptions(options: Record<string, unknown>): void;
  addGlobalData(name: string, data: unknown): void;
  addTransform(name: string, fn: (this: { page: { outputPath: string | false } }, content: string) => string): void;
}
