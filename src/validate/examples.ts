// Examples in hints taken from the archive being checked ("till exempel Leif Redestig" in Helsingborg's archive, a
// person of its own in another's), not from the archive minutes was first written for. A hint made before the
// registries are read (the shape of a file, cached per file in watch mode) holds a slot for each; the slots are
// filled at the end of validation, from the registries and minutes, and only in findings that have one: a clean
// check costs nothing.
import type { Finding } from '../diagnostics.js';
import type { GroupDoc, MinutesDoc, PersonDoc } from './documents.js';
import { label, type Registry } from './registry.js';
import { clip } from '../util/clip.js';

/** What an example in a hint is: a person's name or id, the id of an organisation, group, meeting or project, a meeting's place. */
export type ExampleKind = 'person' | 'personId' | 'organisation' | 'group' | 'meeting' | 'project' | 'location';

/**
 * Examples for an archive whose registry has none of the kind (the place: whose minutes give none). Written only where
 * nothing is registered, so no registered entry can be taken for them: a name common in Sweden, and a place, bodies
 * and a project found in many a municipality.
 */
const NEUTRAL: Record<Exclude<ExampleKind, 'meeting'>, string> = {
  person: 'Anna Svensson',
  personId: 'anna-svensson',
  organisation: 'socialforvaltningen',
  group: 'styrgruppen',
  project: 'fritidsbanken',
  location: 'Stadshuset',
};

// Private-use characters no hint's own text holds; a slot never leaves validation.
const OPEN = '\uE000';
const SLOT = /\uE000(\w+)\uE001/g;

const isKind = (kind: string): kind is ExampleKind => kind === 'meeting' || Object.hasOwn(NEUTRAL, kind);

/** The slot in a hint for an example of `kind`, filled by `withExamples`. */
export const example = (kind: ExampleKind): string => `${OPEN}${kind}\uE001`;

export interface ExampleSource {
  readonly registry: Registry;
  /** Every minutes read (those read in part too): a finding's own minutes, and the places the group met at. */
  readonly minutes: readonly MinutesDoc[];
}

/** `findings` with the examples in their hints filled in from `source` (asked for only when one has a slot); the others as they are. */
export function withExamples(findings: Finding[], source: () => ExampleSource): Finding[] {
  let examples: Examples | undefined;
  return findings.map((f) => {
    if (!f.hint?.includes(OPEN)) return f;
    examples ??= new Examples(source());
    const ex = examples;
    // A slot-like text quoted from the file (private-use characters and another word) is left as it is.
    return { ...f, hint: f.hint.replace(SLOT, (whole, kind: string) => (isKind(kind) ? ex.of(kind, f.file) : whole)) };
  });
}

/**
 * One example of `kind` for a message outside check's findings (`minutes new`'s): as a hint in `file` would give it
 * (none: as one in a registry would).
 */
export const exampleOf = (kind: ExampleKind, source: ExampleSource, file = ''): string => new Examples(source).of(kind, file);

/** The examples of one archive, each worked out when a hint first asks for it. */
class Examples {
  private docs?: Map<string, MinutesDoc>;
  private meetings?: Map<string, readonly Held[]>;
  /** The person of each group's examples, by its id ('': of none). */
  private readonly people = new Map<string, PersonDoc | undefined>();

  constructor(private readonly source: ExampleSource) {}

  of(kind: ExampleKind, file: string): string {
    const found = this.find(kind, this.doc(file));
    // A group that held no other meeting: its id (or the example group's) with a date, as an action's id reads.
    return found ?? (kind === 'meeting' ? `${this.of('group', file)}/2016-02-08` : NEUTRAL[kind]);
  }

  private find(kind: ExampleKind, doc: MinutesDoc | undefined): string | undefined {
    const { registry } = this.source;
    switch (kind) {
      case 'person': {
        const person = this.person(doc);
        return person && label(person);
      }
      case 'personId':
        return this.person(doc)?.id.value;
      case 'organisation':
        return registry.docs.organisations[0]?.id.value;
      case 'group':
        return (this.group(doc) ?? registry.docs.groups[0])?.id.value;
      case 'meeting':
        return this.meeting(doc);
      case 'project':
        return registry.docs.projects[0]?.id.value;
      case 'location':
        return this.location(doc);
    }
  }

  /** The minutes a finding is in; none for a registry's. */
  private doc(file: string): MinutesDoc | undefined {
    this.docs ??= new Map(this.source.minutes.map((m) => [m.file, m]));
    return this.docs.get(file);
  }

  /** The group the minutes are of, when their group names one. */
  private group(doc: MinutesDoc | undefined): GroupDoc | undefined {
    const hits = doc?.group ? this.source.registry.groups.lookup(doc.group.value) : [];
    return hits.length === 1 ? hits[0] : undefined;
  }

  /** A standing member of the minutes' group, else someone with a membership in it, else the first in people.yml. */
  private person(doc: MinutesDoc | undefined): PersonDoc | undefined {
    const group = this.group(doc);
    const key = group?.id.value ?? '';
    if (!this.people.has(key)) this.people.set(key, this.personOf(group));
    return this.people.get(key);
  }

  private personOf(group: GroupDoc | undefined): PersonDoc | undefined {
    const { people } = this.source.registry;
    const standing = group?.members.map((m) => people.lookup(m.value)).find((hits) => hits.length === 1)?.[0];
    const member = group && people.entries.find((p) => p.memberships.some((ms) => ms.group && this.source.registry.id('group', ms.group.value) === group.id.value));
    return standing ?? member ?? people.entries[0];
  }

  /** The meetings the minutes' group held before them, else all it held (other than them), in the order of their dates. */
  private groupMeetings(doc: MinutesDoc | undefined): readonly Held[] {
    const group = this.group(doc)?.id.value;
    const held = (group === undefined ? [] : (this.held().get(group) ?? [])).filter((h) => h.file !== doc?.file);
    const date = doc?.date?.value;
    const before = date === undefined ? [] : held.filter((h) => h.date < date);
    return before.length > 0 ? before : held;
  }

  /** The id of the meeting the minutes' group held last before them, for an action's id. */
  private meeting(doc: MinutesDoc | undefined): string | undefined {
    const last = this.groupMeetings(doc).at(-1);
    return last && `${last.group}/${last.date}`;
  }

  /**
   * Where the meeting was held, as its minutes say (for an image's description), else where its group met last before
   * it (else last of all), else where the archive's last meeting with a place was.
   */
  private location(doc: MinutesDoc | undefined): string | undefined {
    const placed = (held: readonly Held[] | undefined) => held?.findLast((h) => h.location !== undefined)?.location;
    const place = doc?.location?.value.trim() || (placed(this.groupMeetings(doc)) ?? placed(this.held().get('')));
    return place && clip(place);
  }

  /** The meetings of the archive by their group's id ('': of every group), in the order of their dates. */
  private held(): Map<string, readonly Held[]> {
    if (this.meetings) return this.meetings;
    const held = this.source.minutes.flatMap((m): Held[] => {
      const location = m.location?.value.trim();
      return m.date ? [{ group: this.group(m)?.id.value, date: m.date.value, file: m.file, ...(location ? { location } : {}) }] : [];
    });
    held.sort((a, b) => compare(a.date, b.date) || compare(a.file, b.file));
    const meetings = new Map<string, Held[]>();
    for (const h of held) {
      for (const key of h.group === undefined ? [''] : [h.group, '']) {
        const list = meetings.get(key);
        if (list) list.push(h);
        else meetings.set(key, [h]);
      }
    }
    this.meetings = meetings;
    return meetings;
  }
}

/** A meeting, as the examples need it. */
interface Held {
  readonly group: string | undefined;
  readonly date: string;
  readonly file: string;
  readonly location?: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
