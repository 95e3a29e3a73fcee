// --add-people: new people (and their organisations) for the registries, written as text appended to the
// files so existing comments and formatting stay exactly as they were; ids never clash with existing ones.
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { foldAccents, foldCase } from '../util/fold.js';
import { editDistance } from '../util/suggest.js';
import { label } from '../validate/registry.js';
import type { Resolver } from './names.js';
import { oncePerPerson } from './repeats.js';
import { listJoin } from './swedish.js';
import type { Draft, PersonMention } from './types.js';
import { idBase, UniqueIds } from '../util/unique-ids.js';
import { yamlScalar } from '../util/yaml-scalar.js';
import { isRecord } from '../util/is-record.js';

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
  /** The id each of `registered` got. */
  readonly ids: ReadonlyMap<string, string>;
  /** What was added and what was not, as comment lines for the draft. */
  readonly notes: readonly string[];
}

/** A person a name may be a near spelling of: registered, or added by this import. */
interface Known {
  readonly id: string;
  readonly name: string;
  /** The names it is known by: its name and aliases. */
  readonly names: readonly string[];
  /** Organisation id. */
  readonly organisation?: string;
}

/**
 * What to add for one draft's unknown people. A name spelled almost as a person already there (registered, by
 * name or alias, or added earlier in the same import: "Ivan Kuzhikov" beside "Ivan Kuzhicov") is left for the user,
 * with a note naming whom it is like, and so is a lone first name: added, it would make the same person twice.
 * `earlier` are the additions made for other files of the same import.
 */
export function planAdditions(d: Draft, resolver: Resolver, earlier: readonly Additions[]): Additions {
  const reg = resolver.registry;
  // Former ids too: one given to a new entry would be taken (former-id-taken), as check's hint knows (new-person.ts).
  const taken = new Set(reg.takenIds());
  const addedPeople = new Map<string, string>();
  const addedOrgs = new Map<string, string>();
  const known: Known[] = reg.people.entries.map((e) => {
    const organisation = e.organisation ? reg.id('organisation', e.organisation.value) : undefined;
    return { id: e.id.value, name: label(e), names: [label(e), ...e.aliases.map((a) => a.value)], ...(organisation ? { organisation } : {}) };
  });
  const knowAdded = (p: NewPerson) => known.push({ id: p.id, name: p.name, names: [p.name], ...(p.organisation ? { organisation: p.organisation } : {}) });
  for (const a of earlier) {
    for (const p of a.people) {
      taken.add(p.id);
      addedPeople.set(foldCase(p.name), p.id);
      knowAdded(p);
    }
    for (const o of a.organisations) {
      taken.add(o.id);
      addedOrgs.set(foldCase(o.name), o.id);
    }
  }
  const ids = new UniqueIds(taken);
  const uniqueId = (name: string): string => ids.take(idBase(name));
  /** The organisation a written one is: registered (also one of "A/B"), or added by this import. */
  const organisationOf = (org: string): string | undefined => {
    const found = [org, ...org.split('/')].map((o) => resolver.organisation(o.trim())).find((r) => r.kind === 'found');
    return found?.kind === 'found' ? found.id : addedOrgs.get(foldCase(org));
  };

  const people: NewPerson[] = [];
  const organisations: NewOrganisation[] = [];
  const registered = new Set<string>();
  const addedIds = new Map<string, string>();
  const notes: string[] = [];
  const mentions: PersonMention[] = [...d.attendance.present, ...d.attendance.absent, ...(d.chair ? [d.chair.person] : []), ...(d.secretary ? [d.secretary.person] : [])];
  for (const p of mentions) {
    if (p.result.kind !== 'unknown') continue;
    const key = foldCase(p.written);
    if (registered.has(key)) continue;
    const before = addedPeople.get(key);
    if (before) {
      registered.add(key);
      addedIds.set(key, before);
      notes.push(`"${p.written}" lades till i people.yml (${before}) av en tidigare fil i samma import.`);
      continue;
    }
    if (!/\s/.test(p.written.trim())) {
      notes.push(`Inte tillagd i people.yml: "${p.written}" är bara ett förnamn. Skriv hela namnet.`);
      continue;
    }
    // Never taken for that person: two real people may be a letter apart (Per Lind, Per Lund), and a draft naming the
    // other one would pass check. Left as written, check asks "Menade du …?" and the note says whom it is like.
    const near = nearPeople(p.written, known);
    if (near.length > 0) {
      const person = near.length === 1 ? near[0]! : undefined;
      // A role ("brukarmentor") says nothing of who it is; an organisation other than the person's is worth saying.
      const org = p.organisation !== undefined && !/^\p{Ll}/u.test(p.organisation) ? organisationOf(p.organisation) ?? p.organisation : undefined;
      const other = person && org !== undefined && person.organisation !== undefined && org !== person.organisation ? ` men med en annan organisation (${p.organisation})` : '';
      notes.push(`Inte tillagd i people.yml: "${p.written}" liknar ${listJoin(near.map((k) => k.name), 'eller')}${other}. Rätta namnet, eller lägg till personen för hand om det är en annan person.`);
      continue;
    }
    let organisation: string | undefined;
    let role: string | undefined;
    const org = p.organisation;
    if (org) {
      const id = organisationOf(org);
      if (id !== undefined) organisation = id;
      else if (/^\p{Ll}/u.test(org)) role = org;
      else {
        const similar = similarName(org, reg.organisations.entries.flatMap((e) => [label(e), ...e.aliases.map((a) => a.value)]));
        if (similar) notes.push(`Organisationen "${org}" (${p.written}) liknar ${similar} och lades inte till; skriv rätt organisation i people.yml.`);
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
    const added: NewPerson = { id, name: p.written, ...(organisation ? { organisation } : {}), ...(role ? { role } : {}), line: p.line };
    people.push(added);
    knowAdded(added);
    addedPeople.set(key, id);
    registered.add(key);
    addedIds.set(key, id);
    notes.push(`Ny i people.yml: "${p.written}" (${id}).`);
  }
  return { people, organisations, registered, ids: addedIds, notes };
}

/**
 * The draft as --add-people leaves it: each name added written as that person, found, and a person named twice so
 * written once.
 */
export function withAdditions(d: Draft, additions: Additions): Draft {
  const resolved = (p: PersonMention): PersonMention => {
    if (p.result.kind === 'found') return p;
    const id = additions.ids.get(foldCase(p.written));
    return id === undefined ? p : { ...p, result: { kind: 'found', id, label: p.written, via: 'name' } };
  };
  const present = oncePerPerson(d.attendance.present.map(resolved), 'Närvarande').list;
  const absent = oncePerPerson(d.attendance.absent.map(resolved), 'Frånvarande').list;
  return { ...d, attendance: { ...d.attendance, present, absent }, ...(d.chair ? { chair: { ...d.chair, person: resolved(d.chair.person) } } : {}), ...(d.secretary ? { secretary: { ...d.secretary, person: resolved(d.secretary.person) } } : {}) };
}

/**
 * How many edits make a likely typo of a name: one, or two in a name of ten letters or more ("Maria Nilsonn" for
 * Maria Nilsson). In a shorter name two letters are most often another person (Ola Ek, Ida Ek).
 */
const typoDistance = (folded: string): number => (folded.length >= 10 ? 2 : 1);

/**
 * The items with a name within typo distance of `name`, closest first: a person by its name or an alias, once
 * however many of them are that close. All of them, not only the closest: "Bo Peterson" may be Bo Petersson or
 * Bo Pettersson, and a note that named one would pick for the user.
 */
function near<T>(name: string, items: readonly T[], namesOf: (item: T) => readonly string[]): T[] {
  const a = foldAccents(name);
  const max = typoDistance(a);
  const found: { item: T; d: number }[] = [];
  for (const item of items) {
    const d = Math.min(...namesOf(item).map((n) => editDistance(a, foldAccents(n), max)));
    if (d <= max) found.push({ item, d });
  }
  return found.sort((x, y) => x.d - y.d).map((f) => f.item);
}

/** The people whose name or alias is within typo distance of `name` (see `near`). */
const nearPeople = (name: string, known: readonly Known[]): Known[] => near(name, known, (k) => k.names);

/** The registered name closest to `name` within typo distance, if any (see `near`). */
const similarName = (name: string, registered: readonly string[]): string | undefined => near(name, registered, (r) => [r])[0];

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
    lines.push(`${p.id}:`, `${ind}name: ${yamlScalar(p.name)}  # "${p.line}" i protokollet`);
    if (p.organisation) lines.push(`${ind}organisation: ${p.organisation}`);
    if (p.role) lines.push(`${ind}role: ${yamlScalar(p.role)}`);
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
    const block = [`# Tillagda av minutes import från ${source}.`, 'organisations:', ...orgs.flatMap((o) => [`${ind}${o.id}:`, `${ind}${ind}name: ${yamlScalar(o.name)}`])];
    const sep = text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    out = `${text}${sep}${block.join('\n')}\n`;
  } else {
    let end = lines.findIndex((l, i) => i > header && /^[^\s#]/.test(l));
    if (end < 0) end = lines.length;
    // Blank lines and top-level comments just before the next section belong to it.
    while (end - 1 > header && (lines[end - 1]!.trim() === '' || /^#/.test(lines[end - 1]!))) end--;
    const entry = lines.slice(header + 1, end).find((l) => l.trim() !== '' && !/^\s*#/.test(l));
    const e = entry ? /^(\s*)/.exec(entry)![1]! : ind;
    const block = [`${e}# Tillagda av minutes import från ${source}.`, ...orgs.flatMap((o) => [`${e}${o.id}:`, `${e}${ind}name: ${yamlScalar(o.name)}`])];
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

