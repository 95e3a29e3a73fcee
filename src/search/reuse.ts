// Writing a search index over the previous one. Pagefind names its index files by a hash of their content and
// does not write one that already exists, so a new index written into a folder that holds the previous index's
// files only compresses what changed (at 10,000 meetings, compressing every fragment is most of Pagefind's time).
// `seedFromPrevious` hard-links the previous index's hashed files into the new folder (nothing is copied and
// the previous site is untouched: Pagefind never opens an existing hashed file); `pruneUnreferenced` then
// removes those the new index does not refer to, so stale fragments never pile up.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decode } from 'cborg';

/** Folders of content-hashed files, named `<hash>.<extension>`. */
const HASHED_DIRS = ['fragment', 'index', 'filter'] as const;
const META = /^pagefind\.(.+)\.pf_meta$/;
/** Pagefind prefixes the content of its compressed files with this marker. */
const SIGNATURE = 'pagefind_dcd';

const stem = (file: string) => file.slice(0, file.indexOf('.'));

/**
 * Hard-links the content-hashed files of the index in `previous` into `next` (created if missing).
 * Returns how many were linked; 0 when there is no previous index or links cannot be made here.
 */
export function seedFromPrevious(previous: string, next: string): number {
  if (!fs.existsSync(path.join(previous, 'pagefind-entry.json'))) return 0;
  let linked = 0;
  try {
    fs.mkdirSync(next, { recursive: true });
    for (const f of fs.readdirSync(previous)) {
      if (META.test(f)) linked += link(path.join(previous, f), path.join(next, f));
    }
    for (const dir of HASHED_DIRS) {
      const from = path.join(previous, dir);
      if (!fs.existsSync(from)) continue;
      fs.mkdirSync(path.join(next, dir), { recursive: true });
      for (const f of fs.readdirSync(from)) linked += link(path.join(from, f), path.join(next, dir, f));
    }
    return linked;
  } catch {
    // Another file system, or one without hard links: start from nothing rather than from half.
    fs.rmSync(next, { recursive: true, force: true });
    return 0;
  }
}

function link(from: string, to: string): number {
  if (fs.existsSync(to)) return 0;
  fs.linkSync(from, to);
  return 1;
}

/**
 * Removes the hashed files in the index folder `dir` that its entry file does not lead to. Returns the number
 * removed, or undefined when the index cannot be read (then nothing is removed; write the index afresh).
 */
export function pruneUnreferenced(dir: string): number | undefined {
  const referenced = referencedFiles(dir);
  if (!referenced) return undefined;
  const stale: string[] = [];
  for (const f of fs.readdirSync(dir)) if (META.test(f) && !referenced.metas.has(f)) stale.push(f);
  for (const d of HASHED_DIRS) {
    if (!fs.existsSync(path.join(dir, d))) continue;
    for (const f of fs.readdirSync(path.join(dir, d))) if (!referenced.hashes.has(stem(f))) stale.push(path.join(d, f));
  }
  for (const f of stale) fs.rmSync(path.join(dir, f));
  return stale.length;
}

/** The index's meta files, and every hash they mention (fragments, word index chunks, filters). */
function referencedFiles(dir: string): { metas: Set<string>; hashes: Set<string> } | undefined {
  try {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
    const metas = new Set<string>();
    const hashes = new Set<string>();
    for (const language of Object.values(entry.languages ?? {})) {
      if (typeof language.hash !== 'string') return undefined;
      const meta = `pagefind.${language.hash}.pf_meta`;
      metas.add(meta);
      const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, meta)));
      if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return undefined;
      collectStrings(decode(raw.subarray(SIGNATURE.length), { useMaps: true }), hashes);
    }
    return { metas, hashes };
  } catch {
    return undefined;
  }
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
  else if (value instanceof Map) for (const [k, v] of value) (collectStrings(k, into), collectStrings(v, into));
}
