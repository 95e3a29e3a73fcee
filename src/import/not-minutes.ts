// Files that are no minutes but an agenda or a notice of a meeting ("Dagordning", "Kallelse till …"). Legacy
// archives keep them beside the minutes, and a draft of one fails `minutes check` and takes the meeting's file name.
import { foldCase } from '../util/fold.js';
import { labelText, type Line } from './lines.js';
import { AGENDA_TITLE, MINUTES_TITLE } from './swedish.js';
import type { Attendance, Secretary } from './types.js';

/**
 * The line that calls the file an agenda or a notice (its first line, or its title), when nothing in it says who
 * was there: no attendance and no "Vid pennan". A "/Leif" signature may close a notice, so it does not count.
 */
export function agendaLine(lines: readonly Line[], title: string | undefined, attendance: Attendance, secretary: Secretary | undefined): string | undefined {
  if (attendance.labels.length > 0 || (secretary !== undefined && !secretary.source.startsWith('/'))) return undefined;
  const first = lines.find((l) => l.text !== '');
  const candidates = [...(first ? [{ text: first.text, words: labelText(first) }] : []), ...(title !== undefined ? [{ text: title, words: title }] : [])];
  // "Protokoll fört vid … enligt kallelse" names a notice, but calls itself minutes.
  const says = (re: RegExp) => candidates.find((c) => re.test(foldCase(c.words)));
  return says(MINUTES_TITLE) ? undefined : says(AGENDA_TITLE)?.text;
}
