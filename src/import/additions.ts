// --add-people: new people (and their organisations) for the registries, written as text appended to the
// files so existing comments and formatting stay exactly as they were; ids never clash with existing ones.
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { foldAccents, foldCase, slugify } from '../util/fold.js';
import { editDistance } from '../util/suggest.js';
import { label } from '../validate/registry.js';
import type { Resolver } from './names.js';
import type { Draft, PersonMention } from './types.js';
import { UniqueIds } from '../util/unique-ids.js';

export interface NewPerson {
  readonly id: string;
  readonly name: string;
  /** Organisation id. */
  readonly organisation?: string;
  readonly role?: string;
  /** The source line, kept as a comment. */
  readonly line: string;
}

export interface NewOrganisation {
  readonly id: string;
  readonly name: string;
}

export interface Additions {
  readonly people: readonly NewPerson[];
  readonly organisations: readonly NewOrganisation[];
  /** Folded names registered now, here or by an earlier file of the same import. */
  readonly registered: ReadonlySet<string>;
  /** What was added and what was not, as comment lines for the draft. */
  readonly notes: readonly string[];
}

/**
 * What to add for one draft's unknown people. A name close to a registered one ("Bengt Nilson" next to
 * "Bengt Nilsson") is more likely a typo than a new person and is left for the user; so is a lone first name.
 * `earlier` are the additions already made for other files of the same import.
 */
export function planAdditions(d: Draft, resolver: Resolver, earlier: readonly Additions[]): Additions {
  const reg = resolver.registry;
  const taken = new Set<string>([...reg.people.entries, ...reg.organisations.entries, ...reg.groups.entries, ...reg.projects.entries].map((e) => e.id.value));
  const addedPeople = new Map<string, string>();
  const addedOrgs = new Map<string, string>();
  for (const a of earlier) {
    for (const p of a.people) {
      taken.add(p.id);
      addedPeople.set(foldCase(p.name), p.id);
    }
    for (const o of a.organisations) {
      taken.add(o.id);
      addedOrgs.set(foldCase(o.name), o.id);
    }
  }
  const ids = new UniqueIds(taken);
  const uniqueId = (name: string): string => ids.take(slugify(name) || 'ny');

  const people: NewPerson[] = [];
  const organisations: NewOrganisation[] = [];
  const registered = new Set<string>();
  const notes: string[] = [];
  const mentions: PersonMention[] = [...d.attendance.present, ...d.attendance.absent, ...(d.secretary ? [d.secretary.person] : [])];
  for (const p of mentions) {
    if (p.result.kind !== 'unknown') continue;
    const key = foldCase(p.written);
    if (registered.has(key)) continue;
    const before = addedPeople.get(key);
    if (before) {
      registered.add(key);
      notes.push(`"${p.written}" lades till i people.yml (${before}) av en tidigare fil i samma import.`);
      continue;
    }
    if (!/\s/.test(p.written.trim())) {
      notes.push(`Inte tillagd i people.yml: "${p.written}" är bara ett förnamn. Skriv hela namnet.`);
      continue;
    }
    const similar = similarName(p.written, reg.people.entries.flatMap((e) => [label(e), ...e.aliases.map((a) => a.value)]));
    if (similar) {
      notes.push(`Inte tillagd i people.yml: "${p.written}" liknar ${similar}. Rätta namnet, eller lägg till personen för hand om det är en annan person.`);
      continue;
    }
    let organisation: string | undefined;
    let role: string | undefined;
    const org = p.organisation;
    if (org) {
      const known = [org, ...org.split('/')].map((o) => resolver.organisation(o.trim())).find((r) => r.kind === 'found');
      if (known?.kind === 'found') organisation = known.id;
      else if (/^\p{Ll}/u.test(org)) role = org;
      else if (addedOrgs.has(foldCase(org))) organisation = addedOrgs.get(foldCase(org));
      else {
        const near = similarName(org, reg.organisations.entries.flatMap((e) => [label(e), ...e.aliases.map((a) => a.value)]));
        if (near) notes.push(`Organisationen "${org}" (${p.written}) liknar ${near} och lades inte till; skriv rätt organisation i people.yml.`);
        else {
          const id = uniqueId(org);
          organisations.push({ id, name: org });
          addedOrgs.set(foldCase(org), id);
          organisation = id;
          notes.push(`Ny i organisations.yml: "${org}" (${id}).`);
        }
      }
    }
    const id = uniqueId(p.written);
    people.push({ id, name: p.written, ...(organisation ? { organisation } : {}), ...(role ? { role } : {}), line: p.line });
    addedPeople.set(key, id);
    registered.add(key);
    notes.push(`Ny i people.yml: "${p.written}" (${id}).`);
  }
  return { people, organisations, registered, notes };
}

/** The registered name within typo distance of `name`, if any: one edit per eight letters, at least one. */
function similarName(name: string, registered: readonly string[]): string | undefined {
  const a = foldAccents(name);
  const max = Math.max(1, Math.floor(a.length / 8));
  let best: { name: string; d: number } | undefined;
  for (const r of registered) {
    const d = editDistance(a, foldAccents(r), max);
    if (d <= max && (!best || d < best.d)) best = { name: r, d };
  }
  return best?.name;
}

const scalar = (v: string): string => stringify(v, { lineWidth: 0 }).trimEnd();

/** The indentation unit a YAML file uses (its first indented line), or two spaces. */
function indentUnit(text: string): string {
  return /^( +)\S/m.exec(text)?.[1] ?? '  ';
}

/**
 * people.yml with the new people appended at the end; undefined when the result would not parse back to the
 * old entries plus the new ones (a file in flow style, say), so nothing is written.
 */
export function appendPeople(text: string, people: readonly NewPerson[], source: string): string | undefined {
  if (people.length === 0) return text;
  const ind = indentUnit(text);
  const lines = [`# Tillagda av minutes import från ${source}: kontrollera stavning, organisation och roll.`];
  for (const p of people) {
    lines.push(`${p.id}:`, `${ind}name: ${scalar(p.name)}  # "${p.line}" i protokollet`);
    if (p.organisation) lines.push(`${ind}organisation: ${p.organisation}`);
    if (p.role) lines.push(`${ind}role: ${scalar(p.role)}`);
  }
  const sep = text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  const out = `${text}${sep}${lines.join('\n')}\n`;
  return sameWith(text, out, 'top', people.map((p) => [p.id, p.name])) ? out : undefined;
}

/**
 * organisations.yml with the new organisations at the end of its `organisations:` section (before `groups:`),
 * or a new section at the end when there is none; undefined when that cannot be done safely.
 */
export function insertOrganisations(text: string, orgs: readonly NewOrganisation[], source: string): string | undefined {
  if (orgs.length === 0) return text;
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^organisations:\s*(#.*)?$/.test(l));
  const ind = indentUnit(text);
  let out: string;
  if (header < 0) {
    if (lines.some((l) => /^organisations\s*:/.test(l))) return undefined;
    const block = [`# Tillagda av minutes import från ${source}.`, 'organisations:', ...orgs.flatMap((o) => [`${ind}${o.id}:`, `${ind}${ind}name: ${scalar(o.name)}`])];
    const sep = text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    out = `${text}${sep}${block.join('\n')}\n`;
  } else {
    let end = lines.findIndex((l, i) => i > header && /^[^\s#]/.test(l));
    if (end < 0) end = lines.length;
    // Blank lines and top-level comments just before the next section belong to it.
    while (end - 1 > header && (lines[end - 1]!.trim() === '' || /^#/.test(lines[end - 1]!))) end--;
    const entry = lines.slice(header + 1, end).find((l) => l.trim() !== '' && !/^\s*#/.test(l));
    const e = entry ? /^(\s*)/.exec(entry)![1]! : ind;
    const block = [`${e}# Tillagda av minutes import från ${source}.`, ...orgs.flatMap((o) => [`${e}${o.id}:`, `${e}${ind}name: ${scalar(o.name)}`])];
    out = [...lines.slice(0, end), ...block, ...lines.slice(end)].join('\n');
  }
  return sameWith(text, out, 'organisations', orgs.map((o) => [o.id, o.name])) ? out : undefined;
}

/** True when `after` parses to `before` plus exactly the new entries, in the top level or the organisations section. */
function sameWith(before: string, after: string, where: 'top' | 'organisations', added: readonly (readonly [string, string])[]): boolean {
  let old: unknown;
  let now: unknown;
  try {
    old = parse(before);
    now = parse(after);
  } catch {
    return false;
  }
  if (!isRecord(now) || !(old === null || old === undefined || isRecord(old))) return false;
  const expected: Record<string, unknown> = structuredClone(old ?? {});
  if (where === 'organisations' && (expected.organisations === null || expected.organisations === undefined)) expected.organisations = {};
  const target = where === 'top' ? expected : expected.organisations;
  const written = where === 'top' ? now : now.organisations;
  if (!isRecord(target) || !isRecord(written)) return false;
  for (const [id, name] of added) {
    const entry = written[id];
    if (id in target || !isRecord(entry) || entry.name !== name) return false;
    target[id] = entry;
  }
  return isDeepStrictEqual(expected, now);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
