// Resolves written names against the registries with the same matching as `minutes check` (id, name or alias
// after NFC and case folding), plus what check never does: a lone first name, when it points at one person.
import type { EntityDoc, PersonDoc } from '../validate/documents.js';
import { label, type Registry, type Resolution } from '../validate/registry.js';
import { foldCase } from '../util/fold.js';
import { PhraseMatcher } from '../util/phrases.js';
import type { NameResult } from './types.js';

export class Resolver {
  private readonly byFirstName = new Map<string, PersonDoc[]>();
  private mentionMatcher?: PhraseMatcher<PersonDoc>;
  private readonly people = new Map<string, NameResult>();

  constructor(readonly registry: Registry) {
    for (const p of registry.people.entries) {
      const first = firstWord(label(p));
      if (!first) continue;
      const list = this.byFirstName.get(first) ?? [];
      list.push(p);
      this.byFirstName.set(first, list);
    }
  }

  person(text: string): NameResult {
    // Each name once: resolving an unknown one searches the whole registry for a "did you mean", and a long
    // attendance list, or one pasted twice, writes the same names again.
    let r = this.people.get(text);
    if (r === undefined) this.people.set(text, (r = fromResolution(this.registry.people.resolve(text))));
    return r;
  }

  organisation(text: string): NameResult {
    return fromResolution(this.registry.organisations.resolve(text));
  }

  group(text: string): NameResult {
    return fromResolution(this.registry.groups.resolve(text));
  }

  /**
   * A person by full name, or by a lone first name that belongs to exactly one person in the first pool
   * that has any person of that first name. Pools are lists of ids (the meeting's attendees, the people the
   * text names in full); `undefined` stands for the whole registry.
   */
  personOrFirstName(text: string, pools: Pools = [undefined]): NameResult {
    return this.findPerson(text, pools) ?? this.person(text);
  }

  /**
   * As `personOrFirstName`, but undefined instead of an unknown result: no "did you mean" search, which
   * costs a pass over the registry, for the many words that are tried and are no names at all.
   */
  findPerson(text: string, pools: Pools = [undefined]): Exclude<NameResult, { kind: 'unknown' }> | undefined {
    const id = this.registry.id('person', text);
    if (id) return { kind: 'found', id, label: label(this.registry.people.get(id)!), via: 'name' };
    if (/\s/.test(text.trim())) {
      const full = this.person(text);
      return full.kind === 'unknown' ? undefined : full;
    }
    const candidates = this.byFirstName.get(foldCase(text)) ?? [];
    for (const pool of pools) {
      const inPool = pool ? candidates.filter((p) => pool.includes(p.id.value)) : candidates;
      if (inPool.length === 1) return { kind: 'found', id: inPool[0]!.id.value, label: label(inPool[0]!), via: 'first-name' };
      if (inPool.length > 1) return { kind: 'ambiguous', labels: inPool.map(label) };
    }
    return undefined;
  }

  /** Ids of registered people the text names by full name or alias, in order of first mention. */
  peopleNamedIn(text: string): string[] {
    this.mentionMatcher ??= new PhraseMatcher(
      this.registry.people.entries.flatMap((p) => [p.name?.value, ...p.aliases.map((a) => a.value)].filter((n): n is string => !!n && /\s/.test(n)).map((phrase) => ({ phrase, value: p }))),
    );
    return [...new Set(this.mentionMatcher.findAll(text).map((m) => m.value.id.value))];
  }

  /** The id of the registered organisation people.yml gives a person, by the person's id. */
  organisationOf(personId: string): string | undefined {
    const ref = this.registry.people.get(personId)?.organisation?.value;
    return ref === undefined ? undefined : this.registry.id('organisation', ref);
  }

  /** A group's schedule as organisations.yml writes it ("Varannan måndag 13:30"). */
  groupSchedule(id: string): string | undefined {
    return this.registry.groups.get(id)?.schedule?.value;
  }
}

/** Where a lone first name is looked for, in order: lists of person ids, `undefined` for the whole registry. */
export type Pools = readonly (readonly string[] | undefined)[];

const firstWord = (name: string): string | undefined => foldCase(name).split(' ')[0] || undefined;

function fromResolution<T extends EntityDoc>(r: Resolution<T>): NameResult {
  if (r.kind === 'found') return { kind: 'found', id: r.entry.id.value, label: label(r.entry), via: 'name' };
  if (r.kind === 'ambiguous') return { kind: 'ambiguous', labels: r.entries.map(label) };
  return { kind: 'unknown', suggestions: r.suggestions.map(label) };
}

/** The resolved id, or undefined. */
export const idOf = (r: NameResult | undefined): string | undefined => (r?.kind === 'found' ? r.id : undefined);
