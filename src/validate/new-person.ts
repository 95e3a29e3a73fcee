// The hint for a person found nowhere, not even near: the lines to add to people.yml, with an id made as
// `minutes import --add-people` makes one, and, for an attendee, guests for a one-off visitor.
import type { Registry } from './registry.js';
import { newId } from '../util/unique-ids.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';
import { foldCase, normalizeText } from '../util/fold.js';

/** What the minutes say of an unknown person beyond the name. */
export interface UnknownPerson {
  /** The id of the one registered organisation written after the name ("Anna Svensson, Bryggan"). */
  readonly organisation?: string;
  /** Listed under attendees, where someone not to be registered may stand under guests instead. */
  readonly attendee?: boolean;
  /** Named with more after a comma in a field for the name alone ("chair: Anna Berg, SOF"): that field. */
  readonly alone?: string;
}

/**
 * A name as YAML reads it back after "name: ": plain when it is letters, digits, spaces and the signs of names
 * (". ' ’ -"), and no word YAML reads as true, false or nothing; else in double quotes, as JSON writes it. Not the
 * yaml package's own: check loads no YAML writer for minutes without problems (see tests/cli).
 */
export const nameValue = (name: string): string => (/^\p{L}[\p{L}\p{M}\p{N} .'’-]*$/u.test(name) && name === name.trimEnd() && !/^(?:true|false|null|yes|no|on|off|y|n)$/iu.test(name) ? name : JSON.stringify(name));

/** What joins names on one line: a comma, a semicolon, "&", "+", "och" or "samt" (as people-on-one-line reads them). */
const JOINED = /\s*[,;&+]\s*|\s+(?:och|samt)\s+/u;

/** A sign that joins names, or a blank: what may be left after the last name ("Anna Berg,"). */
const TRAILING = /[\s,;&+]/u;

/**
 * The name to register for one written `written`: as a careful person writes it, without the signs left after it
 * ("Anna Berg," from a list) and with one space between words where a tab or a run of spaces stands.
 */
export function nameToAdd(written: string): string {
  const name = normalizeText(written);
  let end = name.length;
  while (end > 0 && TRAILING.test(name[end - 1]!)) end--;
  // Signs alone ("&") are kept: what else to name the person is not known.
  return name.slice(0, end) || name;
}

/** "Lägg till personen i people.yml, på egna rader: "anna-svensson:", "  name: Anna Svensson" …" */
export function addPersonHint(registry: Registry, written: string, person: UnknownPerson = {}): string {
  const name = nameToAdd(written);
  // "Ia Jonson samt Ia Jonsen", "Anna Ek och Bo Berg": full names joined on one line, not one person to register as
  // written ("Anna och Co" may be one name).
  const parts = name.split(JOINED);
  if (parts.length > 1 && parts.every((p) => /\S\s+\S/u.test(p.trim()))) return 'Skriv varje person för sig, och lägg till den som saknas i people.yml.';
  const lines = [`${newId(name, registry.takenIds())}:`, `  name: ${nameValue(name)}`, ...(person.organisation ? [`  organisation: ${person.organisation}`] : [])];
  const add = `Lägg till personen i people.yml, på egna rader: ${listed(lines.map((l) => `"${clip(l)}"`))}.`;
  if (person.alone) return `${add} Skriv bara namnet i ${person.alone}: "${person.alone}: ${clip(name)}"`;
  // "chair: Anna Berg,": the person added is found by the name without the sign.
  if (foldCase(name) !== foldCase(written)) return `${add} Skriv också namnet så i protokollet: "${clip(name)}".`;
  return person.attendee ? `${add} Var hen bara på besök och ska inte finnas i people.yml: skriv hen under guests i stället för attendees.` : add;
}
