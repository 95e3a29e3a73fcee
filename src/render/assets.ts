// The templates' static files (templates/assets/: the style sheets, the search script, images) as the site gets
// them. A style sheet is minified on the way (csso, without restructuring: comments and spaces go, every rule stays
// where it was written), since its comments are for whoever edits the templates and every reader's first page
// would otherwise fetch them; anything else is copied as it is. The build and `minutes dev` both copy through here.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'csso';

/**
 * What the site gets of an asset `name` ("style.css") with these bytes: a style sheet minified, anything else as it
 * is. A style sheet csso cannot read, or not UTF-8 text, is kept as written: the browser reads it as it would have.
 */
export function siteAsset(name: string, bytes: Buffer): Buffer {
  if (!isStyleSheet(name)) return bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return Buffer.from(minify(text, { restructure: false }).css, 'utf8');
  } catch {
    return bytes;
  }
}

/** Copies the asset file `from` to `to` (its folder made), as the site gets it (see siteAsset). */
export function copyAsset(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (isStyleSheet(from)) fs.writeFileSync(to, siteAsset(path.basename(from), fs.readFileSync(from)));
  else fs.copyFileSync(from, to);
}

/**
 * Minifies in place the style sheets among the files under `dir` (the site's assets/, just copied). Only plain
 * files: a symbolic link copied as one leads back into the templates, which must stay as written.
 */
export function minifyStyleSheets(dir: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) minifyStyleSheets(p);
    else if (e.isFile() && isStyleSheet(e.name)) fs.writeFileSync(p, siteAsset(e.name, fs.readFileSync(p)));
  }
}

const isStyleSheet = (name: string): boolean => name.toLowerCase().endsWith('.css');
