// Which templates a site is rendered with: the archive's own templates/ folder when it has one, else minutes' own.
// An own folder replaces minutes' templates whole, so it must hold every file they have; one that lacks some
// would give a site without those pages, and is refused before anything is rendered.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../diagnostics.js';
import { atStart } from '../diagnostics.js';
import { templatesWithoutRender } from './template-exports.js';
import { PROJECT_TEMPLATES, templateFiles } from '../load/template-files.js';

export { PROJECT_TEMPLATES, TEMPLATES_DIR, templatesFor } from '../load/template-files.js';

/**
 * What makes an archive's own templates/ unusable, found before anything is rendered: files of minutes' own
 * templates that it lacks, else page templates without a render function (none for minutes' own folder).
 */
export function templateProblems(templatesDir: string): Finding[] {
  const unreadable = unreadablePath(templatesDir);
  if (unreadable.length > 0) return unreadable;
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

/**
 * Eleventy finds templates with a pattern made from their folder's path and loads them by an address made from it,
 * neither escaped: under a folder named "Protokoll (2)" or "{a,b}" it finds no page at all (a site of assets
 * only, built without complaint), and under one with ?, # or % it cannot load them.
 */
const PATTERN_IN_PATH = /[()?#%]|\{[^{}]*(?:,|\.\.)[^{}]*\}/;

/** A finding when the templates lie where Eleventy cannot read them (minutes' own too, by where it is installed). */
function unreadablePath(templatesDir: string): Finding[] {
  const full = path.resolve(templatesDir);
  const m = PATTERN_IN_PATH.exec(full);
  if (!m) return [];
  const own = full === path.resolve(PROJECT_TEMPLATES);
  const folder = full.slice(0, full.indexOf(path.sep, m.index) === -1 ? full.length : full.indexOf(path.sep, m.index));
  return [
    {
      file: own ? full : `${path.basename(templatesDir)}/`,
      where: atStart,
      code: 'template-folder-name',
      message: `Mallarna ligger i ${folder}, och tecknet ${m[0]} i sökvägen gör att Eleventy inte hittar dem: webbplatsen skulle byggas utan sidor.`,
      hint: `Döp om mappen utan ( ) { } ? # eller % i namnet (till exempel "Protokoll 2" i stället för "Protokoll (2)")${own ? ' eller installera minutes i en annan mapp' : ''}; webbplatsen har inte ändrats.`,
    },
  ];
}
