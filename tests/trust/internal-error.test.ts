// Internal errors (bugs) are told apart from content errors: "internal error", the chain of causes, exit code 2;
// bad minutes and a disk that refuses to read are exit code 1 with diagnostics and no stack trace. The bug is
// planted from the test: with vi.spyOn in-process, and with a preloaded module in a real process.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Io } from '../../src/commands/types.js';
import * as pipeline from '../../src/pipeline.js';
import { archive, cleanTemp, CLI, FIXTURES } from '../helpers/archive.js';
import { hashTree } from '../helpers/site.js';
import { spawn } from 'node:child_process';
import { STACK_TRACE } from './helpers.js';

afterAll(cleanTemp);
afterEach(() => {
  vi.restoreAllMocks();
});

const BASE = path.join(FIXTURES, 'check', '_base');
const PRELOAD = path.join(FIXTURES, 'trust', 'preload');

function io(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd, out, err };
}

/** The CLI as a process, with a test-only module loaded first. */
function cli(args: string[], preload?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(preload ? ['--import', path.join(PRELOAD, preload)] : []), CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('an internal error', () => {
  it('in-process: a bug in a pipeline stage gives "internal error", the cause chain and exit code 2', async () => {
    const root = archive([BASE]);
    // `minutes check` runs the pipeline through checkArchive (check, and the originals of minutes there).
    vi.spyOn(pipeline, 'checkArchive').mockImplementation(async () => {
      throw new TypeError('Cannot read properties of undefined', { cause: new Error('orsaken längst in') });
    });
    const streams = io(root);
    const code = await runCli(['check', '--root', root], streams);
    expect(code).toBe(2);
    const text = streams.err.join('\n');
    expect(text).toMatch(/^internt fel \(internal error\)/);
    expect(text).toContain('TypeError: Cannot read properties of undefined');
    expect(text).toMatch(/\norsak: Error: orsaken längst in/);
    expect(streams.out).toEqual([]);
  });

  it('in a real process, for check: exit code 2, the message, the cause chain', async () => {
    const root = archive([BASE]);
    const r = await cli(['check', '--root', root], 'broken-fs.mjs');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^internt fel \(internal error\)/);
    expect(r.stderr).toContain('TypeError: planterad bugg');
    expect(r.stderr).toContain('orsak: RangeError: orsaken längst in');
  });

  it('in a real process, for build (the bug in the render thread): exit code 2, the cause chain, the site untouched', async () => {
    const root = archive([BASE]);
    expect((await cli(['build', '--root', root, '--quiet'])).code).toBe(0);
    const before = hashTree(path.join(root, 'site'));
    const r = await cli(['build', '--root', root], 'broken-fs.mjs');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('internt fel (internal error)');
    expect(r.stderr).toContain('orsak: TypeError: planterad bugg');
    expect(r.stderr).toContain('orsak: RangeError: orsaken längst in');
    expect(hashTree(path.join(root, 'site'))).toBe(before);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.site-'))).toEqual([]);
  });
});

describe('content and disk errors are not internal errors', () => {
  it('bad minutes: exit code 1, diagnostics, no stack trace and no "internal error"', async () => {
    const root = archive([BASE], { 'minutes/gug/2016-03-07.md': '---\ngroup: Gemensam utvecklingsgrupp\ndate: 2016-03-07\nattendees: [Leif Redestg]\n---\n' });
    for (const command of ['check', 'build']) {
      const r = await cli([command, '--root', root]);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain('minutes/gug/2016-03-07.md:4:13  fel  unknown-person');
      expect(r.stderr + r.stdout, command).not.toMatch(STACK_TRACE);
    }
  });

  it('a minutes folder the disk cannot read: file-unreadable, exit code 1, the site untouched', async () => {
    const root = archive([BASE]);
    expect((await cli(['build', '--root', root, '--quiet'])).code).toBe(0);
    const before = hashTree(path.join(root, 'site'));
    for (const command of ['check', 'build']) {
      const r = await cli([command, '--root', root], 'eio-fs.mjs');
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain('minutes:1:1  fel  file-unreadable');
      expect(r.stderr + r.stdout, command).not.toMatch(STACK_TRACE);
    }
    expect(hashTree(path.join(root, 'site'))).toBe(before);
  });

  it('an attachment the minutes link to that cannot be read: file-unreadable at it, exit code 1, the site untouched', async () => {
    const root = archive([BASE], { 'minutes/gug/bilaga.pdf': '%PDF-1.4', 'minutes/gug/2016-03-07.md': '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\nSe [bilagan](bilaga.pdf).\n' });
    expect((await cli(['build', '--root', root, '--quiet'])).code).toBe(0);
    const before = hashTree(path.join(root, 'site'));
    for (const command of ['check', 'build']) {
      const r = await cli([command, '--root', root], 'unreadable-attachment.mjs');
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain('minutes/gug/bilaga.pdf:1:1  fel  file-unreadable  Bilagan kunde inte läsas (EACCES), så den kan inte publiceras.');
      expect(r.stderr + r.stdout, command).not.toMatch(STACK_TRACE);
    }
    expect(hashTree(path.join(root, 'site'))).toBe(before);
  });

  it('a disk that fills up while pages are written: exit code 1, "disken är full", the site untouched, no temporary folder left', async () => {
    // Pages still on their way when the disk refuses one are not written after the build has given up.
    const root = archive([BASE]);
    expect((await cli(['build', '--root', root, '--quiet'])).code).toBe(0);
    const before = hashTree(path.join(root, 'site'));
    const r = await cli(['build', '--root', root, '--quiet'], 'full-disk-pages.mjs');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('Det gick inte att skriva: disken är full (ENOSPC). Inget publicerat har ändrats.');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(hashTree(path.join(root, 'site'))).toBe(before);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.site-'))).toEqual([]);
  });

  it('a wrong argument: exit code 1 and the usage, no stack trace', async () => {
    const streams = io(FIXTURES);
    expect(await runCli(['check', '--root', path.join(FIXTURES, 'finns-inte')], streams)).toBe(1);
    expect(await runCli(['check', '--nonsens'], streams)).toBe(1);
    expect(streams.err.join('\n')).not.toMatch(STACK_TRACE);
  });
});
