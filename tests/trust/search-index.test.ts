// When Pagefind's process dies while it works (a panic, a full disk), its Node API never answers, and a build
// used to end quietly with exit code 0. Now the request fails as a search index error: the build reports it,
// exits 1 and leaves the previous site. Run in child processes, so that killing Pagefind touches no other test.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { fakePagefind } from '../helpers/pagefind.js';
import { runCliProcess } from '../helpers/process.js';
import { hashTree } from '../helpers/site.js';

afterAll(cleanTemp);

const INDEXER = path.join(PROJECT, 'dist', 'search', 'pagefind.js');

/** A script that starts an indexer, kills its Pagefind process 100 ms into `stage`, and prints the outcome. */
const SCRIPT = `
import { execSync } from 'node:child_process';
const [indexer, site, out, stage] = process.argv.slice(2);
const { SearchIndexer, SearchIndexError } = await import(indexer);
const ix = await SearchIndexer.start();
const kill = () => {
  const children = execSync('ps -o pid=,comm= --ppid ' + process.pid).toString().trim().split('\\n').map((l) => l.trim().split(/\\s+/));
  for (const [pid, name] of children) if (name.startsWith('pagefind')) process.kill(Number(pid), 'SIGKILL');
};
try {
  if (stage === 'write') await ix.addDirectory(site);
  const request = stage === 'add' ? ix.addDirectory(site) : ix.write(out);
  setTimeout(kill, 100);
  await request;
  console.log('SETTLED');
} catch (e) {
  console.log(e instanceof SearchIndexError ? 'SEARCH-INDEX-ERROR ' + e.message : 'OTHER ' + e);
} finally {
  await ix.close();
  console.log('CLOSED');
}
`;

describe('Pagefind dying mid-way', () => {
  const dir = tempDir();
  const site = path.join(dir, 'site');
  // Enough pages that Pagefind is still at work 100 ms in.
  for (let i = 0; i < 3000; i++) {
    fs.mkdirSync(path.join(site, `p${i}`), { recursive: true });
    fs.writeFileSync(path.join(site, `p${i}`, 'index.html'), `<html lang="sv"><body><main data-pagefind-body><h1>Möte ${i}</h1><p>${'protokoll möte åtgärd beslut '.repeat(300)}</p></main></body></html>`);
  }
  fs.writeFileSync(path.join(dir, 'kill.mjs'), SCRIPT);

  it.each(['add', 'write'])('while it %ss: the request fails as a search index error, quietly, and the indexer closes', (stage) => {
    const r = spawnSync(process.execPath, [path.join(dir, 'kill.mjs'), INDEXER, site, path.join(dir, `out-${stage}`), stage], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout, r.stderr).toContain('SEARCH-INDEX-ERROR Sökindexet gick inte att bygga: Pagefind avslutades oväntat');
    expect(r.stdout).toContain('CLOSED');
    expect(r.stderr).toBe('');
  });
});

describe('errors Pagefind answers with', () => {
  it('are a search index error (an invalid glob)', async () => {
    const { SearchIndexer, SearchIndexError } = await import('../../src/search/pagefind.js');
    const ix = await SearchIndexer.start();
    try {
      const added = ix.addDirectory(tempDir(), '**/[');
      await expect(added).rejects.toBeInstanceOf(SearchIndexError);
      await expect(added).rejects.toThrow('did not parse as a valid glob');
    } finally {
      await ix.close();
    }
  });
});

describe('closing an indexer at work', () => {
  it('stops Pagefind at once: the request under way fails as a search index error instead of being waited for', async () => {
    const { SearchIndexer, SearchIndexError } = await import('../../src/search/pagefind.js');
    const site = tempDir();
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(site, `p${i}.html`), `<html lang="sv"><body><main data-pagefind-body><h1>Möte ${i}</h1><p>protokoll</p></main></body></html>`);
    const ix = await SearchIndexer.start();
    const outcome = ix.addDirectory(site).then(
      () => 'waited for',
      (e: unknown) => e,
    );
    await ix.close();
    expect(await outcome).toBeInstanceOf(SearchIndexError);
  });
});

describe('a build whose search index cannot be written', () => {
  it('exits 1 with search-index-error and leaves the previous site as it was', async () => {
    const root = seedArchive();
    const first = runCliProcess(['build', '--root', root, '--quiet']);
    expect(await first.exited(), first.output()).toBe(0);
    const site = path.join(root, 'site');
    const before = hashTree(site);
    // Pagefind as on a full disk: the real program, but no file it writes may grow past 512 bytes (it is killed
    // by SIGXFSZ when one does). PAGEFIND_BINARY_PATH is how Pagefind's Node API lets a binary be chosen.
    const real = path.join(PROJECT, 'node_modules', '@pagefind', `${process.platform}-${process.arch}`, 'bin', 'pagefind_extended');
    const full = path.join(tempDir(), 'pagefind-full-disk.sh');
    fs.writeFileSync(full, `#!/bin/sh\nulimit -f 1\nexec "${real}" "$@"\n`, { mode: 0o755 });
    const run = runCliProcess(['build', '--root', root], { PAGEFIND_BINARY_PATH: full });
    expect(await run.exited(), run.output()).toBe(1);
    expect(run.output()).toContain('site/pagefind:1:1  fel  search-index-error  Sökindexet gick inte att bygga: Pagefind avslutades oväntat');
    expect(run.output()).toContain('Webbplatsen byggdes inte');
    expect(hashTree(site)).toBe(before);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.site-'))).toEqual([]);
  });
});

describe('a Pagefind that panics while it writes the index', () => {
  // What Pagefind 1.6 printed when its disk filled up (a tmpfs too small for the index), and a panic of another kind.
  const panic = (message: string) => `\nthread 'main' (20551) panicked at pagefind/src/output/mod.rs:464:36:\n${message}\nstack backtrace:\n   0: std::panicking::begin_panic_handler\nnote: Some details are omitted, run with \`RUST_BACKTRACE=full\` for a verbose backtrace.\n`;
  it.each([
    ['the disk is full', 'called `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: "No space left on device" }', (root: string) => `Sökindexet gick inte att skriva: disken är full (ENOSPC) där webbplatsen byggs, i ${root}.`, 'Frigör plats på disken och kör bygget igen.'],
    ['something else went wrong', 'called `Option::unwrap()` on a `None` value', () => 'Sökindexet gick inte att bygga: Pagefind avslutades oväntat (slutkod 101): called `Option::unwrap()` on a `None` value', 'kvarstår felet är det en bugg'],
  ])('when %s: the build says so in Swedish, not with the backtrace, exits 1 and leaves the previous site', async (_, said, message, hint) => {
    const root = seedArchive();
    const first = runCliProcess(['build', '--root', root, '--quiet']);
    expect(await first.exited(), first.output()).toBe(0);
    const site = path.join(root, 'site');
    const before = hashTree(site);
    const fake = fakePagefind(tempDir(), { at: 'WriteFiles', stderr: panic(said), exit: 101 });
    const run = runCliProcess(['build', '--root', root], { PAGEFIND_BINARY_PATH: fake });
    expect(await run.exited(), run.output()).toBe(1);
    expect(run.output()).toContain(`site/pagefind:1:1  fel  search-index-error  ${message(root)}`);
    expect(run.output()).toContain(hint);
    expect(run.output()).not.toMatch(/panicked|backtrace|RUST_BACKTRACE/);
    expect(run.output()).toContain('Webbplatsen byggdes inte');
    expect(hashTree(site)).toBe(before);
  });
});
