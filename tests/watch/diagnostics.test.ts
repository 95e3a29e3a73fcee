// Watch mode keeps what it learnt about unchanged files between saves. This checks that it never keeps a stale
// finding or misses a new one: after each edit, its problems must equal those of `minutes check` from scratch.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { check } from '../../src/pipeline.js';
import { generateArchive } from '../../src/bench/generate.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { cleanTemp, tempDir } from '../helpers/archive.js';
import { listFiles } from '../helpers/site.js';

// The day both checks compare dates with, fixed so the result does not depend on when the tests run: after every
// meeting of the generated archive, before the meeting its latest minutes announce (2024-12-23).
const TODAY = '2024-05-01';

describe('problems reported in watch mode, edit after edit', () => {
  let root: string;
  let session: DevSession;
  let minutes: string[];
  const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
  const show = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`);

  beforeAll(async () => {
    root = tempDir();
    generateArchive(root, 40, 11, { groups: 3, people: 30, organisations: 5, projects: 6 });
    minutes = listFiles(path.join(root, 'minutes')).map((f) => `minutes/${f}`);
    session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll', today: TODAY });
    expect((await session.start()).kind).toBe('rendered');
  });
  afterAll(cleanTemp);

  /** The first person named in some minutes file, as written there. */
  const someAttendee = () => {
    for (const rel of minutes) {
      const name = /\nattendees:\n {2}- ([A-ZÅÄÖ][^\n]+)\n/.exec(read(rel))?.[1];
      if (name) return { rel, name };
    }
    throw new Error('no attendee written by name');
  };

  // Each step edits the sources and says whether problems should follow (and, for some, the code one of them must
  // have); steps build on each other, as saves do.
  const steps: [string, boolean, () => string[], string?][] = [
    ['a person renamed in people.yml: unchanged minutes now name someone unknown', true, () => {
      const { name } = someAttendee();
      fs.writeFileSync(path.join(root, 'people.yml'), read('people.yml').replace(`name: ${name}\n`, `name: ${name}x\n`));
      return ['people.yml'];
    }],
    ['the rename undone', false, () => {
      fs.writeFileSync(path.join(root, 'people.yml'), read('people.yml').replace(/name: ([^\n]+)x\n/, 'name: $1\n'));
      return ['people.yml'];
    }],
    ['a misspelt attendee in one file', true, () => {
      const { rel, name } = someAttendee();
      fs.writeFileSync(path.join(root, rel), read(rel).replace(`  - ${name}\n`, `  - ${name.slice(0, -1)}\n`));
      return [rel];
    }],
    ['a person no longer published: their name in running text is now a warning', true, () => {
      const { name } = someAttendee();
      fs.writeFileSync(path.join(root, 'people.yml'), read('people.yml').replace(`name: ${name}\n`, `name: ${name}\n  publish: hidden\n`));
      return ['people.yml'];
    }],
    ['a follow-up of an action that does not exist', true, () => {
      const rel = minutes[minutes.length - 1]!;
      fs.writeFileSync(path.join(root, rel), read(rel).replace(/^---\n/, '---\nfollowups:\n  - action: grupp-1/1999-01-01#1\n    status: done\n').replace(/\nfollowups:\n(?= {2}- action: grupp-\d+\/\d)/, '\nfollowups_old:\n'));
      return [rel];
    }],
    ['minutes of a meeting after the fixed day: a future-date warning', true, () => {
      const latest = minutes.filter((rel) => rel.startsWith('minutes/grupp-1/')).sort().pop()!;
      const rel = 'minutes/grupp-1/2024-06-03.md';
      fs.writeFileSync(path.join(root, rel), read(latest).replace(/\ndate: \S+\n/, '\ndate: 2024-06-03\n'));
      return [rel];
    }, 'future-date'],
    ['two meetings made the same', true, () => {
      const [a, b] = minutes;
      fs.writeFileSync(path.join(root, b!), read(a!));
      return [b!];
    }],
  ];

  it.each(steps)('after %s', async (_, problems, change, code) => {
    const changed = change();
    const result = await session.update(changed);
    const fresh = check(root, TODAY);
    expect(show(result.diagnostics)).toEqual(show(fresh.diagnostics));
    // The step did what it says: problems where there should be some, none once the rename is undone.
    expect(fresh.diagnostics.length > 0).toBe(problems);
    if (code) expect(fresh.diagnostics.filter((d) => changed.includes(d.file)).map((d) => d.code)).toContain(code);
  });
});
