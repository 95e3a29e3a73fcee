// Names run together in one value around " - ": the lines of a list whose dashes do not line up, or two people
// written where the field takes one ("chair: David Bergström - Leif Redestig"). Pure: what to say of them.
import type { Ref } from './documents.js';
import type { Kind, Registry } from './registry.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';

/**
 * The names run together in one value ("David Bergström - Leif Redestig", when a "-" stands further in than the one
 * above it, or two people in a field for one): each one entry of `kinds`. Undefined for anything else, as a name
 * with a hyphen in it ("Anna-Karin Ek") or one not registered as its parts are ("Ek - Svensson").
 */
export function runTogether(registry: Registry, value: string, kinds: readonly Kind[]): string[] | undefined {
  // Split where a run of spaces begins only: tried from inside a long run too, the split took time in the square of it.
  const items = value.split(/(?<!\s)\s+-\s+/);
  return items.length > 1 && items.every((item) => kinds.some((k) => registry.index(k).lookup(item).length === 1)) ? items : undefined;
}

/** The fields of minutes that name one person, by who that is. */
export const ONE_PERSON: Readonly<Record<string, string>> = { chair: 'ordföranden', secretary: 'sekreteraren (vid pennan)' };

/**
 * What to say of names run together in `ref`: as lines of a list, or as more names than the field takes. `note`:
 * said after how many people a field for one names ("David Bergström" twice among them).
 */
export function runTogetherSaid(ref: Ref, items: readonly string[], note = ''): { message: string; hint: string } {
  const names = items.map((item) => clip(item.trim()));
  const count = items.length === 2 ? 'två' : String(items.length);
  const last = ref.path[ref.path.length - 1];
  if (typeof last === 'number') {
    return { message: `"${clip(ref.value)}" är ${count} rader i listan som lästs som en, eftersom deras - inte står lika långt in.`, hint: alignedLines(ref, names) };
  }
  const key = String(last);
  // "who: David Bergström - Leif Redestig": an action may have several owners, as a list.
  if (key === 'who') return { message: `"${clip(ref.value)}" är ${count} namn skrivna som ett.`, hint: `Skriv dem som en lista: who: [${names.join(', ')}]` };
  const one = ONE_PERSON[key];
  const lines = names.map((name) => `"${key}: ${name}"`);
  const either = `${lines.slice(0, -1).join(', ')} eller ${lines[lines.length - 1]!}`;
  return one
    ? { message: `"${clip(ref.value)}" är ${count} personer${note}, men ${key} är en enda person, ${one}.`, hint: `Skriv bara ${one}: ${either}` }
    : { message: `"${clip(ref.value)}" är ${count} namn, men ${key} tar bara ett.`, hint: `Skriv bara ett av dem: ${either}` };
}

/**
 * The lines to write for items run together: as far in as the file writes the list's dashes (`ref.dash`), else as far
 * as a list of the field's is written with two spaces a level ("  - " under attendees, "      - " under an action's
 * "  - who:").
 */
function alignedLines(ref: Ref, names: readonly string[]): string {
  const indent = ' '.repeat(ref.dash ?? 2 * (ref.path.length - 1));
  return `Ställ alla - i listan rakt under varandra, med lika många mellanslag före: ${listed(names.map((name) => `"${indent}- ${name}"`))}`;
}
