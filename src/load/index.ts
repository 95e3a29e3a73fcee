// The read and parse stages: every input file of an archive, read once and parsed once.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../diagnostics.js';
import { atStart } from '../diagnostics.js';
import { findStrayMinutes, minutesHead, type StrayMinutes } from './strays.js';
import { moveHint, type MoveTarget } from '../validate/stray-minutes.js';
import { errorCode, discoverMinutes, type OtherFile, MINUTES_DIR, missingFromRoot, ORGANISATIONS_FILE, PEOPLE_FILE, readSource, relativePath } from './files.js';
import { parseMinutesFile, parseYamlFile, type ParsedFile } from './frontmatter.js';
import type { SourceFile } from './source.js';
import type { ParsedArchive } from '../validate/index.js';
import { append } from '../util/append.js';
import { KnownFiles } from '../model/links.js';
import type { SiteRoot, TemplatePages } from '../model/page-paths.js';
import { templatesFor } from './template-files.js';
import { readSiteRoot, readTemplatePages } from './template-pages.js';
import { isTextAttachment } from '../validate/rules/attachment-names.js';
import { decodeLegacyText } from '../util/legacy-text.js';
import { IMAGE_HEAD_BYTES, imageSize, type ImageSize, sizeMayFollowPixels } from '../util/image-size.js';

export interface LoadedArchive {
  readonly root: string;
  readonly minutes: readonly SourceFile[];
  readonly people?: SourceFile;
  readonly organisations?: SourceFile;
  /** Every file under minutes/ a link may lead to (none when not given). */
  readonly files?: KnownFiles;
  /** What the archive's own templates/ adds to the site's pages, when it has one. */
  readonly templatePages?: TemplatePages;
  /** Files outside minutes/ that look like minutes (see strays.ts). */
  readonly strays?: readonly StrayMinutes[];
  readonly findings: readonly Finding[];
}

/** The files a walk of minutes/ found, as links name them: by their path from the root; with what of the site lies outside minutes' folders. */
export function knownFiles(root: string, minutes: readonly string[], others: readonly OtherFile[], site?: SiteRoot): KnownFiles {
  return new KnownFiles(new Set(minutes.map((abs) => relativePath(root, abs))), new Map(others.map((o) => [relativePath(root, o.path), { outside: o.outside }])), site);
}

/** What was read of the attachments minutes link to: the text of those that are text files, to check for names. */
export interface AttachmentsRead {
  readonly texts: readonly { readonly file: string; readonly text: string }[];
  /** Attachments that cannot be read (file-unreadable), which a build could not publish. */
  readonly findings: readonly Finding[];
  /** The size of each linked image whose file says it, for its <img> to keep its room while it loads. */
  readonly images: ReadonlyMap<string, ImageSize>;
}

/** Files whose size an <img> is given: the formats imageSize reads (not SVG, which is never published). */
export const isSizedImage = (file: string): boolean => /\.(?:png|jpe?g|gif|webp|avif|hei[cf]|bmp|ico|tiff?)$/i.test(file);

/** How much of an image is read to find its size when its first bytes say none: a JPEG's frame after its metadata (EXIF, colour profile, XMP). */
const IMAGE_MORE_BYTES = 1 << 20;
/** The largest image read whole for its size (an A4 page scanned in colour at 300 dpi is 26 MB uncompressed). */
const IMAGE_MAX_BYTES = 64 << 20;

/**
 * The size of the image at `abs`, from its first bytes, or when they say none, its first MiB, or the whole file
 * where the size may follow the pixels (a TIFF, a HEIF); undefined if none is found.
 */
export function readImageSize(abs: string): ImageSize | undefined {
  const fd = fs.openSync(abs, 'r');
  try {
    const length = fs.fstatSync(fd).size;
    const read = (want: number) => {
      const bytes = new Uint8Array(Math.min(want, length));
      return bytes.subarray(0, fs.readSync(fd, bytes, 0, bytes.length, 0));
    };
    const head = read(IMAGE_HEAD_BYTES);
    const size = imageSize(head);
    if (size || head.length === length) return size;
    if (!sizeMayFollowPixels(head)) return imageSize(read(IMAGE_MORE_BYTES));
    return length <= IMAGE_MAX_BYTES ? imageSize(read(length)) : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the linked attachments (paths from the root): text files whole, images' first bytes, others only to know they can be read. */
export function readAttachments(root: string, files: Iterable<string>): AttachmentsRead {
  const texts: { file: string; text: string }[] = [];
  const findings: Finding[] = [];
  const images = new Map<string, ImageSize>();
  for (const file of files) {
    const abs = path.join(root, file);
    try {
      if (isSizedImage(file)) {
        const size = readImageSize(abs);
        if (size) images.set(file, size);
        continue;
      }
      if (!isTextAttachment(file)) {
        fs.accessSync(abs, fs.constants.R_OK);
        continue;
      }
      const decoded = decodeLegacyText(fs.readFileSync(abs));
      if (decoded.ok) texts.push({ file, text: decoded.text });
    } catch (err) {
      // Gone since the walk: the next check finds it missing.
      if (errorCode(err) === 'ENOENT') continue;
      findings.push({ file, where: atStart, code: 'file-unreadable', message: `Bilagan kunde inte läsas (${errorCode(err)}), så den kan inte publiceras.`, hint: 'Ge alla läsrättighet till filen (chmod a+r), eller ta bort länken till den.' });
    }
  }
  return { texts, findings, images };
}

/**
 * Reads the registries and every minutes file under `root/minutes`, and what the templates the site is built with
 * add to its pages (the only file access of the pipeline's front end).
 */
export function readArchive(root: string, templatesDir = templatesFor(root)): LoadedArchive {
  const findings: Finding[] = [];
  const { files, others, findings: walkFindings } = discoverMinutes(root);
  append(findings, walkFindings);
  const minutes: SourceFile[] = [];
  for (const abs of files) {
    const r = readSource(root, abs);
    append(findings, r.findings);
    if (r.ok) minutes.push(r.source);
  }
  const registry = (name: string): SourceFile | undefined => {
    const abs = path.join(root, name);
    if (!fs.existsSync(abs)) {
      findings.push(missingFromRoot(root, name));
      return undefined;
    }
    const r = readSource(root, abs);
    append(findings, r.findings);
    return r.ok ? r.source : undefined;
  };
  const people = registry(PEOPLE_FILE);
  const organisations = registry(ORGANISATIONS_FILE);
  const templatePages = readTemplatePages(templatesDir);
  return { root, minutes, ...(people ? { people } : {}), ...(organisations ? { organisations } : {}), files: knownFiles(root, files, others, readSiteRoot(templatesDir, templatePages)), ...(templatePages ? { templatePages } : {}), strays: findStrayMinutes(root), findings };
}

/**
 * Files and folders named on the command line must lie in `root/minutes` (or be it) or be one of its two
 * registries; returns what each names, relative to `root` (a folder as its path with a trailing slash, standing
 * for every file under it), and findings for those that do not, with where to move a file of minutes (`target`).
 */
export function checkNamedFiles(root: string, named: readonly string[], target: MoveTarget = () => undefined): { files: string[]; findings: Finding[] } {
  const top = path.resolve(root, MINUTES_DIR);
  const registries = [PEOPLE_FILE, ORGANISATIONS_FILE].map((f) => path.resolve(root, f));
  const files: string[] = [];
  const findings: Finding[] = [];
  for (const n of named) {
    const abs = path.resolve(n);
    const rel = relativePath(root, abs);
    if (registries.includes(abs)) {
      // A missing registry is reported by the check itself, with its own hint.
      files.push(rel);
    } else if (abs !== top && !abs.startsWith(top + path.sep)) {
      findings.push({ file: rel, where: atStart, code: 'file-outside-minutes', message: `Filen ligger inte i ${MINUTES_DIR}/ under ${root}.`, hint: `${moveHint(target({ file: rel, ...minutesHead(abs) }))} eller ange rätt mapp med --root.` });
    } else if (!fs.existsSync(abs)) {
      findings.push({ file: rel, where: atStart, code: 'file-missing', message: 'Filen finns inte.' });
    } else files.push(fs.statSync(abs).isDirectory() ? `${rel}/` : rel);
  }
  return { files, findings };
}

/** Whether a diagnostic's file is one of those named (see checkNamedFiles): the file itself, or under a named folder. */
export function isNamed(file: string, named: readonly string[]): boolean {
  return named.some((n) => (n.endsWith('/') ? file.startsWith(n) : file === n));
}

export function parseArchive(loaded: LoadedArchive): ParsedArchive & { readonly all: readonly ParsedFile[] } {
  const minutes = loaded.minutes.map(parseMinutesFile);
  const people = loaded.people ? parseYamlFile(loaded.people, 1) : undefined;
  const organisations = loaded.organisations ? parseYamlFile(loaded.organisations, 2) : undefined;
  const all = [...minutes, ...(people ? [people] : []), ...(organisations ? [organisations] : [])];
  const unread = loaded.findings.filter((f) => f.file.startsWith(`${MINUTES_DIR}/`) && (f.code === 'file-binary' || f.code === 'file-unreadable')).map((f) => f.file);
  return { minutes, unread, ...(loaded.strays ? { strays: loaded.strays } : {}), ...(people ? { people } : {}), ...(organisations ? { organisations } : {}), ...(loaded.files ? { files: loaded.files } : {}), ...(loaded.templatePages ? { templatePages: loaded.templatePages } : {}), all };
}
