// Minutes saved outside minutes/ (see load/strays.ts), which the site never publishes: each told where to move it,
// the folder of its group's minutes and its day's name, as `minutes new` would have written it.
import type { Finding } from '../diagnostics.js';
import { atStart } from '../diagnostics.js';
import type { StrayMinutes } from '../load/strays.js';
import { groupFolders } from './group-folder.js';
import type { Validated } from './index.js';

/** The path (from the root) a file outside minutes/ belongs at, when its group and day are known. */
export type MoveTarget = (stray: StrayMinutes) => string | undefined;

/** Where files outside minutes/ belong, by the group's folder in the archive as checked and the date in the file (or in its name,
 * "Protokoll 2016-05-09.md"). */
export function moveTargets(validated: Pick<Validated, 'minutes' | 'registry'>): MoveTarget {
  const folderOf = groupFolders(validated);
  return (stray) => {
    const group = stray.group === undefined ? undefined : validated.registry.id('group', stray.group);
    const date = stray.date ?? /(\d{4}-\d{2}-\d{2})[^/]*$/.exec(stray.file)?.[1];
    return group && date ? `${folderOf(group, date)}/${date}.md` : undefined;
  };
}

/** The hint of a file outside minutes/: the path to move it to, or where such files go. */
export const moveHint = (target: string | undefined): string => `Flytta filen till ${target ?? 'minutes/ (till exempel minutes/<grupp>/<datum>.md)'}`;

/**
 * A warning for each file outside minutes/ that looks like minutes: a build leaves it out of the site. One whose
 * place is taken (`taken`: the minutes files there) is most likely a copy left behind, and is told so.
 */
export function strayFindings(strays: readonly StrayMinutes[], target: MoveTarget, taken: ReadonlySet<string>): Finding[] {
  return strays.map((stray) => ({ file: stray.file, where: atStart, code: 'file-outside-minutes', severity: 'warning', message: 'Protokollet publiceras inte, eftersom filen ligger utanför mappen minutes/.', hint: strayHint(target(stray), taken) }));
}

/** A path to write ends the hint as it is; the general form is a sentence. */
function strayHint(target: string | undefined, taken: ReadonlySet<string>): string {
  if (target === undefined) return `${moveHint(undefined)}.`;
  if (!taken.has(target)) return moveHint(target);
  return `${target} finns redan. Ta bort filen om den är en kopia av det protokollet, annars flytta den till ${target.slice(0, target.lastIndexOf('/') + 1)} med ett annat namn.`;
}
