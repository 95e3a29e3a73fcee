// The first users' archive: the five seed minutes, converted by hand into minutes/, must pass `minutes check`
// and keep the attendance exactly as the source text wrote it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { splitAttendee } from '../../src/validate/attendees.js';
import type { Ref } from '../../src/validate/documents.js';
import { FIXTURES, PROJECT, SEED_MINUTES } from '../helpers/archive.js';


/** The attendance block of a seed as written: "Name, Organisation" lines after "Närvarande" or "Fasta ledamöter". */
function attendanceInSource(text: string): { present: string[]; absent: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, '').trim());
  const start = lines.findIndex((l) => /^(Närvarande|Fasta ledamöter:?)$/.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const present: string[] = [];
  const absent: string[] = [];
  const NAME = /^([A-ZÅÄÖ][\p{L}-]+(?: [A-ZÅÄÖ][\p{L}-]+){1,3})(?:, [^()]+?)?\s*(\(ej närvarande\))?$/u;
  for (const line of lines.slice(start + 1)) {
    if (line === '') continue;
    const m = NAME.exec(line);
    if (!m) break;
    (m[2] ? absent : present).push(m[1]!);
  }
  return { present, absent };
}

describe('the seed minutes', () => {
  const result = check(PROJECT);

  it('pass minutes check without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The one warning is deliberate: the 2015-11-09 source lists no David Bergström among those present.
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['minutes/gemensam-utvecklingsgrupp/2015-11-09.md secretary-not-present']);
  });

  it('are kept as the originals, byte for byte, among the test fixtures', () => {
    expect(fs.readdirSync(path.join(FIXTURES, 'seeds')).sort()).toEqual(Object.keys(SEED_MINUTES).sort());
  });

  it.each(Object.entries(SEED_MINUTES))('%s loses no word of its text (%s)', (seed, file) => {
    const words = (t: string) => new Set((t.normalize('NFC').toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? []));
    const converted = words(
      [fs.readFileSync(path.join(PROJECT, 'minutes', file), 'utf8'), fs.readFileSync(path.join(PROJECT, 'people.yml'), 'utf8'), fs.readFileSync(path.join(PROJECT, 'organisations.yml'), 'utf8')].join('\n'),
    );
    const missing = [...words(fs.readFileSync(path.join(FIXTURES, 'seeds', seed), 'utf8'))].filter((w) => !converted.has(w));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(SEED_MINUTES))('%s keeps the attendance written in the source (%s)', (seed, file) => {
    const source = attendanceInSource(fs.readFileSync(path.join(FIXTURES, 'seeds', seed), 'utf8'));
    const doc = result.validated.minutes.find((m) => m.file === `minutes/${file}`)!;
    const registry = result.validated.registry;
    const ids = (names: readonly string[]) => names.map((n) => registry.id('person', n));
    expect(doc.attendees).toHaveLength(source.present.length);
    expect(doc.absent).toHaveLength(source.absent.length);
    // "Bo Pettersson, Ria/G7": the person is the part before the comma.
    const person = (r: Ref) => splitAttendee(r, registry).person.value;
    expect(ids(doc.attendees.map(person))).toEqual(ids(source.present));
    expect(ids(doc.absent.map(person))).toEqual(ids(source.absent));
    expect(ids(source.present).every((id) => id !== undefined)).toBe(true);
  });
});
