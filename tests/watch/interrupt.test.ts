// Ctrl-C while `minutes dev` reads, checks and models the archive for its first build, in its own thread: heard
// within a few milliseconds, not once the step is done (reading 10,000 minutes alone takes over a second), and
// nothing left behind: no site, no temporary folder, no lock.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { eventually, runCliProcess } from '../helpers/process.js';

afterAll(cleanTemp);

/** Folders a build keeps next to site/ while it runs (`.site-build-<pid>` …), and the site's lock. */
const leftovers = (root: string) => fs.readdirSync(root).filter((n) => n.startsWith('.site'));

describe("Ctrl-C during dev's own steps of its first build", () => {
  let root: string;

  beforeAll(() => {
    root = generateArchive(tempDir(), 10_000, 1).root;
  });

  // Right as the reading begins, and later on in the reading, checking and modelling (together 2–3 s here).
  it.each([0, 700, 1400])('%i ms after it begins: exit 130 at once, "Avbrutet.", nothing written, nothing left behind', async (delay) => {
    const dev = runCliProcess(['dev', '--root', root, '--port', '0']);
    await dev.waitFor(/Bygger webbplatsen/, 30_000);
    await new Promise((r) => setTimeout(r, delay));
    // Still in dev's own steps: the worker has written no page yet.
    expect(leftovers(root).filter((n) => n.startsWith('.site-build-') && fs.readdirSync(path.join(root, n)).length > 0)).toEqual([]);
    const stoppedAt = Date.now();
    dev.child.kill('SIGINT');
    expect(await dev.exited(), dev.output()).toBe(130);
    // Waiting for the step to end took 1–2.5 s here; heard between files, it takes some tens of milliseconds.
    expect(Date.now() - stoppedAt).toBeLessThan(1000);
    expect(dev.output()).toContain('Avbrutet.');
    expect(dev.output()).not.toMatch(/Klart|Förhandsgranska på/);
    expect(fs.existsSync(path.join(root, 'site'))).toBe(false);
    await eventually(async () => leftovers(root).length === 0, 10_000, 'the temporary folder and the lock to be removed');
  });
});
