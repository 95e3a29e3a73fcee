// Two attachments whose names differ only in capitals (Bilaga.pdf, bilaga.pdf) or only in how å, ä, ö are written
// (composed, or decomposed as a Mac saves them) are one file to many hosts, and so would readers get the wrong
// document: on a server that does not tell capitals apart (Windows, macOS) one is published over the other, and of
// two names alike but for their Unicode form no link can say which it means (the site shows text in NFC).
import type { Finding, Where } from '../../diagnostics.js';
import { foldPath, relativeTo, type KnownFiles } from '../../model/links.js';
import { clip } from '../../util/clip.js';

/** A link in a minutes file (`from`) to an attachment (`file`, as on disk), at its place. */
export interface AttachmentLink {
  readonly file: string;
  readonly from: string;
  readonly where: Where & { readonly kind: 'offset' };
}

/**
 * Said once per file: for capitals, at the first link to the second of the files linked (by file, then place); for
 * Unicode forms, at the first link to the name, which leads to one of the files whichever is meant.
 */
export function attachmentClashFindings(links: readonly AttachmentLink[], known: KnownFiles): Finding[] {
  const ordered = [...links].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.where.offset - b.where.offset));
  // Per address as such a host reads it: the first file linked there.
  const firsts = new Map<string, string>();
  const told = new Set<string>();
  const out: Finding[] = [];
  for (const link of ordered) {
    if (told.has(link.file)) continue;
    const twin = known.otherForms(link.file)[0];
    const first = firsts.get(foldPath(link.file)) ?? link.file;
    firsts.set(foldPath(link.file), first);
    const other = twin ?? (first !== link.file ? first : undefined);
    if (other === undefined) continue;
    told.add(link.file);
    out.push({ file: link.from, where: link.where, code: 'attachment-name-clash', ...clash(link.from, link.file, other, twin !== undefined) });
  }
  return out;
}

function clash(from: string, file: string, other: string, forms: boolean): { message: string; hint: string } {
  // In NFC, as the site shows names (two in other forms look the same anyway).
  const written = relativeTo(from, file).normalize('NFC');
  const shown = clip(written);
  const otherShown = clip(relativeTo(from, other).normalize('NFC'));
  const dot = written.lastIndexOf('.');
  const renamed = clip(dot > written.lastIndexOf('/') ? `${written.slice(0, dot)}-2${written.slice(dot)}` : `${written}-2`);
  const rename = (which: string) => `Byt namn på ${which} (till exempel till ${renamed}) så att namnen skiljer sig på annat sätt, och ändra länkarna till den.`;
  if (forms) {
    return {
      message: `Två filer heter ${shown}, med å, ä eller ö skrivna på två sätt (den ena sparad på en Mac), och länken kan inte skilja dem åt: webbplatsen skulle publicera en av dem, kanske inte den du menar.`,
      hint: `Ta bort den av de två filerna ${shown} som inte ska publiceras, eller byt namn på den (till exempel till ${renamed}) och länka till det nya namnet.`,
    };
  }
  return {
    message: `${shown} och ${otherShown}, som protokollen också länkar till, skiljer sig bara i stora och små bokstäver: på en webbserver som inte skiljer på dem (i Windows, på en Mac) publiceras den ena i stället för den andra.`,
    hint: rename(`${shown} eller ${otherShown}`),
  };
}
