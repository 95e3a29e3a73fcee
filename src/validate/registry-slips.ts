// A registry entry whose fields were not indented under it ("jonas-lind:" then "name: Jonas Lind" at the same
// column) reads as an empty entry followed by entries called "name", "organisation" … Said as one problem, at
// the entry, with the indentation to fix; the shape check's findings at those fields are the same mistake.
import type { Document } from 'yaml';
import type { Finding, YamlPath } from '../diagnostics.js';
import { atKey } from '../diagnostics.js';
import { parsePositioned, rangeAt } from '../load/yaml.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';
import { isRecord as isEntry } from '../util/is-record.js';

/** The fields an entry of each registry map can have. */
const PERSON_FIELDS = new Set(['name', 'organisation', 'role', 'aliases', 'former_ids', 'memberships', 'publish', 'url']);
const ENTITY_FIELDS = new Set(['name', 'aliases', 'former_ids', 'description', 'url', 'organisation', 'members', 'schedule', 'ended']);
/** The sections of organisations.yml. */
const SECTIONS = ['organisations', 'groups', 'projects'];

/** The maps of entries in a registry file: people.yml itself; organisations.yml's three sections. */
function entryMaps(kind: 'people' | 'organisations', data: Record<string, unknown>): { path: YamlPath; map: Record<string, unknown>; fields: Set<string> }[] {
  if (kind === 'people') return [{ path: [], map: data, fields: PERSON_FIELDS }];
  return SECTIONS
    .filter((s) => data[s] !== null && typeof data[s] === 'object' && !Array.isArray(data[s]))
    .map((s) => ({ path: [s], map: data[s] as Record<string, unknown>, fields: ENTITY_FIELDS }));
}

const key = (path: YamlPath) => path.join('\u0000');

// The registry last read with positions: asked of once per slip.
let positioned: { readonly yaml: string; readonly doc: Document.Parsed } | undefined;

/**
 * How to end a hint to indent the lines of `keys` (in `map`, at `path`) by `by` spaces: with those lines as they are to
 * be written, quoted, when the registry's text `yaml` is at hand (the lines of the first key only of a value written
 * over several). Each line read where its key is: blank when none is found.
 */
function linesToWrite(yaml: string | undefined, path: YamlPath, keys: readonly string[], by: number): string {
  if (yaml === undefined) return '.';
  if (positioned?.yaml !== yaml) positioned = { yaml, doc: parsePositioned(yaml) };
  const { doc } = positioned;
  const lines = keys.map((k) => {
    const range = rangeAt(doc, [...path, k], 'key');
    if (!range) return undefined;
    const start = yaml.lastIndexOf('\n', range[0] - 1) + 1;
    const end = yaml.indexOf('\n', range[0]);
    const line = yaml.slice(start, end === -1 ? yaml.length : end).replace(/\r$/, '');
    return line.trimStart().startsWith(`${k}:`) ? `"${' '.repeat(range[0] - start + by)}${clip(line.trimStart())}"` : undefined;
  });
  return lines.every((l) => l !== undefined) ? `: ${listed(lines as string[])}` : '.';
}

/**
 * Findings for entries whose fields stand beside them instead of under them, and the paths of those fields
 * (whose own findings are left out).
 */
export function unindentedEntries(file: string, kind: 'people' | 'organisations', data: Record<string, unknown>, yaml?: string): { findings: Finding[]; covered: Set<string> } {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const { path, map, fields } of entryMaps(kind, data)) {
    const keys = Object.keys(map);
    keys.forEach((k, i) => {
      if (map[k] !== null || fields.has(k)) return;
      const stray: string[] = [];
      for (let j = i + 1; j < keys.length && fields.has(keys[j]!) && (map[keys[j]!] === null || typeof map[keys[j]!] !== 'object' || Array.isArray(map[keys[j]!])); j++) stray.push(keys[j]!);
      if (stray.length === 0) return;
      covered.add(key([...path, k]));
      for (const s of stray) covered.add(key([...path, s]));
      findings.push({
        file,
        where: atKey([...path, k]),
        code: 'missing-field',
        message: `Posten "${clip(k)}" är tom: ${stray.map((s) => `${clip(s)}:`).join(', ')} under den står inte indragna och läses som egna poster.`,
        hint: `Dra in ${stray.length === 1 ? 'raden' : 'raderna'} ${stray.map((s) => `${clip(s)}:`).join(', ')} två mellanslag, så att ${stray.length === 1 ? 'den hör' : 'de hör'} till ${clip(k)}${linesToWrite(yaml, path, stray, 2)}`,
      });
    });
  }
  for (const { path, map, fields } of entryMaps(kind, data)) strayFields(file, path, map, fields, findings, covered, yaml);
  if (kind === 'organisations') outerFields(file, data, findings, covered, yaml);
  return { findings, covered };
}

const named = (keys: readonly string[]) => keys.map((s) => `${clip(s)}:`).join(', ');

/**
 * Fields written as far out as the ids, below an entry with fields ("  name: Lisa Berg" then "organisation: bryggan"
 * in people.yml, "  ended: 2016-12-31" under a group): read as entries of their own, whose values are no entries.
 * Said once, at the first, instead of as entries of the wrong shape (a date said to be no date).
 */
function strayFields(file: string, path: YamlPath, map: Record<string, unknown>, fields: ReadonlySet<string>, findings: Finding[], covered: Set<string>, yaml: string | undefined): void {
  const keys = Object.keys(map);
  keys.forEach((k, i) => {
    const above = keys[i - 1];
    if (above === undefined || !isEntry(map[above]) || !fields.has(k) || isEntry(map[k])) return;
    const stray: string[] = [];
    for (let j = i; j < keys.length && fields.has(keys[j]!) && !isEntry(map[keys[j]!]); j++) stray.push(keys[j]!);
    for (const s of stray) covered.add(key([...path, s]));
    const one = stray.length === 1;
    findings.push({
      file,
      where: atKey([...path, k]),
      code: 'invalid-type',
      message: `${one ? `Fältet "${clip(k)}" står` : `Fälten ${named(stray)} står`} lika långt ut som id:t ${clip(above)} ovanför, så ${one ? 'det läses som en egen post och inte som ett fält' : 'de läses som egna poster och inte som fält'} i ${clip(above)}.`,
      hint: `Dra in ${one ? 'raden' : 'raderna'} ${named(stray)} två mellanslag, så att ${one ? 'den står' : 'de står'} rakt under fälten i ${clip(above)}${linesToWrite(yaml, path, stray, 2)}`,
    });
  });
}

/**
 * A field of the last entry of a section of organisations.yml written first on its line ("ended:" under a group): read
 * as a section of its own, which takes in the entries below it, as far in as the section's ("  ny-grupp:"). Said at
 * it; the entries it took in are checked as entries of the section above (see takenIn).
 */
function outerFields(file: string, data: Record<string, unknown>, findings: Finding[], covered: Set<string>, yaml: string | undefined): void {
  const keys = Object.keys(data);
  keys.forEach((k, i) => {
    const section = keys[i - 1];
    const entries = section === undefined ? undefined : data[section];
    if (!ENTITY_FIELDS.has(k) || SECTIONS.includes(k) || !SECTIONS.includes(section!) || !isEntry(entries)) return;
    const last = Object.keys(entries).at(-1);
    if (last === undefined) return;
    const taken = isEntry(data[k]) ? Object.keys(data[k]) : [];
    covered.add(key([k]));
    findings.push({
      file,
      where: atKey([k]),
      code: 'invalid-type',
      message: `Fältet "${clip(k)}" står först på raden, så det läses som en egen del av filen, som ${section}, och inte som ett fält i ${clip(last)}${taken.length > 0 ? `; ${named(taken)} under det hör då till det och inte till ${section}` : ''}.`,
      hint: `Dra in raden ${clip(k)}: fyra mellanslag, så att den står rakt under fälten i ${clip(last)}${linesToWrite(yaml, [], [k], 4)}`,
    });
  });
}

/**
 * The entries a field written first on its line took in (see outerFields), each as an entry of the section above it,
 * to check there: by the field's key, that section.
 */
export function takenIn(data: Record<string, unknown>): { field: string; section: string; entries: Record<string, unknown> }[] {
  const keys = Object.keys(data);
  return keys.flatMap((k, i) => {
    const section = keys[i - 1];
    const entries = data[k];
    return ENTITY_FIELDS.has(k) && section !== undefined && SECTIONS.includes(section) && isEntry(data[section]) && isEntry(entries) ? [{ field: k, section, entries }] : [];
  });
}

/** Whether a finding is at one of the covered paths (or inside one). */
export function isCovered(f: Finding, covered: ReadonlySet<string>): boolean {
  if (covered.size === 0 || f.where.kind !== 'yaml') return false;
  const p = f.where.path;
  for (let n = p.length; n > 0; n--) if (covered.has(key(p.slice(0, n)))) return true;
  return false;
}
