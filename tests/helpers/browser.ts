// Browser tests use Debian's Chromium through playwright-core, against a site served over http on localhost.
// Without a Chromium they say so loudly and skip — except under CI=true, where a missing browser is a failure.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome } from '../../src/bench/chrome.js';

// The lookup is the benchmark's too: a CHROME_PATH that names nothing fails both alike.
export { findChrome };

/** Whether the tests run in CI, where a missing browser is a failure (CI=true, or CI=1 as some services set it). */
export const IN_CI = /^(true|1)$/i.test(process.env.CI ?? '');

/** The Chromium to use, or undefined (after a loud warning) when there is none and we are not in CI. */
export function chromeOrSkip(): string | undefined {
  const chrome = findChrome();
  if (chrome) return chrome;
  if (IN_CI) throw new Error('CI=true but no Chromium found: set CHROME_PATH or install Debian\'s chromium (apt-get install -y chromium).');
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! BROWSER TESTS SKIPPED: no Chromium found (CHROME_PATH or /usr/bin/chromium).\n!! Install it with: apt-get install -y chromium\n${bar}\n`);
  return undefined;
}

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Resolves once a live-reload client of the page is connected to `minutes dev` (the dev server greets each
 * connection with a status, sent to every page). Call it before the page is loaded or reloaded.
 */
export function reloadConnected(page: Page, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the live-reload client did not connect')), timeoutMs);
    page.on('websocket', (ws) =>
      ws.on('framereceived', (frame) => {
        if (/"status":"connected"/.test(String(frame.payload))) {
          clearTimeout(timer);
          resolve();
        }
      }),
    );
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves `dir` under `base` on a free localhost port, like a static host: index.html for folders, 404.html otherwise. */
export async function serve(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      file = path.join(dir, pathname.slice(base.length));
      if (!file.startsWith(dir)) file = undefined;
      else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    }
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(fs.existsSync(path.join(dir, '404.html')) ? fs.readFileSync(path.join(dir, '404.html')) : 'not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core finds against WCAG 2.2 A/AA (and its best practices) on the page as it is now; the page must be opened with bypassCSP. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
