// A Pagefind that stops answering (hung on a disk that does not answer, stopped, deadlocked) used to keep a build
// waiting forever with nothing said. Now it is stopped once it has been silent past a limit: the build fails with
// search-index-error, says so, and leaves the previous site. The limit is minutes; here it is shortened.
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/pipeline.js';
import type { ServiceAnswer } from '../../src/search/service.js';
import { archive, cleanTemp, FIXTURES, tempDir } from '../helpers/archive.js';
import { fakePagefind, running } from '../helpers/pagefind.js';
import { eventually, runCliProcess } from '../helpers/process.js';
import { hashTree } from '../helpers/site.js';
import fs from 'node:fs';

afterAll(cleanTemp);

const LIMIT_MS = 500;

// The real service, with a short silence limit for the fake (the Pagefind chosen with PAGEFIND_BINARY_PATH) that
// counts from when the fake has started. The fake is a node process, which on a busy machine can take longer than
// LIMIT_MS to start: counted from the spawn, the limit would stop it at its start, not at the request it hangs at.
// The first build's real Pagefind keeps the default limit: on a busy machine it too can go longer than LIMIT_MS.
vi.mock('../../src/search/service.js', async (original) => {
  const real = await original<typeof import('../../src/search/service.js')>();
  class Service extends real.PagefindService {
    private readonly started: Promise<void>;
    constructor(binary: string, silentMs: number) {
      const fake = binary === process.env.PAGEFIND_BINARY_PATH;
      super(binary, fake ? LIMIT_MS : silentMs);
      this.started = fake ? eventually(async () => fs.existsSync(`${binary}.pid`), 20_000, 'the fake Pagefind to start') : Promise.resolve();
    }
    override async request(payload: Record<string, unknown>): Promise<ServiceAnswer> {
      await this.started;
      return super.request(payload);
    }
  }
  return { ...real, PagefindService: Service };
});

describe('a Pagefind that stops answering', () => {
  it.each(['AddDir', 'WriteFiles'] as const)('at %s is stopped: the build fails with search-index-error and leaves the previous site', async (at) => {
    const root = archive([path.join(FIXTURES, 'check', '_base')]);
    const options = { root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll', today: '2016-12-13' };
    expect((await build(options)).ok).toBe(true);
    const before = hashTree(options.outDir);

    const fake = fakePagefind(tempDir(), { at, hang: true });
    vi.stubEnv('PAGEFIND_BINARY_PATH', fake);
    try {
      const result = await build(options);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message])).toEqual([
        ['search-index-error', 'Sökindexet gick inte att bygga: Pagefind har inte svarat på 500 ms och stoppades'],
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(hashTree(options.outDir)).toBe(before);
    // Stopped at the request this row is about, not at an earlier one.
    expect(fs.readFileSync(`${fake}.hung`, 'utf8')).toBe(at);
    const pid = Number(fs.readFileSync(`${fake}.pid`, 'utf8'));
    await eventually(async () => !running(pid), 5_000, 'the silent Pagefind to be stopped');
  });
});

describe('a build stopped while Pagefind is at work', () => {
  // Ctrl-C in a terminal reaches Pagefind too, but a SIGTERM (a CI job cancelled, kill) or a Ctrl-C sent to the build
  // alone does not: Pagefind, busy, would go on writing into the abandoned build's folder.
  it.each([
    ['build', 'SIGTERM', 143, []],
    ['build', 'SIGINT', 130, []],
    // Dev's first build indexes as a build does.
    ['dev', 'SIGINT', 130, ['--port', '0']],
  ] as const)('%s, by %s, stops Pagefind with it (exit %i)', async (command, signal, code, extra) => {
    const root = archive([path.join(FIXTURES, 'check', '_base')]);
    const fake = fakePagefind(tempDir(), { at: 'AddDir', hang: true });
    const run = runCliProcess([command, '--root', root, ...extra], { PAGEFIND_BINARY_PATH: fake });
    let pid: number | undefined;
    try {
      await eventually(async () => fs.existsSync(`${fake}.hung`), 20_000, 'Pagefind to be at work');
      pid = Number(fs.readFileSync(`${fake}.pid`, 'utf8'));
      run.child.kill(signal);
      expect(await run.exited()).toBe(code);
      await eventually(async () => !running(pid!), 5_000, 'Pagefind to be stopped with the build');
    } finally {
      if (pid !== undefined && running(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
