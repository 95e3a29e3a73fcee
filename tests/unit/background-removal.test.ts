// A build stopped by Ctrl-C removes its temporary folder on the way out, in a detached process, while its render
// thread may still be writing a page into it: the folder must still go (CI once found one left after 10 s).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeInBackground } from '../../src/output/swap.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { eventually } from '../helpers/process.js';

afterAll(cleanTemp);

describe.skipIf(process.platform === 'win32')('removing a folder in the background', () => {
  it.each([
    ['nothing writes into it', 0],
    ['pages are still written into it for a moment after the removal starts', 300],
  ])('removes it when %s', async (_, writingMs) => {
    const dir = path.join(tempDir(), '.site-build-1');
    fs.mkdirSync(path.join(dir, 'grupper'), { recursive: true });
    for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, 'grupper', `${i}.html`), 'x'.repeat(1000));
    removeInBackground(dir);
    // As a render thread finishing its pages would: a file after another, into the folder while it is there.
    const until = Date.now() + writingMs;
    let written = 0;
    while (Date.now() < until) {
      try {
        fs.writeFileSync(path.join(dir, `sen-${written}.html`), 'x');
        written++;
      } catch {
        // The folder is gone.
      }
    }
    await eventually(async () => !fs.existsSync(dir), 10_000, 'the folder to be removed');
    expect(fs.existsSync(dir)).toBe(false);
  });
});
