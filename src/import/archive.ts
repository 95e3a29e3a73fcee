// What `minutes import` takes from the archive's minutes, as checked: the years each group met in (for dates
// without a year) and the folder each group's drafts go in. Pure; `minutes check` asks the same (see originals.ts).
import { folderFor } from '../new/folder.js';
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
  // Each group's minutes by date, the latest last: where its drafts go.
  const groupMinutes = new Map<string, { file: string; date: string }[]>();
  for (const m of validated.minutes) {
    const group = m.group ? validated.registry.id('group', m.group.value) : undefined;
    if (!group || !m.date) continue;
    const years = archiveYears.get(group) ?? [];
    if (years.length === 0) archiveYears.set(group, years);
    years.push(Number(m.date.value.slice(0, 4)));
    const list = groupMinutes.get(group) ?? [];
    if (list.length === 0) groupMinutes.set(group, list);
    list.push({ file: m.file, date: m.date.value });
  }
  for (const list of groupMinutes.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const folderOf = (group: string, date: string) => folderFor(groupMinutes.get(group) ?? [], group, date).slice(`${MINUTES_DIR}/`.length);
  return { archiveYears, folderOf };
}
