// Files are read into one buffer shared between reads (load/files.ts, readBytes): every size reads as the file's
// own bytes, those that do not fit in it too, and a text read before is not changed by the reads after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBytes, readSource } from '../../src/load/files.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-read-bytes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KIB64 = 64 * 1024;
/** Text of `n` bytes: Swedish letters (two bytes each in UTF-8) among ASCII, so that some straddle any boundary. */
const bytesOf = (n: number, seed: string): Buffer => {
  const unit = Buffer.from(`${seed} möte på ö, `);
  const out = Buffer.alloc(n);
  for (let at = 0; at < n; at += unit.length) unit.copy(out, at, 0, Math.min(unit.length, n - at));
  return out;
};
const write = (name: string, bytes: Uint8Array): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('readBytes', () => {
  it.each([0, 1, 4_021, KIB64 - 1, KIB64, KIB64 + 1, 3 * KIB64 + 7, 1_000_001])('reads a file of %i bytes whole', (n) => {
    const bytes = bytesOf(n, `fil ${n}`);
    expect(Buffer.from(readBytes(write(`${n}.md`, bytes))).equals(bytes)).toBe(true);
  });

  it('a two-byte letter across the end of the shared buffer', () => {
    const bytes = Buffer.concat([Buffer.alloc(KIB64 - 1, 'a'), Buffer.from('ö och mer')]);
    const r = readSource(dir, write('straddle.md', bytes));
    expect(r.ok && r.source.text).toBe(`${'a'.repeat(KIB64 - 1)}ö och mer`);
  });

  it('a text read before is not changed by the files read after it', () => {
    const first = readSource(dir, write('first.md', bytesOf(5_000, 'första')));
    const second = readSource(dir, write('second.md', bytesOf(5_000, 'andra')));
    const large = readSource(dir, write('large.md', bytesOf(KIB64 + 10, 'stora')));
    expect(first.ok && first.source.text).toBe(bytesOf(5_000, 'första').toString('utf8'));
    expect(second.ok && second.source.text).toBe(bytesOf(5_000, 'andra').toString('utf8'));
    expect(large.ok && large.source.text).toBe(bytesOf(KIB64 + 10, 'stora').toString('utf8'));
  });

  it.each([
    ['a file that is missing', 'missing.md', 'file-missing', 'Filen finns inte.'],
    ['a folder', '.', 'file-unreadable', 'Filen kunde inte läsas (EISDIR).'],
  ])('%s is a finding, as with a buffer of its own', (_, name, code, message) => {
    const r = readSource(dir, path.join(dir, name));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([[code, message]]);
  });
});
