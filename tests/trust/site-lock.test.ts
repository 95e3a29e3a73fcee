// One writer of a site folder at a time: a build refuses while another build or `minutes dev` writes the same
// folder, and takes over a lock whose process has ended (killed) or that an earlier process of the same id left.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFile, lockSite } from '../../src/output/lock.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';
import { runCliProcess } from '../helpers/process.js';
import { hashTree } from '../helpers/site.js';

afterAll(cleanTemp);

/** The id of a process that has ended. */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the lock of a site folder', () => {
  it.each([
    ['minutes dev', 'dev', 'minutes dev skriver redan till'],
    ['another build', 'build', 'Ett annat bygge (minutes build) skriver redan till'],
  ])('refuses a build while %s holds it, and leaves the site and the lock as they were', async (_, writer, says) => {
    const root = seedArchive();
    expect(await runCliProcess(['build', '--root', root]).exited()).toBe(0);
    const site = hashTree(path.join(root, 'site'));
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(path.join(root, '.site.lock'), JSON.stringify({ pid: holder.pid, writer }));
      const run = runCliProcess(['build', '--root', root]);
      expect(await run.exited()).toBe(1);
      expect(run.output()).toContain(`${says} ${path.join(root, 'site')} (process ${holder.pid})`);
      // An id that has gone to another program since its holder was killed keeps the lock: the user is told which file to remove.
      expect(run.output()).toContain(`då är process ${holder.pid} ett annat program), ta bort låsfilen ${path.join(root, '.site.lock')}.`);
      expect(hashTree(path.join(root, 'site'))).toBe(site);
      expect(JSON.parse(fs.readFileSync(path.join(root, '.site.lock'), 'utf8'))).toEqual({ pid: holder.pid, writer });
    } finally {
      holder.kill();
    }
  });

  it('is taken over from a process that has ended, and let go of after the build', async () => {
    const root = seedArchive();
    fs.writeFileSync(path.join(root, '.site.lock'), JSON.stringify({ pid: endedPid(), writer: 'build' }));
    expect(await runCliProcess(['build', '--root', root]).exited()).toBe(0);
    expect(fs.existsSync(path.join(root, 'site', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, '.site.lock'))).toBe(false);
  });

  it("is taken over when it carries this process's id but this process did not take it (a container's restart), held twice by one process, and let go of", () => {
    const out = path.join(tempDir(), 'site');
    fs.writeFileSync(lockFile(out), JSON.stringify({ pid: process.pid, writer: 'dev' }));
    const release = lockSite(out, 'build');
    expect(JSON.parse(fs.readFileSync(lockFile(out), 'utf8'))).toEqual({ pid: process.pid, writer: 'build' });
    const again = lockSite(out, 'build');
    again();
    expect(fs.existsSync(lockFile(out))).toBe(true);
    release();
    expect(fs.existsSync(lockFile(out))).toBe(false);
  });
});
