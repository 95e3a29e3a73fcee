// Watch mode's copy of the input files: every minutes file and registry read and parsed once and re-read only
// when it changes, and the folders the last walk of minutes/ read, to tell which changed paths matter.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../diagnostics.js';
import { discoverMinutes, discoverMinutesSteps, looksLikeMinutes, MINUTES_DIR, type OtherFile, missingFromRoot, ORGANISATIONS_FILE, PEOPLE_FILE, readSource, relativePath, wordMinutesDate } from '../load/files.js';
import { findStrayMinutes } from '../load/strays.js';
import { parseMinutesFile, parseYamlFile, type ParsedFile } from '../load/frontmatter.js';
import type { ParsedArchive } from '../validate/index.js';
import { KnownFiles } from '../model/links.js';
import type { SiteRoot, TemplatePages } from '../model/page-paths.js';
import { readSiteRoot, readTemplatePages } from '../load/template-pages.js';
import { isEditorFile } from '../util/editor-files.js';
import { dateInFileName } from '../util/dates.js';
import { templateFiles } from '../load/template-files.js';
import type { Steps } from '../util/steps.js';

interface FileState {
  readonly parsed?: ParsedFile;
  readonly findings: readonly Finding[];
}

export class InputFiles {
  private readonly minutes = new Map<string, FileState>();
  private people?: FileState;
  private organisations?: FileState;
  private walkFindings: readonly Finding[] = [];
  /** The other files under minutes/ (attachments), by path from the root, and the files links know, made when asked. */
  private others = new Map<string, { readonly outside: boolean }>();
  private known: KnownFiles | undefined;
  /** What the templates the site is built with add to its pages (see readTemplates). */
  private templatePages: TemplatePages | undefined;
  /** What of the site lies outside minutes' folders, as of the templates read (see readTemplates). */
  private siteRoot?: SiteRoot;
  private templatesDir?: string;
  /** The files of the templates read (see readTemplates), relative to their folder. */
  private templateFiles = new Set<string>();
  /** The folders the last walk of minutes/ read: by the path read through, and by real path. */
  private walked = { paths: new Set<string>(), reals: new Set<string>() };
  /** Each minutes file's and registry's size and time of change as it was read (see savedSince). */
  private readonly stamps = new Map<string, string>();

  constructor(private readonly root: string) {}

  /** Source text of every input file, for code frames in error messages. */
  sourceOf(file: string): string | undefined {
    const state = file === PEOPLE_FILE ? this.people : file === ORGANISATIONS_FILE ? this.organisations : this.minutes.get(file);
    return state?.parsed?.source.text;
  }

  /** Reads every input file, a file at a time, after finding them an entry of a folder at a time (see util/steps.ts). */
  *readAllSteps(): Steps<void> {
    const { files, others, findings, dirs } = yield* discoverMinutesSteps(this.root);
    this.walkFindings = findings;
    this.remembersOthers(others);
    this.remembersWalk(dirs);
    for (const abs of files) {
      this.readMinutes(relativePath(this.root, abs));
      yield;
    }
    this.readPeople();
    this.readOrganisations();
  }

  readPeople(): void {
    this.people = this.readRegistry(PEOPLE_FILE, 1);
  }

  readOrganisations(): void {
    this.organisations = this.readRegistry(ORGANISATIONS_FILE, 2);
  }

  /** Whether a minutes file was read (and is not known to be gone). */
  knows(rel: string): boolean {
    return this.minutes.has(rel);
  }

  /**
   * Whether a changed path ending in .md is a minutes file (present, or known and now gone) rather than a
   * folder with such a name, or one that was just removed.
   */
  isMinutesFile(rel: string): boolean {
    const stat = fs.statSync(path.join(this.root, rel), { throwIfNoEntry: false });
    return stat ? !stat.isDirectory() : this.minutes.has(rel);
  }

  /**
   * Whether a changed path under minutes/ that is not a minutes file can change what the walk of minutes/ finds: a
   * folder or a link, present or read by the last walk, or a file the walk reports (a name like "x.txt", or one it
   * reported before). Other files it passes by, as editors' own files beside the minutes (Emacs's #2016-03-07.md#,
   * an IDE's temporary copy): saving one rebuilds nothing (at 10,000 minutes a walk and a comparison take seconds,
   * and would hold up the save of the minutes that often comes with it) and reloads no page.
   */
  walkSees(rel: string): boolean {
    const abs = path.resolve(this.root, rel);
    const stat = fs.lstatSync(abs, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) return true;
    if (looksLikeMinutes(path.basename(rel))) return true;
    if (stat) return false;
    return this.walked.paths.has(abs) || this.walkFindings.some((f) => f.file === rel || f.file.startsWith(`${rel}/`));
  }

  /**
   * Whether the folder of the minutes file `rel` holds a Word file named for its day ("2016-04-04.docx" beside
   * "2016-04-04.md"): the walk reports it (file-ignored) only while no minutes of that day are beside it.
   */
  hasWordFileOfDay(rel: string): boolean {
    const day = dateInFileName(rel);
    if (day === undefined) return false;
    try {
      return fs.readdirSync(path.join(this.root, path.dirname(rel))).some((name) => wordMinutesDate(name) === day);
    } catch {
      // The folder is gone too: the walk its removal causes decides.
      return false;
    }
  }

  private remembersOthers(others: readonly OtherFile[]): void {
    this.others = new Map(others.map((o) => [relativePath(this.root, o.path), { outside: o.outside }]));
    this.known = undefined;
  }

  /**
   * A saved path under minutes/ that is no minutes file, as an attachment: `changed` (known and still there),
   * `added`, `removed`, or `none` (not a file a link could lead to: a folder, a hidden file, an editor's own).
   * Only the path itself is looked at, not the folder around it.
   */
  noteOther(rel: string): 'changed' | 'added' | 'removed' | 'none' {
    const abs = path.join(this.root, rel);
    const stat = fs.statSync(abs, { throwIfNoEntry: false });
    const known = this.others.has(rel);
    if (stat?.isFile() && !rel.split('/').some(isEditorFile)) {
      if (known) return 'changed';
      let outside = true;
      try {
        outside = !fs.realpathSync(abs).startsWith(fs.realpathSync(path.join(this.root, MINUTES_DIR)) + path.sep);
      } catch {
        // Gone again already: counted as out of reach.
      }
      this.others.set(rel, { outside });
      this.known = undefined;
      return 'added';
    }
    if (!known || stat) return 'none';
    this.others.delete(rel);
    this.known = undefined;
    return 'removed';
  }

  private remembersWalk(dirs: readonly { path: string; real: string }[]): void {
    this.walked = { paths: new Set(dirs.map((d) => path.resolve(d.path))), reals: new Set(dirs.map((d) => d.real)) };
  }

  /**
   * Whether the file watcher should look into a path under minutes/: every file, and the folders the check reads.
   * A folder the check reads through another path (a second link to it, or a link in a loop) is left out, so an
   * edit is never seen twice or forty levels deep. A folder or link added since the last walk is looked into
   * unless it leads somewhere already read; the walk its arrival causes then decides, as for the check.
   */
  watches(p: string): boolean {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      // Gone, or a link that leads nowhere (a loop): nothing to look into.
      return !fs.existsSync(p) && !isLink(p);
    }
    if (!stat.isDirectory()) return true;
    const abs = path.resolve(p);
    if (this.walked.paths.has(abs)) return true;
    try {
      return !this.walked.reals.has(fs.realpathSync(abs));
    } catch {
      return false;
    }
  }

  /** Forgets the minutes files that are no longer on disk; returns their paths. */
  forgetVanished(): string[] {
    const gone = [...this.minutes.keys()].filter((rel) => !fs.existsSync(path.join(this.root, rel)));
    for (const rel of gone) this.minutes.delete(rel);
    if (gone.length > 0) this.known = undefined;
    return gone;
  }

  readMinutes(rel: string): void {
    const abs = path.join(this.root, rel);
    // Taken before the file is read: a save after this changes it, a save before is read.
    const stamp = stampOf(abs);
    this.stamps.set(rel, stamp);
    // A file that came or went is one links find or no longer find.
    if (!this.minutes.has(rel) || !stamp) this.known = undefined;
    if (!stamp) {
      this.minutes.delete(rel);
      return;
    }
    const r = readSource(this.root, abs);
    this.minutes.set(rel, r.ok ? { parsed: parseMinutesFile(r.source), findings: r.findings } : { findings: r.findings });
  }

  rescan(): void {
    const { files, others, findings, dirs } = discoverMinutes(this.root);
    this.walkFindings = findings;
    this.remembersOthers(others);
    this.remembersWalk(dirs);
    const present = new Set(files.map((abs) => relativePath(this.root, abs)));
    for (const rel of [...this.minutes.keys()]) if (!present.has(rel)) this.minutes.delete(rel);
    this.known = undefined;
    for (const rel of present) if (!this.minutes.has(rel)) this.readMinutes(rel);
  }

  /**
   * The files under minutes/ and the registries (paths from the root) saved, added or removed since they were read,
   * unseen by the file watcher, which was not yet watching: a minutes file or a registry whose size or time of
   * change is not what it was, a file under minutes/ that came or went, an attachment changed after `since` (ms
   * since the epoch). Found an entry of a folder, and then a file, at a time (see util/steps.ts): at 10,000 minutes
   * the walk and the look at every file take a few hundred milliseconds, in which `minutes dev` hears Ctrl-C.
   */
  *savedSinceSteps(since: number): Steps<string[]> {
    const { files, others } = yield* discoverMinutesSteps(this.root);
    const saved = new Set<string>();
    const present = new Set(files.map((abs) => relativePath(this.root, abs)));
    for (const rel of [...present, PEOPLE_FILE, ORGANISATIONS_FILE]) {
      if (this.stamps.get(rel) !== stampOf(path.join(this.root, rel))) saved.add(rel);
      yield;
    }
    for (const rel of this.minutes.keys()) if (!present.has(rel)) saved.add(rel);
    const now = new Set(others.map((o) => relativePath(this.root, o.path)));
    for (const rel of now) {
      if (!this.others.has(rel) || changedAfter(path.join(this.root, rel), since)) saved.add(rel);
      yield;
    }
    for (const rel of this.others.keys()) if (!now.has(rel)) saved.add(rel);
    return [...saved];
  }

  /** Reads what the templates at `templatesDir` add to the site's pages (nothing, for minutes' own). */
  readTemplates(templatesDir: string): void {
    this.templatePages = readTemplatePages(templatesDir);
    this.siteRoot = readSiteRoot(templatesDir, this.templatePages);
    this.templatesDir = templatesDir;
    this.templateFiles = new Set(templateFiles(templatesDir));
    this.known = undefined;
  }

  /**
   * Whether a path of the templates folder (relative to it) is, or holds, a file of the templates last read: one
   * gone that was not (an editor's temporary file, written and renamed away within the save) changes nothing.
   */
  hadTemplate(rel: string): boolean {
    if (this.templateFiles.has(rel)) return true;
    for (const file of this.templateFiles) if (file.startsWith(`${rel}/`)) return true;
    return false;
  }

  /** Notes the file `rel` of the templates' assets/ ("assets/logga.png") saved: a new one is a file of the site that links may name. */
  assetSaved(rel: string): void {
    if (this.templatesDir === undefined || this.siteRoot?.files.has(rel)) return;
    this.siteRoot = readSiteRoot(this.templatesDir, this.templatePages);
    this.known = undefined;
  }

  private readRegistry(name: string, depth: 1 | 2): FileState {
    const abs = path.join(this.root, name);
    this.stamps.set(name, stampOf(abs));
    if (!fs.existsSync(abs)) return { findings: [missingFromRoot(this.root, name)] };
    const r = readSource(this.root, abs);
    return r.ok ? { parsed: parseYamlFile(r.source, depth), findings: r.findings } : { findings: r.findings };
  }

  /** The archive as last read, for the check, with what reading it found and every file parsed. */
  archive(): { archive: ParsedArchive; readFindings: Finding[]; all: ParsedFile[] } {
    const minutes = [...this.minutes.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const parsed = minutes.flatMap(([, s]) => (s.parsed ? [s.parsed] : []));
    const people = this.people?.parsed;
    const organisations = this.organisations?.parsed;
    const unread = minutes.flatMap(([rel, s]) => (s.parsed ? [] : [rel]));
    this.known ??= new KnownFiles(new Set(this.minutes.keys()), new Map(this.others), this.siteRoot);
    // Looked for again at each check (a handful of folders and file heads): the watcher watches minutes/ alone, so a
    // file saved beside it is told at the next save there, and one moved into it is no longer told.
    const archive = { minutes: parsed, unread, strays: findStrayMinutes(this.root), ...(people ? { people } : {}), ...(organisations ? { organisations } : {}), files: this.known, ...(this.templatePages ? { templatePages: this.templatePages } : {}) };
    const readFindings = [...this.walkFindings, ...minutes.flatMap(([, s]) => s.findings), ...(this.people?.findings ?? []), ...(this.organisations?.findings ?? [])];
    const all = [...parsed, ...(people ? [people] : []), ...(organisations ? [organisations] : [])];
    return { archive, readFindings, all };
  }
}

/** A file's size, time of change and inode ('' for none): a save, also one by rename, changes it. */
function stampOf(abs: string): string {
  const stat = fs.statSync(abs, { throwIfNoEntry: false });
  return stat ? `${stat.size} ${stat.mtimeMs} ${stat.ino}` : '';
}

/** Whether the file at `abs` was changed after `since` (ms since the epoch). */
export function changedAfter(abs: string, since: number): boolean {
  return (fs.statSync(abs, { throwIfNoEntry: false })?.mtimeMs ?? 0) > since;
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
