// Where a group's new minutes go, written by `minutes new` or `minutes import`: beside the minutes it has. Pure.

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
