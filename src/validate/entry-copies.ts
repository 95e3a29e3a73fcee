// A registry id written twice in one map: the data keeps the first entry (what references find, what the site
// shows), and each later one is only checked, its fields as the first's are, each finding at its own place (its
// path names it with a repeatedKey). That the id is written twice is said once, by the parser (duplicate-id).
import { keyOf, type Finding, type YamlPath } from '../diagnostics.js';
import type { ParsedFile } from '../load/frontmatter.js';
import type { EntryCopy } from '../load/yaml.js';
import type { RegistryContext } from './context.js';
import { extractOrganisations, extractPeople, type RegistryDocs } from './documents.js';
import type { Registry } from './registry.js';
import { COPY_RULES } from './rules/index.js';

/** What an entry's data is inside a file of its own: the entry alone, under its section in organisations.yml. */
function alone(copy: EntryCopy): Record<string, unknown> {
  const entry = { [copy.id]: copy.data };
  return copy.path.length === 1 ? entry : { [String(copy.path[0])]: entry };
}

/** `path` with the copy's id in it marked as the copy's (see repeatedKey); undefined for a path outside the entry. */
function marked(copy: EntryCopy, path: YamlPath): YamlPath | undefined {
  const depth = copy.path.length - 1;
  if (path.length <= depth || path[depth] !== copy.id || path.slice(0, depth).some((s, i) => s !== copy.path[i])) return undefined;
  return [...path.slice(0, depth), copy.path[depth]!, ...path.slice(depth + 1)];
}

/**
 * The findings of `check` (a file's shape and value checks, run on data) about each later entry of a registry file,
 * at that entry's places.
 */
export function copyFindings(file: ParsedFile, check: (data: Record<string, unknown>) => readonly Finding[]): Finding[] {
  return (file.copies ?? []).flatMap((copy) =>
    check(alone(copy)).flatMap((f) => {
      const path = f.where.kind === 'yaml' ? marked(copy, f.where.path) : undefined;
      return path && f.where.kind === 'yaml' ? [{ ...f, where: { ...f.where, path } }] : [];
    }),
  );
}

/** Every `path` in a document (an entry, its fields and memberships) marked as the copy's. */
function relocated<T>(copy: EntryCopy, value: T): T {
  if (Array.isArray(value)) return value.map((v) => relocated(copy, v)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'path' && Array.isArray(v) ? (marked(copy, v as YamlPath) ?? v) : relocated(copy, v)])) as T;
}

/** The later entries of both registries as documents, at their own places. */
function copyDocs(people: ParsedFile | undefined, orgs: ParsedFile | undefined): RegistryDocs {
  const docs: { -readonly [K in keyof RegistryDocs]: RegistryDocs[K][number][] } = { people: [], organisations: [], groups: [], projects: [] };
  for (const copy of people?.copies ?? []) docs.people.push(...extractPeople(people!.source.path, alone(copy)).map((d) => relocated(copy, d)));
  for (const copy of orgs?.copies ?? []) {
    const read = extractOrganisations(orgs!.source.path, alone(copy));
    docs.organisations.push(...read.organisations.map((d) => relocated(copy, d)));
    docs.groups.push(...read.groups.map((d) => relocated(copy, d)));
    docs.projects.push(...read.projects.map((d) => relocated(copy, d)));
  }
  return docs;
}

const inCopy = (f: Finding): boolean => f.where.kind === 'yaml' && f.where.path.some((s) => typeof s === 'string' && keyOf(s).nth > 0);

/**
 * The registry rules' findings about the later entries: run over every entry, the first ones and the later ones
 * (names, former ids and memberships are judged among all), names looked up among the first ones as everywhere,
 * and kept only where they are about a later one (the first ones' have been said).
 */
export function copyRuleFindings(people: ParsedFile | undefined, orgs: ParsedFile | undefined, checked: Registry, unavailable: RegistryContext['unavailable'], empty?: RegistryContext['empty']): Finding[] {
  if (!people?.copies && !orgs?.copies) return [];
  const copies = copyDocs(people, orgs);
  const docs = checked.docs;
  const all: RegistryDocs = { people: [...docs.people, ...copies.people], organisations: [...docs.organisations, ...copies.organisations], groups: [...docs.groups, ...copies.groups], projects: [...docs.projects, ...copies.projects] };
  const found: Finding[] = [];
  const ctx: RegistryContext = { registryDocs: all, registry: checked, ...(unavailable ? { unavailable } : {}), ...(empty ? { empty } : {}), report: (f) => found.push(f) };
  for (const rule of COPY_RULES) rule(ctx);
  return found.filter(inCopy);
}
