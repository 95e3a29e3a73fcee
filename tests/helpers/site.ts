// Reading a built site in tests: its files, its links and anchors, decompressed Pagefind data.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const read = (site: string, rel: string): string => fs.readFileSync(path.join(site, rel), 'utf8');

/** Text from HTML with the entities the site writes decoded. */
export const unescape = (s: string): string => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Every internal link or anchor in the site's HTML that does not resolve. */
export function brokenLinks(site: string, base = '/'): string[] {
  const html = listFiles(site).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...read(site, file).matchAll(/\sid="([^"]+)"/g)].map((m) => unescape(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  for (const file of html) {
    const text = read(site, file);
    for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = unescape(m[1]!);
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const [pathPart, fragment] = raw.split('#') as [string, string | undefined];
      let target: string;
      if (pathPart === '' || pathPart.startsWith('?')) target = file;
      else {
        if (!pathPart.startsWith(base)) {
          broken.push(`${file}: ${raw} (not under ${base})`);
          continue;
        }
        let rel = decodeURIComponent(pathPart.slice(base.length).split('?')[0]!);
        if (rel === '' || rel.endsWith('/')) rel += 'index.html';
        target = rel;
        if (!fs.existsSync(path.join(site, target))) {
          broken.push(`${file}: ${raw}`);
          continue;
        }
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${file}: ${raw} (no #${fragment})`);
    }
  }
  return broken;
}

/** Every file's text, with Pagefind's gzip-compressed files decompressed (Pagefind prefixes them with a signature). */
export function allText(site: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of listFiles(site)) {
    const bytes = fs.readFileSync(path.join(site, rel));
    let data: Buffer = bytes;
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) data = zlib.gunzipSync(bytes);
    out.set(rel, data.toString('utf8'));
  }
  return out;
}

/** One hash over every file's path and bytes. */
export function hashTree(dir: string): string {
  const h = crypto.createHash('sha256');
  for (const rel of listFiles(dir)) {
    h.update(rel);
    h.update(fs.readFileSync(path.join(dir, rel)));
  }
  return h.digest('hex');
}

/** The text of every page in the site's search index (Pagefind's fragments, decompressed). */
export function searchTextOf(site: string): string {
  const dir = path.join(site, 'pagefind', 'fragment');
  if (!fs.existsSync(dir)) return '';
  return fs.readdirSync(dir).map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8')).join('\n');
}
