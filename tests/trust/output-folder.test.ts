// A build replaces its output folder whole, so `--out` must never name a folder that holds anything else: the
// archive itself, a folder around it, minutes/, a file, or a folder of other things. Those are refused before
// any work, with exit 1, and nothing on disk changes. A new folder, an empty one and an earlier site are fine.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';
import { hashTree } from '../helpers/site.js';

afterAll(cleanTemp);

async function cli(args: string[], cwd: string) {
  let out = '';
  const code = await runCli(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (out += `${t}\n`), env: {}, cwd });
  return { code, out };
}

const refused: [string, (root: string) => string, string][] = [
  ['the archive root', (root) => root, 'är roten eller en mapp runt den'],
  ['the folder around the archive', (root) => path.dirname(root), 'är roten eller en mapp runt den'],
  ['minutes/', (root) => path.join(root, 'minutes'), 'är arkivets minutes;'],
  ['a group folder inside minutes/', (root) => path.join(root, 'minutes', 'gemensam-utvecklingsgrupp'), 'ligger i minutes'],
  ['people.yml', (root) => path.join(root, 'people.yml'), 'är arkivets people.yml;'],
  [
    'an existing file',
    (root) => {
      fs.writeFileSync(path.join(root, 'notes.txt'), 'viktigt\n');
      return path.join(root, 'notes.txt');
    },
    'finns redan och är ingen mapp',
  ],
  [
    'a folder of other things',
    (root) => {
      fs.mkdirSync(path.join(root, 'docs'));
      fs.writeFileSync(path.join(root, 'docs', 'notes.txt'), 'viktigt\n');
      return path.join(root, 'docs');
    },
    'innehåller annat än en webbplats från minutes',
  ],
  [
    'a folder with only a hidden .git in it',
    (root) => {
      fs.mkdirSync(path.join(root, 'pages', '.git'), { recursive: true });
      fs.writeFileSync(path.join(root, 'pages', '.git', 'HEAD'), 'ref: refs/heads/main\n');
      return path.join(root, 'pages');
    },
    'innehåller annat än en webbplats från minutes',
  ],
];

describe('build and dev refuse an --out that would replace other things', () => {
  it.each(refused)('%s: exit 1, a reason, and nothing on disk changed', async (_name, target, reason) => {
    // The archive in a folder of its own, so that the folder around it can be named and watched too.
    const around = tempDir();
    const root = path.join(around, 'arkiv');
    fs.renameSync(seedArchive(), root);
    const out = target(root);
    const before = hashTree(around);
    for (const command of ['build', 'dev']) {
      const r = await cli([command, '--root', root, '--out', out, ...(command === 'dev' ? ['--port', '0'] : ['--quiet'])], root);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toContain(reason);
      expect(r.out).toContain('Välj en ny eller tom mapp med --out');
    }
    expect(hashTree(around)).toBe(before);
  });

  it('a path through a file: exit 1 and what is wrong, not an internal error', async () => {
    const root = seedArchive();
    fs.writeFileSync(path.join(root, 'fil'), 'x\n');
    const r = await cli(['build', '--root', root, '--out', path.join(root, 'fil', 'site'), '--quiet'], root);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('en del av sökvägen är en fil, inte en mapp (ENOTDIR)');
    expect(r.out).not.toContain('internt fel');
    expect(fs.readFileSync(path.join(root, 'fil'), 'utf8')).toBe('x\n');
  });

  it('builds into a new folder, an empty one, and over an earlier site', async () => {
    const root = seedArchive();
    fs.mkdirSync(path.join(root, 'empty'));
    for (const out of [path.join(root, 'new', 'site'), path.join(root, 'empty'), path.join(root, 'new', 'site')]) {
      const r = await cli(['build', '--root', root, '--out', out, '--quiet'], root);
      expect(r.code, r.out).toBe(0);
      expect(fs.existsSync(path.join(out, 'data', 'minutes.json'))).toBe(true);
    }
  });
});

// The swap renames the site away; a folder that cannot be renamed (a mount point of its own, such as a Docker
// volume, EBUSY; a folder an overlay file system holds in a lower layer, EXDEV) is said so, not an internal error.
describe('an output folder that cannot be renamed', () => {
  it.each(['EBUSY', 'EXDEV'])('%s: exit 1, what to do instead, the site as it was and no temporary folder', async (code) => {
    const root = seedArchive();
    const site = path.join(root, 'site');
    expect((await cli(['build', '--root', root, '--quiet'], root)).code).toBe(0);
    const before = hashTree(site);
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (path.resolve(String(from)) === site) throw Object.assign(new Error(`${code}: rename '${String(from)}'`), { code, syscall: 'rename' });
      rename(from, to);
    });
    try {
      const r = await cli(['build', '--root', root, '--quiet'], root);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toContain(`${site} kan inte bytas mot den nya webbplatsen`);
      expect(r.out).toContain(`(${code})`);
      expect(r.out).toContain(`bygg till en mapp i den med --out (till exempel ${path.join(site, 'webbplats')}). Webbplatsen har inte ändrats.`);
      expect(r.out).not.toContain('internt fel');
    } finally {
      vi.restoreAllMocks();
    }
    expect(hashTree(site)).toBe(before);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.site-'))).toEqual([]);
  });
});
