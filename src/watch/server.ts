// The preview server: Eleventy's dev server (live reload over a WebSocket) serving the built site, plus a
// banner on every page with the current problems in the minutes, shown until they are fixed, and on the pages
// that search, a live reload of their own that also reloads them when the search index is rebuilt.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { Diagnostic } from '../diagnostics.js';
import { codeFrame, errorPlace } from '../diagnostics.js';
import { escapeHtml } from '../render/text.js';
import { count } from '../util/plural.js';

export interface ProblemSource {
  readonly diagnostics: readonly Diagnostic[];
  sourceOf(file: string): string | undefined;
}

const STYLE_PATH = '/.minutes/problem.css';
const STYLE = `.minutes-problems{font:16px/1.5 system-ui,sans-serif;background:#fff4f4;color:#1b1b1b;border:4px solid #b00020;margin:0;padding:1rem 1.25rem;position:relative;z-index:1000}
.minutes-problems h2{margin:0 0 .5rem;font-size:1.25rem;color:#8a0017}
.minutes-problems ol{margin:0;padding-left:1.25rem}.minutes-problems li{margin:.75rem 0}
.minutes-problems pre{background:#fff;border:1px solid #d9b3b8;padding:.5rem;overflow-x:auto;font-size:.85rem;margin:.25rem 0 0}
.minutes-problems .hint{margin:.25rem 0 0}.minutes-problems .where{font-family:ui-monospace,monospace;font-weight:700}`;

/**
 * How many problems the banner shows. An emptied organisations.yml gives an error for every group named in the
 * minutes, thousands of them: listed whole, they were megabytes on every page, each made again for each request.
 */
export const BANNER_PROBLEMS = 50;

/** The banner listing errors first, each with its place, message, hint and the offending lines; the first BANNER_PROBLEMS. */
export function problemBanner(problems: ProblemSource): string {
  const list = [...problems.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = list.filter((d) => d.severity === 'error').length;
  const more = list.length - BANNER_PROBLEMS;
  const rest = more > 0 ? `<p>… och ${count(more)} problem till. Alla står i terminalen där minutes dev körs, och minutes check listar dem.</p>` : '';
  const items = list
    .slice(0, BANNER_PROBLEMS)
    .map((d) => {
      const source = problems.sourceOf(d.file);
      const frame = source === undefined ? '' : `<pre>${escapeHtml(codeFrame(source, d.line, d.col))}</pre>`;
      return `<li><p><span class="where">${escapeHtml(`${d.file}:${d.line}:${d.col}`)}</span> ${d.severity === 'error' ? 'fel' : 'varning'} <code>${escapeHtml(d.code)}</code>: ${escapeHtml(d.message)}</p>${d.hint ? `<p class="hint">Tips: ${escapeHtml(d.hint)}</p>` : ''}${frame}</li>`;
    })
    .join('');
  return `<section class="minutes-problems" role="alert" aria-labelledby="minutes-problems-title"><h2 id="minutes-problems-title">${[`${count(errors)} fel`, errorPlace(list)].filter(Boolean).join(' ')}</h2><p>Sidan nedanför är den senaste som gick att bygga. Den laddas om av sig själv när felet är rättat.</p><ol>${items}</ol>${rest}</section>`;
}

/** What the pages show of the problems: the banner while there are errors (warnings alone show none), else nothing. */
export function shownProblems(problems: ProblemSource): string {
  return problems.diagnostics.some((d) => d.severity === 'error') ? problemBanner(problems) : '';
}

const SEARCH_RELOAD_PATH = '/.minutes/search-reload.js';
/** What `searchIndexChanged` sends to every open page: a message the dev server's reload client only logs, and SEARCH_RELOAD acts on. */
const SEARCH_INDEX_CHANGED = { type: 'eleventy.msg', message: 'Sökindexet är uppdaterat.', minutes: 'search-index' };
/**
 * The live reload of pages that load Pagefind (the search page; its interface loads the index as it starts), in
 * place of the dev server's own client, so that such a page holds one connection, not two: it reloads on every
 * save, as that client does (dev asks for no reload of stylesheets alone), and once more when a new index is in
 * place, so that it searches that one (the search page keeps its search in its address). Like that client, once
 * the connection is lost (dev stopped), it connects again when the page is looked at, and reloads when dev is back.
 * Other pages load no index, and so are not reloaded again.
 */
const SEARCH_RELOAD = `let lost = false;
const again = () => {
  removeEventListener('focus', again);
  removeEventListener('visibilitychange', again);
  connect();
};
const connect = () => {
  const socket = new WebSocket(location.origin.replace(/^http/, 'ws'));
  socket.addEventListener('message', (event) => {
    const data = JSON.parse(event.data);
    if (data.type === 'eleventy.reload' || data.minutes === ${JSON.stringify(SEARCH_INDEX_CHANGED.minutes)} || (lost && data.type === 'eleventy.status' && data.status === 'connected')) location.reload();
  });
  socket.addEventListener('close', () => {
    lost = true;
    addEventListener('focus', again);
    addEventListener('visibilitychange', again);
  });
};
connect();
`;
/** A page that loads Pagefind (its script for the search interface, or its own). */
const loadsPagefind = (page: string): boolean => /<script[^>]+src="[^"]*\/pagefind\/pagefind[\w-]*\.js"/.test(page);

function wantsHtml(req: IncomingMessage): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return (req.method === 'GET' || req.method === 'HEAD') && (url.pathname.endsWith('/') || url.pathname.endsWith('.html'));
}

export interface PreviewServer {
  readonly url: string;
  reload(files: readonly string[]): void;
  /** A new search index is in place: pages that load the search index reload (see SEARCH_RELOAD). */
  searchIndexChanged(): void;
  close(): Promise<void>;
}

/**
 * The file a request path names inside `dir`, or why there is none: a path that is not valid percent-encoding,
 * or one that leads out of the folder (the dev server would throw on either, and its process would end).
 */
function fileFor(dir: string, pathname: string): { file: string } | { status: 400 | 404 } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const file = path.join(dir, decoded);
  if (file !== dir && !file.startsWith(dir + path.sep)) return { status: 404 };
  return { file: pathname.endsWith('/') ? path.join(file, 'index.html') : file };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

let reloadClientSource: string | undefined;

/**
 * A page answered with 404 gets the dev server's live-reload client written into it inline, not loaded from a
 * file, and the site's content security policy (script-src 'self') would block that: the browser would stay on
 * the 404 page of a meeting whose date was changed or whose file was renamed, and reload no more. The policy of
 * such a page lets that one script through by its hash. Only what is served changes; the site on disk does not.
 */
function allowReloadClient(html: string): string {
  reloadClientSource ??= escapeHtml(`'sha512-${createHash('sha512').update(fs.readFileSync(createRequire(import.meta.url).resolve('@11ty/eleventy-dev-server/client/reload-client.js'), 'utf8')).digest('base64')}'`);
  const source = reloadClientSource;
  // Scripts follow script-src where the policy has one, else default-src.
  const directive = (name: string) => new RegExp(`(<meta\\s+http-equiv="Content-Security-Policy"\\s+content="(?:[^"]*?[;\\s])?${name})(\\s)`, 'i');
  const policy = [directive('script-src'), directive('default-src')].find((re) => re.test(html));
  return policy ? html.replace(policy, `$1$2${source} `) : html;
}

export async function startPreviewServer(dir: string, port: number, problems: ProblemSource, log: (msg: string) => void): Promise<PreviewServer> {
  fs.mkdirSync(dir, { recursive: true });
  dir = path.resolve(dir);
  const banner = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    // The type of every file is the server's to say: an attachment without an extension, sent without one, would
    // be guessed a page by the browser and run its script (see README, Hosting).
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      url = new URL('http://localhost/%');
    }
    const target = fileFor(dir, url.pathname);
    if ('status' in target) {
      res.statusCode = target.status;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(target.status === 400 ? 'Felaktig adress.' : 'Sidan finns inte.');
      return;
    }
    if (url.pathname === STYLE_PATH) {
      res.setHeader('Content-Type', 'text/css; charset=utf-8');
      res.end(STYLE);
      return;
    }
    if (url.pathname === SEARCH_RELOAD_PATH) {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.end(SEARCH_RELOAD);
      return;
    }
    if (!wantsHtml(req)) {
      next();
      return;
    }
    const shown = shownProblems(problems);
    const errors = shown !== '';
    const found = isFile(target.file);
    const notFoundPage = path.join(dir, '404.html');
    let page: string;
    let searches = false;
    if (found) {
      page = fs.readFileSync(target.file, 'utf8');
      searches = loadsPagefind(page);
      if (!errors && !searches) {
        next();
        return;
      }
      if (searches) page = page.replace('</body>', `<script type="module" src="${SEARCH_RELOAD_PATH}"></script></body>`);
    } else if (!errors && !isFile(notFoundPage)) {
      next();
      return;
    } else {
      // An address with no page answers 404: the site's 404 page, or an empty one to show the problems on.
      res.statusCode = 404;
      page = allowReloadClient(isFile(notFoundPage) ? fs.readFileSync(notFoundPage, 'utf8') : '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Fel i protokollen</title></head><body></body></html>');
    }
    const html = errors ? page.replace('</head>', `<link rel="stylesheet" href="${STYLE_PATH}"></head>`).replace(/<body[^>]*>/, (m) => `${m}${shown}`) : page;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // A page that searches has its own live reload: sent as bytes, which the dev server passes on as they are, it
    // gets no client of the dev server's too (that one is added to pages sent as text).
    res.end(searches ? Buffer.from(html) : html);
  };
  const server = EleventyDevServer.getServer('minutes', dir, {
    port,
    liveReload: true,
    domDiff: false,
    showVersion: false,
    portReassignmentRetryCount: 20,
    messageOnStart: () => false,
    logger: { info: () => {}, log: () => {}, error: (m) => log(m) },
    middleware: [banner],
  });
  server.serve(port);
  await server.ready();
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actual}/`,
    reload: (files) => server.reload({ files: [...files] }),
    searchIndexChanged: () => server.sendUpdateNotification(SEARCH_INDEX_CHANGED),
    close: () => server.close(),
  };
}
