// Smoke test of the benchmark (`npm run bench -- --quick`): it runs end to end and prints every figure.
// The figures themselves are not asserted: machines are shared and noisy.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/archive.js';
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
