// Minutes saved beside minutes/ rather than in it (./2026-11-25.md, Protokoll/2026-11-25.md), which no walk of
// minutes/ finds and no build publishes: found by a look at the root and its folders, reading only files' first bytes.
import fs from 'node:fs';
import path from 'node:path';
import { isOtherCase, looksLikeMinutes, MINUTES_DIR, relativePath } from './files.js';

/** A file outside minutes/ that looks like minutes, with what its front matter says of its group and date. */
export interface StrayMinutes {
  /** Path from the root. */
  readonly file: string;
  readonly group?: string;
  readonly date?: string;
}

/** Folders that hold no minutes of a note-taker's (besides the root's minutes/): the site's, its templates, a project's. */
const SKIPPED = new Set(['templates', 'site', 'node_modules', 'dist', 'src', 'tests']);

/** How much of a file is read: the front matter's first fields, where `minutes new` writes group and date. */
const HEAD_BYTES = 4096;

/**
 * The files that look like minutes (see minutesHead) directly in `root` and in its folders or one level below them,
 * but for hidden folders, those in SKIPPED and built sites (a pagefind/ folder in them, or a build's lock beside them).
 */
export function findStrayMinutes(root: string): StrayMinutes[] {
  const found: StrayMinutes[] = [];
  const look = (dir: string, depth: number): void => {
    const entries = entriesOf(dir);
    // Without minutes/, a `Minutes/` is told to be renamed (see missingFromRoot): its files are not told one by one.
    const misnamed = depth === 0 && !entries.some((e) => e.name === MINUTES_DIR);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && (entry.name.toLowerCase().endsWith('.md') || looksLikeMinutes(entry.name))) {
        const head = minutesHead(full);
        if (head) found.push({ file: relativePath(root, full), ...head });
      } else if (entry.isDirectory() && depth < 2 && !entry.name.startsWith('.') && !SKIPPED.has(entry.name) && !(depth === 0 && (entry.name === MINUTES_DIR || (misnamed && isOtherCase(entry.name, MINUTES_DIR)))) && !isSite(dir, entry.name)) {
        look(full, depth + 1);
      }
    }
  };
  look(root, 0);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function entriesOf(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    // A folder that cannot be read holds nothing this look can tell of.
    return [];
  }
}

/** Whether the folder `name` in `dir` is a site built there: it has a search index, or a build holds it locked. */
const isSite = (dir: string, name: string): boolean => fs.existsSync(path.join(dir, name, 'pagefind')) || fs.existsSync(path.join(dir, `.${name}.lock`));

/**
 * The group and date of a file whose first line is --- and whose fields there name a group or a date, as minutes'
 * do (a README, a changelog have none); undefined for any other file.
 */
export function minutesHead(abs: string): { group?: string; date?: string } | undefined {
  let text: string;
  try {
    const fd = fs.openSync(abs, 'r');
    try {
      const bytes = Buffer.alloc(HEAD_BYTES);
      text = bytes.subarray(0, fs.readSync(fd, bytes, 0, HEAD_BYTES, 0)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    if (/^(?:---|\.\.\.)\s*$/.test(line)) break;
    const field = /^(group|date):(.*)$/.exec(line);
    if (field && !fields.has(field[1]!)) fields.set(field[1]!, plainValue(field[2]!));
  }
  if (fields.size === 0) return undefined;
  const group = fields.get('group');
  const date = fields.get('date');
  return { ...(group ? { group } : {}), ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}) };
}

/** A field's value as written on its line: without a comment after it and without quotes around it. */
const plainValue = (written: string): string =>
  written
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
