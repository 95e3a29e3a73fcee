// Temporary archives for tests: copies of fixture folders, or folders written from a table of files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = path.join(PROJECT, 'tests', 'fixtures');
export const CLI = path.join(PROJECT, 'dist', 'cli.js');

const made: string[] = [];

/** A new empty temporary folder, removed by `cleanTemp` (call it in afterAll). */
export function tempDir(prefix = 'minutes-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTemp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (path -> content) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}

/** A copy of one or more folders layered in order (later ones override earlier), plus extra files. */
export function archive(layers: readonly string[], files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir();
  for (const layer of layers) fs.cpSync(layer, dir, { recursive: true, filter: (src) => path.basename(src) !== 'expected.yml' });
  writeFiles(dir, files);
  return dir;
}

/** The five seed minutes (tests/fixtures/seeds, as the first users wrote them) and the file each became in minutes/. */
export const SEED_MINUTES: Readonly<Record<string, string>> = {
  '004_15405d667cb0fff8.txt': 'gemensam-utvecklingsgrupp/2015-08-31.md',
  '000_d541dcac99ce49a6.txt': 'gemensam-utvecklingsgrupp/2015-11-09.md',
  '002_accd83d2b01e9a28.txt': 'gemensam-utvecklingsgrupp/2016-02-08.md',
  '003_7bf2ca5932fa1cdb.txt': 'gemensam-utvecklingsgrupp/2016-03-07.md',
  '001_ae0fd1c13720a680.txt': 'gemensam-ledningsgrupp-utveckling/2016-12-12.md',
};

/** The project's own content (the converted seed minutes and the registries) in a temporary copy. */
export function seedArchive(): string {
  const dir = tempDir();
  for (const name of ['minutes', 'people.yml', 'organisations.yml']) fs.cpSync(path.join(PROJECT, name), path.join(dir, name), { recursive: true });
  return dir;
}
