// Which of the text files `minutes check` tells to make minutes of with `minutes import` have them already: the
// original of minutes imported from it, or written by hand from it. Loaded only when the check finds such a file.
import fs from 'node:fs';
import path from 'node:path';
import { MINUTES_DIR } from '../load/files.js';
import { todayInSweden } from '../util/dates.js';
import type { Validated } from '../validate/index.js';
import { archiveMinutes } from './archive.js';
import { draftPath, importBatch } from './index.js';
import { idOf, Resolver } from './names.js';
import { readImportText } from './read.js';

/**
 * The files (paths from `root`) whose minutes are there: the file `minutes import` would write from it exists
 * (import would write nothing), or, imported with --group or --year or into another folder by hand, minutes of the
 * group on the day import reads are in the same folder, as a Word file beside minutes of its day is their original.
 */
export function importedOriginals(root: string, files: readonly string[], validated: Validated, today = todayInSweden()): ReadonlySet<string> {
  const originals = new Set<string>();
  if (files.length === 0) return originals;
  const resolver = new Resolver(validated.registry);
  const archive = archiveMinutes(validated);
  for (const file of files) {
    const read = readImportText(path.join(root, file));
    if (!read?.ok) continue;
    // Read as `minutes import <file>` reads it: the file alone, named by its name.
    const [draft] = importBatch([{ source: path.basename(file), text: read.text, markdown: read.markdown, ...(read.word ? { word: true } : {}) }], resolver, { today, archiveYears: archive.archiveYears });
    if (!draft || draft.agendaLine !== undefined) continue;
    const target = path.join(root, MINUTES_DIR, ...draftPath(draft, archive.folderOf).split('/'));
    const day = draft.date.kind === 'full' ? draft.date.date : undefined;
    const group = idOf(draft.group?.result);
    const folder = path.posix.dirname(file);
    const beside = (m: Validated['minutes'][number]) =>
      m.date?.value === day && path.posix.dirname(m.file) === folder && (group === undefined || (m.group !== undefined && validated.registry.id('group', m.group.value) === group));
    if (fs.existsSync(target) || (day !== undefined && validated.minutes.some(beside))) originals.add(file);
  }
  return originals;
}
