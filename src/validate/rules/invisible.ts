// Direction overrides and zero-width characters can make text read differently from what it says; they are removed
// from the site, and this warns where they are.
import { atValueText, type Finding } from '../../diagnostics.js';
import type { MinutesRule } from '../context.js';
import { freeTexts } from './private-names.js';
import { INVISIBLE_CONTROLS } from '../../util/fold.js';

// The same characters the site removes (U+200C and U+200D are left alone: some scripts and emoji need them).
const INVISIBLE = new RegExp(INVISIBLE_CONTROLS.source, 'g');

const hint = 'Ta bort tecknet; det syns inte men kan ändra hur texten visas.';

/** In the minutes text: a check of the text alone, run even when the front matter could not be read. */
export function invisibleBodyFindings(file: string, body: string, bodyOffset: number): Finding[] {
  return [...body.matchAll(INVISIBLE)].map((hit) => ({ file, where: { kind: 'offset', offset: bodyOffset + hit.index, length: 1 }, code: 'invisible-character', message: `Osynligt tecken U+${hex(hit[0])} i texten.`, hint }) as const);
}

/** In the front matter's values. */
export const invisibleCharacters: MinutesRule = (ctx, m) => {
  const refs = [...m.attendees, ...m.absent, ...m.projects, ...(m.group ? [m.group] : []), ...(m.chair ? [m.chair] : []), ...(m.secretary ? [m.secretary] : [])];
  for (const f of [...freeTexts(m), ...refs]) {
    const hit = INVISIBLE.exec(f.value);
    INVISIBLE.lastIndex = 0;
    if (!hit) continue;
    // At the character itself, in the whole value when the reference is part of one ("Name, Organisation").
    const whole = f.span?.whole ?? f.value;
    const at = (f.span?.start ?? 0) + hit.index;
    ctx.report({ file: m.file, where: atValueText(f.path, whole, at, at + hit[0].length), code: 'invisible-character', message: `Osynligt tecken U+${hex(hit[0])} i värdet.`, hint });
  }
};

const hex = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
