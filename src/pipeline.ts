// The pipeline, written down once: read -> parse -> validate -> model -> render -> index.
// `check` runs the first three; `build` runs them all. Watch mode re-runs the same stages on what changed.
import type { Diagnostic, Finding } from './diagnostics.js';
import { atStart, hasErrors, sortDiagnostics } from './diagnostics.js';
import { readArchive, parseArchive, readAttachments, type AttachmentsRead, type LoadedArchive } from './load/index.js';
import { toldToImport } from './load/files.js';
import type { ParsedFile } from './load/frontmatter.js';
import { Locator, type Locatable } from './load/locate.js';
import { validate, type ParsedArchive, type Validated } from './validate/index.js';
import { attachmentNameFindings } from './validate/rules/attachment-names.js';
import fs from 'node:fs';
import path from 'node:path';
import type { BuiltModel } from './model/build.js';
import type { RenderedMeeting, SiteOptions } from './render/view.js';
import { discard, prepareTemp, recover, swapIn } from './output/swap.js';
import { lockSite } from './output/lock.js';
import { todayInSweden } from './util/dates.js';
import { publishAttachments } from './output/attachments.js';
import type { ImageSize } from './util/image-size.js';

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
  /** The sizes of the linked images (see AttachmentsRead). */
  readonly images: ReadonlyMap<string, ImageSize>;
}

/** Findings -> sorted diagnostics with exact positions. */
export function locateAll(findings: readonly Finding[], files: readonly ParsedFile[]): Diagnostic[] {
  const byPath = new Map<string, Locatable>();
  for (const f of files) byPath.set(f.source.path, { text: f.source.text, ...(f.yaml ? { yaml: f.yaml } : {}) });
  const locator = new Locator(byPath);
  return sortDiagnostics(findings.map((f) => locator.locate(f)));
}

/**
 * What reading found and what validation found, together; a file reading passed by as no minutes (file-ignored,
 * "protokoll.txt") is not reported when minutes link to it: it is an attachment, and published, so the names
 * in it (`attachments`: the linked text files, as read) are checked too; nor when it is the original of minutes
 * there (`originals`, see findOriginals).
 */
export function checkFindings(read: readonly Finding[], validated: Validated, attachments: AttachmentsRead, originals: ReadonlySet<string> = new Set()): Finding[] {
  const passed = (f: Finding) => f.code === 'file-ignored' && (validated.attached.has(f.file) || originals.has(f.file));
  const kept = validated.attached.size === 0 && originals.size === 0 ? read : read.filter((f) => !passed(f));
  return [...kept, ...validated.findings, ...attachments.findings, ...attachmentNameFindings(attachments.texts, validated.registry)];
}

/** import/originals.ts's importedOriginals: it loads the importer, which `minutes check` loads only when it is needed. */
export type FindOriginals = (root: string, files: readonly string[], validated: Validated, today?: string) => ReadonlySet<string>;

/** The importer's finder of originals, when reading found files told to be imported (else none is needed). */
export async function originalsFinder(read: readonly Finding[]): Promise<FindOriginals | undefined> {
  return read.some(toldToImport) ? loadOriginalsFinder() : undefined;
}

export const loadOriginalsFinder = async (): Promise<FindOriginals> => (await import('./import/originals.js')).importedOriginals;

/** The files told to be imported whose minutes are there already (see import/originals.ts). */
export function findOriginals(root: string, read: readonly Finding[], validated: Validated, today: string | undefined, find: FindOriginals | undefined): ReadonlySet<string> {
  const told = find ? read.filter(toldToImport).map((f) => f.file) : [];
  return told.length === 0 ? new Set() : find!(root, told, validated, today);
}

/**
 * Validates an already-read archive (used by check, build and watch mode alike); `find`, when given, passes by the
 * originals of minutes there (see checkArchive).
 */
export function checkLoaded(loaded: LoadedArchive, timings: Timings = {}, today?: string, find?: FindOriginals, siteUrl?: string): CheckResult {
  let t = performance.now();
  const parsed = parseArchive(loaded);
  timings.parse = performance.now() - t;
  t = performance.now();
  const validated = validate(siteUrl === undefined ? parsed : { ...parsed, siteUrl }, undefined, today);
  const attachments = readAttachments(loaded.root, validated.attached);
  const originals = findOriginals(loaded.root, loaded.findings, validated, today, find);
  const diagnostics = locateAll(checkFindings(loaded.findings, validated, attachments, originals), parsed.all);
  timings.validate = performance.now() - t;
  return { diagnostics, validated, parsed, fileCount: parsed.all.length, ok: !hasErrors(diagnostics), timings, images: attachments.images };
}

/**
 * read -> parse -> validate; `today` (ÅÅÅÅ-MM-DD) is the day the dates are checked against, if any; `templatesDir`
 * the templates the site is built with (by default the root's templates/ if it has one, else minutes' own). An
 * original of minutes there is still told to be imported: checkArchive knows it.
 */
export function check(root: string, today?: string, templatesDir?: string): CheckResult {
  const { loaded, timings } = readTimed(root, templatesDir);
  return checkLoaded(loaded, timings, today);
}

/**
 * check, as `minutes check` and `build` run it: a text file told to be imported whose minutes are there is their
 * original and not told (the importer, which finds them, is loaded only for such a file). `siteUrl`: the site's
 * own address (--url), whose images are not another site's.
 */
export async function checkArchive(root: string, today?: string, templatesDir?: string, siteUrl?: string): Promise<CheckResult> {
  const { loaded, timings } = readTimed(root, templatesDir);
  return checkLoaded(loaded, timings, today, await originalsFinder(loaded.findings), siteUrl);
}

function readTimed(root: string, templatesDir: string | undefined): { loaded: LoadedArchive; timings: Timings } {
  const t = performance.now();
  const loaded = readArchive(root, templatesDir);
  return { loaded, timings: { read: performance.now() - t } };
}

// ---------------------------------------------------------------------------------------------
// build: check, then model -> render -> index, into a temporary folder swapped in at the end.

export interface BuildOptions extends SiteOptions {
  readonly root: string;
  readonly outDir: string;
  /** Folder with the templates; default: the root's templates/ if it has one, else the project's own. */
  readonly templatesDir?: string;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** Keep compiled templates in memory between builds of this process (not in watch mode). */
  readonly cacheTemplates?: boolean;
}

export type ProgressEvent =
  | { readonly stage: 'recovered'; readonly what: string; readonly failed?: boolean }
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
}


/** The render stage's result, before indexing. */
export type Rendered =
  | { readonly ok: true; readonly diagnostics: readonly Diagnostic[]; readonly meetings: number; readonly pages: number }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly meetings: number };

/** What the pages are rendered from: the model, every meeting's text, and what the check found. */
export interface Modelled {
  readonly model: BuiltModel;
  readonly rendered: ReadonlyMap<string, RenderedMeeting>;
  readonly diagnostics: readonly Diagnostic[];
}

/** The model and render stages, loaded only when a site is built, so that `minutes check` starts fast. */
export const loadRenderer = () =>
  Promise.all([
    import('./model/build.js'),
    import('./render/view.js'),
    import('./render/opendata.js'),
    import('./render/eleventy.js'),
    import('./render/templates.js'),
    import('./render/template-language.js'),
  ]);

/**
 * model -> render, into `temp`: every page through Eleventy and the open data beside them; then the links check
 * could not check (link-unchecked) are told against what was written.
 */
export async function renderSite(checked: CheckResult, options: BuildOptions, temp: string, timings: Timings): Promise<Rendered> {
  const [{ buildModel }, { renderMeetings }] = await loadRenderer();
  const t = performance.now();
  const model = buildModel(checked.validated.minutes, checked.validated.registry);
  const rendered = renderMeetings(model, options.base, undefined, checked.validated.files, checked.images, options.siteUrl);
  const written = await writeSite({ model, rendered, diagnostics: checked.diagnostics }, options, temp, timings, t);
  const { unchecked } = checked.validated;
  if (!written.ok || unchecked.length === 0) return written;
  const [{ writtenLinkFindings }, { writtenSite }] = await Promise.all([import('./validate/rules/written-links.js'), import('./output/written.js')]);
  const diagnostics = sortDiagnostics([...written.diagnostics.filter((d) => d.code !== 'link-unchecked'), ...locateAll(writtenLinkFindings(unchecked, writtenSite(temp)), checked.parsed.minutes)]);
  return hasErrors(diagnostics) ? { ok: false, diagnostics, meetings: written.meetings } : { ...written, diagnostics };
}

/** render, into `temp`, from a model made already (since `modelStarted`, for the timings). */
export async function writeSite({ model, rendered, diagnostics }: Modelled, options: BuildOptions, temp: string, timings: Timings, modelStarted = performance.now()): Promise<Rendered> {
  const progress = options.onProgress ?? (() => {});
  const [, { buildView, publishedAttachments }, { extraFiles }, { renderWithEleventy, TemplateError }, { templateProblems, templatesFor }, { templateLanguageFindings }] = await loadRenderer();
  const view = buildView(model, rendered, options);
  timings.model = performance.now() - modelStarted;
  progress({ stage: 'modelled', meetings: model.meetings.length, ms: timings.model });

  const t = performance.now();
  const templatesDir = options.templatesDir ?? templatesFor(options.root);
  const missing = templateProblems(templatesDir);
  if (missing.length > 0) return { ok: false, diagnostics: [...diagnostics, ...locateAll(missing, [])], meetings: model.meetings.length };
  try {
    const { pages } = await renderWithEleventy({
      templatesDir,
      outputDir: temp,
      site: view,
      cacheTemplates: options.cacheTemplates ?? true,
    });
    for (const f of extraFiles(model, options)) {
      const target = path.join(temp, f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
    }
    publishAttachments(options.root, temp, publishedAttachments(rendered));
    timings.render = performance.now() - t;
    progress({ stage: 'rendered', pages, ms: timings.render });
    // Warnings about the templates themselves, beside those about the minutes.
    const warnings = locateAll(templateLanguageFindings(templatesDir), []);
    return { ok: true, diagnostics: sortDiagnostics([...diagnostics, ...warnings]), meetings: model.meetings.length, pages };
  } catch (err) {
    if (err instanceof TemplateError) return { ok: false, diagnostics: [...diagnostics, ...locateAll([err.finding], [])], meetings: model.meetings.length };
    throw err;
  }
}

/**
 * index: Pagefind over the meeting pages just rendered into `temp` (only their data-pagefind-body, filters and
 * metadata count), written into its pagefind/ folder. URLs in the index are relative to the site's root; the
 * search page's bundle path (under --base) tells Pagefind's interface where that root is.
 */
async function indexSearch(temp: string, outDir: string, timings: Timings, progress: (e: ProgressEvent) => void): Promise<number> {
  const [{ SearchIndexer, indexedPages }, { MEETING_PAGES_GLOB }] = await Promise.all([import('./search/pagefind.js'), import('./render/view.js')]);
  const t = performance.now();
  const indexer = await SearchIndexer.start();
  try {
    const found = await indexer.addDirectory(temp, MEETING_PAGES_GLOB);
    // The current site's index, if there is one, lends its unchanged files (see search/reuse.ts).
    await indexer.write(path.join(temp, 'pagefind'), path.join(outDir, 'pagefind'));
    const pages = indexedPages(path.join(temp, 'pagefind')) ?? found;
    timings.index = performance.now() - t;
    progress({ stage: 'indexed', pages, ms: timings.index });
    return pages;
  } finally {
    await indexer.close();
  }
}

/**
 * A search index failure as a diagnostic (the site is left as it was). When the disk refused Pagefind a write, it
 * says so, and where: the folder the site is built in (the index was written into a temporary folder there).
 */
async function searchFailure(err: unknown, checked: readonly Diagnostic[], outDir: string): Promise<Diagnostic[] | undefined> {
  const { SearchIndexError } = await import('./search/pagefind.js');
  if (!(err instanceof SearchIndexError)) return undefined;
  const finding = err.disk
    ? { file: 'site/pagefind', where: atStart, code: 'search-index-error' as const, message: `Sökindexet gick inte att skriva: ${err.disk.words} (${err.disk.code}) där webbplatsen byggs, i ${path.dirname(outDir)}.`, hint: `Webbplatsen i ${outDir} har inte ändrats. ${err.disk.remedy} och kör bygget igen.` }
    : { file: 'site/pagefind', where: atStart, code: 'search-index-error' as const, message: err.message, hint: 'Webbplatsen har inte ändrats. Se till att det finns plats på disken och kör bygget igen; kvarstår felet är det en bugg.' };
  return [...checked, ...locateAll([finding], [])];
}

/**
 * read -> parse -> validate -> model -> render (in a worker thread, whose memory is all returned when it ends)
 * -> index (Pagefind, once the worker is gone) -> swap the new site in.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  // One writer of the site folder at a time (a running minutes dev, another build): see output/lock.ts.
  const unlock = lockSite(options.outDir, 'build');
  try {
    return await buildLocked(options);
  } finally {
    unlock();
  }
}

/**
 * The options with the day the site is built for decided once, at the start: a build that runs past midnight (in
 * Sweden) checks future dates, shows coming meetings and overdue actions, and writes calendars and open data all
 * as of the same day.
 */
export function forOneDay<T extends SiteOptions>(options: T): T & { readonly today: string } {
  return { ...options, today: options.today ?? todayInSweden() };
}

async function buildLocked(options: BuildOptions): Promise<BuildResult> {
  for (const r of recover(options.outDir)) options.onProgress?.({ stage: 'recovered', ...r });
  return buildSite(forOneDay(options));
}

/**
 * render (in a worker thread) -> index -> swap in, for a site folder this process has locked: `build`, and
 * `minutes dev` when it builds everything, which hands the thread the model it made (`modelled`) rather than
 * have it check the archive and make one again. The thread that calls this stays free, to hear Ctrl-C at once;
 * `stop` ends the work with nothing swapped in.
 */
export async function buildSite(options: BuildOptions, { stop, modelled }: { stop?: AbortSignal; modelled?: Promise<Modelled> } = {}): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  const temp = prepareTemp(options.outDir);
  const timings: Timings = {};
  // The check's warnings, kept to be reported beside a search index failure.
  let checked: readonly Diagnostic[] = [];
  try {
    // Loaded here, not at the top: `minutes check` loads this module and none of the renderer's.
    const { renderInWorker } = await import('./render/worker-client.js');
    const r = await renderInWorker(options, temp, progress, { stop, modelled });
    Object.assign(timings, r.timings);
    checked = r.diagnostics;
    if (!r.ok) {
      discard(temp);
      return { ok: false, diagnostics: r.diagnostics, meetings: r.meetings, pages: 0, searchPages: 0, timings };
    }
    stop?.throwIfAborted();
    const searchPages = await indexSearch(temp, options.outDir, timings, progress);
    stop?.throwIfAborted();
    swapIn(temp, options.outDir);
    return { ok: true, diagnostics: r.diagnostics, meetings: r.meetings, pages: r.pages, searchPages, timings };
  } catch (err) {
    discard(temp);
    const diagnostics = await searchFailure(err, checked, options.outDir);
    if (diagnostics) return { ok: false, diagnostics, meetings: 0, pages: 0, searchPages: 0, timings };
    throw err;
  }
}
