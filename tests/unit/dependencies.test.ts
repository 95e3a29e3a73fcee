// Every package the code imports is declared in package.json: the CLI's among `dependencies` (an install without
// dev dependencies, or a package manager that does not hoist what other packages bring along, must still run it),
// the benchmark's among either. A package that is only there because another depends on it can vanish with an update.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/archive.js';

const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The packages a file imports: "markdown-it/lib/token.mjs" is markdown-it, "@11ty/eleventy" a scoped name. */
function packagesOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\.meta\.resolve\(\s*|^import\s+)'([^'.][^']*)'/gm)]
    .map((m) => m[1]!)
    .filter((s) => !s.startsWith('node:'))
    .map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
}

const files = sources(path.join(PROJECT, 'src')).map((f) => ({ file: path.relative(PROJECT, f), bench: f.includes(`${path.sep}bench${path.sep}`), packages: packagesOf(f) }));

describe('dependencies', () => {
  it('finds the imports it checks', () => {
    const all = new Set(files.flatMap((f) => f.packages));
    for (const name of ['@11ty/eleventy', 'markdown-it', 'yaml', 'pagefind', 'chokidar']) expect(all).toContain(name);
  });

  it.each(files.filter((f) => f.packages.length > 0).map((f) => [f.file, f] as const))('%s imports only declared packages', (_, f) => {
    const declared = f.bench ? { ...pkg.dependencies, ...pkg.devDependencies } : pkg.dependencies;
    expect(f.packages.filter((name) => !(name in declared))).toEqual([]);
  });
});
