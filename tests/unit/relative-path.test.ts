// relativePath cuts a path under a resolved root instead of resolving both: it must give what path.relative gives,
// for every path, cut or not.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/load/files.js';

/** What relativePath gave before it cut paths: both resolved, then / between folders. */
const resolved = (root: string, abs: string): string => path.relative(root, abs).split(path.sep).join('/');

const cwd = process.cwd();
const cases: [string, string, string][] = [
  ['/a/arkiv', '/a/arkiv/minutes/grupp/2016-03-07.md', 'minutes/grupp/2016-03-07.md'],
  ['/a/arkiv', '/a/arkiv/people.yml', 'people.yml'],
  ['/a/arkiv', '/a/arkiv', ''],
  ['/a/arkiv', '/a/arkiv/', ''],
  ['/a/arkiv', '/a/arkivet/people.yml', '../arkivet/people.yml'],
  ['/a/arkiv', '/a/annat/x.md', '../annat/x.md'],
  ['/a/arkiv', '/a/arkiv/minutes/../people.yml', 'people.yml'],
  ['/a/arkiv', '/a/arkiv/minutes/./g/x.md', 'minutes/g/x.md'],
  ['/a/arkiv', '/a/arkiv//minutes/x.md', 'minutes/x.md'],
  ['/a/arkiv', '/a/arkiv/minutes/', 'minutes'],
  ['/a/arkiv', '/a/arkiv/minutes/g/..', 'minutes'],
  ['/a/arkiv', '/a/arkiv/..md/.x/...', '..md/.x/...'],
  ['/a/arkiv', '/a/arkiv/a b/möte 1.md', 'a b/möte 1.md'],
  ['/a/arkiv/', '/a/arkiv/minutes/x.md', 'minutes/x.md'],
  ['/a/./arkiv', '/a/arkiv/minutes/x.md', 'minutes/x.md'],
  ['/', '/minutes/x.md', 'minutes/x.md'],
  ['arkiv', path.join(cwd, 'arkiv', 'minutes', 'x.md'), 'minutes/x.md'],
  ['arkiv', 'arkiv/minutes/x.md', 'minutes/x.md'],
  ['/a/arkiv', 'minutes/x.md', resolved('/a/arkiv', 'minutes/x.md')],
];

describe('relativePath', () => {
  it.each(cases)('from %s to %s', (root, abs, expected) => {
    expect(relativePath(root, abs)).toBe(expected);
    expect(relativePath(root, abs)).toBe(resolved(root, abs));
  });

  it('gives the same for every case with roots taken in turn, whichever was asked before', () => {
    for (const [root, abs] of [...cases, ...cases.reverse()]) expect(relativePath(root, abs)).toBe(resolved(root, abs));
  });
});
