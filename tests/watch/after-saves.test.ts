// What follows saves in watch mode (the open data, then the search index from the pages on disk), stopped
// part-way as Ctrl-C stops it: nothing half-done is left in the site.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AfterSaves, removeOnceQuiet } from '../../src/watch/after-saves.js';
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
