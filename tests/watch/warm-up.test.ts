// `minutes dev` does the first save's one-time work (Eleventy and the templates loaded in its own thread, the code
// of the check and the model compiled) once the first build is done, rendering a meeting's page into a folder of
// its own: the site is left as it was, and a save that comes meanwhile waits for it and lands as any other.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startDev, type DevHandle } from '../../src/watch/dev.js';
import type { EleventyOptions } from '../../src/render/eleventy.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { listFiles } from '../helpers/site.js';
import { eventually } from '../helpers/process.js';

/** Renders by Eleventy outside the site (the warm-up's): where, and the files found there once it was done. */
const outside: { dir: string; files: string[] }[] = [];
/** Holds renders outside the site back until it resolves; `held` is called when one is held there. */
let gate: Promise<void> = Promise.resolve();
let held = () => {};

vi.mock('../../src/render/eleventy.js', async (original) => {
  const real = await original<typeof import('../../src/render/eleventy.js')>();
  return {
    ...real,
    renderWithEleventy: async (options: EleventyOptions) => {
      if (path.basename(options.outputDir) === 'site') return real.renderWithEleventy(options);
      held();
      await gate;
      const result = await real.renderWithEleventy(options);
      outside.push({ dir: options.outputDir, files: listFiles(options.outputDir) });
      return result;
    },
  };
});

afterAll(cleanTemp);

const SITE = { base: '/', title: 'Protokoll', today: '2024-05-01' };
const MEETING = 'minutes/gemensam-utvecklingsgrupp/2016-02-08.md';
const PAGE = 'grupper/gemensam-utvecklingsgrupp/2016-02-08/index.html';

/** Every file of the site with its text and time of change. */
function snapshot(site: string): Map<string, string> {
  return new Map(listFiles(site).map((rel) => [rel, `${fs.statSync(path.join(site, rel)).mtimeMs} ${fs.readFileSync(path.join(site, rel), 'base64')}`]));
}

describe("minutes dev's warm-up after the first build", () => {
  let dev: DevHandle | undefined;
  let release = () => {};
  const start = async (root: string) => {
    outside.length = 0;
    gate = new Promise((resolve) => (release = resolve));
    const logs: string[] = [];
    dev = await startDev({ root, outDir: path.join(root, 'site'), ...SITE, port: 0, open: false, log: (m) => logs.push(m), printDiagnostics: () => {} });
    return logs;
  };
  afterEach(async () => {
    release();
    await dev?.close();
    dev = undefined;
  });

  it("renders a meeting's page in a folder of its own, removed afterwards, and leaves the site as it was", async () => {
    const root = seedArchive();
    const site = path.join(root, 'site');
    await start(root);
    const before = snapshot(site);
    expect(before.size).toBeGreaterThan(100);
    release();
    await dev!.warmedUp();
    expect(outside).toHaveLength(1);
    const [{ dir, files }] = outside as [(typeof outside)[number]];
    expect(path.relative(site, dir).startsWith('..')).toBe(true);
    expect(files.filter((f) => /^grupper\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(f))).toHaveLength(1);
    expect(fs.existsSync(dir)).toBe(false);
    expect(snapshot(site)).toEqual(before);
  });

  it('lets a save made meanwhile wait for it, and builds that save as any other', async () => {
    const root = seedArchive();
    const atGate = new Promise<void>((resolve) => (held = resolve));
    const logs = await start(root);
    // Saved while the warm-up is held in its render: the save is gathered and waits for it.
    await atGate;
    fs.writeFileSync(path.join(root, MEETING), `${fs.readFileSync(path.join(root, MEETING), 'utf8')}\nSparad under uppvärmningen.\n`);
    await new Promise((r) => setTimeout(r, 300));
    expect(fs.readFileSync(path.join(root, 'site', PAGE), 'utf8')).not.toContain('Sparad under uppvärmningen.');
    release();
    await eventually(async () => fs.readFileSync(path.join(root, 'site', PAGE), 'utf8').includes('Sparad under uppvärmningen.'), 20_000, 'the save made during the warm-up');
    await dev!.idle();
    await dev!.warmedUp();
    expect(outside).toHaveLength(1);
    expect(fs.existsSync(outside[0]!.dir)).toBe(false);
    expect(logs.filter((l) => l.startsWith(`${MEETING}: `))).toEqual([expect.stringMatching(/^minutes\/gemensam-utvecklingsgrupp\/2016-02-08\.md: \d+ sid(a|or) på /)]);
  });
});
