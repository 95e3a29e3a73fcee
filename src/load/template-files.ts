// Which templates folder a site is built with, and its files as minutes reads them: editors' own files left out. Editors keep them beside the
// file being edited: the lock Emacs makes (`.#about.11ty.mjs`, a symbolic link to nowhere), which must not be read
// as a template, and copies of the text being edited (`#style.css#`, `style.css~`, `.style.css.swp`), which must
// not be published.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEditorFile } from '../util/editor-files.js';

/** minutes' own templates, used where an archive has none of its own. */
export const PROJECT_TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

/** The folder of an archive's own templates, in its root. */
export const TEMPLATES_DIR = 'templates';

/** The templates folder for an archive at `root`. */
export function templatesFor(root: string): string {
  const own = path.join(root, TEMPLATES_DIR);
  return fs.existsSync(own) && fs.statSync(own).isDirectory() ? own : PROJECT_TEMPLATES;
}

/** Every file under `dir` but editors' own, relative to it with forward slashes, sorted. */
export function templateFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (isEditorFile(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}
