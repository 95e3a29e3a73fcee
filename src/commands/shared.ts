// Small helpers the commands share: where the root is, how diagnostics are printed, how long things took.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { codeFrame, firstProblems, formatGithub, formatJson, formatText, moreProblems, summarize } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { MINUTES_DIR, ORGANISATIONS_FILE, PEOPLE_FILE } from '../load/files.js';
import type { Io, Values } from './types.js';

export function rootOf(values: Values, io: Io): string {
  if (typeof values.root !== 'string') return foundRoot(io.cwd);
  const root = path.resolve(io.cwd, values.root);
  if (!fs.existsSync(root)) throw new UserError(`Mappen ${root} finns inte.`);
  if (!fs.statSync(root).isDirectory()) throw new UserError(`${root} är en fil, inte en mapp; ange mappen med minutes/, people.yml och organisations.yml.`);
  return root;
}

function listed(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The archive the current folder is in: itself when it holds any of the archive's files, else (a folder such as
 * minutes/<group>/) the nearest one above it with both registries, as npm finds package.json; else itself, so
 * that check says what is missing there.
 */
function foundRoot(cwd: string): string {
  const has = (dir: string, name: string) => fs.existsSync(path.join(dir, name));
  if ([MINUTES_DIR, PEOPLE_FILE, ORGANISATIONS_FILE].some((name) => has(cwd, name))) return cwd;
  for (let dir = cwd; dir !== path.dirname(dir); ) {
    dir = path.dirname(dir);
    // In any capitals ("People.yml", saved so on Windows), so that check finds the archive and says to rename it.
    const names = new Set(listed(dir).map((n) => n.toLowerCase()));
    if (names.has(PEOPLE_FILE) && names.has(ORGANISATIONS_FILE)) return dir;
  }
  return cwd;
}

export type Format = 'text' | 'json';

export function formatOf(values: Values): Format {
  const f = values.format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UserError(`Okänt format "${String(f)}": välj text eller json.`);
  return f;
}

/**
 * Prints diagnostics as `minutes check` does; with code frames when `sources` are given and `frames` is on. With
 * `most` (dev), only that many, errors first, then how many more there are and where to see them all.
 */
export function printDiagnostics(io: Io, all: readonly Diagnostic[], options: { format?: Format; frames?: ReadonlyMap<string, string>; most?: number } = {}): void {
  if (options.format === 'json') {
    io.stdout(formatJson(all));
    return;
  }
  // In the order check prints them, unless there are more than `most`: then errors first, as the pages show them.
  const { shown: list, more } = options.most === undefined || all.length <= options.most ? { shown: all, more: 0 } : firstProblems(all, options.most);
  if (list.length > 0) {
    if (options.frames) {
      for (const d of list) {
        io.stderr(formatText([d]));
        const src = options.frames.get(d.file);
        if (src !== undefined) io.stderr(indent(codeFrame(src, d.line, d.col)) + '\n');
      }
    } else io.stderr(formatText(list));
  }
  if (more > 0) io.stderr(moreProblems(more));
  if (io.env.GITHUB_ACTIONS === 'true' && list.length > 0) io.stdout(formatGithub(list));
  io.stderr(summarize(all));
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

/** "0,4 s" */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace('.', ',')} s`;
}

/** An http(s) address with nothing after its path, or undefined when `value` is not one. */
function webAddress(value: string): URL | undefined {
  if (/[\s"'<>\\]/.test(value)) return undefined;
  try {
    const u = new URL(value);
    decodeURI(u.pathname); // throws on a stray %
    return /^https?:$/.test(u.protocol) && u.host !== '' && u.search === '' && u.hash === '' && !u.pathname.includes('//') ? u : undefined;
  } catch {
    return undefined;
  }
}

/** --url, checked: the site's full address, or undefined when not given. */
export function siteAddress(values: Values): URL | undefined {
  const url = typeof values.url === 'string' ? values.url : undefined;
  const site = url === undefined ? undefined : webAddress(url);
  if (url !== undefined && !site) throw new UserError(`--url "${url}" är ingen webbadress; skriv till exempel --url https://exempel.se/protokoll/ (utan ? och #).`);
  // It would stand in every canonical link, feed and sitemap.xml. The message does not repeat a password (CI logs):
  // it gives the address as written without them, or as parsed when written without the slashes (https:user@…).
  if (url !== undefined && site && (site.username !== '' || site.password !== '')) {
    const stripped = url.replace(/^(https?:\/\/)[^/?#]*@/i, '$1');
    const without = stripped !== url ? stripped : `${site.protocol}//${site.host}${decodeURI(site.pathname)}`;
    throw new UserError(`--url har ett användarnamn eller lösenord (före @), som skulle stå i varje sidas adress i flöden och sitemap.xml; skriv adressen utan dem: --url ${without}`);
  }
  return site;
}
