// What a site folder holds, as addresses from its root: what the links of the minutes are told against once the
// site is built (see validate/rules/written-links.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { WrittenSite } from '../validate/rules/written-links.js';

/** The pages (each folder with an index.html: "om/historia/", "" for the start page) and files under `dir`, in NFC as links name them. */
export function writtenSite(dir: string): WrittenSite {
  const files: string[] = [];
  const walk = (at: string, prefix: string) => {
    for (const e of fs.readdirSync(at, { withFileTypes: true })) {
      const name = `${prefix}${e.name.normalize('NFC')}`;
      if (e.isDirectory()) walk(path.join(at, e.name), `${name}/`);
      else files.push(name);
    }
  };
  walk(dir, '');
  const pages = files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length));
  return { pages, files };
}
