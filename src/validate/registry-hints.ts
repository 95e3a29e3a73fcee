// Hints for slips in people.yml and organisations.yml that end with the lines to write: an entry without its name,
// and several organisations written where one belongs (a person's, a group's, a project's, a membership's).
import type { YamlPath } from '../diagnostics.js';
import { clip } from '../util/clip.js';
import { listed } from '../util/plural.js';

/** The entry's id and how deep its fields are indented, for a field at `path` in a registry. */
function entryAt(path: YamlPath): { id: string; indent: string } | undefined {
  // people.yml: [id, field]; organisations.yml: [section, id, field].
  const id = path[path.length - 2];
  return typeof id === 'string' && (path.length === 2 || path.length === 3) ? { id, indent: ' '.repeat(2 * (path.length - 1)) } : undefined;
}

/**
 * What to write for an entry's missing `name`: the name its id reads as (each word capitalised for a person, the
 * first for the others, as "gemensam-utvecklingsgrupp" is "Gemensam utvecklingsgrupp"), with å, ä, ö to put back.
 */
export function nameHint(path: YamlPath): string | undefined {
  const entry = entryAt(path);
  if (!entry || path[path.length - 1] !== 'name') return undefined;
  const words = entry.id.split('-').filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const upper = (w: string) => w.charAt(0).toLocaleUpperCase('sv') + w.slice(1);
  const name = path.length === 2 ? words.map(upper).join(' ') : [upper(words[0]!), ...words.slice(1)].join(' ');
  return `Skriv namnet som det ska stå på webbplatsen, med å, ä och ö där de ska vara, på en rad under id:t: "${entry.indent}name: ${clip(name)}"`;
}

/** For `organisation:` written as a list: one organisation there, and how to write the others, if the format has a place for them. */
export function organisationListHint(path: YamlPath, list: readonly unknown[]): string | undefined {
  if (path[path.length - 1] !== 'organisation') return undefined;
  const ids = list.filter((v) => v !== null && v !== undefined && String(v).trim() !== '').map((v) => clip(String(v).trim()));
  if (ids.length === 0) return undefined;
  const [first, ...others] = ids as [string, ...string[]];
  const lines = (indent: string) => listed(ids.map((id) => `"${indent}- organisation: ${id}"`));
  // A membership names one organisation: one membership each.
  if (path.length === 4 && path[1] === 'memberships') return `Ett medlemskap gäller en organisation: skriv ett för var och en, med sina role, from och to, på rader som börjar ${lines('    ')}`;
  if (path.length === 2) {
    if (others.length === 0) return `Skriv organisationen utan hakparenteser: organisation: ${first}`;
    return `En person har en organisation, den hen hör till; de andra skrivs som medlemskap. Skriv organisation: ${first} och på egna rader "  memberships:" och under den ${listed(others.map((id) => `"    - organisation: ${id}"`))}`;
  }
  // A group's or a project's organisation is the one it belongs to, or its owner: one only.
  const what = path[0] === 'projects' ? 'Ett projekt har en organisation, den som äger det' : 'En grupp har en organisation, den som den hör till';
  return others.length === 0 ? `Skriv organisationen utan hakparenteser: organisation: ${first}` : `${what}: välj en av ${listed(ids)}, till exempel organisation: ${first}`;
}
