// The files of a templates folder as minutes reads them: editors' own files left out. Editors keep them beside the
// file being edited: the lock Emacs makes (`.#about.11ty.mjs`, a symbolic link to nowhere), which must not be read
// as a template, and copies of the text being edited (`#style.css#`, `style.css~`, `.style.css.swp`), which must
// not be published.
import fs from 'node:fs';
import path from 'node:path';
import { isEditorFile } from '../util/editor-files.js';

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
