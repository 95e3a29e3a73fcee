// A text attachment (the original minutes as protokoll.txt) is published byte for byte: a name the site hides in
// the minutes stands in it as written. So the name of someone published by initials or not at all in a linked
// text file is an error, at its place in the file. Pure: the texts are read at the pipeline's edge.
import type { Finding } from '../../diagnostics.js';
import { LineIndex } from '../../load/source.js';
import type { Registry } from '../registry.js';
import { privateNameFinder } from './private-names.js';
import { clip } from '../../util/clip.js';

/** Attachments whose text can be read and checked (other files, PDFs and pictures, are the author's to check). */
export const isTextAttachment = (file: string): boolean => /\.(?:txt|text|csv|tsv|markdown)$/i.test(file);

/** The names of people not published in full in the linked text attachments `texts` (paths from the root). */
export function attachmentNameFindings(texts: readonly { readonly file: string; readonly text: string }[], registry: Registry): Finding[] {
  const names = privateNameFinder(registry);
  if (!names) return [];
  const out: Finding[] = [];
  for (const { file, text } of texts) {
    const lines = new LineIndex(text);
    for (const hit of names.find(text)) {
      if (hit.part !== 'name') continue;
      out.push({
        file,
        where: { kind: 'position', ...lines.position(hit.start) },
        code: 'private-name-in-attachment',
        message: `"${clip(text.slice(hit.start, hit.end))}" ska inte stå på webbplatsen, men protokollen länkar till filen, som publiceras som den är; namn i en bilaga kan inte döljas.`,
        hint: 'Ta bort namnet ur filen (skriv till exempel organisationen eller rollen), eller ta bort länken till den.',
      });
    }
  }
  return out;
}
