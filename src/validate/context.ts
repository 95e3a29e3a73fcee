// What every validation rule receives: the documents, the registry lookups and a place to report findings.
import type { Finding } from '../diagnostics.js';
import type { MinutesDoc, Ref, RegistryDocs } from './documents.js';
import { label, type Kind, Registry } from './registry.js';
import { didYouMean } from '../util/suggest.js';
import { isSlug, slugify } from '../util/fold.js';
import { clip } from '../util/clip.js';
import { runTogether, runTogetherSaid } from './run-together.js';
import { groupHint } from './group-guess.js';
import type { Code } from '../codes.js';
import { atValue, atValueText, type Where } from '../diagnostics.js';
import type { EntityDoc, Located } from './documents.js';
import { addPersonHint, type UnknownPerson } from './new-person.js';

/** What a rule about the registries, or about one minutes file, receives. */
export interface RegistryContext {
  readonly registryDocs: RegistryDocs;
  readonly registry: Registry;
  /** Kinds whose registry file is missing or unreadable (already reported): references to them are not checked. */
  readonly unavailable?: ReadonlySet<Kind>;
  /**
   * Kinds whose registry was read with nothing in it: people.yml or organisations.yml empty (or comments only), or
   * organisations.yml without the section (groups: …). Said once, at the registry, not at every reference.
   */
  readonly empty?: ReadonlySet<Kind>;
  /** The day of the check (ÅÅÅÅ-MM-DD), when rules may compare with it: a meeting cannot have been held after it. */
  readonly today?: string;
  report(finding: Finding): void;
}

/** What a rule across all minutes receives. */
export interface RuleContext extends RegistryContext {
  readonly minutes: readonly MinutesDoc[];
  /** Minutes files that could not be read or whose front matter could not be parsed (they report that themselves). */
  readonly unreadable: readonly string[];
  /** Minutes read only in part (YAML errors; also in `unreadable`): the fields that were read, for rules about a field of one file. */
  readonly partial: readonly MinutesDoc[];
}

/**
 * Rules come in three scopes, so that watch mode re-runs only what an edit can change:
 * the registries alone, one minutes file against the registries, and the whole archive.
 * Each looks, reports what is wrong, and returns nothing.
 */
export type RegistryRule = (ctx: RegistryContext) => void;
export type MinutesRule = (ctx: RegistryContext, m: MinutesDoc) => void;
export type ArchiveRule = (ctx: RuleContext) => void;

const UNKNOWN: Record<Kind, { code: Code; noun: string; file: string }> = {
  person: { code: 'unknown-person', noun: 'personen', file: 'people.yml' },
  organisation: { code: 'unknown-organisation', noun: 'organisationen', file: 'organisations.yml' },
  group: { code: 'unknown-group', noun: 'gruppen', file: 'organisations.yml' },
  project: { code: 'unknown-project', noun: 'projektet', file: 'organisations.yml' },
};

/** Whether a kind's registry is empty (see RegistryContext.empty): said once, by rules/empty-registries.ts. */
export const isEmpty = (ctx: Pick<RegistryContext, 'empty'>, kind: Kind): boolean => ctx.empty?.has(kind) === true;

/**
 * The empty registry a reference of `kinds` that names nothing is put down to, if any: its only kind's, or, for an
 * action's owner (a person or an organisation), people.yml's, else organisations.yml's unless the text is near a
 * person (then it is most likely that person misspelt, and told so).
 */
export function emptyKindOf(ctx: Pick<RegistryContext, 'registry' | 'unavailable' | 'empty'>, text: string, kinds: readonly Kind[]): Kind | undefined {
  const empty = kinds.filter((k) => isEmpty(ctx, k));
  if (empty.length === 0 || empty[0] === kinds[0]) return empty[0];
  return kinds.some((k) => !empty.includes(k) && !ctx.unavailable?.has(k) && nearSome(ctx.registry, k, text)) ? undefined : empty[0];
}

/** Whether a text is near some entry of a kind, kept for each registry: owners repeat, and each is asked twice. */
const nearAny = new WeakMap<Registry, Map<string, boolean>>();

function nearSome(registry: Registry, kind: Kind, text: string): boolean {
  let known = nearAny.get(registry);
  if (!known) nearAny.set(registry, (known = new Map()));
  const key = `${kind} ${text}`;
  let near = known.get(key);
  if (near === undefined) known.set(key, (near = registry.index(kind).suggest(text).length > 0));
  return near;
}

/** Each kind with its indefinite article, as in "är en organisation". */
const INDEFINITE: Record<Kind, string> = { person: 'en person', organisation: 'en organisation', group: 'en grupp', project: 'ett projekt' };

/** What to write in place of an entry of another kind. */
const INSTEAD: Record<Kind, (other: Kind, text: string) => string> = {
  person: (other, text) => (other === 'organisation' ? `Skriv namnet på den som var där, gärna med organisationen efter: "Förnamn Efternamn, ${clip(text)}"` : 'Skriv namnet på en person i people.yml.'),
  organisation: () => 'Skriv en organisation från organisations.yml.',
  group: () => 'Skriv gruppen som höll mötet (grupperna står under groups i organisations.yml).',
  project: () => 'Skriv ett projekt från projects i organisations.yml, eller lägg till det där.',
};

/** Where entries of each kind are registered. */
const SECTION: Record<Kind, string> = { person: 'people.yml', organisation: 'organisations i organisations.yml', group: 'groups i organisations.yml', project: 'projects i organisations.yml' };

/** The kind of registry entry, other than those wanted, that a text names exactly. */
function otherKind(ctx: RegistryContext, text: string, wanted: readonly Kind[]): Kind | undefined {
  const kinds: Kind[] = ['person', 'organisation', 'group', 'project'];
  return kinds.find((k) => !wanted.includes(k) && !ctx.unavailable?.has(k) && ctx.registry.index(k).lookup(text).length > 0);
}

/** Where a value is: the whole value at its path, or the part of it a span names. */
export const atRef = (ref: Located<string>): Where => (ref.span ? atValueText(ref.path, ref.span.whole, ref.span.start, ref.span.end) : atValue(ref.path));

/**
 * How entries are written in a place: by name (minutes, where a name not found may be an old one to keep as an
 * alias) or by id (the registries, where a suggestion gives the id to write, with the name to know it by).
 */
export type WrittenBy = 'name' | 'id';

/** An entry as a "did you mean" offers it where entries are written `by`. */
function offered(e: EntityDoc, by: WrittenBy): string {
  if (by === 'name') return label(e);
  // An id that is no slug is offered as invalid-id tells it to be written, so that following the hint and that error agree.
  const id = (!isSlug(e.id.value) && slugify(e.id.value)) || e.id.value;
  return e.name && e.name.value !== id ? `${clip(id)} (${clip(e.name.value)})` : clip(id);
}

/**
 * Resolves a reference and reports it when it is unknown or ambiguous. Returns the id when found.
 * `kinds` lists what the reference may be (an action's owner may be a person or an organisation). `person` is what
 * minutes say of a person beyond the name, for the lines to add to people.yml when there is no near match.
 */
export function resolveRef(ctx: RegistryContext, file: string, ref: Ref, kinds: readonly Kind[], by: WrittenBy = 'name', person: UnknownPerson = {}): { kind: Kind; id: string } | undefined {
  // Without people.yml every name would be "unknown": one file-missing says it better than a hundred of those.
  if (kinds.some((k) => ctx.unavailable?.has(k))) return undefined;
  for (const kind of kinds) {
    const hits = ctx.registry.index(kind).lookup(ref.value);
    if (hits.length === 1) return { kind, id: hits[0]!.id.value };
    if (hits.length > 1) {
      ctx.report({
        file,
        where: atRef(ref),
        code: 'ambiguous-name',
        message: `"${clip(ref.value)}" kan vara flera: ${hits.map((e) => `${clip(label(e))} (${clip(e.id.value)})`).join(', ')}.`,
        hint: 'Skriv id i stället för namnet.',
      });
      return undefined;
    }
  }
  // An empty registry is said once, at the registry (rules/empty-registries.ts), not at every name it would hold.
  if (emptyKindOf(ctx, ref.value, kinds)) return undefined;
  // Unknown: only now is it worth asking whether it is list items run together ("David Bergström - Leif Redestig",
  // when a "-" stands further in than the one above it), or two people in a field for one ...
  const first = UNKNOWN[kinds[0]!];
  const code: Code = kinds.length > 1 ? 'unknown-owner' : first.code;
  if (kinds.includes('person') && emailAddress(ctx, file, ref, code)) return undefined;
  const items = runTogether(ctx.registry, ref.value, kinds);
  if (items) {
    ctx.report({ file, where: atRef(ref), code, ...runTogetherSaid(ref, items) });
    return undefined;
  }
  // ... or whether it names something of another kind ("Bryggan" as an attendee).
  const other = otherKind(ctx, ref.value, kinds);
  if (other) {
    // The text may be right and the entry registered in the wrong place (a person put under organisations).
    const moved = `Är namnet rätt men posten registrerad på fel ställe: flytta den från ${SECTION[other]} till ${SECTION[kinds[0]!]}.`;
    const hint = kinds.length > 1 ? 'Skriv personen (people.yml) eller organisationen (organisations.yml) som ska göra det.' : `${INSTEAD[kinds[0]!](other, ref.value.trim())} ${moved}`;
    ctx.report({ file, where: atRef(ref), code, message: `"${clip(ref.value)}" är ${INDEFINITE[other]} i ${UNKNOWN[other].file}, inte ${kinds.map((k) => INDEFINITE[k]).join(' eller ')}.`, hint });
    return undefined;
  }
  const what = kinds.length > 1 ? 'någon person eller organisation' : first.noun;
  const message = `Hittar inte ${kinds.length > 1 ? what : first.noun} "${clip(ref.value)}".`;
  // An old name kept as an alias lets minutes stand as written; the registries name entries by id.
  const renamed = by === 'name' ? kinds.map((kind) => renamedHint(ctx, kind, ref.value)).find((h) => h !== undefined) : undefined;
  if (renamed) {
    ctx.report({ file, where: atRef(ref), code, message, hint: renamed });
    return undefined;
  }
  // Only now is it worth looking for near matches; a group's also by its initials, or by the file's folder.
  const near = kinds.map((kind) => ctx.registry.index(kind).suggest(ref.value));
  const group = kinds.length === 1 && kinds[0] === 'group' && by === 'name' ? groupHint(ctx.registry.index('group'), file, ref.value, near[0]!) : undefined;
  const suggestions = near.flatMap((entries) => entries.map((e) => offered(e, by)));
  const hint = group ?? didYouMean([...new Set(suggestions)].slice(0, 3)) ?? addHint(ctx, ref, kinds, by, person);
  ctx.report({ file, where: atRef(ref), code, message, hint });
  return undefined;
}

/** What to add where nothing is near: for a person named in minutes, the lines to write in people.yml. */
function addHint(ctx: RegistryContext, ref: Ref, kinds: readonly Kind[], by: WrittenBy, person: UnknownPerson): string {
  if (kinds.length > 1) return 'Lägg till personen i people.yml eller organisationen i organisations.yml.';
  const { noun, file } = UNKNOWN[kinds[0]!];
  return kinds[0] === 'person' && by === 'name' ? addPersonHint(ctx.registry, ref.value, person) : `Lägg till ${noun} i ${file}.`;
}

/** "leif.redestig@helsingborg.se", "<leif.redestig@…>" or "mailto:…", copied from an e-mail's list of recipients. */
const EMAIL = /^\s*<?(?:mailto:)?([^\s@<>]+)@[^\s@<>]+\.[^\s@<>]+>?\s*$/iu;

/**
 * An e-mail address where a name belongs: said as one, with the registered person its first part names
 * ("leif.redestig", "leif_redestig"), or near matches of it, which an address as a whole has none of.
 */
function emailAddress(ctx: RegistryContext, file: string, ref: Ref, code: Code): boolean {
  const local = EMAIL.exec(ref.value)?.[1];
  if (local === undefined) return false;
  const name = local.split(/[._+-]+/u).filter((p) => p !== '').join(' ');
  const people = ctx.registry.index('person');
  // Addresses leave out å, ä, ö: "david.bergstrom" is David Bergström, whose id it reads as.
  const byId = people.get(slugify(name));
  const found = byId ? [byId] : people.lookup(name);
  const hint = found.length === 1 ? `Skriv personens namn: ${clip(label(found[0]!))}` : (didYouMean(people.suggest(name).slice(0, 3).map(label)) ?? 'Skriv personens namn som det står i people.yml, eller lägg till personen där.');
  ctx.report({ file, where: atRef(ref), code, message: `"${clip(ref.value)}" är en e-postadress, inte ett namn.`, hint });
  return true;
}

/**
 * When a name that finds nothing is, made into an id, the id of an entry now called something else, the entry
 * was most often renamed (someone married, an organisation got a new name) without keeping the old name, by
 * which older minutes name it: the hint to keep it as an alias. Not when the text is the entry's name or an alias
 * misspelt in accents, case or punctuation only.
 */
export function renamedHint(ctx: RegistryContext, kind: Kind, text: string): string | undefined {
  const slug = slugify(text);
  const entry = ctx.registry.index(kind).get(slug);
  if (!entry) return undefined;
  // "Ake Malmen" for Åke Malmén differs from the name itself only in accents, case or punctuation: a slip, not a
  // new name, and an alias would keep the misspelling. The plain "did you mean" says what to write.
  if ([entry.name?.value, ...entry.aliases.map((a) => a.value)].some((n) => n !== undefined && slugify(n) === slug)) return undefined;
  const { noun, file } = UNKNOWN[kind];
  return `Menade du ${clip(label(entry))} (${clip(entry.id.value)})? Har ${noun} bytt namn: lägg till "${clip(text.trim())}" under aliases för ${clip(entry.id.value)} i ${file}, så kan äldre protokoll stå kvar som de skrevs.`;
}
