// Where a site may be written. A build replaces its output folder whole, so the folder must be one that holds
// nothing else: a new or empty folder, or a site an earlier build made. Anything else is refused before work starts.
import fs from 'node:fs';
import path from 'node:path';
import { MINUTES_DIR, ORGANISATIONS_FILE, PEOPLE_FILE } from '../load/files.js';

/** What every site from minutes has, so an earlier site can be told from a folder of other things. */
const SITE_MARKERS = ['index.html', path.join('data', 'minutes.json')];

const real = (p: string): string => {
  // The nearest existing ancestor, resolved, with the rest appended: symbolic links cannot hide an overlap.
  let existing = p;
  const rest: string[] = [];
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(fs.realpathSync(existing), ...rest);
};

const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);

/** Why `outDir` must not receive a site built from `root` (a Swedish sentence), or undefined when it may. */
export function unsafeOutput(root: string, outDir: string): string | undefined {
  const out = real(path.resolve(outDir));
  const top = real(path.resolve(root));
  if (within(top, out)) return `${outDir} är roten eller en mapp runt den; bygget skulle ersätta protokollen och registren.`;
  for (const name of [MINUTES_DIR, 'templates', PEOPLE_FILE, ORGANISATIONS_FILE]) {
    const own = path.join(top, name);
    if (out === own) return `${outDir} är arkivets ${name}; bygget skulle ersätta det med webbplatsen.`;
    if (within(out, own)) return `${outDir} ligger i ${name}; bygget skulle ersätta det som finns där.`;
  }
  if (!fs.existsSync(out)) return undefined;
  if (!fs.statSync(out).isDirectory()) return `${outDir} finns redan och är ingen mapp.`;
  if (fs.readdirSync(out).length === 0) return undefined;
  if (SITE_MARKERS.every((m) => fs.existsSync(path.join(out, m)))) return undefined;
  return `${outDir} innehåller annat än en webbplats från minutes, och bygget ersätter hela mappen.`;
}

/**
 * The folder a build writes into: `outDir` itself, or the folder it points to when it is a symbolic link. The
 * swap renames folders, so it would otherwise replace the link with a folder and leave the link's target (the
 * folder a web server may be serving) with the old site.
 */
export function outputFolder(outDir: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(outDir);
  } catch {
    return outDir;
  }
  if (!stat.isSymbolicLink()) return outDir;
  try {
    return fs.realpathSync(outDir);
  } catch {
    // A link to a folder not yet made: build where it points.
    return path.resolve(path.dirname(outDir), fs.readlinkSync(outDir));
  }
}
