// The only reader of input files: finds minutes under minutes/, reads them as UTF-8 and reports what cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../diagnostics.js';
import { atStart, printable } from '../diagnostics.js';
import { LineIndex, type SourceFile } from './source.js';
import { isEditorFile } from '../util/editor-files.js';
import { windows1252Fit, type Windows1252Fit } from '../util/legacy-text.js';
import { clip } from '../util/clip.js';
import { count, listed } from '../util/plural.js';
import { allSteps, type Steps } from '../util/steps.js';
import { isPlainText } from '../validate/characters.js';
import { dateInFileName } from '../util/dates.js';

export const MINUTES_DIR = 'minutes';
export const PEOPLE_FILE = 'people.yml';
export const ORGANISATIONS_FILE = 'organisations.yml';
/** Above this a file gets a warning; it is still read. */
/** 1 MB, as the message and the README say it (decimal megabytes, as Swedish file managers show sizes). */
export const LARGE_FILE_BYTES = 1_000_000;

/** Names of text files that were probably meant as minutes but are not read ("x.txt", "x.markdown", "x.md "). */
const LOOKS_LIKE_MINUTES = /\.(?:markdown|mdown|mkd|txt|md\s+)$/i;

/** The names of ignored files `minutes import` reads (import/read.ts), which a file without front matter is told to be made minutes with. */
const IMPORTED = /\.(?:txt|markdown|mdown|mkd)$/i;

const IGNORED = 'Filen läses inte: bara filer vars namn slutar på .md är protokoll.';

/** Whether the walk of minutes/ reports a file of this name as not read (file-ignored); others it passes by. */
export const looksLikeMinutes = (name: string): boolean => LOOKS_LIKE_MINUTES.test(name);

/**
 * The date in the name of a Word file that was probably meant as minutes ("2016-04-04.docx", "Protokoll
 * 2016-04-04.docx"): `minutes import` makes minutes of it. Undefined for any other name.
 */
export const wordMinutesDate = (name: string): string | undefined => (/\.docx$/i.test(name) ? /\d{4}-\d{2}-\d{2}/.exec(name)?.[0] : undefined);

/**
 * `abs` from `root`, with / between folders. A path under a root that is already absolute and normalised (as
 * --root is, resolved) is cut rather than resolved: path.relative resolves both paths again each time, and this is
 * asked twice for each file of the archive.
 */
export function relativePath(root: string, abs: string): string {
  if (path.sep === '/' && abs.length > root.length + 1 && abs[root.length] === '/' && abs.startsWith(root) && isResolved(root)) {
    const rest = abs.slice(root.length + 1);
    if (!UNRESOLVED.test(rest)) return rest;
  }
  return path.relative(root, abs).split(path.sep).join('/');
}

/** A segment of a path that resolving changes: empty (//, or a / at either end), "." or "..". */
const UNRESOLVED = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;

/** The last root found resolved already (an archive is read from one root). */
let resolvedRoot: string | undefined;
function isResolved(root: string): boolean {
  if (root === resolvedRoot) return true;
  if (path.resolve(root) !== root) return false;
  resolvedRoot = root;
  return true;
}

/** A file under minutes/ that is not minutes (an attachment a text may link to), and whether it really lies elsewhere. */
export interface OtherFile {
  /** Absolute path, through the folders it was found in. */
  readonly path: string;
  /** A symbolic link out of minutes/ (or in a folder that is one): never published. */
  readonly outside: boolean;
}

/** What the walk of minutes/ found (see discoverMinutes). */
export interface Discovered {
  readonly files: string[];
  readonly others: OtherFile[];
  readonly findings: Finding[];
  readonly dirs: { path: string; real: string }[];
}

/**
 * Every `.md` file under `root/minutes`, sorted, following symbolic links but never round in a loop; every other
 * file but hidden ones and editors' own (attachments); and the folders read, by the path they were read through
 * and their real path (watch mode watches the same ones).
 */
export function discoverMinutes(root: string): Discovered {
  return allSteps(discoverMinutesSteps(root));
}

/**
 * The walk of discoverMinutes an entry of a folder at a time (see util/steps.ts): at 10,000 minutes it takes 50 ms,
 * several times that on a busy machine, and `minutes dev` hears Ctrl-C between the entries.
 */
export function* discoverMinutesSteps(root: string): Steps<Discovered> {
  const files: string[] = [];
  const others: OtherFile[] = [];
  const findings: Finding[] = [];
  const dirs: { path: string; real: string }[] = [];
  const top = path.join(root, MINUTES_DIR);
  let topReal: string | undefined;
  const visited = new Set<string>();
  function* walk(dir: string): Steps<void> {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (err) {
      // Only a loop or a dangling link is a symlink problem; any other failure must not quietly drop the folder
      // (a build would then publish a site without its minutes).
      if (isLinkProblem(err)) findings.push({ file: relativePath(root, dir), where: atStart, code: 'symlink-loop', message: 'Den symboliska länken går inte att följa (den pekar i en slinga eller på något som saknas).' });
      else findings.push(unreadable(root, dir, err));
      return;
    }
    if (visited.has(real)) {
      findings.push({ file: relativePath(root, dir), where: atStart, code: 'symlink-loop', message: 'Mappen har redan lästs via en annan väg (en symbolisk länk i en slinga); den hoppades över.' });
      return;
    }
    visited.add(real);
    topReal ??= real;
    dirs.push({ path: dir, real });
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      findings.push(unreadable(root, dir, err));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // The days of the minutes in this folder: a Word file of one of them is its original, kept beside it.
    const days = new Set(entries.map((e) => dateInFileName(e.name)));
    for (const entry of entries) {
      yield;
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          if (isLinkProblem(err)) findings.push({ file: relativePath(root, full), where: atStart, code: 'symlink-loop', message: 'Den symboliska länken går inte att följa (den pekar i en slinga eller på något som saknas).' });
          else findings.push(unreadable(root, full, err));
          continue;
        }
      }
      const ignored = isFile && !entry.name.toLowerCase().endsWith('.md') && LOOKS_LIKE_MINUTES.test(entry.name);
      // A file not read is told so (file-ignored) with a name to give it, which is the one to check.
      const portable = ignored ? undefined : windowsName(entry.name);
      if (portable !== undefined) {
        // "Icon\r": the file in which macOS's Finder keeps a folder's own icon; nothing of the archive's.
        const hint = entry.name === 'Icon\r' ? 'Ta bort filen: macOS gör den för en mapps egen ikon, och den hör inte till arkivet.' : `Byt namn till "${portable.name}".`;
        findings.push({ file: relativePath(root, full), where: atStart, code: 'file-name-windows', message: `Namnet "${entry.name}" går inte att använda i Windows (${portable.why}), så ${isDir ? 'mappen' : 'filen'} kan inte hämtas med git eller packas upp från en zip-fil där.`, hint });
      }
      if (isDir) yield* walk(full);
      else if (isFile && entry.name.toLowerCase().endsWith('.md')) files.push(full);
      else if (isFile && !isEditorFile(entry.name)) others.push({ path: full, outside: !isUnder(entry.isSymbolicLink() ? realPath(full) : path.join(real, entry.name), topReal!) });
      if (ignored) {
        const rel = relativePath(root, full);
        // "x.md.txt" (a name given twice an extension) becomes "x.md", not "x.md.md".
        const fixed = entry.name.replace(LOOKS_LIKE_MINUTES, '.md').replace(/\.md\.md$/i, '.md');
        // Old notes kept as text or Markdown have no front matter: renamed, they would be minutes without it
        // (front-matter-missing); `minutes import` reads both and writes the fields.
        const hint = IMPORTED.test(entry.name) && !opensWithDashes(full) ? importHint(rel) : `Byt namn till ${fixed} om den är ett protokoll.`;
        findings.push({ file: rel, where: atStart, code: 'file-ignored', message: IGNORED, hint });
      }
      const day = isFile && !isEditorFile(entry.name) ? wordMinutesDate(entry.name) : undefined;
      if (day !== undefined && !days.has(day)) {
        const rel = relativePath(root, full);
        findings.push({ file: rel, where: atStart, code: 'file-ignored', message: IGNORED, hint: importHint(rel) });
      }
    }
  }
  if (fs.existsSync(top)) yield* walk(top);
  else findings.push(missingFromRoot(root, MINUTES_DIR));
  return { files, others, findings, dirs };
}

/** The hint for a file not read that `minutes import` makes minutes of. */
const importHint = (rel: string): string => `Gör ett utkast till protokoll av den med minutes import ${commandWord(rel)} om den är ett protokoll.`;

/** A path as written in a command to copy: in quotes when it has a space. */
export const commandWord = (p: string): string => (/\s/.test(p) ? `"${p}"` : p);

/**
 * Whether a finding tells a text file (not a Word one) to be made minutes of with `minutes import`: once its minutes
 * are there, it is their original, and the check passes it by (see import/originals.ts).
 */
export const toldToImport = (f: Finding): boolean => f.code === 'file-ignored' && IMPORTED.test(f.file) && f.hint === importHint(f.file);

/**
 * Whether a file starts with --- (after a byte-order mark), as minutes with front matter do: only its first bytes
 * are read. One that cannot be read counts as starting so (the hint to rename it, as before).
 */
function opensWithDashes(abs: string): boolean {
  const head = Buffer.alloc(6);
  let length: number;
  try {
    const fd = fs.openSync(abs, 'r');
    try {
      length = fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return true;
  }
  const text = head.subarray(0, length).toString('latin1');
  return /^(?:\xEF\xBB\xBF)?---/.test(text);
}

const isUnder = (p: string | undefined, dir: string): boolean => p !== undefined && p.startsWith(dir + path.sep);

function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

// Characters Windows forbids in names (and control characters), a name that ends in a space or a dot (Windows drops
// them), and the names of devices, with or without an extension ("con.md", "NUL").
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F]/g;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\.|$)/i;

/**
 * Why Windows cannot hold a name made on Linux or a Mac ("2016-03-07 kl 13:30.md"), and the name to give it instead;
 * undefined for a name it can. Such a file in the archive stops git from checking the archive out on Windows.
 */
export function windowsName(name: string): { why: string; name: string } | undefined {
  const forbidden = [...new Set(name.match(WINDOWS_FORBIDDEN) ?? [])];
  const trailing = /[ .]$/.test(name);
  const device = WINDOWS_DEVICE.test(name);
  if (forbidden.length === 0 && !trailing && !device) return undefined;
  // A control character is named as printed messages name it ("<radbrytning>", "<U+000D>").
  const shown = forbidden.map(printable).join(' ');
  const why = forbidden.length > 1 ? `tecknen ${shown} är inte tillåtna` : forbidden.length === 1 ? `tecknet ${shown} är inte tillåtet` : trailing ? 'ett namn får inte sluta med mellanslag eller punkt' : `${name.split('.')[0]} är ett reserverat namn`;
  // "13:30" becomes "13.30", as Swedish times are written; quotes and control characters go; any other such
  // character becomes a hyphen, except beside a space or a dot ("kl 13:30?.md" -> "kl 13.30.md").
  let fixed = name
    .replace(/(?<=\d):(?=\d)/g, '.')
    .replace(/["\u0000-\u001F]/g, '')
    .replace(WINDOWS_FORBIDDEN, '-')
    .replace(/-{2,}/g, '-')
    .replace(/-(?=[ .]|$)|(?<=[ .]|^)-/g, '')
    .replace(/[ .]+$/, '');
  if (WINDOWS_DEVICE.test(fixed)) fixed = fixed.replace(/^[^.]*/, (base) => `${base}-1`);
  return { why, name: fixed || 'namn' };
}

/**
 * The finding for `minutes/` or a registry that is not in `root`. Written "Minutes/" or "People.yml", it is the same
 * name on Windows and macOS, which do not tell case apart, so the archive works there and not here: say so.
 */
export function missingFromRoot(root: string, name: string): Finding {
  const folder = name === MINUTES_DIR;
  const found = otherCase(root, name);
  const shown = folder ? `${name}/` : name;
  if (found !== undefined) {
    return { file: shown, where: atStart, code: 'file-missing', message: `${folder ? 'Mappen ' : ''}${shown} saknas i ${root}, men där finns ${found}${folder ? '/' : ''}.`, hint: `Byt namn på ${found} till ${name}: här skiljer filnamn på stora och små bokstäver (i Windows och på Mac gör de oftast inte det).` };
  }
  if (folder) return { file: shown, where: atStart, code: 'file-missing', message: `Mappen ${shown} saknas i ${root}.`, hint: `Lägg protokollen i ${MINUTES_DIR}/<grupp>/<ÅÅÅÅ-MM-DD>.md, eller ange rätt mapp med --root.` };
  return { file: shown, where: atStart, code: 'file-missing', message: `${shown} saknas i ${root}.`, hint: 'Kör kommandot i mappen med minutes/, people.yml och organisations.yml, eller ange den med --root.' };
}

/** The name in `dir` that is `name` written in other capitals (or in another Unicode form, or with spaces around it). */
function otherCase(dir: string, name: string): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  return names.find((n) => isOtherCase(n, name));
}

/** Whether `found` is `name` written in other capitals (or in another Unicode form, or with spaces around it). */
export const isOtherCase = (found: string, name: string): boolean => found !== name && found.normalize('NFC').trim().toLowerCase() === name;

export type ReadResult = { ok: true; source: SourceFile; findings: Finding[] } | { ok: false; findings: Finding[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one file as UTF-8 text; binary files, bad encodings and unreadable files become findings. */
export function readSource(root: string, absPath: string): ReadResult {
  const file = relativePath(root, absPath);
  let bytes: Uint8Array;
  try {
    bytes = readBytes(absPath);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ELOOP') return { ok: false, findings: [{ file, where: atStart, code: 'symlink-loop', message: 'Filen är en symbolisk länk i en slinga.' }] };
    if (code === 'ENOENT') return { ok: false, findings: [{ file, where: atStart, code: 'file-missing', message: 'Filen finns inte.' }] };
    return { ok: false, findings: [{ file, where: atStart, code: 'file-unreadable', message: `Filen kunde inte läsas (${code}).` }] };
  }
  return decodeSource(file, absPath, bytes);
}

/**
 * One buffer that files are read into: a new buffer for each file (readFileSync), sized by asking the system first,
 * took about 40 of the 290 ms of CPU time that reading and decoding 10,000 minutes took. Minutes are a few kilobytes;
 * a file that does not fit is read whole into a buffer of its own.
 */
const scratch = Buffer.allocUnsafe(64 * 1024);

/** A file's bytes, in `scratch` when they fit there: valid only until the next call, so they are decoded at once. */
export function readBytes(absPath: string): Uint8Array {
  const fd = fs.openSync(absPath, 'r');
  try {
    let length = 0;
    while (length < scratch.length) {
      const n = fs.readSync(fd, scratch, length, scratch.length - length, length);
      if (n === 0) return scratch.subarray(0, length);
      length += n;
    }
    // Read from the start again: the reads above were at positions, so the file's own position is still 0.
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Pure: bytes -> text, refusing binary data and invalid UTF-8. */
export function decodeSource(file: string, absPath: string, bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, 8192);
  // A NUL byte or two in text (pasted from somewhere) is a control character, reported where it is; many of them
  // are a binary file, or text saved as UTF-16.
  let nuls = 0;
  for (let i = probe.indexOf(0); i !== -1; i = probe.indexOf(0, i + 1)) nuls++;
  if (nuls > Math.max(2, probe.length / 200)) {
    if (isUtf16(probe)) return { ok: false, findings: [{ file, where: atStart, code: 'file-binary', message: 'Filen är sparad med teckenkodningen UTF-16 (som Anteckningar i Windows kallar "Unicode" eller "UTF-16 LE"), inte UTF-8.', hint: 'Spara om filen med kodningen UTF-8 (i Anteckningar: Arkiv, Spara som, Kodning: UTF-8).' }] };
    return { ok: false, findings: [{ file, where: atStart, code: 'file-binary', message: 'Filen innehåller binära data och är inte en textfil.', hint: file.endsWith('.md') ? 'Protokoll ska vara Markdown-text sparad som UTF-8.' : 'Filen ska vara text (YAML) sparad som UTF-8.' }] };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // The file has no text for the locator to count lines in, so the position is worked out here.
    const where = firstInvalidUtf8(bytes);
    return { ok: false, findings: [{ file, where: { kind: 'position', ...where }, code: 'file-binary', ...notUtf8(windows1252Fit(bytes)) }] };
  }
  // TextDecoder drops a leading byte-order mark by default, so offsets are in the text as editors show it.
  const findings: Finding[] = [];
  if (bytes.length > LARGE_FILE_BYTES) {
    findings.push({ file, where: atStart, code: 'file-large', message: `Filen är ovanligt stor (${megabytes(bytes.length)} MB, mer än 1 MB).`, hint: 'Kontrollera att inget har klistrats in av misstag.' });
  }
  return { ok: true, source: { path: file, absPath, text, plain: isPlainText(text) }, findings };
}

/**
 * What to say of text that is not UTF-8. Bytes that read as Windows-1252 are most likely just that, how Swedish text
 * was saved before UTF-8 (Notepad's "ANSI"), and saving as UTF-8 mends them; a line of it in a file otherwise UTF-8
 * does not mend so, as an editor reads the whole file in one encoding: that line is written again.
 */
function notUtf8(fit: Windows1252Fit | undefined): { message: string; hint: string } {
  if (fit === undefined) return { message: 'Filen är inte sparad som UTF-8.', hint: 'Spara om filen med teckenkodningen UTF-8.' };
  const encoding = 'teckenkodningen Windows-1252 (även kallad Latin-1 eller ANSI)';
  const save = 'i de flesta program med Spara som … och Kodning: UTF-8';
  if (!fit.mixed) {
    return { message: `Filen verkar vara sparad med ${encoding}, inte UTF-8.`, hint: `Öppna filen och spara den som UTF-8 (${save}).` };
  }
  const more = fit.lines.length - 1;
  // The lines by number while they are few: a file with hundreds of them is told how many.
  const which = more <= 5 ? ` (rad ${listed(fit.lines.slice(1).map(String))})` : '';
  const others = more === 0 ? '' : `, och så ${more === 1 ? 'är en rad till' : `är ${count(more)} rader till`}${which}`;
  return {
    message: `Raden verkar vara skriven med ${encoding}, men resten av filen med UTF-8${others}.`,
    hint: `Skriv om å, ä och ö på raden, så att den lyder "${clip(fit.first.trim())}", och spara filen som UTF-8 (${save}).`,
  };
}

/**
 * Text saved as UTF-16 (Windows Notepad's "Unicode"): a byte-order mark, or, without one, a NUL beside nearly every
 * Latin letter, digit and line break, always on the same side.
 */
function isUtf16(probe: Uint8Array): boolean {
  if ((probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)) return true;
  const pairs = probe.length >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0 && probe[i + 1] !== 0) even++;
    else if (probe[i] !== 0 && probe[i + 1] === 0) odd++;
  }
  return pairs > 0 && Math.max(even, odd) > 0.8 * pairs;
}

/** Line and column of the first invalid UTF-8 sequence: the end of the longest prefix that decodes. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; col: number } {
  const decodes = (n: number) => {
    try {
      // `stream` lets a prefix end inside a character without that counting as an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, lo), { stream: true });
  return new LineIndex(before).position(before.length);
}

/** A loop of symbolic links, or a link to nothing. */
const isLinkProblem = (err: unknown): boolean => ['ELOOP', 'ENOENT', 'ENOTDIR'].includes(errorCode(err));

/** The system refused to read a file or folder: a finding. Anything else thrown here is a bug and goes on up. */
function unreadable(root: string, abs: string, err: unknown): Finding {
  if (typeof (err as NodeJS.ErrnoException | undefined)?.code !== 'string') throw err;
  return { file: relativePath(root, abs), where: atStart, code: 'file-unreadable', message: `Det gick inte att läsa ${fs.existsSync(abs) ? 'mappen' : 'sökvägen'} (${errorCode(err)}).` };
}

export function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? (err instanceof Error ? err.message : String(err));
}

/**
 * A size over 1 MB in megabytes with one decimal, rounded up, so that a size just over the limit never reads as
 * the limit itself ("1,0 MB"): 1 000 001 bytes are "1,1 MB".
 */
export const megabytes = (n: number): string => (Math.ceil(n / 100_000) / 10).toFixed(1).replace('.', ',');
