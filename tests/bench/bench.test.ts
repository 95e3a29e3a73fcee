// Smoke test of the benchmark (`npm run bench -- --quick`): it runs end to end and prints every figure.
// The figures themselves are not asserted: machines are shared and noisy.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { check } from '../../src/pipeline.js';
import { PROJECT } from '../helpers/archive.js';
import { located } from '../watch/check-steps.js';
import { findChrome, IN_CI } from '../helpers/browser.js';

describe('npm run bench -- --quick', () => {
  it('measures check, build, plain Eleventy, rebuild, memory, growth, dev and output size', () => {
    const out = execFileSync(process.execPath, [path.join(PROJECT, 'dist', 'bench', 'run.js'), '--quick'], { encoding: 'utf8', timeout: 240_000 });
    expect(out).toMatch(/\| N \| check \| build \| plain Eleventy \| build \/ Eleventy \| check \/ Eleventy \| rebuild over previous site \| peak memory \(all processes\) \| pages \| output \|/);
    expect(out).toMatch(/^\| 50 \| [\d.]+ s \| [\d.]+ s \| [\d.]+ s \| [\d.]+ \| [\d.]+ \| [\d.]+ s \| \d+ MiB \| \d+ \| \d+ MiB \|$/m);
    expect(out).toMatch(/^\| 200 \| /m);
    expect(out).toMatch(/growth build\(200\) \/ build\(50\): [\d.]+/);
    expect(out).toMatch(/dev at N = 200: saved file -> page rewritten [\d.]+ s, -> reload sent [\d.]+ s/);
    // With a Chromium the search download must have been measured; without one it cannot be, and the bench says so.
    // Under CI a browser is required, as for the browser tests, so there it must have been measured.
    const measured = findChrome() !== undefined || IN_CI;
    expect(out).toMatch(measured ? /search for "möte" at N = 200: \d+ KiB/ : /search download: not measured \(no Chromium\)/);
  }, 300_000);
});

// With CHROME_PATH naming nothing the bench used /usr/bin/chromium instead, and reported its figures as the named
// browser's; the browser tests fail for it. It now fails too, at once, before any archive is made, in a line.
describe('npm run bench with CHROME_PATH naming no file', () => {
  it('exits 1 at once with a plain message, and leaves no work folder', () => {
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('minutes-bench-'));
    const r = spawnSync(process.execPath, [path.join(PROJECT, 'dist', 'bench', 'run.js'), '--quick'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, CHROME_PATH: '/finns/inte/chromium' },
    });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stderr).toBe('CHROME_PATH=/finns/inte/chromium finns inte. Rätta sökvägen, eller ta bort CHROME_PATH för att använda /usr/bin/chromium.\n');
    expect(r.stdout).toBe('');
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('minutes-bench-'))).toEqual(before);
  }, 60_000);
});

// The archive the benchmark measures is one a note-taker could have written: check finds nothing in it, so that its
// figures are those of clean minutes (the generator once listed a project twice in 63 of 10,000 meetings).
describe('the generated archive', () => {
  it.each([
    [2_000, 1],
    [2_000, 7],
  ] as const)('of %i meetings from seed %i, at the benchmark\'s sizes, passes check without a problem', (meetings, seed) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-generated-'));
    try {
      generateArchive(root, meetings, seed);
      expect(located(check(root, '2030-01-01').diagnostics)).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
