// Sites built in process for integration tests, as of a fixed day: any archive, or a generated one of ten years.
import path from 'node:path';
import { expect } from 'vitest';
import { generateArchive } from '../../src/bench/generate.js';
import { build } from '../../src/pipeline.js';
import { tempDir } from './archive.js';

/** Builds the archive at `root` into `root/site` as on 2030-01-01, expecting no errors; returns the site's folder. */
export async function builtSite(root: string): Promise<string> {
  const site = path.join(root, 'site');
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2030-01-01' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  return site;
}

/** The site of a generated archive: 240 meetings of 6 groups over ten years, 60 people, 8 organisations, 10 projects. */
export function tenYearSite(): Promise<string> {
  const root = tempDir();
  generateArchive(root, 240, 5, { groups: 6, people: 60, organisations: 8, projects: 10 });
  return builtSite(root);
}
