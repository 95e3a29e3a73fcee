// Watch mode's state between edits: every input file read and parsed once, the last good model and the
// rendered text of every meeting. An edit re-reads only the files that changed, re-validates everything
// (cheap: parsing is what costs), and re-renders only the pages the edit affects — the same pipeline
// stages as `minutes build`, run on less.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import { MINUTES_DIR, ORGANISATIONS_FILE, PEOPLE_FILE, relativePath, wordMinutesDate } from '../load/files.js';
import { isSizedImage, readAttachments, readImageSize } from '../load/index.js';
import type { ImageSize } from '../util/image-size.js';
import { isTextAttachment } from '../validate/rules/attachment-names.js';
import { newValidationCache, validateSteps } from '../validate/index.js';
import { PROJECT_TEMPLATES, TEMPLATES_DIR, templatesFor } from '../render/templates.js';
import { templateFiles } from '../load/template-files.js';
import { isEditorFile } from '../util/editor-files.js';
import { buildSite, checkFindings, findOriginals, forOneDay, loadOriginalsFinder, locateAll, type BuildOptions, type CheckResult, type FindOriginals, type Modelled } from '../pipeline.js';
import { buildModel, buildModelSteps, type BuiltModel } from '../model/build.js';
import { buildView, paths, publishedAttachments, renderMeetings, renderMeetingsSteps, siteFeedView, type FeedView, type RenderedMeeting } from '../render/view.js';
import { renderWithEleventy, TemplateError } from '../render/eleventy.js';
import { copyAsset } from '../render/assets.js';
import { freshTemplateModules } from '../render/template-modules.js';
import { extraFilesInSteps } from '../render/opendata.js';
import { pagePaths } from '../render/paths.js';
import { formerExtraPaths, redirectFiles } from '../render/redirects.js';
import { affectedBy, skippedTemplates } from './affected.js';
import { changedPages, siteFeed, withoutSamePages, withoutSameSiteFeed } from './changed-pages.js';
import { changedAfter, InputFiles } from './inputs.js';
import { attachmentPath, foldPath, linkedFiles } from '../model/links.js';
import { publishAttachments, unpublishAttachments } from '../output/attachments.js';
import { allSteps, stepsInTurns, stepsUnless, type Steps } from '../util/steps.js';
import { MEETING_PAGES_GLOB } from '../render/paths.js';
import { sameExtrasData, sameExtrasDataOf } from './extras-data.js';
import type { AfterSavesWork } from './after-saves.js';

/** The folder of the meeting pages ("grupper/"), which alone the search index is made from. */
const SEARCHED = MEETING_PAGES_GLOB.slice(0, MEETING_PAGES_GLOB.indexOf('/') + 1);

export type UpdateResult =
  | { readonly kind: 'errors'; readonly diagnostics: readonly Diagnostic[] }
  /** Nothing saved matters to the site (an editor's own file beside the minutes): nothing rebuilt, nothing to reload. */
  | { readonly kind: 'unchanged'; readonly diagnostics: readonly Diagnostic[] }
  /** Only files of templates/assets/ were saved: copied into the site as they are, no page rebuilt. */
  | { readonly kind: 'copied'; readonly diagnostics: readonly Diagnostic[]; readonly written: readonly string[]; readonly ms: number }
  /**
   * `written`: the files of the site written or removed (absolute paths); none listed for a full rebuild, which wrote
   * all. `afterwards`: whether the data files and the search index are to be made again (neither after a full rebuild).
   * `moved`: the addresses now, from the site's root, of the meetings' pages this save moved (see DevSession's `moved`).
   */
  | { readonly kind: 'rendered'; readonly diagnostics: readonly Diagnostic[]; readonly pages: number; readonly full: boolean; readonly written: readonly string[]; readonly ms: number; readonly afterwards: AfterSavesWork; readonly moved: readonly string[] };

/** What a save did, with the saved paths that mattered to it (see `update`). */
export type SaveResult = UpdateResult & { readonly saved: readonly string[] };

interface Unbuilt {
  readonly full: boolean;
  /** Compare every page's data, old and new, to find what to rebuild. */
  readonly compare: boolean;
  readonly touched: readonly string[];
}

export class DevSession {
  private readonly inputs: InputFiles;
  private model?: BuiltModel;
  private rendered = new Map<string, RenderedMeeting>();
  /** Meeting id of each minutes file in the last good model, to find pages that move or disappear. */
  private meetingOfFile = new Map<string, string>();
  /**
   * Where the page of each meeting moved by a save went, its group or date changed in its file: its address before
   * to its address now, from the site's root ("/grupper/gug/2016-03-07/" to "/grupper/gug/2016-03-08/"). A page
   * open at the old address follows it when the save reloads it (see server.ts), where it would find no page.
   */
  private moved = new Map<string, string>();
  /**
   * The pages and calendars at former addresses on disk (redirects.ts, "grupper/gug/index.html"), as written by the
   * last full build or `writeExtras`. (The feeds there are pages of templates/, removed as other pages are.)
   */
  private formerOnDisk = new Set<string>();
  /** The text of each page at a former address as last written ("grupper/gug/index.html"), to write only what changed. */
  private redirectsWritten = new Map<string, string>();
  /** The day the data files in the site, or those left to make, are made for (a group's members are those of the day). */
  private extrasDay: string | undefined;
  /** Whether the site's pages are those of the last good model (not so after a render stopped by a template's error). */
  private pagesAsWritten = true;
  /** The data of the site's feed as last written (after a full build, made from its model when first asked for). */
  private lastSiteFeed: (() => FeedView) | undefined;
  /** The attachments in the site (paths from the root), and the files links of the last check name, present or not (folded). */
  private published = new Set<string>();
  private linked = new Set<string>();
  /** Attachments saved or back since the last rebuild that a check must pass first (text ones are read for names). */
  private savedAttachments = new Set<string>();
  /** The sizes of the linked images as the site's pages give them. */
  private images: ReadonlyMap<string, ImageSize> = new Map();
  /** Per-file validation of files that have not changed since the last run. */
  private readonly validation = newValidationCache();
  /**
   * What saves since the last successful build changed: minutes files, whether pages to rebuild must be found by
   * comparison (after an edit of a registry or of folders), and whether everything must be rebuilt (templates).
   */
  private unbuilt: Unbuilt = { full: false, compare: false, touched: [] };
  diagnostics: readonly Diagnostic[] = [];
  /** Whether the site is being rebuilt whole, in a temporary folder (left and removed on Ctrl-C, not waited for). */
  rebuildingAll = false;
  private templates: string;
  /** The options of the last run, with the day it was for (see `forOneDay`): the extra files are of that day too. */
  private runOptions: BuildOptions;
  /** When `start` began reading (ms since the epoch). */
  private startedAt = 0;
  /** Finds the originals of minutes among the text files told to be imported (see import/originals.ts). */
  private findOriginals?: FindOriginals;

  constructor(private readonly options: BuildOptions) {
    this.templates = options.templatesDir ?? templatesFor(options.root);
    this.runOptions = options;
    this.inputs = new InputFiles(options.root);
  }

  /** The templates the site is built with: the archive's own templates/ while it has one, else minutes' own. */
  get templatesDir(): string {
    return this.templates;
  }

  get root(): string {
    return this.options.root;
  }

  get hasErrors(): boolean {
    return hasErrors(this.diagnostics);
  }

  /** Source text of every input file, for code frames in error messages. */
  sourceOf(file: string): string | undefined {
    return this.inputs.sourceOf(file);
  }

  /** Reads everything and builds the whole site. */
  async start(): Promise<UpdateResult> {
    this.startedAt = Date.now();
    return this.rebuild({ full: true, compare: false, touched: [] }, true);
  }

  /**
   * The files saved since `start` read them (absolute paths), which the file watcher, started after the first
   * build, did not see: minutes, registries and attachments (see InputFiles.savedSinceSteps), and the archive's own
   * templates changed or its templates/ folder added or removed. Applied as saves, they bring the site up to date.
   * Found in steps, as the first build reads (see util/steps.ts), so that Ctrl-C is heard meanwhile.
   */
  *savedSinceStartSteps(): Steps<string[]> {
    const saved = (yield* this.inputs.savedSinceSteps(this.startedAt)).map((rel) => path.join(this.root, rel));
    const own = path.join(this.root, TEMPLATES_DIR);
    if ((this.options.templatesDir ?? templatesFor(this.root)) !== this.templates) saved.push(own);
    else if (this.templates === own) saved.push(...templateFiles(own).map((rel) => path.join(own, rel)).filter((abs) => changedAfter(abs, this.startedAt)));
    return saved;
  }

  /**
   * Does, once and while dev waits for the first save, the work that save would otherwise do for the first time in
   * this thread on top of its own (the first build rendered in a thread of its own): a save of the first meeting is
   * made as far as its page, rendered into a temporary folder, not the site, and thrown away. Loading Eleventy and
   * the templates, compiling the code of the check, the model and the views, and collecting what the first build
   * left behind cost the first save 300-400 ms at 10,000 minutes, a third more than later ones. Nothing of the
   * session changes. `stop` is asked between steps: a save that comes ends it there (Eleventy's page, a tenth of a
   * second, is finished first); so does a problem, which the save shows if it is one.
   */
  async warmUp(stop: () => boolean): Promise<void> {
    const model = this.model;
    const first = model?.meetings[0];
    if (!model || !first || this.hasErrors) return;
    const options = this.runOptions as BuildOptions & { readonly today: string };
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-dev-warm-up-'));
    try {
      const checked = await stepsUnless(this.checkSteps(options.today, false), stop);
      if (!checked?.ok) return;
      const made = await stepsUnless(buildModelSteps(checked.validated.minutes, checked.validated.registry), stop);
      if (!made || stop()) return;
      const rendered = await stepsUnless(renderMeetingsSteps(made, options.base, this.rendered, checked.validated.files, checked.images), stop);
      if (!rendered || stop()) return;
      const affected = affectedBy({ old: [first.id], new: [first.id] }, { model, rendered: this.rendered }, { model: made, rendered });
      const ownTemplates = path.resolve(this.templatesDir) !== path.resolve(PROJECT_TEMPLATES);
      if (stop()) return;
      await renderWithEleventy({ templatesDir: this.templatesDir, outputDir: temp, site: buildView(made, rendered, options, affected), cacheTemplates: false, skip: skippedTemplates(affected, ownTemplates) });
    } catch {
      // A template that fails now fails the save too, which says so.
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  }

  /**
   * Applies changed paths (relative to the root or absolute) and rebuilds what they affect. The result names the
   * saved paths that mattered (from the root): not those passed by, as an editor's temporary file, written and
   * renamed away within the save (`sed -i`'s "sedCu0ZBa").
   */
  async update(changed: readonly string[]): Promise<SaveResult> {
    const started = performance.now();
    // The archive's own templates/ added or removed (copied in to be changed, git checkout): a build would now use
    // the other folder, so everything is built with it.
    const templates = this.options.templatesDir ?? templatesFor(this.root);
    // The site folder removed while dev runs (to start afresh, by git clean): the save's pages alone would be a site
    // of a few pages, so everything is built again.
    const siteGone = !fs.existsSync(this.options.outDir);
    let full = !this.model || templates !== this.templates || siteGone;
    this.templates = templates;
    let compare = false;
    const touchedMinutes: string[] = [];
    const copied: string[] = [];
    const passed = new Set<string>();
    // Minutes found gone when another file came (see below): named in the line whether or not the watcher reports them.
    const vanished = new Set<string>();
    for (const p of changed) {
      const rel = relativePath(this.root, path.resolve(this.root, p));
      if (vanished.has(rel)) continue;
      // An editor's own file in templates/ (Emacs's autosave #about.11ty.mjs#) is neither a template nor published.
      if (path.resolve(this.root, p).startsWith(this.templatesDir + path.sep) && isEditorFile(path.basename(p))) {
        passed.add(p);
        continue;
      }
      const asset = this.model && !siteGone ? this.copyAsset(path.resolve(this.root, p)) : undefined;
      if (asset) {
        this.inputs.assetSaved(asset);
        copied.push(asset);
        continue;
      }
      if (rel === PEOPLE_FILE) {
        this.inputs.readPeople();
        compare = true;
      } else if (rel === ORGANISATIONS_FILE) {
        this.inputs.readOrganisations();
        compare = true;
      } else if (rel === MINUTES_DIR || rel.startsWith(`${MINUTES_DIR}/`)) {
        if (rel.toLowerCase().endsWith('.md') && this.inputs.isMinutesFile(rel)) {
          // A new name is often half of a rename whose other half is still to be reported: look for files gone.
          const came = !this.inputs.knows(rel);
          if (came) for (const gone of this.inputs.forgetVanished()) vanished.add(gone);
          this.inputs.readMinutes(rel);
          touchedMinutes.push(rel);
          // Minutes of the day a Word file beside them is named for came or went: the walk reports that file only without them.
          if ((came || !this.inputs.knows(rel)) && this.inputs.hasWordFileOfDay(rel)) {
            this.inputs.rescan();
            compare = true;
          }
        } else {
          const other = this.inputs.noteOther(rel);
          // Copied into the site, if published, once the next check passes (a text one is read for names first).
          if (other === 'changed' || other === 'added') this.savedAttachments.add(rel);
          // A Word file named for a day that came or went is one the walk reports (file-ignored), or no longer; saved again, the same.
          const word = (other === 'added' || other === 'removed') && wordMinutesDate(path.basename(rel)) !== undefined;
          if (word || this.inputs.walkSees(rel)) {
            // A folder appeared, vanished or was renamed: look at the whole tree again.
            this.inputs.rescan();
            compare = true;
          } else if (other === 'changed' && this.published.has(rel) && !isTextAttachment(rel) && this.sameSize(rel)) {
            // An attachment saved again: copied into the site as it is, like a stylesheet (an image at another size
            // rebuilds the pages that show it, which give its size).
            copied.push(...publishAttachments(this.root, this.options.outDir, [rel]));
          } else if (other !== 'none' && this.linked.has(foldPath(rel))) {
            // An attachment a link names came or went, or a text one changed (names in it are checked): the check
            // runs again, and the pages that link to it are found by rendering them.
          } else if (other !== 'changed' && other !== 'none' && this.diagnostics.some((d) => d.code === 'broken-link')) {
            // A file came or went that may be, or have been, the nearest name a broken link's hint gives.
          } else passed.add(p);
        }
      } else if (path.resolve(this.root, p).startsWith(this.templatesDir + path.sep)) {
        // A file gone that the templates did not have was an editor's temporary one, written and renamed away.
        const inTemplates = relativePath(this.templatesDir, path.resolve(this.root, p));
        if (fs.existsSync(path.resolve(this.root, p)) || this.inputs.hadTemplate(inTemplates)) full = true;
        else passed.add(p);
      }
    }
    touchedMinutes.push(...vanished);
    const saved = [...new Set([...changed.filter((p) => !passed.has(p)).map((p) => relativePath(this.root, path.resolve(this.root, p))), ...vanished])];
    if (saved.length === 0) return { kind: 'unchanged', diagnostics: this.diagnostics, saved };
    // A stylesheet or an image changes no page: it is in the site already, at once, also while there are errors.
    if (copied.length + passed.size === changed.length) return { kind: 'copied', diagnostics: this.diagnostics, written: copied, ms: performance.now() - started, saved };
    // Edits saved while the archive had errors were not built: they are built with the save that fixes it.
    const touched = [...new Set([...this.unbuilt.touched, ...touchedMinutes])];
    full ||= this.unbuilt.full;
    compare ||= this.unbuilt.compare;
    this.unbuilt = { full, compare, touched };
    const result = await this.rebuild({ full, compare, touched });
    if (result.kind === 'rendered') this.unbuilt = { full: false, compare: false, touched: [] };
    return { ...result, saved };
  }

  /**
   * Copies a saved file of templates/assets/ into the site's assets/ as a build copies it; returns its path in
   * the site. Undefined for anything else, and for a file gone (a rebuild finds out whether it was needed).
   */
  private copyAsset(abs: string): string | undefined {
    const assets = path.join(this.templatesDir, 'assets');
    if (!abs.startsWith(assets + path.sep) || !fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) return undefined;
    const rel = path.relative(this.templatesDir, abs);
    copyAsset(abs, path.join(this.options.outDir, rel));
    return rel.split(path.sep).join('/');
  }

  /** Whether the image `rel` is as large as the pages give it (any other attachment has no size). */
  private sameSize(rel: string): boolean {
    if (!isSizedImage(rel)) return true;
    let size: ImageSize | undefined;
    try {
      size = readImageSize(path.join(this.root, rel));
    } catch {
      // Gone or unreadable since it was saved: the check says so.
      return false;
    }
    const shown = this.images.get(rel);
    return size?.width === shown?.width && size?.height === shown?.height;
  }

  /** Whether the file watcher should look into a path under minutes/ (see InputFiles.watches). */
  watches(p: string): boolean {
    return this.inputs.watches(p);
  }

  private check(today: string): CheckResult {
    return allSteps(this.checkSteps(today));
  }

  /** `keep`: the files links name are kept for the saves to come (not by the warm-up, which changes nothing). */
  private *checkSteps(today: string, keep = true): Steps<CheckResult> {
    const { archive, readFindings, all } = this.inputs.archive();
    const validated = yield* validateSteps(archive, this.validation, today);
    if (keep) this.linked = linkedFiles(archive.minutes.map((p) => ({ file: p.source.path, links: this.validation.files.get(p)?.links ?? [] })), validated.files);
    const attachments = readAttachments(this.root, validated.attached);
    const originals = findOriginals(this.root, readFindings, validated, today, this.findOriginals);
    const diagnostics = locateAll(checkFindings(readFindings, validated, attachments, originals), all);
    return { diagnostics, validated, parsed: archive, fileCount: all.length, ok: !hasErrors(diagnostics), timings: {}, images: attachments.images };
  }

  /** `readAll`: read every input file first (the first build). */
  private async rebuild({ full, compare, touched }: Unbuilt, readAll = false): Promise<UpdateResult> {
    const started = performance.now();
    // dev loads the importer at once (check only for a file told to be imported): a text saved later may be one.
    this.findOriginals ??= await loadOriginalsFinder();
    const options = forOneDay(this.options);
    const previousOptions = this.runOptions;
    this.runOptions = options;
    // Every save in templates/ rebuilds the site whole, and may add a page or take one away that links name.
    if (full || !this.model) this.inputs.readTemplates(this.templatesDir);
    // The modules of templates/ this thread imported for earlier saves are imported afresh by the next: said now,
    // well before that render, since Eleventy's module loader hears of it in a thread of its own.
    if (full || !this.model) await freshTemplateModules(this.templatesDir);
    if (full || !this.model) return this.rebuildAll(options, started, readAll);
    const checked = this.check(options.today);
    this.diagnostics = checked.diagnostics;
    if (!checked.ok) return { kind: 'errors', diagnostics: checked.diagnostics };

    const before = { model: this.model, rendered: this.rendered };
    // A save of a meeting's text alone gives the last model again with that text (see withNewBodies).
    const model = buildModel(checked.validated.minutes, checked.validated.registry, this.model);
    const rendered = renderMeetings(model, this.options.base, this.rendered, checked.validated.files, checked.images);
    const after = { model, rendered };
    const newIds = new Map(model.meetings.map((m) => [m.file, m.id]));
    const oldIds = touched.map((f) => this.meetingOfFile.get(f)).filter((x): x is string => x !== undefined);
    // A meeting whose links now lead elsewhere (the meeting it links to moved, an attachment came or went) is
    // rendered again, as if it were edited.
    const edited = new Set(touched);
    const relinkedIds = model.meetings.filter((m) => !edited.has(m.file) && rendered.get(m.id) !== this.rendered.get(m.id)).map((m) => m.id);
    // An edit of minutes affects pages that can be listed; an edit of a registry or of folders is found by
    // comparing every page's data, and so is an edit of minutes that moves someone published by initials to
    // another page address (people with the same initials are numbered by the first meeting they were at).
    compare ||= [...model.people.values()].some((p) => p.publicId !== before.model.people.get(p.id)?.publicId);
    const changed = compare ? changedPages(buildView(before.model, before.rendered, options), buildView(model, rendered, options), model) : undefined;
    const listed = changed?.affected ?? affectedBy({ old: [...oldIds, ...relinkedIds], new: [...touched.map((f) => newIds.get(f)).filter((x): x is string => x !== undefined), ...relinkedIds] }, before, after);
    // Of the pages an edit of minutes can change, those whose data is as written last are left as they are (the
    // comparison above found only pages that changed), unless the last render stopped part-way. Comparing them costs
    // about as much as writing them (60-110 ms at 10,000 minutes), so an edit that changed a meeting's text, as most
    // do, writes them without: only one that left every text as it was (a blank line, the fields, saved as it was) asks.
    const textChanged = touched.some((f) => {
      const id = newIds.get(f);
      return id === undefined || id !== this.meetingOfFile.get(f) || rendered.get(id)?.html !== before.rendered.get(id)?.html;
    });
    const affected = changed || !this.pagesAsWritten || textChanged ? listed : withoutSamePages(listed, buildView(before.model, before.rendered, previousOptions, listed), buildView(model, rendered, options, listed), model);
    const written: string[] = [];
    const ownTemplates = path.resolve(this.templatesDir) !== path.resolve(PROJECT_TEMPLATES);
    const whole = buildView(model, rendered, options, affected);
    const view = withoutSameSiteFeed(whole, this.lastSiteFeed?.(), ownTemplates && affected.indexPages === true);
    // Pages and feeds gone from the view go first: a folder removed may hold what is rendered now (a group's id
    // changed, its feed is written again at the old address, under the folder of its page there before).
    for (const page of changed?.removed ?? []) {
      fs.rmSync(path.join(this.options.outDir, page), { recursive: true, force: true });
      written.push(path.join(this.options.outDir, page));
    }
    let pages: number;
    try {
      ({ pages } = await renderWithEleventy({
        templatesDir: this.templatesDir,
        outputDir: this.options.outDir,
        site: view,
        cacheTemplates: false,
        skip: skippedTemplates(affected, ownTemplates),
        onPage: (outputPath) => written.push(outputPath),
      }));
    } catch (err) {
      // A template that is still broken is the editor's problem to fix, shown like any other.
      if (!(err instanceof TemplateError)) throw err;
      // The site's feed may have been written before the error, or not: the next rebuild writes it, and the
      // pages it would leave as they were (some may be of the model that failed).
      this.lastSiteFeed = undefined;
      this.pagesAsWritten = false;
      this.diagnostics = [...checked.diagnostics, ...locateAll([err.finding], [])];
      return { kind: 'errors', diagnostics: this.diagnostics };
    }
    const feed = siteFeed(whole);
    this.lastSiteFeed = () => feed;
    this.pagesAsWritten = true;
    // Pages of meetings that moved or disappeared go away, once the pages linking to them are rewritten.
    for (const id of oldIds) {
      if (model.meetingById.has(id)) continue;
      const gone = before.model.meetingById.get(id);
      if (!gone) continue;
      fs.rmSync(path.join(this.options.outDir, paths.meeting(gone)), { recursive: true, force: true });
      written.push(path.join(this.options.outDir, paths.meeting(gone)));
    }
    pages += this.writeRedirects(model, options, written);
    // The data files are made again when what they hold changed: compared meeting by meeting after an edit of
    // minutes, whole after one of a registry or folders (a second's tenth or two beside seconds comparing pages).
    const editedMeetings = touched.map((f) => [this.meetingOfFile.get(f), newIds.get(f)] as const);
    const data = options.today !== this.extrasDay || !(compare ? sameExtrasData(before.model, model) : sameExtrasDataOf(before.model, model, editedMeetings));
    this.extrasDay = options.today;
    const kept = this.remember(model, rendered, checked.images, false);
    written.push(...kept.attachments);
    const index = written.some((f) => relativePath(this.options.outDir, f).startsWith(SEARCHED));
    return { kind: 'rendered', diagnostics: checked.diagnostics, pages, full: false, written, ms: performance.now() - started, afterwards: { data, index }, moved: kept.moved };
  }

  /**
   * Builds the whole site as `minutes build` does, its pages rendered in a worker thread from the model this thread
   * makes (and keeps, for later saves to start from). Eleventy renders and writes page after page without once
   * returning to the event loop: in this thread it would hold Ctrl-C back until the last page was written (seconds
   * at 1,000 minutes). Here Ctrl-C is heard while the worker renders, and within a few milliseconds while this
   * thread reads, checks and models: that work is done a file or a meeting at a time, with the event loop given a
   * turn every 20 ms (it writes nothing, so stopping there leaves nothing half done).
   */
  private async rebuildAll(options: BuildOptions & { readonly today: string }, started: number, readAll: boolean): Promise<UpdateResult> {
    const stop = new AbortController();
    let handOver!: (made: Modelled) => void;
    const modelled = new Promise<Modelled>((resolve) => (handOver = resolve));
    this.rebuildingAll = true;
    const site = buildSite({ ...options, templatesDir: this.templatesDir, cacheTemplates: false }, { stop: stop.signal, modelled });
    // Awaited below; a failure before then is not an unhandled one.
    site.catch(() => {});
    try {
      if (readAll) await stepsInTurns(this.inputs.readAllSteps());
      const checked = await stepsInTurns(this.checkSteps(options.today));
      this.diagnostics = checked.diagnostics;
      if (!checked.ok) return { kind: 'errors', diagnostics: checked.diagnostics };
      const model = await stepsInTurns(buildModelSteps(checked.validated.minutes, checked.validated.registry));
      const rendered = await stepsInTurns(renderMeetingsSteps(model, options.base, this.rendered, checked.validated.files, checked.images));
      handOver({ model, rendered, diagnostics: checked.diagnostics });
      const result = await site;
      if (!result.ok) {
        this.diagnostics = result.diagnostics;
        return { kind: 'errors', diagnostics: result.diagnostics };
      }
      const { moved } = this.remember(model, rendered, checked.images, true);
      this.pagesAsWritten = true;
      let feed: FeedView | undefined;
      this.lastSiteFeed = () => (feed ??= siteFeedView(model, rendered, options));
      this.formerOnDisk = new Set(formerExtraPaths(model));
      this.redirectsWritten = new Map(redirectFiles(model, options).map((f) => [f.path, f.content]));
      this.extrasDay = options.today;
      return { kind: 'rendered', diagnostics: checked.diagnostics, pages: result.pages, full: true, written: [], ms: performance.now() - started, afterwards: { data: false, index: false }, moved };
    } finally {
      // Not finished (errors, a bug): the site stays as it was; the thread is stopped and its folder removed.
      stop.abort();
      await site.catch(() => {});
      this.rebuildingAll = false;
    }
  }

  /**
   * Writes the pages at former addresses that are new or read otherwise now (a former id added, a title changed),
   * with the save's own pages rather than with the open data: the save's reload comes first, and a page open at
   * the old address (the 404 page since the save) is to find the page there that leads on. Those given up go
   * with the open data (writeExtras). Returns how many were written; their paths are added to `written`.
   */
  private writeRedirects(model: BuiltModel, options: BuildOptions, written: string[]): number {
    const files = redirectFiles(model, options);
    let count = 0;
    for (const f of files) {
      const target = path.join(this.options.outDir, f.path);
      // One on disk is checked for too: a folder removed with a page of a save may have held it.
      if (this.redirectsWritten.get(f.path) === f.content && fs.existsSync(target)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
      this.formerOnDisk.add(f.path);
      written.push(target);
      count++;
    }
    this.redirectsWritten = new Map(files.map((f) => [f.path, f.content]));
    return count;
  }

  /**
   * Keeps what a build made; returns the attachments it published or took away, as files of the site (none for a
   * full build), and where the pages it moved are now.
   */
  private remember(model: BuiltModel, rendered: Map<string, RenderedMeeting>, images: ReadonlyMap<string, ImageSize>, full: boolean): { attachments: string[]; moved: string[] } {
    const moved = this.model ? this.noteMoves(this.model, model) : [];
    this.model = model;
    this.rendered = rendered;
    this.images = images;
    // Attachments linked since are published, and those no longer linked taken away (a full build wrote them all).
    const published = new Set(publishedAttachments(rendered));
    const changed: string[] = [];
    if (!full) {
      changed.push(...publishAttachments(this.root, this.options.outDir, [...published].filter((f) => !this.published.has(f) || this.savedAttachments.has(f))));
      const gone = [...this.published].filter((f) => !published.has(f));
      unpublishAttachments(this.options.outDir, gone);
      changed.push(...gone.map(attachmentPath));
    }
    this.published = published;
    this.savedAttachments.clear();
    this.meetingOfFile = new Map(model.meetings.map((m) => [m.file, m.id]));
    return { attachments: changed.map((rel) => path.join(this.options.outDir, rel)), moved };
  }

  /**
   * Notes the meetings whose page moved between two models, the same file's meeting under another id (see `moved`);
   * returns their addresses now.
   */
  private noteMoves(before: BuiltModel, after: BuiltModel): string[] {
    const addresses: string[] = [];
    for (const m of after.meetings) {
      const id = this.meetingOfFile.get(m.file);
      const old = id === undefined || id === m.id ? undefined : before.meetingById.get(id);
      if (!old) continue;
      const [from, to] = [`/${paths.meeting(old)}`, `/${paths.meeting(m)}`];
      // A page moved twice is followed to where it is now; one moved back is at its own address again.
      for (const [address, now] of this.moved) if (now === from) this.moved.set(address, to);
      this.moved.set(from, to);
      this.moved.delete(to);
      addresses.push(to);
    }
    return addresses;
  }

  /** The address a meeting's page has now, for its address before a save moved it (see `moved`), else undefined. */
  movedTo(address: string): string | undefined {
    return this.moved.get(address);
  }

  /**
   * Writes the open data, calendars, sitemap and pages at former addresses for the current model (done after the
   * pages, off the hot path), made a step at a time, and removes the pages and calendars at former addresses no
   * longer kept;
   * `stop` saying so between steps (a save has come in) ends it with nothing written. Returns whether the files
   * were written.
   */
  async writeExtras(stop: () => boolean): Promise<boolean> {
    if (!this.model) return true;
    const files = await extraFilesInSteps(this.model, this.runOptions, stop);
    if (!files) return false;
    // A former address given up may be a page's or a calendar's address again (an id changed back): that one stays.
    const kept = new Set([...pagePaths(this.model).map((p) => `${p.path}index.html`), ...files.map((f) => f.path)]);
    for (const file of this.formerOnDisk) if (!kept.has(file)) removeFile(this.options.outDir, file);
    this.formerOnDisk = new Set(formerExtraPaths(this.model));
    this.redirectsWritten = new Map(redirectFiles(this.model, this.runOptions).map((f) => [f.path, f.content]));
    for (const f of files) {
      const target = path.join(this.options.outDir, f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
    }
    return true;
  }
}

/** Removes a file of the site ("grupper/gug/index.html") and the folders it leaves empty, up to the site's own. */
function removeFile(site: string, file: string): void {
  const root = path.resolve(site);
  fs.rmSync(path.join(root, file), { force: true });
  for (let dir = path.dirname(path.join(root, file)); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir);
    } catch {
      return;
    }
  }
}
