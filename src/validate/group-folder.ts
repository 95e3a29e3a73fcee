// Where a group's new minutes go, written by `minutes new` or `minutes import`, or moved there as `minutes check`
// tells minutes saved outside minutes/ to be: beside the minutes it has. Pure.
import type { Validated } from './index.js';

/**
 * The folder a new file of the group goes in: where its latest minutes are (a folder named by the group's name or
 * alias, `minutes/gug/`); when those are filed by date, the new date's folder beside it: by year anywhere in the
 * path (`minutes/gug/2016/` → `minutes/gug/2017/`, `minutes/2016/gug/` → `minutes/2017/gug/`), by month in a year
 * (`2016/03/` → `2016/05/`) or named with both (`2016-03/` → `2017-01/`); `minutes/<group id>/` for a group without minutes.
 */
export function folderFor(meetings: readonly { readonly file: string; readonly date: string }[], groupId: string, date: string): string {
  const latest = meetings.at(-1);
  if (!latest) return `minutes/${groupId}`;
  const [year, month] = latest.date.split('-') as [string, string];
  const folder = latest.file.split('/').slice(0, -1);
  const dated = (seg: string, i: number): string => {
    if (i === 0) return seg;
    if (seg === year) return date.slice(0, 4);
    if (seg === `${year}-${month}`) return date.slice(0, 7);
    return seg === month && folder[i - 1] === year ? date.slice(5, 7) : seg;
  };
  return folder.map(dated).join('/');
}

/**
 * The folder (from the root, "minutes/gug") a new file of a group goes in on a day, by the group's id, from the
 * archive's minutes as checked: each group's by date, the latest last (see folderFor).
 */
export function groupFolders(validated: Pick<Validated, 'minutes' | 'registry'>): (groupId: string, date: string) => string {
  const groupMinutes = new Map<string, { file: string; date: string }[]>();
  for (const m of validated.minutes) {
    const group = m.group ? validated.registry.id('group', m.group.value) : undefined;
    if (!group || !m.date) continue;
    const list = groupMinutes.get(group) ?? [];
    if (list.length === 0) groupMinutes.set(group, list);
    list.push({ file: m.file, date: m.date.value });
  }
  for (const list of groupMinutes.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (group, date) => folderFor(groupMinutes.get(group) ?? [], group, date);
}
