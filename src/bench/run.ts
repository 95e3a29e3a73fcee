// `npm run bench`: builds synthetic archives and prints how `minutes check`, `minutes build` and `minutes dev`
// compare with plain Eleventy rendering the same Markdown, each figure the median of several runs.
// Usage: node dist/bench/run.js [--quick] [--sizes 1000,10000] [--runs 3] [--keep] [--json FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateArchive, type Generated } from './generate.js';
import { searchLine, searchNotMeasured, type SearchDownload } from './search-line.js';
import { prepareBaselineInput } from './baseline.js';
import { dirBytes, median, run, type Run } from './measure.js';
import { findChrome } from './chrome.js';
import { UserError } from '../errors.js';

const DIST = path.dirname(fileURLToPath(new URL('.', import.meta.url)));
const CLI = path.join(DIST, 'cli.js');
const BASELINE = path.join(DIST, 'bench', 'baseline.js');

interface SizeResult {
  readonly meetings: number;
  readonly archiveBytes: number;
  readonly checkMs: number;
  readonly buildMs: number;
  readonly rebuildMs: number;
  readonly baselineMs: number;
  readonly buildPeakBytes: number;
  readonly outputBytes: number;
  readonly pages: number;
}

interface DevResult {
  readonly meetings: number;
  readonly pageMs: number;
  readonly reloadMs: number;
  readonly samples: number;
}

/** Where the last cold build of size `n` is, and where the rebuilds and the search measurement use it. */
const siteDir = (work: string, n: number) => path.join(work, `site-${n}`);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs a measured command after flushing earlier writes to disk, so that one run does not pay for another's. */
async function measured(label: string, make: () => Promise<Run>): Promise<Run> {
  spawnSync('sync');
  const r = await make();
  if (r.code !== 0) throw new Error(`${label} failed (exit ${r.code}):\n${r.output.slice(-2000)}`);
  return r;
}

async function measureSize(g: Generated, work: string, runs: number, log: (m: string) => void): Promise<SizeResult> {
  const n = g.size.meetings;
  log(`N = ${n}: archive ${mb(g.bytes)} in ${g.root}`);
  const baselineInput = path.join(work, `baseline-input-${n}`);
  prepareBaselineInput(g.root, baselineInput);
  const out = siteDir(work, n);
  const checks: Run[] = [];
  const builds: Run[] = [];
  const baselines: Run[] = [];
  // Interleaved, so that a machine getting busier or quieter affects both sides of each ratio alike.
  // Every run writes into a new folder, and nothing is deleted until the end: on a file system that searches
  // past recently deleted files for each new one (ext4 without a journal, as on these machines), deleting a
  // site just before a run made that run's writes up to three times slower, on either side of a ratio.
  for (let i = 0; i < runs; i++) {
    checks.push(await measured('check', () => run(process.execPath, [CLI, 'check', '--root', g.root, '--quiet'])));
    // A build from nothing, as on a fresh clone: no previous site whose search index could be reused.
    const into = i === runs - 1 ? out : `${out}-run-${i + 1}`;
    builds.push(await measured('build', () => run(process.execPath, [CLI, 'build', '--root', g.root, '--out', into, '--quiet'])));
    const baseOut = path.join(work, `baseline-site-${n}-run-${i + 1}`);
    baselines.push(await measured('baseline', () => run(process.execPath, [BASELINE, baselineInput, baseOut])));
    log(`  run ${i + 1}: check ${s(checks[i]!.ms)}, build ${s(builds[i]!.ms)} (peak ${mb(builds[i]!.peakBytes)}), plain Eleventy ${s(baselines[i]!.ms)}`);
  }
  // Building again over the previous site, as an editor does locally: unchanged search index files are reused.
  const rebuilds: Run[] = [];
  for (let i = 0; i < runs; i++) rebuilds.push(await measured('rebuild', () => run(process.execPath, [CLI, 'build', '--root', g.root, '--out', out, '--quiet'])));
  log(`  rebuild over the previous site: ${rebuilds.map((r) => s(r.ms)).join('  ')}`);
  const pages = countHtml(out);
  return {
    meetings: n,
    archiveBytes: g.bytes,
    checkMs: median(checks.map((r) => r.ms)),
    buildMs: median(builds.map((r) => r.ms)),
    rebuildMs: median(rebuilds.map((r) => r.ms)),
    baselineMs: median(baselines.map((r) => r.ms)),
    buildPeakBytes: Math.max(...builds.map((r) => r.peakBytes), ...rebuilds.map((r) => r.peakBytes)),
    outputBytes: dirBytes(out),
    pages,
  };
}

function countHtml(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return n;
}

/**
 * Time between saves: as an editor saves again, long enough for the previous save's background work (the search
 * index and open data, started 500 ms after a save) to be under way, so that a save landing on it is measured too.
 */
const EDIT_PAUSE_MS = 2_000;

/** In `minutes dev`: save an edit, then time until the page is rewritten on disk and until the reload is sent. */
async function measureDev(g: Generated, work: string, edits: number, log: (m: string) => void): Promise<DevResult> {
  const out = path.join(work, `dev-site-${g.size.meetings}`);
  const child = spawn(process.execPath, [CLI, 'dev', '--root', g.root, '--out', out, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const waitFor = async (test: () => boolean, timeoutMs: number, what: string) => {
    const start = performance.now();
    while (!test()) {
      if (child.exitCode !== null) throw new Error(`minutes dev exited while waiting for ${what}:\n${output.slice(-2000)}`);
      if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}:\n${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  try {
    await waitFor(() => output.includes('Förhandsgranska på'), 600_000, 'the first build');
    const file = path.join(g.root, g.sampleFile);
    const [, group, date] = /minutes\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.md$/.exec(g.sampleFile.split(path.sep).join('/'))!;
    const page = path.join(out, 'grupper', group!, date!, 'index.html');
    const original = fs.readFileSync(file, 'utf8');
    const pageTimes: number[] = [];
    const reloadTimes: number[] = [];
    for (let i = 1; i <= edits; i++) {
      await new Promise((r) => setTimeout(r, EDIT_PAUSE_MS));
      const marker = `Mätpunkt${i}x${Date.now()}`;
      const before = output.length;
      const t0 = performance.now();
      fs.writeFileSync(file, `${original}\nEn ändring för mätning: ${marker}.\n`);
      await waitFor(() => fs.existsSync(page) && fs.readFileSync(page, 'utf8').includes(marker), 60_000, 'the page to change');
      pageTimes.push(performance.now() - t0);
      await waitFor(() => /(sida|sidor) på/.test(output.slice(before)), 60_000, 'the reload');
      reloadTimes.push(performance.now() - t0);
      log(`  dev edit ${i}: page ${s(pageTimes[i - 1]!)}, reload ${s(reloadTimes[i - 1]!)}`);
    }
    fs.writeFileSync(file, original);
    return { meetings: g.size.meetings, pageMs: median(pageTimes), reloadMs: median(reloadTimes), samples: edits };
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

/** Bytes of Pagefind files a browser fetches for one search, with the Chromium found, or why they were not measured. */
async function measureSearch(site: string, term: string, chrome: string | undefined): Promise<SearchDownload> {
  if (!chrome) return { notMeasured: searchNotMeasured(chrome)! };
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch (err) {
    return { notMeasured: searchNotMeasured(chrome, err)! };
  }
  let fetched = 0;
  const server = http.createServer((req, res) => {
    let p = path.join(site, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!p.startsWith(site) || !fs.existsSync(p)) {
      res.writeHead(404);
      res.end();
      return;
    }
    const body = fs.readFileSync(p);
    if (req.url?.startsWith('/pagefind/')) fetched += body.length;
    res.writeHead(200, { 'content-type': p.endsWith('.js') ? 'text/javascript' : p.endsWith('.css') ? 'text/css' : p.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const browser = await playwright.chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/sok/?q=${encodeURIComponent(term)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 60_000 });
    await page.waitForTimeout(1000);
    return { bytes: fetched };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'boolean' }, json: { type: 'string' }, edits: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: npm run bench -- [--quick] [--sizes 1000,10000] [--runs 3] [--edits 5] [--keep] [--json FILE]');
    return;
  }
  const sizes = (values.sizes ?? (values.quick ? '50,200' : '1000,10000')).split(',').map(Number);
  const runs = Number(values.runs ?? 3);
  const edits = Number(values.edits ?? (values.quick ? 3 : 5));
  // Before any archive is made: a CHROME_PATH that names nothing fails now, not after the builds' minutes.
  const chrome = findChrome();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-'));
  const log = (m: string) => console.log(m);
  log(`minutes benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mb(os.totalmem())}, Node ${process.version}; ${runs} runs each, medians`);
  try {
    const results: SizeResult[] = [];
    const archives: Generated[] = [];
    for (const n of sizes) {
      const g = generateArchive(path.join(work, `archive-${n}`), n, 1);
      archives.push(g);
      results.push(await measureSize(g, work, runs, log));
    }
    const largest = archives[archives.length - 1]!;
    const dev = await measureDev(largest, work, edits, log);
    const search = await measureSearch(siteDir(work, largest.size.meetings), 'möte', chrome);

    log('');
    log('| N | check | build | plain Eleventy | build / Eleventy | check / Eleventy | rebuild over previous site | peak memory (all processes) | pages | output |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      log(`| ${r.meetings} | ${s(r.checkMs)} | ${s(r.buildMs)} | ${s(r.baselineMs)} | ${(r.buildMs / r.baselineMs).toFixed(2)} | ${(r.checkMs / r.baselineMs).toFixed(2)} | ${s(r.rebuildMs)} | ${mb(r.buildPeakBytes)} | ${r.pages} | ${mb(r.outputBytes)} |`);
    }
    const first = results[0]!;
    const last = results[results.length - 1]!;
    log('');
    if (results.length > 1) log(`growth build(${last.meetings}) / build(${first.meetings}): ${(last.buildMs / first.buildMs).toFixed(2)} (for ${(last.meetings / first.meetings).toFixed(0)}× the minutes)`);
    log(`dev at N = ${dev.meetings}: saved file -> page rewritten ${s(dev.pageMs)}, -> reload sent ${s(dev.reloadMs)} (median of ${dev.samples} edits)`);
    log(searchLine(search, last.meetings));
    if (values.json) fs.writeFileSync(values.json, `${JSON.stringify({ machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memory: os.totalmem(), node: process.version }, runs, results, dev, searchBytes: 'bytes' in search ? search.bytes : null }, null, 2)}\n`);
  } finally {
    if (values.keep) log(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  // A mistake in how the bench was started is said plainly; anything else is a bug, with its stack.
  console.error(err instanceof UserError ? err.message : err);
  process.exit(1);
});
