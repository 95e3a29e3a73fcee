// The preview server: Eleventy's dev server (live reload over a WebSocket) serving the built site, plus a
// banner on every page with the current problems in the minutes, shown until they are fixed, and on the pages
// that search, a live reload of their own that also reloads them when the search index is rebuilt.
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { Diagnostic } from '../diagnostics.js';
import { codeFrame, errorPlace, firstProblems, moreProblems, SHOWN_PROBLEMS } from '../diagnostics.js';
import { escapeHtml } from '../render/text.js';
import { count } from '../util/plural.js';

export interface ProblemSource {
  readonly diagnostics: readonly Diagnostic[];
  sourceOf(file: string): string | undefined;
}

/** What the server is told of the session: its problems, and where the pages of meetings moved by saves went. */
export interface SessionSource extends ProblemSource {
  movedTo(address: string): string | undefined;
}

const STYLE_PATH = '/.minutes/problem.css';
const STYLE = `.minutes-problems{font:16px/1.5 system-ui,sans-serif;background:#fff4f4;color:#1b1b1b;border:4px solid #b00020;margin:0;padding:1rem 1.25rem;position:relative;z-index:1000}
.minutes-problems h2{margin:0 0 .5rem;font-size:1.25rem;color:#8a0017}
.minutes-problems ol{margin:0;padding-left:1.25rem}.minutes-problems li{margin:.75rem 0}
.minutes-problems pre{background:#fff;border:1px solid #d9b3b8;padding:.5rem;overflow-x:auto;font-size:.85rem;margin:.25rem 0 0}
.minutes-problems .hint{margin:.25rem 0 0}.minutes-problems .where{font-family:ui-monospace,monospace;font-weight:700}`;

/** How many problems the banner shows (see SHOWN_PROBLEMS): the terminal shows as many. */
export const BANNER_PROBLEMS = SHOWN_PROBLEMS;

/**
 * What the pages below the banner are: the site as last built, or, when dev started on an archive with errors and
 * no site had been built, none at all.
 */
export type BelowBanner = 'last built' | 'none built';

/** What the banner says of the page below it, and of when it is reloaded, for `errors` errors. */
function belowSaid(below: BelowBanner, errors: number): string {
  if (below === 'last built') return 'Sidan nedanför är den senaste som gick att bygga. Den laddas om av sig själv när felet är rättat.';
  const them = errors === 1 ? 'felet nedan; sidan laddas om av sig själv när det är rättat' : 'felen nedan; sidan laddas om av sig själv när de är rättade';
  return `Webbplatsen har inte gått att bygga ännu, så det finns ingen sida att visa. Rätta ${them}.`;
}

/** The banner listing errors first, each with its place, message, hint and the offending lines; the first BANNER_PROBLEMS. */
export function problemBanner(problems: ProblemSource, below: BelowBanner = 'last built'): string {
  const list = problems.diagnostics;
  const errors = list.filter((d) => d.severity === 'error').length;
  const { shown, more } = firstProblems(list, BANNER_PROBLEMS);
  const rest = more > 0 ? `<p>${escapeHtml(moreProblems(more))}</p>` : '';
  const items = shown
    .map((d) => {
      const source = problems.sourceOf(d.file);
      const frame = source === undefined ? '' : `<pre>${escapeHtml(codeFrame(source, d.line, d.col))}</pre>`;
      return `<li><p><span class="where">${escapeHtml(`${d.file}:${d.line}:${d.col}`)}</span> ${d.severity === 'error' ? 'fel' : 'varning'} <code>${escapeHtml(d.code)}</code>: ${escapeHtml(d.message)}</p>${d.hint ? `<p class="hint">Tips: ${escapeHtml(d.hint)}</p>` : ''}${frame}</li>`;
    })
    .join('');
  return `<section class="minutes-problems" role="alert" aria-labelledby="minutes-problems-title"><h2 id="minutes-problems-title">${[`${count(errors)} fel`, errorPlace(list)].filter(Boolean).join(' ')}</h2><p>${belowSaid(below, errors)}</p><ol>${items}</ol>${rest}</section>`;
}

/** What the pages show of the problems: the banner while there are errors (warnings alone show none), else nothing. */
export function shownProblems(problems: ProblemSource, below: BelowBanner = 'last built'): string {
  return problems.diagnostics.some((d) => d.severity === 'error') ? problemBanner(problems, below) : '';
}

const RELOAD_PATH = '/.minutes/reload.js';
/** What `searchIndexChanged` sends to every open page: a message the client below acts on in pages that search. */
const SEARCH_INDEX_CHANGED = { type: 'eleventy.msg', message: 'Sökindexet är uppdaterat.', minutes: 'search-index' };
/** How long the client waits before it tries to connect again once dev is gone, at first and at the most (ms). */
const RECONNECT_MS = { first: 500, last: 5_000 };
/**
 * The live reload of every page dev serves, in place of the dev server's own client, whose connection, once lost
 * (dev stopped), was tried again only when the page was looked at again (focus), not when it stood open beside the
 * editor. It reloads on every save (dev asks for no reload of stylesheets alone), and pages that load Pagefind (the
 * search page; its interface loads the index as it starts; `?search-index`) once more when a new index is in place,
 * so that they search that one (the search page keeps its search in its address). Once the connection is lost it
 * tries again by itself, after waits that double up to RECONNECT_MS.last (the browser notes every failed try in
 * its console: this keeps them few), at once when the page is looked at, and not while the page is hidden; when
 * it is back, the page reloads once (the site may have changed meanwhile). It logs nothing itself.
 */
const RELOAD = `const searches = new URL(import.meta.url).searchParams.has('search-index');
let lost = false;
let wait = ${RECONNECT_MS.first};
let socket;
let timer;
const connect = () => {
  clearTimeout(timer);
  timer = undefined;
  socket = new WebSocket(location.origin.replace(/^http/, 'ws'));
  socket.addEventListener('message', (event) => {
    const data = JSON.parse(event.data);
    if (data.type === 'eleventy.reload' || (searches && data.minutes === ${JSON.stringify(SEARCH_INDEX_CHANGED.minutes)}) || (lost && data.type === 'eleventy.status' && data.status === 'connected')) location.reload();
  });
  socket.addEventListener('close', () => {
    socket = undefined;
    lost = true;
    if (!document.hidden) timer = setTimeout(connect, wait);
    wait = Math.min(wait * 2, ${RECONNECT_MS.last});
  });
};
const again = () => {
  if (lost && socket === undefined && !document.hidden) connect();
};
addEventListener('focus', again);
document.addEventListener('visibilitychange', again);
connect();
`;
/** A page that loads Pagefind (its script for the search interface, or its own). */
const loadsPagefind = (page: string): boolean => /<script[^>]+src="[^"]*\/pagefind\/pagefind[\w-]*\.js"/.test(page);

/** The page with dev's live-reload client in its head (as the dev server places its own). */
function withReloadClient(page: string): string {
  const script = `<script type="module" src="${RELOAD_PATH}${loadsPagefind(page) ? '?search-index' : ''}"></script>`;
  if (page.includes('</head>')) return page.replace('</head>', `${script}</head>`);
  return page.includes('</body>') ? page.replace('</body>', `${script}</body>`) : `${page}${script}`;
}

export interface PreviewServer {
  readonly url: string;
  reload(files: readonly string[]): void;
  /** A new search index is in place: pages that load the search index reload (see RELOAD). */
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
  return { file };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/**
 * What an address answers with, as the dev server finds it (`/a/` is a/index.html, `/a` is a.html, else a
 * redirect to `/a/`): a page (the file), nothing (404), or undefined for what is the dev server's to serve: a
 * file that is no page, a redirect.
 */
export function pageAt(file: string, pathname: string): { page: string } | 'missing' | undefined {
  const index = path.join(file, 'index.html');
  if (pathname.endsWith('/')) {
    if (isFile(index)) return { page: index };
    return pathname !== '/' && isFile(`${file.replace(/[\\/]+$/, '')}.html`) ? undefined : 'missing';
  }
  if (isFile(file)) return file.endsWith('.html') ? { page: file } : undefined;
  if (isFile(`${file}.html`)) return { page: `${file}.html` };
  return isFile(index) ? undefined : 'missing';
}

const NO_PAGE = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Sidan finns inte</title></head><body><p>Sidan finns inte.</p></body></html>';
/** In a site folder with no site in it, under the banner that says why. */
const NO_SITE = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Webbplatsen är inte byggd</title></head><body></body></html>';

export async function startPreviewServer(dir: string, port: number, problems: SessionSource, log: (msg: string) => void): Promise<PreviewServer> {
  fs.mkdirSync(dir, { recursive: true });
  dir = path.resolve(dir);
  // Every page is served from here, with dev's own live-reload client (see RELOAD), and, while there are errors,
  // the banner; sent as bytes, which the dev server passes on as they are, it gets no client of the dev server's
  // (that one is added to pages sent as text). What is no page (a stylesheet, an attachment) the dev server serves.
  const pages = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
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
    if (url.pathname === RELOAD_PATH) {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.end(RELOAD);
      return;
    }
    // A page fetched by a script, not opened (the dev server adds no client to those either), is served as it is.
    const mode = req.headers['sec-fetch-mode'];
    const found = (req.method === 'GET' || req.method === 'HEAD') && (mode === undefined || mode === 'navigate') ? pageAt(target.file, url.pathname) : undefined;
    if (found === undefined) {
      next();
      return;
    }
    // The page of a meeting whose group or date a save changed is followed to its address now, as a page open
    // there is reloaded (a build writes no page at the old address unless former_ids keeps it).
    const movedTo = found === 'missing' ? problems.movedTo(url.pathname.replace(/(\/index\.html|\/)?$/, '/')) : undefined;
    if (movedTo !== undefined) {
      res.statusCode = 302;
      res.setHeader('Location', movedTo + url.search);
      res.setHeader('Cache-Control', 'no-store');
      res.end();
      return;
    }
    let page: string | undefined;
    if (found === 'missing') {
      // An address with no page answers 404: the site's 404 page, or a page of our own (also to show the problems on).
      res.statusCode = 404;
      const notFoundPage = path.join(dir, '404.html');
      if (isFile(notFoundPage)) page = fs.readFileSync(notFoundPage, 'utf8');
      else if (isFile(path.join(dir, 'index.html'))) page = NO_PAGE;
    } else page = fs.readFileSync(found.page, 'utf8');
    // None: dev started on an archive with errors, and no site was built before; no page to show, nor one last built.
    const shown = shownProblems(problems, page === undefined ? 'none built' : 'last built');
    page ??= shown ? NO_SITE : NO_PAGE;
    const html = withReloadClient(shown ? page.replace('</head>', `<link rel="stylesheet" href="${STYLE_PATH}"></head>`).replace(/<body[^>]*>/, (m) => `${m}${shown}`) : page);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(Buffer.from(html));
  };
  const server = EleventyDevServer.getServer('minutes', dir, {
    port,
    liveReload: true,
    domDiff: false,
    showVersion: false,
    portReassignmentRetryCount: 20,
    messageOnStart: () => false,
    logger: { info: () => {}, log: () => {}, error: (m) => log(m) },
    middleware: [pages],
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
