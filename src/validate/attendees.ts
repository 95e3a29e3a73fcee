// An attendee line as minutes have long been written: "Bo Pettersson, Ria/G7" names the person and, after the
// comma, the organisation they came for at that meeting, which may differ from the one in people.yml. Pure:
// the registry decides only whether a comma is part of a registered name.
import type { Ref } from './documents.js';
import type { Registry } from './registry.js';

/** The organisation written after a name, as written, and each organisation it names ("Ria", "G7"). */
export interface Affiliation {
  readonly text: string;
  readonly parts: readonly Ref[];
}

export interface Attendee {
  readonly person: Ref;
  readonly as?: Affiliation;
}

/** Organisations in an affiliation are separated by "/" or "och": "Ria/G7", "SOF och Bryggan". */
const PART = /\s*\/\s*|\s+och\s+/u;

/** Splits "Name, Organisation"; a value that is itself a registered name, or has no comma, is only a person. */
export function splitAttendee(ref: Ref, registry: Registry): Attendee {
  const comma = ref.value.indexOf(',');
  if (comma === -1 || registry.index('person').lookup(ref.value).length > 0) return { person: ref };
  const name = ref.value.slice(0, comma).trim();
  const after = ref.value.slice(comma + 1);
  const text = after.trim();
  if (name === '') return { person: ref };
  const person: Ref = { ...ref, value: name, span: { whole: ref.value, start: ref.value.indexOf(name), end: ref.value.indexOf(name) + name.length } };
  if (text === '') return { person };
  const parts: Ref[] = [];
  let at = comma + 1 + (after.length - after.trimStart().length);
  for (const piece of text.split(PART)) {
    const start = ref.value.indexOf(piece, at);
    if (piece !== '') parts.push({ ...ref, value: piece, span: { whole: ref.value, start, end: start + piece.length } });
    at = start + piece.length;
  }
  return { person, as: { text, parts } };
}
