// The templates' static files (templates/assets/: the style sheets, the search script, images) as the site gets
// them. A style sheet is minified on the way (csso, without restructuring: comments and spaces go, every rule stays
// where it was written), since its comments are for whoever edits the templates and every reader's first page
// would otherwise fetch them; anything else is copied as it is. The build and `minutes dev` both copy through here.
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'csso';
import { isEditorFile } from '../util/editor-files.js';

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
 * Gives the site's assets/ (`to`) the templates' (`from`) as the site gets them: a folder the site lacks copied
 * whole, then its style sheets minified; in one it has, only the files that differ from what they would be written
 * as. A rebuild of a few pages (`minutes dev` after a save of minutes) so leaves every asset as it was, unwritten,
 * and a browser's cache sees none changed. An editor's own files are left out; a symbolic link is copied as one,
 * leading to the same file (never minified, since it leads back into the templates).
 */
export function copyAssets(from: string, to: string): void {
  if (!fs.statSync(to, { throwIfNoEntry: false })?.isDirectory()) {
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true, filter: (src) => src === from || !isEditorFile(path.basename(src)) });
    minifyStyleSheets(to);
    return;
  }
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (isEditorFile(e.name)) continue;
    const [src, dest] = [path.join(from, e.name), path.join(to, e.name)];
    if (e.isDirectory()) copyAssets(src, dest);
    else if (e.isFile()) {
      const bytes = builtAsset(src);
      const now = fs.lstatSync(dest, { throwIfNoEntry: false });
      if (now?.isFile() && now.size === bytes.length && fs.readFileSync(dest).equals(bytes)) continue;
      fs.rmSync(dest, { recursive: true, force: true });
      fs.copyFileSync(src, dest);
      if (isStyleSheet(e.name)) fs.writeFileSync(dest, bytes);
    } else if (!sameLink(src, dest)) {
      fs.rmSync(dest, { recursive: true, force: true });
      fs.cpSync(src, dest);
    }
  }
}

/** The last source and site bytes of each style sheet (by path), so that one unchanged is not minified again. */
const built = new Map<string, { readonly source: Buffer; readonly site: Buffer }>();

/** What the site gets of the asset file `file` (see siteAsset), a style sheet's as minified before if unchanged. */
function builtAsset(file: string): Buffer {
  const source = fs.readFileSync(file);
  if (!isStyleSheet(file)) return source;
  const known = built.get(file);
  if (known?.source.equals(source)) return known.site;
  const site = siteAsset(path.basename(file), source);
  built.set(file, { source, site });
  return site;
}

/** Whether `dest` is a symbolic link as fs.cpSync makes of the link `src`: to the same place, from the root. */
function sameLink(src: string, dest: string): boolean {
  if (!fs.lstatSync(src).isSymbolicLink() || !fs.lstatSync(dest, { throwIfNoEntry: false })?.isSymbolicLink()) return false;
  return fs.readlinkSync(dest) === path.resolve(path.dirname(src), fs.readlinkSync(src));
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
