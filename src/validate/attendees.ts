// An attendee line as minutes have long been written: "Bo Pettersson, Ria/G7" names the person and, after the
// comma, what they came as at that meeting (organisations, or a title), which may differ from people.yml. Pure:
// the registry decides only whether a comma is part of a registered name, and whether text is one organisation.
import type { Ref } from './documents.js';
import type { Registry } from './registry.js';
import { partsOf } from './written-list.js';

/** The text written after a name, and each organisation it may name ("Ria", "G7"). */
export interface Affiliation {
  readonly text: string;
  /** Where the text starts in the attendee's value. */
  readonly start: number;
  readonly parts: readonly Ref[];
}

export interface Attendee {
  readonly person: Ref;
  readonly as?: Affiliation;
}

/** Organisations after a name are separated by "/", "," or "och": "Ria/G7", "Ria, G7", "SOF och Bryggan". */
const SEPARATORS = /\s*[/,]\s*|\s+och\s+/gu;

/** Part of a reference's text, from `start` to `end`, as a reference that points there (in the text it is part of, if any). */
function part(ref: Ref, start: number, end: number): Ref {
  const at = ref.span?.start ?? 0;
  return { ...ref, value: ref.value.slice(start, end), span: { whole: ref.span?.whole ?? ref.value, start: at + start, end: at + end } };
}

/**
 * Splits "Name, Organisation"; a value that is itself a registered name, or has no comma, is only a person.
 * Text after the comma that is one registered organisation ("Stad och Land") is not split further.
 */
export function splitAttendee(ref: Ref, registry: Registry): Attendee {
  const comma = ref.value.indexOf(',');
  if (comma === -1 || registry.index('person').lookup(ref.value).length > 0) return { person: ref };
  const nameStart = ref.value.search(/\S/);
  const nameEnd = ref.value.slice(0, comma).trimEnd().length;
  if (nameStart === -1 || nameStart >= comma) return { person: ref };
  const person = part(ref, nameStart, nameEnd);
  const text = ref.value.slice(comma + 1).trim();
  if (text === '') return { person };
  const textStart = ref.value.indexOf(text, comma + 1);
  if (registry.index('organisation').lookup(text).length > 0) return { person, as: { text, start: textStart, parts: [part(ref, textStart, textStart + text.length)] } };
  const parts = partsOf(text, SEPARATORS).map((p) => part(ref, textStart + p.start, textStart + p.end));
  // Only separators (", ,"): nothing is written after the name.
  return parts.length === 0 ? { person } : { person, as: { text, start: textStart, parts } };
}
