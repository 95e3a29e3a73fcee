// What follows saves in watch mode (the open data, then the search index from the pages on disk), stopped
// part-way as Ctrl-C stops it: nothing half-done is left in the site.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AfterSaves, FINISH_ON_EXIT_MS, removeOnceQuiet } from '../../src/watch/after-saves.js';
import { InternalError } from '../../src/errors.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { eventually } from '../helpers/process.js';

afterAll(cleanTemp);

describe('the search index written after saves', () => {
  it('stopped while it is being written, leaves no half-written index beside the site', async () => {
    const site = tempDir();
    // Enough pages that Pagefind is still writing when the folder it writes into is seen.
    for (let i = 0; i < 3000; i++) {
      const dir = path.join(site, 'grupper', `g${i % 30}`, `m${i}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), `<html lang="sv"><body><main data-pagefind-body><h1>Möte ${i}</h1><p>${`protokoll${i} möte åtgärd beslut `.repeat(300)}</p></main></body></html>`);
    }
    const after = new AfterSaves(site, async () => true, () => {});
    after.schedule();
    await eventually(async () => fs.existsSync(path.join(site, '.pagefind-next')), 60_000, 'the index to be written');
    await after.close();
    expect(fs.readdirSync(site).sort()).toEqual(['grupper']);
  });

  it('removes the folder again when the stopped Pagefind writes into it once more, as a dying process may', async () => {
    const dir = path.join(tempDir(), '.pagefind-next');
    fs.mkdirSync(dir);
    // A write that lands after the folder was first removed (Pagefind's threads finishing a file after the signal).
    const late = new Promise<void>((resolve) => setTimeout(() => resolve(void fs.mkdirSync(path.join(dir, 'fragment'), { recursive: true })), 60));
    await Promise.all([removeOnceQuiet(dir), late]);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('removes the folder when a file lands in it while it is being removed, as a dying process may', async () => {
    const dir = path.join(tempDir(), '.pagefind-next');
    fs.mkdirSync(path.join(dir, 'fragment'), { recursive: true });
    // A file written into fragment/ after it was emptied and before it was removed: rmdir fails, as a CI run saw
    // ("ENOTEMPTY: directory not empty, rmdir '…/.pagefind-next/fragment'", which stopped dev's Ctrl-C with an error).
    const rmSync = fs.rmSync;
    let calls = 0;
    const spy = vi.spyOn(fs, 'rmSync').mockImplementation((p, options) => {
      if (calls++ === 0) throw Object.assign(new Error(`ENOTEMPTY: directory not empty, rmdir '${String(p)}/fragment'`), { code: 'ENOTEMPTY' });
      rmSync(p, options);
    });
    try {
      await removeOnceQuiet(dir);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBeGreaterThan(1);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('the data files written after saves', () => {
  it('stop at once when a save comes in while they are made, and are made again after it', async () => {
    let started = 0;
    let finished: boolean | undefined;
    // Two seconds of work in steps, as the open data of a large archive is made.
    const writeExtras = async (stop: () => boolean): Promise<boolean> => {
      started++;
      finished = undefined;
      for (let i = 0; i < 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (stop()) return (finished = false);
      }
      return (finished = true);
    };
    const after = new AfterSaves(tempDir(), writeExtras, () => {});
    after.schedule();
    await eventually(async () => started === 1, 5_000, 'the data files to be begun');
    const t = performance.now();
    await after.interrupt();
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(finished).toBe(false);
    after.resume();
    await eventually(async () => finished === true, 10_000, 'the data files to be made after the save');
    expect(started).toBe(2);
    await after.close();
  });
});

/** Data files that take `ms` in steps of 20 ms, as the open data of an archive is made; counted. */
function extras(ms: number) {
  const made = { started: 0, finished: 0 };
  const writeExtras = async (stop: () => boolean): Promise<boolean> => {
    made.started++;
    for (let t = 0; t < ms; t += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (stop()) return false;
    }
    made.finished++;
    return true;
  };
  return { made, writeExtras };
}

describe('Ctrl-C in the half-second before the work after a save, or during it', () => {
  const BEHIND = /Öppna data och sökindexet är inte uppdaterade efter de senaste ändringarna/;

  it.each([
    ['before it begins', 0],
    ['while the data files are made', 150],
  ])('%s: does it first, at once, when that is quick, and leaves the site up to date', async (_when, after) => {
    const site = tempDir();
    const { made, writeExtras } = extras(200);
    const logged: string[] = [];
    const saves = new AfterSaves(site, writeExtras, (m) => logged.push(m));
    saves.schedule();
    if (after > 0) await eventually(async () => made.started === 1, 5_000, 'the data files to be begun');
    const t = performance.now();
    expect(await saves.close(FINISH_ON_EXIT_MS)).toBe(true);
    expect(performance.now() - t).toBeLessThan(FINISH_ON_EXIT_MS);
    expect(made).toEqual({ started: 1, finished: 1 });
    expect(fs.existsSync(path.join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(logged[0]).toMatch(/^Gör klart öppna data och sökindexet efter de senaste ändringarna \(högst 3 s; Ctrl-C en gång till avslutar direkt\) …$/);
    expect(logged[1]).toMatch(/^Sökindexet är aktuellt igen/);
    expect(logged.join('\n')).not.toMatch(BEHIND);
  });

  it('stops what is not done in time, and says that the data and index are behind the pages', async () => {
    const { made, writeExtras } = extras(5_000);
    const logged: string[] = [];
    const saves = new AfterSaves(tempDir(), writeExtras, (m) => logged.push(m));
    saves.schedule();
    const t = performance.now();
    expect(await saves.close(300)).toBe(false);
    expect(performance.now() - t).toBeLessThan(1_500);
    expect(made).toEqual({ started: 1, finished: 0 });
    expect(logged.at(-1)).toMatch(BEHIND);
    expect(logged.at(-1)).toContain('tills minutes dev eller minutes build bygger den igen');
  });

  it('does not wait at all for work that took longer than it may wait the last time', async () => {
    const { made, writeExtras } = extras(400);
    const logged: string[] = [];
    const saves = new AfterSaves(tempDir(), writeExtras, (m) => logged.push(m));
    saves.schedule();
    await eventually(async () => logged.some((m) => m.startsWith('Sökindexet är aktuellt igen')), 10_000, 'the first index');
    saves.schedule();
    expect(await saves.close(300)).toBe(false);
    expect(made).toEqual({ started: 1, finished: 1 });
    expect(logged.join('\n')).not.toContain('Gör klart');
    expect(logged.at(-1)).toMatch(BEHIND);
  });

  it('says nothing and waits for nothing when nothing is left to do', async () => {
    const { made, writeExtras } = extras(0);
    const logged: string[] = [];
    const saves = new AfterSaves(tempDir(), writeExtras, (m) => logged.push(m));
    expect(await saves.close(FINISH_ON_EXIT_MS)).toBe(true);
    expect([made.started, logged]).toEqual([0, []]);
  });
});

describe('what a save leaves to do', () => {

  // Minutes with a blank line more made the open data and the index again, and reloaded the search page.
  it.each([
    { work: { data: true, index: true }, data: 1, index: true },
    { work: { data: true, index: false }, data: 1, index: false },
    { work: { data: false, index: true }, data: 0, index: true },
    { work: { data: false, index: false }, data: 0, index: false },
  ])('$work: data files made $data times, index made $index', async ({ work, data, index }) => {
    const site = tempDir();
    const { made, writeExtras } = extras(0);
    let indexed = 0;
    const saves = new AfterSaves(site, writeExtras, () => {}, () => indexed++);
    saves.schedule(work);
    expect(await saves.close(FINISH_ON_EXIT_MS)).toBe(true);
    expect(made).toEqual({ started: data, finished: data });
    expect([fs.existsSync(path.join(site, 'pagefind', 'pagefind-entry.json')), indexed]).toEqual([index, index ? 1 : 0]);
  });

  it('a save that leaves nothing to do lets what earlier saves left, and a save stopped, go on', async () => {
    const site = tempDir();
    const { made, writeExtras } = extras(2_000);
    const logged: string[] = [];
    const saves = new AfterSaves(site, writeExtras, (m) => logged.push(m));
    saves.schedule({ data: true, index: true });
    await eventually(async () => made.started === 1, 5_000, 'the data files to be begun');
    await saves.interrupt();
    saves.schedule({ data: false, index: false });
    await eventually(async () => logged.some((m) => m.startsWith('Sökindexet är aktuellt igen')), 20_000, 'the index');
    expect(made).toEqual({ started: 2, finished: 1 });
    expect(await saves.close()).toBe(true);
  });

  it('an index left by a stopped run is made after the next save without the data files, which no save asked for', async () => {
    const site = tempDir();
    const { made, writeExtras } = extras(0);
    let indexed = 0;
    const saves = new AfterSaves(site, writeExtras, () => {}, () => indexed++);
    saves.schedule({ data: false, index: true });
    // A save within the half-second before the work starts: stopped, and taken up again after it.
    await saves.interrupt();
    saves.resume();
    expect(await saves.close(FINISH_ON_EXIT_MS)).toBe(true);
    expect([made.started, indexed]).toEqual([0, 1]);
  });
});

describe('a failure after saves', () => {
  it('that is a bug is reported as one, with the error it was caused by', async () => {
    const logged: string[] = [];
    const failing = async (): Promise<boolean> => {
      throw new InternalError('Öppna data kunde inte skrivas.', { cause: new TypeError('orsaken') });
    };
    const after = new AfterSaves(tempDir(), failing, (m) => logged.push(m));
    after.schedule();
    await eventually(async () => logged.length > 0, 5_000, 'the failure to be logged');
    await after.close();
    expect(logged[0]).toContain('internt fel');
    expect(logged[0]).toContain('orsak: TypeError: orsaken');
  });
});
