// The pipeline, written down once: read -> parse -> validate -> model -> render -> index.
// `check` runs the first three; `build` runs them all. Watch mode re-runs the same stages on what changed.
import type { Diagnostic, Finding } from './diagnostics.js';
import { atStart, hasErrors, sortDiagnostics } from './diagnostics.js';
import { readArchive, parseArchive, type LoadedArchive } from './load/index.js';
import type { ParsedFile } from './load/frontmatter.js';
import { Locator, type Locatable } from './load/locate.js';
import { validate, type ParsedArchive, type Validated } from './validate/index.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, type BuiltModel } from './model/build.js';
import { buildView, renderMeetings, type RenderedMeeting, type SiteOptions } from './render/view.js';
import { extraFiles } from './render/opendata.js';
import type { SearchIndexer } from './search/pagefind.js';
import { discard, prepareTemp, recover, swapIn } from './output/swap.js';

export interface Timings {
  [stage: string]: number;
}

export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly validated: Validated;
  readonly parsed: ParsedArchive;
  readonly fileCount: number;
  readonly ok: boolean;
  readonly timings: Timings;
}

/** Findings -> sorted diagnostics with exact positions. */
export function locateAll(findings: readonly Finding[], files: readonly ParsedFile[], extra: readonly { path: string; text: string }[] = []): Diagnostic[] {
  const byPath = new Map<string, Locatable>();
  for (const f of files) byPath.set(f.source.path, { text: f.source.text, ...(f.yaml ? { yaml: f.yaml } : {}) });
  for (const e of extra) if (!byPath.has(e.path)) byPath.set(e.path, { text: e.text });
  const locator = new Locator(byPath);
  return sortDiagnostics(findings.map((f) => locator.locate(f)));
}

/** Validates an already-read archive (used by check, build and watch mode alike). */
export function checkLoaded(loaded: LoadedArchive, timings: Timings = {}): CheckResult {
  let t = performance.now();
  const parsed = parseArchive(loaded);
  timings.parse = performance.now() - t;
  t = performance.now();
  const validated = validate(parsed);
  const diagnostics = locateAll([...loaded.findings, ...validated.findings], parsed.all);
  timings.validate = performance.now() - t;
  return { diagnostics, validated, parsed, fileCount: parsed.all.length, ok: !hasErrors(diagnostics), timings };
}

/** read -> parse -> validate. */
export function check(root: string): CheckResult {
  const t = performance.now();
  const loaded = readArchive(root);
  const timings: Timings = { read: performance.now() - t };
  return checkLoaded(loaded, timings);
}

// ---------------------------------------------------------------------------------------------
// build: check, then model -> render -> index, into a temporary folder swapped in at the end.

export interface BuildOptions extends SiteOptions {
  readonly root: string;
  readonly outDir: string;
  /** Folder with the templates; default: the root's templates/ if it has one, else the project's own. */
  readonly templatesDir?: string;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Meetings rendered by an earlier run; unchanged ones are reused (watch mode). */
  readonly previousRendered?: ReadonlyMap<string, RenderedMeeting>;
  /** Keep compiled templates in memory between builds of this process (not in watch mode). */
  readonly cacheTemplates?: boolean;
}

export type ProgressEvent =
  | { readonly stage: 'recovered'; readonly what: string }
  | { readonly stage: 'checked'; readonly files: number; readonly ms: number }
  | { readonly stage: 'modelled'; readonly meetings: number; readonly ms: number }
  | { readonly stage: 'rendered'; readonly pages: number; readonly ms: number }
  | { readonly stage: 'indexed'; readonly pages: number; readonly ms: number };

export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly meetings: number;
  readonly pages: number;
  readonly searchPages: number;
  readonly timings: Timings;
  readonly model?: BuiltModel;
  readonly rendered?: Map<string, RenderedMeeting>;
}

export const PROJECT_TEMPLATES = fileURLToPath(new URL('../templates', import.meta.url));

export function templatesFor(root: string): string {
  const own = path.join(root, 'templates');
  return fs.existsSync(path.join(own, '_layouts')) ? own : PROJECT_TEMPLATES;
}

/** Turns a written file's path into the URL Pagefind records for it. */
function pageUrl(outputPath: string, temp: string, base: string): string {
  const rel = path.relative(temp, outputPath).split(path.sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  for (const what of recover(options.outDir)) progress({ stage: 'recovered', what });
  let t = performance.now();
  const checked = check(options.root);
  const timings = checked.timings;
  progress({ stage: 'checked', files: checked.fileCount, ms: performance.now() - t });
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics, meetings: 0, pages: 0, searchPages: 0, timings };
  return render(checked, options, timings);
}

/** model -> render -> index -> swap, for an archive that passed the check. Also used by watch mode. */
export async function render(checked: CheckResult, options: BuildOptions, timings: Timings = {}): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  let t = performance.now();
  const model = buildModel(checked.validated.minutes, checked.validated.registry);
  const rendered = renderMeetings(model, options.previousRendered);
  const view = buildView(model, rendered, options);
  timings.model = performance.now() - t;
  progress({ stage: 'modelled', meetings: model.meetings.length, ms: timings.model });

  // Eleventy and Pagefind load only when a site is built, so `minutes check` starts fast.
  const { renderWithEleventy, TemplateError } = await import('./render/eleventy.js');
  const { SearchIndexer, SearchIndexError } = await import('./search/pagefind.js');
  const temp = prepareTemp(options.outDir);
  let indexer: SearchIndexer | undefined;
  try {
    t = performance.now();
    indexer = await SearchIndexer.start();
    const search = indexer;
    const { pages } = await renderWithEleventy({
      templatesDir: options.templatesDir ?? templatesFor(options.root),
      outputDir: temp,
      site: view,
      cacheTemplates: options.cacheTemplates ?? true,
      onPage: (outputPath, content) => search.add(pageUrl(outputPath, temp, options.base), content),
    });
    for (const f of extraFiles(model, options)) {
      const target = path.join(temp, f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
    }
    timings.render = performance.now() - t;
    progress({ stage: 'rendered', pages, ms: timings.render });
    t = performance.now();
    await search.write(path.join(temp, 'pagefind'));
    timings.index = performance.now() - t;
    progress({ stage: 'indexed', pages: search.count, ms: timings.index });
    swapIn(temp, options.outDir);
    return { ok: true, diagnostics: checked.diagnostics, meetings: model.meetings.length, pages, searchPages: search.count, timings, model, rendered };
  } catch (err) {
    discard(temp);
    if (err instanceof TemplateError) {
      const diagnostics = [...checked.diagnostics, ...locateAll([err.finding], [])];
      return { ok: false, diagnostics, meetings: model.meetings.length, pages: 0, searchPages: 0, timings };
    }
    if (err instanceof SearchIndexError) {
      const finding = { file: 'site/pagefind', where: atStart, code: 'search-index-error' as const, message: err.message, hint: 'Webbplatsen har inte ändrats. Kör bygget igen; kvarstår felet är det en bugg.' };
      return { ok: false, diagnostics: [...checked.diagnostics, ...locateAll([finding], [])], meetings: model.meetings.length, pages: 0, searchPages: 0, timings };
    }
    throw err;
  } finally {
    await indexer?.close();
  }
}
