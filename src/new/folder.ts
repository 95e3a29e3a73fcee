// Where a group's new minutes go, written by `minutes new` or `minutes import`: beside the minutes it has. Pure.

/**
 * The folder a new file of the group goes in: where its latest minutes are (a folder named by the group's name or
 * alias, `minutes/gug/`), in a sibling folder for the new year when those are filed by year (`minutes/gug/2016/`
 * → `minutes/gug/2017/`); `minutes/<group id>/` for a group without minutes.
 */
export function folderFor(meetings: readonly { readonly file: string; readonly date: string }[], groupId: string, date: string): string {
  const latest = meetings.at(-1);
  if (!latest) return `minutes/${groupId}`;
  const folder = latest.file.split('/').slice(0, -1);
  const year = latest.date.slice(0, 4);
  if (folder.length > 2 && folder.at(-1) === year) folder[folder.length - 1] = date.slice(0, 4);
  return folder.join('/');
}
