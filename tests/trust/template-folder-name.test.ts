// Eleventy finds templates by a pattern made from their folder's path and loads them by an address made from it,
// neither escaped. An archive (with its own templates/) under a folder whose name Eleventy reads as a pattern or an
// address is refused with template-folder-name, rather than built into a site of stylesheets only with exit 0;
// other unusual folder names build the whole site.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.js';
import { PROJECT, cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

/** The seed archive, with a copy of minutes' own templates, in a folder of the given name. */
function archiveIn(folder: string): string {
  const root = path.join(tempDir(), folder);
  fs.cpSync(seedArchive(), root, { recursive: true });
  fs.cpSync(path.join(PROJECT, 'templates'), path.join(root, 'templates'), { recursive: true });
  return root;
}

const buildIn = (root: string) => build({ root, outDir: path.join(root, 'site'), base: '/', title: 'Protokoll', today: '2030-01-01' });

describe('the folder the templates are in', () => {
  it.each([['Protokoll (2)', '('], ['arkiv {a,b}', '{a,b}'], ['nr #1', '#'], ['fråga?', '?'], ['100%20', '%']])('%s: refused with template-folder-name, nothing written', async (folder, shown) => {
    const root = archiveIn(folder);
    const result = await buildIn(root);
    expect(result.ok).toBe(false);
    const refused = result.diagnostics.filter((d) => d.severity === 'error');
    expect(refused.map((d) => [d.file, d.code])).toEqual([['templates/', 'template-folder-name']]);
    expect(refused[0]!.message).toContain(`tecknet ${shown[0]}`);
    expect(fs.existsSync(path.join(root, 'site'))).toBe(false);
  });

  it.each(['Protokoll [2]', 'arkiv {a}', 'a*b', "Anna's & Bo; $x ~"])('%s: the whole site is built', async (folder) => {
    const root = archiveIn(folder);
    const result = await buildIn(root);
    expect(result.ok).toBe(true);
    expect(fs.existsSync(path.join(root, 'site', 'grupper', 'gemensam-utvecklingsgrupp', '2016-02-08', 'index.html'))).toBe(true);
  });
});
