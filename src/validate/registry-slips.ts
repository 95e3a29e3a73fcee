// A registry entry whose fields were not indented under it ("jonas-lind:" then "name: Jonas Lind" at the same
// column) reads as an empty entry followed by entries called "name", "organisation" … Said as one problem, at
// the entry, with the indentation to fix; the shape check's findings at those fields are the same mistake.
import type { Finding, YamlPath } from '../diagnostics.js';
import { atKey } from '../diagnostics.js';
import { clip } from '../util/clip.js';

/** The fields an entry of each registry map can have. */
const PERSON_FIELDS = new Set(['name', 'organisation', 'role', 'aliases', 'former_ids', 'memberships', 'publish', 'url']);
const ENTITY_FIELDS = new Set(['name', 'aliases', 'former_ids', 'description', 'url', 'organisation', 'members', 'schedule']);

/** The maps of entries in a registry file: people.yml itself; organisations.yml's three sections. */
function entryMaps(kind: 'people' | 'organisations', data: Record<string, unknown>): { path: YamlPath; map: Record<string, unknown>; fields: Set<string> }[] {
  if (kind === 'people') return [{ path: [], map: data, fields: PERSON_FIELDS }];
  return ['organisations', 'groups', 'projects']
    .filter((s) => data[s] !== null && typeof data[s] === 'object' && !Array.isArray(data[s]))
    .map((s) => ({ path: [s], map: data[s] as Record<string, unknown>, fields: ENTITY_FIELDS }));
}

const key = (path: YamlPath) => path.join('\u0000');

/**
 * Findings for entries whose fields stand beside them instead of under them, and the paths of those fields
 * (whose own findings are left out).
 */
export function unindentedEntries(file: string, kind: 'people' | 'organisations', data: Record<string, unknown>): { findings: Finding[]; covered: Set<string> } {
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
        hint: `Dra in ${stray.length === 1 ? 'raden' : 'raderna'} ${stray.map((s) => `${clip(s)}:`).join(', ')} två mellanslag, så att ${stray.length === 1 ? 'den hör' : 'de hör'} till ${clip(k)}.`,
      });
    });
  }
  return { findings, covered };
}

/** Whether a finding is at one of the covered paths (or inside one). */
export function isCovered(f: Finding, covered: ReadonlySet<string>): boolean {
  if (covered.size === 0 || f.where.kind !== 'yaml') return false;
  const p = f.where.path;
  for (let n = p.length; n > 0; n--) if (covered.has(key(p.slice(0, n)))) return true;
  return false;
}
