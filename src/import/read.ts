// The importer's only reader of files: legacy minutes as text (.txt, .md) or Word documents (.docx, via mammoth).
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from '../load/files.js';
import { htmlToMarkdown } from './docx.js';
import { lineRanges } from './swedish.js';
import { unwrapFrontMatter } from './front-matter.js';
import { decodeLegacyText } from '../util/legacy-text.js';

export type ReadResult =
  /**
   * `markdown`: the text is Markdown (a .md file, or a Word document converted); `word`: a Word document converted,
   * whose escapes (`\_`) are the converter's, not the writer's.
   */
  | { readonly ok: true; readonly text: string; readonly markdown: boolean; readonly word?: true; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

// .mdown and .mkd are other names of Markdown files, as .markdown is: `minutes check` tells them to be imported too.
const TEXT = new Set(['.txt', '.text', '.md', '.markdown', '.mdown', '.mkd']);
const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const OTHER_WORD = new Set(['.doc', '.odt', '.rtf', '.pdf', '.pages', '.wpd']);

/** A file to import: where it is, and how messages and drafts name it. */
export interface ImportFile {
  readonly abs: string;
  /** As named on the command line; for a file found in a named folder, the folder as named and the path under it. */
  readonly shown: string;
  /** What drafts name it by: its name, or for a file found in a named folder its path under it ("2010/protokoll.txt"), as names repeat across folders. */
  readonly source: string;
}

/** Names that are never minutes: hidden files (".DS_Store") and Word's lock files of open documents ("~$möte.docx"). */
const NEVER_MINUTES = /^(?:\.|~\$)|^(?:thumbs\.db|desktop\.ini)$/i;

/**
 * The files the named paths stand for, in order: a file as it is; a folder as every file under it, sorted,
 * following symbolic links but never round in a loop, without files that are never minutes and without the
 * folders in `skip` (where the drafts go, so that a second run does not import the first one's drafts).
 * Folders that cannot be read are problems, reported with the files that cannot.
 */
export function importFiles(named: readonly Omit<ImportFile, 'source'>[], skip: readonly string[]): { files: ImportFile[]; problems: { shown: string; message: string }[] } {
  const files: ImportFile[] = [];
  const problems: { shown: string; message: string }[] = [];
  const visited = new Set<string>();
  const skipped = new Set(skip.map((d) => realOrSelf(d)));
  const walk = (dir: string, shown: string, under: string): void => {
    const real = realOrSelf(dir);
    if (visited.has(real) || skipped.has(real)) return;
    visited.add(real);
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch (err) {
      problems.push({ shown, message: `Mappen kunde inte läsas (${errorCode(err)}).` });
      return;
    }
    for (const name of names) {
      if (NEVER_MINUTES.test(name)) continue;
      const abs = path.join(dir, name);
      const [rel, source] = [`${shown}/${name}`, `${under}${name}`];
      if (isDirectory(abs)) walk(abs, rel, `${source}/`);
      else files.push({ abs, shown: rel, source });
    }
  };
  for (const n of named) {
    if (isDirectory(n.abs)) walk(n.abs, n.shown.replace(/[\\/]+$/, '') || n.shown, '');
    else files.push({ ...n, source: path.basename(n.abs) });
  }
  return { files, problems };
}

const isDirectory = (abs: string): boolean => {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
};

const realOrSelf = (abs: string): string => {
  try {
    return fs.realpathSync(abs);
  } catch {
    return path.resolve(abs);
  }
};

export async function readImportFile(absPath: string): Promise<ReadResult> {
  const ext = path.extname(absPath).toLowerCase();
  if (!TEXT.has(ext) && ext !== '.docx') {
    const hint = OTHER_WORD.has(ext) ? ' Spara dokumentet som .docx eller .txt och importera det igen.' : '';
    return { ok: false, message: `Filformatet ${ext || '(utan filändelse)'} stöds inte: minutes import läser .txt, .md och .docx.${hint}` };
  }
  const bytes = readFileBytes(absPath);
  if (!Buffer.isBuffer(bytes)) return bytes;
  return ext === '.docx' ? readDocx(bytes) : textOf(bytes, ext);
}

/**
 * A text file to import (.txt, .md, .markdown …), read at once, without the Word reader: what `minutes check` reads of
 * an ignored file to find the minutes it would be imported as. Undefined for a file of another kind.
 */
export function readImportText(absPath: string): ReadResult | undefined {
  const ext = path.extname(absPath).toLowerCase();
  if (!TEXT.has(ext)) return undefined;
  const bytes = readFileBytes(absPath);
  return Buffer.isBuffer(bytes) ? textOf(bytes, ext) : bytes;
}

function readFileBytes(absPath: string): Buffer | { readonly ok: false; readonly message: string } {
  try {
    if (fs.statSync(absPath).isDirectory()) return { ok: false, message: 'Det är en mapp, inte en fil.' };
    return fs.readFileSync(absPath);
  } catch (err) {
    const code = errorCode(err);
    return { ok: false, message: code === 'ENOENT' ? 'Filen finns inte.' : `Filen kunde inte läsas (${code}).` };
  }
}

function textOf(bytes: Uint8Array, ext: string): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  if (!MARKDOWN.has(ext)) return { ...decoded, markdown: false };
  const unwrapped = unwrapFrontMatter(decoded.text);
  return { ok: true, text: unwrapped.text, markdown: true, notes: [...decoded.notes, ...unwrapped.notes] };
}

async function readDocx(bytes: Buffer): Promise<ReadResult> {
  let images = 0;
  try {
    // Loaded only when a Word file is imported, so other commands start fast.
    const { default: mammoth } = await import('mammoth');
    const { withNumbers } = await import('./docx-numbers.js');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(await withNumbers(bytes)) },
      {
        convertImage: mammoth.images.imgElement(async () => {
          images++;
          return { src: '' };
        }),
      },
    );
    const notes = images > 0 ? [`Källan har ${images === 1 ? 'en bild' : `${images} bilder`} som inte följde med; lägg in dem för hand om de behövs.`] : [];
    const { headersAndFooters } = await import('./docx-margins.js');
    const margins = await headersAndFooters(bytes);
    const quoted = (texts: readonly string[]) => texts.map((t) => `"${t}"`).join(', ');
    if (margins.headers.length > 0) notes.push(`Sidhuvud i källan: ${quoted(margins.headers)}.`);
    if (margins.footers.length > 0) notes.push(`Sidfot i källan: ${quoted(margins.footers)}.`);
    return { ok: true, text: htmlToMarkdown(result.value), markdown: true, word: true, notes };
  } catch (err) {
    return { ok: false, message: `Filen kunde inte läsas som Word-dokument (.docx): ${docxProblem(err instanceof Error ? err.message.split('\n')[0]! : String(err))}` };
  }
}

/** What the zip and Word readers' English messages mean for the person importing. */
function docxProblem(english: string): string {
  if (/central directory|corrupted zip|end of data|zip file/i.test(english)) {
    return 'innehållet är inget Word-dokument (filen är ingen zip-fil). Den kan vara skadad, lösenordsskyddad eller ha fel filändelse: öppna den i Word och spara en kopia som .docx utan lösenord.';
  }
  if (/main document part/i.test(english)) return 'dokumentets text saknas i filen. Öppna den i Word och spara en kopia som .docx.';
  return `läsaren svarade "${english}".`;
}

const BINARY = 'Filen innehåller binära data och är ingen textfil.';

// C0 control characters and DEL, but tab, line feed, vertical tab (Word's line break), form feed (a page break) and
// carriage return. Not C1, which Windows-1252 text may hold at the five bytes it leaves undefined.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * The percentage of control characters, when so many that the text is binary data: random bytes without a zero
 * byte decode as Windows-1252 with about one in ten characters a control. Real minutes have none but a stray
 * one (a DOS end-of-file mark, an escape pasted in), so it takes at least 5 of them and more than 5 % of the text.
 */
function controlShare(text: string): number | undefined {
  const count = text.match(CONTROL)?.length ?? 0;
  return count >= 5 && count > text.length * 0.05 ? Math.round((count / text.length) * 100) : undefined;
}

/**
 * Bytes -> text (see util/legacy-text.ts), with a note when lines were read as Windows-1252 (Latin-1), the usual
 * encoding of old Swedish text files.
 */
function decodeText(bytes: Uint8Array): { readonly ok: true; readonly text: string; readonly notes: readonly string[] } | { readonly ok: false; readonly message: string } {
  const decoded = decodeLegacyText(bytes);
  if (!decoded.ok) return { ok: false, message: BINARY };
  const controls = controlShare(decoded.text);
  if (controls !== undefined) return { ok: false, message: `${BINARY.slice(0, -1)}: ${controls} % av tecknen är styrtecken, som inte hör hemma i text. Filen kan vara skadad eller ha fel filändelse.` };
  const fallback = decoded.windows1252Lines;
  if (fallback.length === 0) return { ok: true, text: decoded.text, notes: [] };
  const note = decoded.mixed
    ? `${fallback.length === 1 ? 'Rad' : 'Raderna'} ${lineRanges(fallback)} var inte sparad${fallback.length === 1 ? '' : 'e'} som UTF-8 och lästes som Windows-1252 (Latin-1); kontrollera å, ä och ö där.`
    : 'Källan var inte sparad som UTF-8 och lästes som Windows-1252 (Latin-1); kontrollera å, ä och ö.';
  return { ok: true, text: decoded.text, notes: [note] };
}
