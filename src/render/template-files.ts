// The files of a templates folder as minutes reads them: hidden files and folders left out, as the walk of minutes/
// leaves them out and Eleventy does. Editors keep their own there, such as the lock Emacs makes beside a file being
// edited (`.#about.11ty.mjs`, a symbolic link to nowhere), which must not be read as a template.
import fs from 'node:fs';
import path from 'node:path';

/** Whether a file or folder of this name is hidden, and left out. */
export const isHidden = (name: string): boolean => name.startsWith('.');

/** Every file under `dir` but the hidden ones, relative to it with forward slashes, sorted. */
export function templateFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (isHidden(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}
