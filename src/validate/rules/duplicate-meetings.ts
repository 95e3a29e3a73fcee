// Two minutes of one group on one day need distinct titles, or their pages and action ids would collide.
import { atValue } from '../../diagnostics.js';
import type { ArchiveRule } from '../context.js';
import { keyedMinutes } from '../meetings.js';

export const duplicateMeetings: ArchiveRule = (ctx) => {
  const keyed = keyedMinutes(ctx.minutes, ctx.registry);
  for (const k of keyed) {
    if (k.id !== undefined) continue;
    const others = keyed.filter((o) => o !== k && o.groupId === k.groupId && o.date === k.date).map((o) => o.doc.file);
    // "möte.md" saved on a Mac (o and a combining diaeresis) and on Windows (ö) are two files here that look alike,
    // as when the same minutes come once through git and once in a zip: the usual message would name the file itself.
    const lookalike = others.length === 1 && others[0]!.normalize('NFC') === k.doc.file.normalize('NFC');
    ctx.report({
      file: k.doc.file,
      where: atValue(k.doc.title?.path ?? k.doc.date!.path),
      code: 'duplicate-meeting',
      message: lookalike
        ? `Gruppen har två protokoll från ${k.date} i filer vars namn ser likadana ut men skrivs med olika tecken: å, ä, ö som en bokstav och, som Mac-datorer sparar dem, som a eller o följt av ring eller prickar.`
        : `Gruppen har fler protokoll från ${k.date} (${others.join(', ')}) och de går inte att skilja åt.`,
      hint: lookalike
        ? 'Samma protokoll har oftast kommit två vägar (git, en zip-fil, ett USB-minne): jämför filerna och ta bort den ena.'
        : 'Är filen en kopia av samma möte, ta bort den. Var det två möten samma dag, ge varje möte en egen titel med fältet title.',
    });
  }
};
