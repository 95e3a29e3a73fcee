// "location: ”Stadshuset”", pasted from a word processor: only straight quotes enclose a value in YAML, so curly
// ones around the whole of it stay in the text the site shows. Every field of free text is checked alike: in minutes
// location, title, summary, note, each guest, each decision, each action's what and each follow-up's note; in the
// registries each description, schedule and role. Names are not checked here: a quoted name in minutes is already an
// unknown person or group, with the name meant, and one in a registry is what the minutes must then write.
import { atValue } from '../../diagnostics.js';
import type { Located } from '../documents.js';
import type { MinutesRule, RegistryContext, RegistryRule } from '../context.js';
import { clip } from '../../util/clip.js';

/** A value wholly inside one pair of typographic quotes, double, single or guillemets, with no other such quote inside. */
const WRAPPED = /^(?:[“”„][^“”„]+[“”]|[‘’‚][^‘’‚]+[‘’]|«[^«»]+»|»[^«»]+«)$/u;

export const curlyQuotes: MinutesRule = (ctx, m) => {
  const texts = [m.location, m.title, m.summary, m.note, ...m.guests, ...m.decisions.map((d) => d.text), ...m.actions.map((a) => a.what), ...m.followups.map((f) => f.note)];
  for (const text of texts) if (text) reportWrapped(ctx, m.file, text);
};

export const registryCurlyQuotes: RegistryRule = (ctx) => {
  const { organisations, groups, projects, people } = ctx.registryDocs;
  const texts: { file: string; text: Located<string> | undefined }[] = [];
  for (const e of [...organisations, ...groups, ...projects]) texts.push({ file: e.file, text: e.description });
  for (const g of groups) texts.push({ file: g.file, text: g.schedule });
  for (const p of people) for (const text of [p.role, ...p.memberships.map((m) => m.role)]) texts.push({ file: p.file, text });
  for (const { file, text } of texts) if (text) reportWrapped(ctx, file, text);
};

/**
 * Reports a value wholly in a word processor's quotes, with the line to write instead: `key: "value"` for a field,
 * `"value"` for an item of a list (written as `- …` or in brackets alike). A value split from a longer text (a guest
 * in a list written without brackets) is left alone: that list is reported as it is.
 */
function reportWrapped(ctx: RegistryContext, file: string, text: Located<string>): void {
  const value = text.value.trim();
  if (text.span || !WRAPPED.test(value)) return;
  const inner = value.slice(1, -1).trim();
  const key = text.path[text.path.length - 1];
  const quoted = `"${clip(inner).replace(/[\\"]/g, '\\$&')}"`;
  ctx.report({
    file,
    where: atValue(text.path),
    code: 'curly-quotes',
    message: `Värdet står inom citattecken från en ordbehandlare (${value[0]} ${value.slice(-1)}), som kommer med i texten på webbplatsen.`,
    // Text over several lines (a block after | ) has no one line to write: there the quotes are only taken away.
    hint: inner.includes('\n')
      ? `Ta bort ${value[0]} först och ${value.slice(-1)} sist i texten: i ett block av text efter | eller > syns alla citattecken på webbplatsen.`
      : `Använd raka citattecken, som inte syns på webbplatsen: ${typeof key === 'string' ? `${key}: ${quoted}` : quoted}`,
  });
}
