// "location: ”Stadshuset”", pasted from a word processor: only straight quotes enclose a value in YAML, so curly
// ones around the whole of it stay in the text the site shows. Names are not checked here: a quoted name is
// already an unknown person or group, with the name meant.
import { atValue } from '../../diagnostics.js';
import type { MinutesRule } from '../context.js';
import { clip } from '../../util/clip.js';

/** A value wholly inside one pair of typographic quotes, double, single or guillemets, with no other such quote inside. */
const WRAPPED = /^(?:[“”„][^“”„]+[“”]|[‘’‚][^‘’‚]+[‘’]|«[^«»]+»|»[^«»]+«)$/u;

export const curlyQuotes: MinutesRule = (ctx, m) => {
  for (const field of [m.location, m.title]) {
    if (!field || !WRAPPED.test(field.value.trim())) continue;
    const key = String(field.path[field.path.length - 1]);
    const inner = field.value.trim().slice(1, -1).trim();
    ctx.report({
      file: m.file,
      where: atValue(field.path),
      code: 'curly-quotes',
      message: `Värdet står inom citattecken från en ordbehandlare (${field.value.trim()[0]} ${field.value.trim().slice(-1)}), som kommer med i texten på webbplatsen.`,
      hint: `Använd raka citattecken, som inte syns på webbplatsen: ${key}: "${clip(inner).replace(/[\\"]/g, '\\$&')}"`,
    });
  }
};
