// Fuzzing: the seed minutes and registries of the repository, mutated thousands of times with a seeded PRNG
// (lines and characters deleted, duplicated and swapped; YAML and Markdown special characters inserted; files
// truncated; bytes broken), run through read -> parse -> validate in memory. Every run must end in success or in
// diagnostics that each name a file and a line inside it, never in an exception. A smaller number of mutated
// archives go through the whole build. Reproducible: a failure names its seed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLoaded } from '../../src/pipeline.js';
import { decodeSource } from '../../src/load/files.js';
import type { SourceFile } from '../../src/load/source.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { cleanTemp, PROJECT, tempDir, writeFiles } from '../helpers/archive.js';
import { buildInto, STACK_TRACE } from './helpers.js';
import { prng } from '../../src/util/random.js';
import { bounded } from '../helpers/bounded.js';

afterAll(cleanTemp);

/** The repository's own archive: every minutes file and both registries. */
function seedFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(PROJECT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.md')) out[rel] = fs.readFileSync(path.join(PROJECT, rel), 'utf8');
    }
  };
  walk('minutes');
  for (const f of ['people.yml', 'organisations.yml']) out[f] = fs.readFileSync(path.join(PROJECT, f), 'utf8');
  return out;
}

const SPECIAL = [':', ': ', '-', '- ', '[', ']', '{', '}', ',', '#', '&a ', '*a', '!', '!!js/function ', '!x ', '|', '>', "'", '"', '%', '@', '`', '```', '~~~', '---', '\n---\n', '\t', '\n', '  ', '? ', '<<: ', '\\', '\u00a0', '\uFEFF', '\r', '\u202E', '\u200B', 'é', 'e\u0301', '𝕏', '<script>', '[x](javascript:alert(1))', '<javascript:alert(1)>', '{{ x }}', '{% x %}', '__proto__: ', 'constructor: ', 'null', '~', '[]', '{}', '0x1F', '.inf', '2016-02-30', '25:99', '"\\u0000"', '"\\x1b"', '\u0000', '\u0085'];

type Mutation = (text: string, rand: () => number) => string;

const pickIndex = (n: number, rand: () => number) => Math.floor(rand() * n);
const lines = (t: string) => t.split('\n');

const MUTATIONS: Record<string, Mutation> = {
  'delete a line': (t, r) => {
    const l = lines(t);
    l.splice(pickIndex(l.length, r), 1);
    return l.join('\n');
  },
  'duplicate a line': (t, r) => {
    const l = lines(t);
    const i = pickIndex(l.length, r);
    l.splice(i, 0, l[i]!);
    return l.join('\n');
  },
  'swap two lines': (t, r) => {
    const l = lines(t);
    const i = pickIndex(l.length, r);
    const j = pickIndex(l.length, r);
    [l[i], l[j]] = [l[j]!, l[i]!];
    return l.join('\n');
  },
  'delete characters': (t, r) => {
    const i = pickIndex(t.length, r);
    return t.slice(0, i) + t.slice(i + 1 + pickIndex(4, r));
  },
  'duplicate characters': (t, r) => {
    const i = pickIndex(t.length, r);
    const n = 1 + pickIndex(6, r);
    return t.slice(0, i + n) + t.slice(i, i + n) + t.slice(i + n);
  },
  'swap two characters': (t, r) => {
    const i = pickIndex(Math.max(1, t.length - 1), r);
    return t.slice(0, i) + (t[i + 1] ?? '') + (t[i] ?? '') + t.slice(i + 2);
  },
  'insert a special character': (t, r) => {
    const i = pickIndex(t.length + 1, r);
    return t.slice(0, i) + SPECIAL[pickIndex(SPECIAL.length, r)]! + t.slice(i);
  },
  'insert at a line start': (t, r) => {
    const l = lines(t);
    const i = pickIndex(l.length, r);
    l[i] = SPECIAL[pickIndex(SPECIAL.length, r)]! + l[i];
    return l.join('\n');
  },
  'replace a value': (t, r) => {
    const l = lines(t);
    const candidates = l.map((x, i) => [x, i] as const).filter(([x]) => /^\s*-?\s*[a-z_]+:\s*\S/.test(x));
    if (candidates.length === 0) return t;
    const [line, i] = candidates[pickIndex(candidates.length, r)]!;
    l[i] = line.replace(/:\s*\S.*$/, `: ${SPECIAL[pickIndex(SPECIAL.length, r)]}`);
    return l.join('\n');
  },
  truncate: (t, r) => t.slice(0, pickIndex(t.length + 1, r)),
  'indent a line': (t, r) => {
    const l = lines(t);
    const i = pickIndex(l.length, r);
    l[i] = (r() < 0.5 ? ' ' : '\t') + l[i];
    return l.join('\n');
  },
  'CRLF line endings': (t) => t.replace(/\n/g, '\r\n'),
  NFD: (t) => t.normalize('NFD'),
};
const NAMES = Object.keys(MUTATIONS);

interface Mutated {
  readonly files: Record<string, string>;
  readonly file: string;
  readonly steps: string[];
  /** Bytes instead of text for the mutated file: broken UTF-8 or binary. */
  readonly bytes?: Uint8Array;
}

function mutate(seed: Record<string, string>, n: number, options: { bodyOnly?: boolean } = {}): Mutated {
  const rand = prng(n);
  const names = Object.keys(seed);
  const minutes = names.filter((f) => f.startsWith('minutes/'));
  const file = rand() < 0.75 || options.bodyOnly ? minutes[pickIndex(minutes.length, rand)]! : names.filter((f) => !f.startsWith('minutes/'))[pickIndex(2, rand)]!;
  const steps: string[] = [];
  let text = seed[file]!;
  let head = '';
  if (options.bodyOnly) {
    // Only the Markdown after the front matter, so that many of these archives still build.
    const end = text.indexOf('\n---', 3) + 4;
    head = text.slice(0, end);
    text = text.slice(end);
  }
  for (let k = 0, count = 1 + pickIndex(4, rand); k < count; k++) {
    const name = NAMES[pickIndex(NAMES.length, rand)]!;
    steps.push(name);
    text = MUTATIONS[name]!(text, rand);
  }
  text = head + text;
  let bytes: Uint8Array | undefined;
  if (!options.bodyOnly && rand() < 0.05) {
    const b = Buffer.from(text, 'utf8');
    const i = pickIndex(b.length, rand);
    b[i] = rand() < 0.5 ? 0xff : 0x00;
    bytes = b;
    steps.push(`byte ${i} broken`);
  }
  return { files: { ...seed, [file]: text }, file, steps, ...(bytes ? { bytes } : {}) };
}

/** read -> parse -> validate on files in memory; the byte-level read as the CLI does it. */
function checkMutated(m: Mutated): Diagnostic[] {
  const sources = new Map<string, SourceFile>();
  const findings = [];
  for (const [p, text] of Object.entries(m.files)) {
    if (p === m.file && m.bytes) {
      const r = decodeSource(p, `/fuzz/${p}`, m.bytes);
      findings.push(...r.findings);
      if (r.ok) sources.set(p, r.source);
    } else sources.set(p, { path: p, absPath: `/fuzz/${p}`, text });
  }
  const minutes = [...sources.values()].filter((s) => s.path.startsWith('minutes/'));
  const people = sources.get('people.yml');
  const organisations = sources.get('organisations.yml');
  return [...checkLoaded({ root: '/fuzz', minutes, ...(people ? { people } : {}), ...(organisations ? { organisations } : {}), findings }).diagnostics];
}

function expectLocatedIn(diagnostics: readonly Diagnostic[], m: Mutated, where: string): void {
  const names = Object.keys(m.files);
  // Each file's lines counted once, not once for each of its diagnostics; as an editor counts them, a lone CR (a
  // special character a mutation may insert) ending one.
  const lineCounts = new Map<string, number>();
  const lineCount = (file: string, text: string) => lineCounts.get(file) ?? lineCounts.set(file, text.split(/\r\n?|\n/).length).get(file)!;
  for (const d of diagnostics) {
    const text = m.file === d.file && m.bytes ? undefined : m.files[d.file];
    const label = `${where}: ${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`;
    expect(names, label).toContain(d.file);
    expect(d.line, label).toBeGreaterThanOrEqual(1);
    expect(d.col, label).toBeGreaterThanOrEqual(1);
    expect(d.message, label).not.toMatch(STACK_TRACE);
    if (text !== undefined) expect(d.line, label).toBeLessThanOrEqual(lineCount(d.file, text));
  }
}

const SEED = seedFiles();
const RUNS = 2000;
/** The checks run under one time limit (see bounded). */
const BATCH = 50;

describe('fuzzing the seed archive', () => {
  it('checks the unmutated seed archive without an error', () => {
    const diagnostics = checkMutated({ files: SEED, file: '', steps: [] });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`ends every one of ${RUNS} mutated archives in success or located diagnostics, never an exception`, () => {
    let failed = 0;
    let clean = 0;
    for (let first = 1; first <= RUNS; first += BATCH) {
      const checked: { m: Mutated; where: string; diagnostics: Diagnostic[] }[] = [];
      let where = '';
      // Bounded: a check that never ends fails here, naming its seed, instead of hanging the whole run. A batch of
      // checks under each limit, not each check under its own (see bounded): a batch takes about 0.3 s, alone.
      bounded(
        () => {
          for (let n = first; n < first + BATCH && n <= RUNS; n++) {
            const m = mutate(SEED, n);
            where = `seed ${n} (${m.file}: ${m.steps.join(', ')})`;
            try {
              checked.push({ m, where, diagnostics: checkMutated(m) });
            } catch (err) {
              throw new Error(`${where} threw: ${(err as Error).stack}\n--- mutated file ---\n${m.files[m.file]!.slice(0, 2000)}`);
            }
          }
        },
        20_000,
        () => where,
      );
      for (const { m, where, diagnostics } of checked) {
        expectLocatedIn(diagnostics, m, where);
        if (diagnostics.some((d) => d.severity === 'error')) failed++;
        else clean++;
      }
    }
    // The mutations really do break things, and not everything.
    expect(failed).toBeGreaterThan(RUNS / 4);
    expect(clean).toBeGreaterThan(RUNS / 20);
  });

  it('builds 30 mutated archives, or refuses them with located diagnostics, never throwing', async () => {
    let built = 0;
    for (let n = 1; n <= 30; n++) {
      const m = mutate(SEED, 100_000 + n, { bodyOnly: n % 2 === 0 });
      const where = `build seed ${100_000 + n} (${m.file}: ${m.steps.join(', ')})`;
      const root = tempDir();
      writeFiles(root, m.files);
      const site = path.join(root, 'site');
      let result;
      try {
        result = await buildInto(root, site);
      } catch (err) {
        throw new Error(`${where} threw: ${(err as Error).stack}`);
      }
      expectLocatedIn(result.diagnostics, m, where);
      if (result.ok) {
        built++;
        expect(fs.existsSync(path.join(site, 'index.html')), where).toBe(true);
      } else {
        expect(result.diagnostics.some((d) => d.severity === 'error'), where).toBe(true);
        expect(fs.existsSync(site), where).toBe(false);
      }
      fs.rmSync(root, { recursive: true, force: true });
    }
    expect(built).toBeGreaterThan(5);
  }, 120_000);
});
