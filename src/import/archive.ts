// What `minutes import` takes from the archive's minutes, as checked: the years each group met in (for dates
// without a year) and the folder each group's drafts go in. Pure; `minutes check` asks the same (see originals.ts).
import { groupFolders } from '../validate/group-folder.js';
import { MINUTES_DIR } from '../load/files.js';
import type { Validated } from '../validate/index.js';

export interface ArchiveMinutes {
  /** Years of the meetings already in the archive, by group id. */
  readonly archiveYears: ReadonlyMap<string, readonly number[]>;
  /** The folder under minutes/ a group's draft of a day goes in: beside the group's minutes (see `minutes new`). */
  readonly folderOf: (groupId: string, date: string) => string;
}

export function archiveMinutes(validated: Pick<Validated, 'minutes' | 'registry'>): ArchiveMinutes {
  const archiveYears = new Map<string, number[]>();
  for (const m of validated.minutes) {
    const group = m.group ? validated.registry.id('group', m.group.value) : undefined;
    if (!group || !m.date) continue;
    const years = archiveYears.get(group) ?? [];
    if (years.length === 0) archiveYears.set(group, years);
    years.push(Number(m.date.value.slice(0, 4)));
  }
  const folderIn = groupFolders(validated);
  const folderOf = (group: string, date: string) => folderIn(group, date).slice(`${MINUTES_DIR}/`.length);
  return { archiveYears, folderOf };
}
