// Two files under minutes/ whose paths differ only in capitals (Bilaga.pdf, bilaga.pdf) are two files on the site's
// server, but one on a disk that does not tell capitals apart (Windows, a Mac): git checks out only one of them
// there, and the other is missing or shown as changed. Two such attachments that minutes link to are worse, and
// told as attachment-name-clash; two names alike but for the Unicode form of å, ä, ö are told there too.
import type { Finding } from '../../diagnostics.js';
import { atStart } from '../../diagnostics.js';
import { foldPath, relativeTo, type KnownFiles } from '../../model/links.js';

/** Said once per set of such files, at one that no minutes link to (else at the last by path), naming another. */
export function caseTwinFindings(known: KnownFiles, attached: ReadonlySet<string>): Finding[] {
  const byFolded = new Map<string, string[]>();
  for (const p of [...known.minutes, ...known.attachments.keys()].sort()) {
    const list = byFolded.get(foldPath(p));
    if (list) list.push(p);
    else byFolded.set(foldPath(p), [p]);
  }
  const out: Finding[] = [];
  for (const files of byFolded.values()) {
    if (new Set(files.map((f) => f.normalize('NFC'))).size < 2) continue;
    const loose = files.filter((f) => !known.minutes.has(f) && !attached.has(f));
    if (loose.length === 0 && files.every((f) => attached.has(f))) continue;
    const file = loose[0] ?? files[files.length - 1]!;
    const other = files.find((f) => f !== file)!;
    const shown = (p: string) => relativeTo(file, p).normalize('NFC');
    out.push({
      file,
      where: atStart,
      code: 'file-name-case',
      message: `${shown(file)} och ${shown(other)} skiljer sig bara i stora och små bokstäver: på en dator som inte skiljer på dem (Windows, en Mac) kan git bara lägga ut den ena, så arkivet går inte att hämta helt där.`,
      hint: loose.includes(file)
        ? `Ta bort ${shown(file)} om den inte behövs (inget protokoll länkar till den), eller byt namn på den så att namnen skiljer sig på annat sätt.`
        : `Byt namn på ${shown(file)} eller ${shown(other)} så att namnen skiljer sig på annat sätt, och ändra länkarna till den.`,
    });
  }
  return out;
}
