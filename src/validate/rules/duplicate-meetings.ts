// Two minutes of one group on one day need distinct titles, or their pages and action ids would collide.
import { atValue } from '../../diagnostics.js';
import type { ArchiveRule } from '../context.js';
import { keyedMinutes } from '../meetings.js';

export const duplicateMeetings: ArchiveRule = (ctx) => {
  const keyed = keyedMinutes(ctx.minutes, ctx.registry);
  for (const k of keyed) {
    if (k.id !== undefined) continue;
    const others = keyed.filter((o) => o !== k && o.groupId === k.groupId && o.date === k.date).map((o) => o.doc.file);
    ctx.report({
      file: k.doc.file,
      where: atValue(k.doc.title?.path ?? k.doc.date!.path),
      code: 'duplicate-meeting',
      message: `Gruppen har fler protokoll från ${k.date} (${others.join(', ')}) och de går inte att skilja åt.`,
      hint: 'Är filen en kopia av samma möte, ta bort den. Var det två möten samma dag, ge varje möte en egen titel med fältet title.',
    });
  }
};
