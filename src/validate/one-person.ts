// "chair: David Bergström - SOF", "secretary: Leif Redestig, Socialförvaltningen": a registered person with their
// organisation (or their role) after the name, in a field that names the person alone. Said as that, with the line to
// write, rather than as someone unknown near David Bergström.
import type { RegistryContext } from './context.js';
import { atRef } from './context.js';
import type { Ref } from './documents.js';
import { ONE_PERSON, runTogether } from './run-together.js';
import { nearPerson } from './near-person.js';
import { label } from './registry.js';
import { clip } from '../util/clip.js';

/** Longer than a name with what follows it: not tried (the pattern tries every split of a long run of blanks). */
const MAX = 300;

/** A name, then after a comma, a dash between blanks or in brackets what the person came as. */
const WITH_MORE = /^\s*(.+?)\s*(?:,\s*(.+?)|[([]\s*(.+?)\s*[)\]]?|\s[-–—]\s*(.+?))\s*$/u;

/** The words minutes use for the one who chaired the meeting and the one who wrote the minutes, by their field. */
export const ROLE_WORDS: Readonly<Record<'chair' | 'secretary', RegExp>> = {
  chair: /^(?:mötes)?ordf(?:\.|örande)?$/iu,
  secretary: /^(?:sekr\.?|sekreterare|mötessekreterare|protokollförare|vid pennan)$/iu,
};

/**
 * Reports `ref`, the value of `key` (chair or secretary), when it is one registered person with more after the name,
 * which is not a person too (two people are said so elsewhere): true when reported. A full name misspelt a slip from
 * one registered person ("chair: Davd Bergström - SOF") is that person, named as registered in the line to write.
 */
export function reportMoreThanName(ctx: RegistryContext, file: string, ref: Ref, key: 'chair' | 'secretary'): boolean {
  if (ctx.unavailable?.has('person') || ref.value.length > MAX) return false;
  const people = ctx.registry.index('person');
  if (people.lookup(ref.value).length > 0) return false;
  const m = WITH_MORE.exec(ref.value);
  if (!m) return false;
  const written = m[1]!;
  const more = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  if (more === '' || people.lookup(more).length > 0) return false;
  const found = people.lookup(written).length;
  const near = found === 0 ? nearPerson(ctx, written) : undefined;
  if (found !== 1 && !near) return false;
  // Three people joined by dashes ("David Bergström - Leif Redestig - Åke Malmén"): told as such, not as one with more.
  if (runTogether(ctx.registry, ref.value, ['person'])) return false;
  const one = ONE_PERSON[key]!;
  const name = near ? label(near) : written;
  const line = `${key}: ${clip(name)}`;
  const hint = ROLE_WORDS[key].test(more)
    ? `Att det är ${one} säger fältet. Skriv bara namnet: ${line}`
    : `Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - ${clip(`${name}, ${more}`)}" under attendees). Skriv bara namnet: ${line}`;
  const message = near
    ? `Hittar inte personen "${clip(ref.value)}". Det står "${clip(more)}" efter namnet, men ${key} tar bara personen, ${one}.`
    : `"${clip(ref.value)}" är ${clip(name)} med "${clip(more)}" efter namnet, men ${key} tar bara personen, ${one}.`;
  ctx.report({ file, where: atRef(ref), code: 'unknown-person', message, hint: near ? `Menade du ${clip(name)}? ${hint}` : hint });
  return true;
}
