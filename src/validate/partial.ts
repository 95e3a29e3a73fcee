// Minutes whose front matter has YAML errors: the fields the errors left readable are checked as in any other file,
// but nothing is said about what may lie in the part that could not be read (a missing or unknown field).
import type { Code } from '../codes.js';
import type { Finding, YamlPath } from '../diagnostics.js';
import type { ParsedFile } from '../load/frontmatter.js';
import { controlCharacterFindings } from './characters.js';
import { extractMinutes, type MinutesDoc } from './documents.js';
import { minutesSchema } from './schemas.js';
import { shapeFindings } from './shape.js';

export interface PartialMinutes {
  readonly doc: MinutesDoc;
  /** The top-level fields that were read in full (not one with an item left out for a slip in it). */
  readonly fields: ReadonlySet<string>;
}

/** What a field's problem is judged against: said only when that field was read too. */
const ALSO_NEEDS: Partial<Record<Code, readonly string[]>> = {
  'registered-guest': ['attendees'],
  'secretary-not-present': ['attendees'],
  'chair-not-present': ['attendees'],
};

/** The shape and value findings of the fields that were read, and the minutes they make for the reference rules. */
export function checkPartial(p: ParsedFile, partial: Record<string, unknown>): { findings: Finding[]; minutes: PartialMinutes } {
  const file = p.source.path;
  const fields = new Set(Object.keys(partial));
  const read = (f: Finding) => f.where.kind === 'yaml' && f.where.path.length > 0 && fields.has(String(f.where.path[0])) && !(f.where.path.length === 1 && (f.code === 'unknown-key' || f.code === 'missing-field'));
  const findings = [...notLost(p, shapeFindings(file, partial, minutesSchema, p.yaml?.mended ?? p.yaml?.text)), ...controlCharacterFindings(file, partial, p.yaml?.text, p.source.plain)].filter(read);
  // "secretary-not-present" is not said of a secretary who may be the attendee left out.
  const whole = new Set([...fields].filter((f) => !p.incomplete?.includes(f)));
  return { findings, minutes: { doc: extractMinutes(file, partial, p.body, p.bodyOffset, p.yaml?.text), fields: whole } };
}

/**
 * Shape findings, less an empty line of a list or field whose text YAML took for an anchor (- &Bo), a tag or a comment,
 * or a list whose only item was left out for a slip in it (a person's `memberships:`), or a person's field left unread
 * for one (`name:`, which is not said to be empty either): said as that slip.
 */
export function notLost(p: ParsedFile, findings: readonly Finding[]): Finding[] {
  const key = (path: YamlPath) => JSON.stringify(path);
  const lost = new Set([...(p.lost ?? []), ...(p.leftOut ?? [])].map(key));
  const unread = new Set((p.leftOut ?? []).map(key));
  return findings.filter((f) => !(f.where.kind === 'yaml' && (f.code === 'empty-value' ? lost : f.code === 'missing-field' ? unread : undefined)?.has(key(f.where.path))));
}

/** The reference rules' findings for partial minutes, less those that depend on a field that was not read. */
export function partialRuleFindings(found: readonly Finding[], fields: ReadonlySet<string>): Finding[] {
  return found.filter((f) => (ALSO_NEEDS[f.code] ?? []).every((k) => fields.has(k)));
}
