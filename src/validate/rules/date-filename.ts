// A date other than the one in the file's name (minutes/<grupp>/<ÅÅÅÅ-MM-DD>.md): often a copied file not yet
// changed. The name it suggests is never one another file has already: renamed over it, those minutes would be lost.
import { atValue } from '../../diagnostics.js';
import type { ArchiveRule } from '../context.js';
import type { MinutesDoc } from '../documents.js';
import { dateInFileName } from '../../util/dates.js';

/** Paths as a disk that does not tell capitals, or å written two ways, apart compares them (Windows, a Mac). */
const key = (file: string): string => file.normalize('NFC').toLowerCase();

export const dateFilename: ArchiveRule = (ctx) => {
  const docs: readonly MinutesDoc[] = [...ctx.minutes, ...ctx.partial];
  let taken: Map<string, string> | undefined;
  for (const m of docs) {
    if (!m.date) continue;
    const date = m.date.value;
    const named = dateInFileName(m.file);
    if (!named || named === date) continue;
    // The name with its date changed and the rest kept ("2016-04-04-extra.md" -> "2016-04-05-extra.md").
    const slash = m.file.lastIndexOf('/') + 1;
    const folder = m.file.slice(0, slash);
    const renamed = m.file.slice(slash).replace(named, date);
    taken ??= new Map([...docs.map((d) => d.file), ...ctx.unreadable].map((f) => [key(f), f]));
    const other = taken.get(key(folder + renamed));
    // A file name ends its hint, or stands in brackets, never before a full stop that would be copied with it.
    if (other === undefined) {
      ctx.report({ file: m.file, where: atValue(m.date.path), code: 'date-not-filename', message: `Datumet ${date} stämmer inte med filens namn (${named}).`, hint: `Ändra datumet till ${named}, eller byt namn på filen till ${renamed}` });
      continue;
    }
    // A free name beside it: the date with -2, -3 … before .md. At most one try per file of the archive.
    const stem = renamed.slice(0, -'.md'.length);
    let n = 2;
    while (taken.has(key(`${folder}${stem}-${n}.md`))) n++;
    ctx.report({
      file: m.file,
      where: atValue(m.date.path),
      code: 'date-not-filename',
      message: `Datumet ${date} stämmer inte med filens namn (${named}), och en annan fil har redan namnet med det datumet (${other}).`,
      hint: `Kontrollera datumet: ändra det till ${named} om mötet hölls då. Byt inte namn på filen till ${renamed}, som skulle ersätta de andra protokollen; hölls mötet ${date}, ge filen ett ledigt namn, till exempel ${stem}-${n}.md`,
    });
  }
};
