// The registries as lookup tables: resolve a reference written as id, name or alias (NFC, case-folded).
import { foldCase, isSlug, slugify } from '../util/fold.js';
import { closest, type Candidate } from '../util/suggest.js';
import type { EntityDoc, GroupDoc, OrganisationDoc, PersonDoc, ProjectDoc, RegistryDocs } from './documents.js';

export type Kind = 'person' | 'organisation' | 'group' | 'project';

export type Resolution<T> =
  | { readonly kind: 'found'; readonly entry: T }
  | { readonly kind: 'ambiguous'; readonly entries: readonly T[] }
  | { readonly kind: 'unknown'; readonly suggestions: readonly T[] };

/** id, name, aliases and former ids of an entry: every text it may be referred to by. */
export function namesOf(e: EntityDoc): string[] {
  const out = [e.id.value];
  if (e.name) out.push(e.name.value);
  for (const a of e.aliases) out.push(a.value);
  // Minutes written before an id was changed name the entry by the old id; they are kept as written.
  for (const f of e.formerIds) out.push(f.value);
  return out;
}

export class NameIndex<T extends EntityDoc> {
  private readonly byKey = new Map<string, T[]>();
  private readonly byId = new Map<string, T>();
  /** Entries whose id is no slug, by the id invalid-id tells them to take: written so, references find them already. */
  private readonly byCorrectedId = new Map<string, T[]>();
  private candidates?: Candidate<T>[];

  constructor(readonly entries: readonly T[]) {
    for (const e of entries) {
      if (!this.byId.has(e.id.value)) this.byId.set(e.id.value, e);
      for (const n of new Set(namesOf(e).map(foldCase))) {
        const list = this.byKey.get(n);
        if (!list) this.byKey.set(n, [e]);
        else if (!list.includes(e)) list.push(e);
      }
      const corrected = isSlug(e.id.value) ? '' : slugify(e.id.value);
      if (corrected) this.byCorrectedId.set(corrected, [...(this.byCorrectedId.get(corrected) ?? []), e]);
    }
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** The entries a text names (none, one, or several when ambiguous). Cheap: one map lookup. */
  lookup(text: string): readonly T[] {
    const key = foldCase(text);
    const hits = this.byKey.get(key) ?? this.byCorrectedId.get(key.trim()) ?? [];
    if (hits.length < 2) return hits;
    // An id names its own entry, even where another entry has the same name: the id is how to be exact.
    const exact = this.byId.get(text.trim());
    return exact && hits.includes(exact) ? [exact] : hits;
  }

  /** Up to three entries close to a text that names none, for "did you mean". */
  suggest(text: string): T[] {
    this.candidates ??= this.entries.map((e) => ({ label: e.name?.value ?? e.id.value, keys: namesOf(e), value: e }));
    return closest(text, this.candidates, 3).map((c) => c.value);
  }

  resolve(text: string): Resolution<T> {
    const hits = this.lookup(text);
    if (hits.length === 1) return { kind: 'found', entry: hits[0]! };
    if (hits.length > 1) return { kind: 'ambiguous', entries: hits };
    return { kind: 'unknown', suggestions: this.suggest(text) };
  }

  /** Keys (folded names) that belong to more than one entry. */
  ambiguousKeys(): { key: string; entries: readonly T[] }[] {
    const out: { key: string; entries: readonly T[] }[] = [];
    for (const [key, entries] of this.byKey) if (entries.length > 1) out.push({ key, entries });
    return out;
  }
}

export class Registry {
  readonly people: NameIndex<PersonDoc>;
  readonly organisations: NameIndex<OrganisationDoc>;
  readonly groups: NameIndex<GroupDoc>;
  readonly projects: NameIndex<ProjectDoc>;
  private taken?: ReadonlySet<string>;

  constructor(readonly docs: RegistryDocs) {
    this.people = new NameIndex(docs.people);
    this.organisations = new NameIndex(docs.organisations);
    this.groups = new NameIndex(docs.groups);
    this.projects = new NameIndex(docs.projects);
  }

  index(kind: Kind): NameIndex<EntityDoc> {
    switch (kind) {
      case 'person':
        return this.people;
      case 'organisation':
        return this.organisations;
      case 'group':
        return this.groups;
      case 'project':
        return this.projects;
    }
  }

  /**
   * Every id of every registry, former ids too: ids are one set across the registries, and a former id still leads
   * to its entry, so a new entry's id must be none of them (see `newId`, and `minutes import --add-people`).
   */
  takenIds(): ReadonlySet<string> {
    const { people, organisations, groups, projects } = this.docs;
    this.taken ??= new Set([...people, ...organisations, ...groups, ...projects].flatMap((e) => [e.id.value, ...e.formerIds.map((f) => f.value)]));
    return this.taken;
  }

  /** Resolves an id, name or alias to an id, or undefined. */
  id(kind: Kind, text: string): string | undefined {
    const hits = this.index(kind).lookup(text);
    return hits.length === 1 ? hits[0]!.id.value : undefined;
  }
}

export const label = (e: EntityDoc): string => e.name?.value ?? e.id.value;

/**
 * Whether two entries are written under one id in one map of one file: a later one only checked beside the first
 * (see entry-copies.ts), and no second entry that a name or a former id could lead to.
 */
export const sameEntry = (a: EntityDoc, b: EntityDoc): boolean => a.file === b.file && a.id.value === b.id.value && a.id.path.length === b.id.path.length && a.id.path.slice(0, -1).every((s, i) => s === b.id.path[i]);
