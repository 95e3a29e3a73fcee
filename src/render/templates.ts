// Which templates a site is rendered with: the archive's own templates/ folder when it has one, else minutes' own.
// An own folder replaces minutes' templates whole, so it must hold every file they have; one that lacks some
// would give a site without those pages, and is refused before anything is rendered.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../diagnostics.js';
import { atStart } from '../diagnostics.js';
import { templatesWithoutRender } from './template-exports.js';
import { templateFiles } from './template-files.js';

export const PROJECT_TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));

/** The folder of an archive's own templates, in its root. */
export const TEMPLATES_DIR = 'templates';

/** The templates folder for an archive at `root`. */
export function templatesFor(root: string): string {
  const own = path.join(root, TEMPLATES_DIR);
  return fs.existsSync(own) && fs.statSync(own).isDirectory() ? own : PROJECT_TEMPLATES;
}

/**
 * What makes an archive's own templates/ unusable, found before anything is rendered: files of minutes' own
 * templates that it lacks, else page templates without a render function (none for minutes' own folder).
 */
export function templateProblems(templatesDir: string): Finding[] {
  if (path.resolve(templatesDir) === path.resolve(PROJECT_TEMPLATES)) return [];
  const missing = missingTemplates(templatesDir);
  return missing.length > 0 ? missing : templatesWithoutRender(templatesDir);
}

/** A finding naming the files of minutes' own templates that `templatesDir` lacks. */
function missingTemplates(templatesDir: string): Finding[] {
  const folder = path.basename(templatesDir);
  const missing = templateFiles(PROJECT_TEMPLATES).filter((rel) => !fs.existsSync(path.join(templatesDir, rel)));
  if (missing.length === 0) return [];
  const first = missing[0]!;
  return [
    {
      file: missing.length === 1 ? `${folder}/${first}` : `${folder}/`,
      where: atStart,
      code: 'template-missing',
      message: `${missing.length === 1 ? `Mallen ${first} saknas` : `${missing.length} mallar saknas: ${missing.join(', ')}`}. En egen ${folder}/ ersätter minutes egna mallar helt, så den behöver alla deras filer.`,
      hint: `Kopiera det som saknas från minutes egna mallar (cp -rn ${PROJECT_TEMPLATES}/. ${folder}/), eller ta bort ${folder}/ för att använda dem som de är; webbplatsen har inte ändrats.`,
    },
  ];
}
