// A line of dashes meant as a --- around the fields but written otherwise: more or fewer than three hyphens
// ("----", "--"), or a word processor's dashes ("—", "–––"), which it makes of hyphens typed in a row.
import type { Finding } from '../diagnostics.js';
import { clip } from '../util/clip.js';
import { FIELD } from './body-start.js';

/** A hyphen-like dash other than "-": ‐ ‑ ‒ – — ― and the minus sign. */
const WORD_DASH = /[\u2010-\u2015\u2212]/u;
/** Only dashes, at the margin, and not exactly three hyphens (nor one, which is an empty line of a list). */
const DASH_LINE = /^(?:-{2}|-{4,}|-*[\u2010-\u2015\u2212][-\u2010-\u2015\u2212]*)[ \t]*\r?$/u;
/** Where a line of dashes may start, to look at only those lines. */
const DASH_START = /^(?:--|[\u2010-\u2015\u2212])/gmu;

export const isDashLine = (line: string): boolean => DASH_LINE.test(line);

/**
 * The first line of dashes between `from` and `to` (each at the start of a line) below which no field follows: the
 * line meant to end the fields. Undefined when there is none. One pass over the lines that start with a dash.
 */
export function misdrawnEnd(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const region = text.slice(from, to);
  DASH_START.lastIndex = 0;
  for (let m = DASH_START.exec(region); m !== null; m = DASH_START.exec(region)) {
    const lineEnd = region.indexOf('\n', m.index);
    const end = lineEnd === -1 ? region.length : lineEnd;
    if (!DASH_LINE.test(region.slice(m.index, end))) {
      DASH_START.lastIndex = end;
      continue;
    }
    // A field below it: the line stands among the fields, where YAML says what it makes of it.
    return FIELD.test(region.slice(end)) ? undefined : { start: from + m.index, end: from + end };
  }
  return undefined;
}

/** What is said of such a line at the start (`opening`) or end of the fields, with the line to write. */
export function dashLineFinding(file: string, line: string, opening: boolean, where: Finding['where']): Finding {
  const written = `"${clip(line.trim())}"`;
  const message = opening
    ? `Första raden är ${written}, men fälten överst i filen börjar med en rad med exakt tre bindestreck (-).`
    : `Raden ${written} ska nog avsluta fälten överst i filen, men bara en rad med exakt tre bindestreck (-) gör det.`;
  const hint = WORD_DASH.test(line)
    ? 'Skriv raden med tre vanliga bindestreck i stället för tankstreck (som ordbehandlare gör av bindestreck i rad): ---'
    : 'Skriv raden med exakt tre bindestreck: ---';
  return { file, where, code: opening ? 'front-matter-missing' : 'front-matter-unclosed', message, hint };
}
