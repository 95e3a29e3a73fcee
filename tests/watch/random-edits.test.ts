// Watch mode against full builds, over a long run of random edits (random-edits.ts: minutes, registries, files
// moved, added and removed, YAML slips), one at a time or a few saved at once: after each, every file of the
// incrementally updated site must equal a full build of the same sources. Seeded, so every run makes the same edits.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { check, renderSite } from '../../src/pipeline.js';
import { generateArchive } from '../../src/bench/generate.js';
import { prng } from '../../src/util/random.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { listFiles } from '../helpers/site.js';
import { RandomEditor, type Edit } from './random-edits.js';

// As in incremental.test.ts: a fixed day, after every meeting of the generated archive.
const TODAY = '2024-05-01';
const SITE = { base: '/', title: 'Protokoll', today: TODAY };
const SEED = 11;
const EDITS = 40;

afterAll(cleanTemp);

/** Every file of a folder with its text, leaving out the search index (as incremental.test.ts does). */
function contents(dir: string): Map<string, string> {
  return new Map(listFiles(dir).filter((f) => !f.startsWith('pagefind/')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** Puts the files of `root` back as `then` has them; returns the paths it changed. */
function restore(root: string, then: ReadonlyMap<string, string>): string[] {
  const now = contents(root);
  const changed: string[] = [];
  for (const [f, text] of then) {
    if (now.get(f) === text) continue;
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), text);
    changed.push(f);
  }
  for (const f of now.keys()) {
    if (then.has(f)) continue;
    fs.rmSync(path.join(root, f));
    changed.push(f);
  }
  return changed;
}

it(`after each of ${EDITS} random edits, the site in watch mode equals a full build`, { timeout: 120_000 }, async () => {
  const root = tempDir();
  generateArchive(root, 60, SEED, { groups: 4, people: 40, organisations: 6, projects: 6 });
  const live = path.join(tempDir(), 'site');
  const session = new DevSession({ root, outDir: live, ...SITE });
  expect((await session.start()).kind).toBe('rendered');
  const rand = prng(SEED);
  const editor = new RandomEditor(root, rand);
  const log: string[] = [];
  let good = contents(root);
  let brokenFor = 0;
  let compared = 0;
  for (let edits = 0; edits < EDITS; ) {
    // Mostly one save, now and then a burst of a few.
    const batch: Edit[] = Array.from({ length: rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 3) }, () => editor.next());
    // A YAML slip stays for a save or three, with other edits saved meanwhile, and is then fixed.
    if (editor.broken && brokenFor === 0) brokenFor = 1 + Math.floor(rand() * 3);
    else if (editor.broken && --brokenFor === 0) batch.push(editor.fix()!);
    edits += batch.length;
    log.push(batch.map((e) => e.what).join(' | '));
    let result = await session.update(batch.flatMap((e) => e.changed));
    let checked = check(root, TODAY);
    if (!checked.ok) {
      expect(result.kind, log.join('\n')).toBe('errors');
      if (editor.broken) continue;
      // An edit that made the archive wrong (a follow-up's action removed, a person still named): undone.
      log.push('(undone)');
      result = await session.update(restore(root, good));
      checked = check(root, TODAY);
    }
    expect(checked.ok, log.join('\n')).toBe(true);
    expect(result.kind, log.join('\n')).toMatch(/^(rendered|unchanged)$/);
    good = contents(root);
    expect(await session.writeExtras(() => false)).toBe(true);
    const fresh = tempDir();
    const full = await renderSite(checked, { root, outDir: fresh, ...SITE }, fresh, {});
    expect(full.ok).toBe(true);
    const [a, b] = [contents(live), contents(fresh)];
    fs.rmSync(fresh, { recursive: true });
    expect([...a.keys()], log.join('\n')).toEqual([...b.keys()]);
    expect([...b.keys()].filter((f) => a.get(f) !== b.get(f)), log.join('\n')).toEqual([]);
    compared++;
  }
  // Most edits leave the archive valid, so the run compares often.
  expect(compared).toBeGreaterThan(EDITS / 3);
});
