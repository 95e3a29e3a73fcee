// The site folder removed while `minutes dev` runs (to start afresh, or by `git clean -fdx`): the next save builds
// the whole site again, not only its own pages into an empty folder, which left a site of a few pages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { cleanTemp, PROJECT, seedArchive, tempDir } from '../helpers/archive.js';
import { sameAsFreshBuild } from '../helpers/build.js';

const SITE = { base: '/', title: 'Protokoll', today: '2024-05-01' };
const MEETING = 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md';

afterAll(cleanTemp);

describe('the site folder removed while dev runs', () => {
  it.each([
    ['a save of minutes', MEETING, (t: string) => t.replace('## Fritidsbank\n', '## Fritidsbank\n\nEn rad till.\n')],
    // The stylesheet alone is otherwise copied into the site, no page built: into a folder of nothing else.
    ['a save of the stylesheet', 'templates/assets/style.css', (t: string) => `${t}\n.ny { color: red; }\n`],
  ])('is built whole again by the next save: %s', async (_, saved, edit) => {
    const root = seedArchive();
    fs.cpSync(path.join(PROJECT, 'templates'), path.join(root, 'templates'), { recursive: true });
    const outDir = path.join(tempDir(), 'site');
    const session = new DevSession({ root, outDir, ...SITE });
    expect((await session.start()).kind).toBe('rendered');
    fs.rmSync(outDir, { recursive: true });
    const file = path.join(root, saved);
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    expect(await session.update([saved])).toMatchObject({ kind: 'rendered', full: true });
    await sameAsFreshBuild(root, outDir, SITE);
  });
});
