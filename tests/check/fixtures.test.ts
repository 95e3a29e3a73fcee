// Table test of `minutes check`: each folder under tests/fixtures/check is named after the diagnostic code it
// must produce, holds the files that differ from the valid _base archive, and lists the exact diagnostics
// (file, line, column, code, and where it matters the hint) in expected.yml.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';
import { bounded } from '../helpers/bounded.js';

const DIR = path.join(FIXTURES, 'check');
const BASE = path.join(DIR, '_base');
const cases = fs
  .readdirSync(DIR)
  .filter((name) => name !== '_base')
  .sort();

interface Expected {
  file: string;
  line: number;
  col: number;
  code: string;
  hint?: string;
}

afterAll(cleanTemp);

describe('minutes check on fixtures', () => {
  it('finds the fixtures it checks', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it('accepts the base archive without a single diagnostic', () => {
    expect(check(archive([BASE])).diagnostics).toEqual([]);
  });

  it.each(cases)('%s', (name) => {
    const expected = parse(fs.readFileSync(path.join(DIR, name, 'expected.yml'), 'utf8')) as Expected[];
    const result = bounded(() => check(archive([BASE, path.join(DIR, name)])), 20_000, `checking ${name}`);
    const got = result.diagnostics.map((d) => ({ file: d.file, line: d.line, col: d.col, code: d.code }));
    expect(got).toEqual(expected.map(({ file, line, col, code }) => ({ file, line, col, code })));
    for (const d of result.diagnostics) expect(d.message.length).toBeGreaterThan(5);
    // An example's slot in a hint (src/validate/examples.ts) is always filled: none reaches the note-taker.
    for (const d of result.diagnostics) expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/[\uE000\uE001]/);
    expected.forEach((e, i) => {
      if (e.hint) expect(result.diagnostics[i]!.hint).toContain(e.hint);
    });
    // Every fixture is named after the code it is about, and produces it.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((e) => e.code === name.replace(/--.*$/, ''))).toBe(true);
  });
});
