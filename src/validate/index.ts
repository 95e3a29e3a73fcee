// The validate stage: shape first (zod), then every cross-reference rule; collects every problem, never stops early.
import type { Finding } from '../diagnostics.js';
import type { ParsedFile } from '../load/frontmatter.js';
import { isCovered, takenIn, unindentedEntries } from './registry-slips.js';
import { copyFindings, copyRuleFindings } from './entry-copies.js';
import { extractMinutes, extractOrganisations, extractPeople, type MinutesDoc } from './documents.js';
import { Registry, type Kind } from './registry.js';
import { minutesSchema, organisationsSchema, peopleSchema } from './schemas.js';
import { shapeFindings } from './shape.js';
import { bodyControlCharacterFindings, controlCharacterFindings } from './characters.js';
import type { RegistryContext, RuleContext } from './context.js';
import { ARCHIVE_RULES, MINUTES_RULES, REGISTRY_RULES } from './rules/index.js';
import { imageAltFindings, remoteImageFindings, unsafeLinkFindings } from './rules/body-links.js';
import { localLinkFindings, type LinkingText, type UncheckedLink } from './rules/local-links.js';
import { privateNameFinder } from './rules/private-names.js';
import { sitePages } from './site-pages.js';
import { caseTwinFindings } from './rules/case-twins.js';
import { bodyLinks, type BodyLink } from '../render/markdown.js';
import { KnownFiles } from '../model/links.js';
import type { TemplatePages } from '../model/page-paths.js';
import { invisibleBodyFindings } from './rules/invisible.js';
import { placeholderFindings } from './rules/placeholder.js';
import { bulletFindings } from './rules/bullets.js';
import { indentedTextFindings } from './rules/indented-text.js';
import { headingSpaceFindings } from './rules/heading-space.js';
import { boldHeadingFindings } from './rules/bold-heading.js';
import { weekdayDateFindings } from './rules/weekday-dates.js';
import { pastedTableFindings } from './rules/pasted-tables.js';
import { linkSpaceFindings } from './rules/link-spaces.js';
import { linkTextFindings } from './rules/link-text.js';
import { htmlTagFindings } from './rules/html-tags.js';
import { checkPartial, notLost, partialRuleFindings, type PartialMinutes } from './partial.js';
import { append } from '../util/append.js';
import type { StrayMinutes } from '../load/strays.js';
import { moveTargets, strayFindings } from './stray-minutes.js';
import { allSteps, type Steps } from '../util/steps.js';
import { withExamples } from './examples.js';

export interface ParsedArchive {
  readonly minutes: readonly ParsedFile[];
  /** Minutes files that could not be read at all (binary, not UTF-8, unreadable). */
  readonly unread?: readonly string[];
  readonly people?: ParsedFile;
  readonly organisations?: ParsedFile;
  /** The files under minutes/ links may lead to; without them every relative link is reported missing. */
  readonly files?: KnownFiles;
  /** What the archive's own templates/ adds to the site's pages, when it has one. */
  readonly templatePages?: TemplatePages;
  /** The site's own address (--url), when known: images there are not another site's. */
  readonly siteUrl?: string;
  /** Files outside minutes/ that look like minutes, never published (see load/strays.ts). */
  readonly strays?: readonly StrayMinutes[];
}

export interface Validated {
  readonly minutes: readonly MinutesDoc[];
  readonly registry: Registry;
  /** The files under minutes/, for the renderer to point links at (see model/links.ts). */
  readonly files: KnownFiles;
  /** The files under minutes/ that minutes link to (paths from the root): published, so not "ignored". */
  readonly attached: ReadonlySet<string>;
  /** For each of those, the minutes files that link to it (paths from the root). */
  readonly attachedBy: ReadonlyMap<string, readonly string[]>;
  readonly findings: readonly Finding[];
  /** The links to addresses only the archive's own templates may write, told as link-unchecked: a build tells them. */
  readonly unchecked: readonly UncheckedLink[];
}

/** What validation learns from one minutes file alone; watch mode keeps it for files that did not change. */
export interface FileValidation {
  readonly findings: readonly Finding[];
  readonly doc?: MinutesDoc;
  /** When the front matter has YAML errors: the fields that were read, checked against the registries, never built. */
  readonly partial?: PartialMinutes;
  /** The text's links to paths and anchors, and its images (see bodyLinks). */
  readonly links: readonly BodyLink[];
}

/** The registries, validated: their findings, and the lookups every other rule uses. */
interface ValidatedRegistries {
  readonly people?: ParsedFile;
  readonly organisations?: ParsedFile;
  readonly findings: readonly Finding[];
  readonly registry: Registry;
  readonly unavailable: ReadonlySet<Kind>;
  readonly empty: ReadonlySet<Kind>;
}

/**
 * Watch mode's memory between runs: per-file results, the registries while their files are unchanged, and each
 * minutes file's findings against those registries.
 */
export interface ValidationCache {
  readonly files: WeakMap<ParsedFile, FileValidation>;
  readonly against: WeakMap<MinutesDoc, { registry: Registry; today: string | undefined; findings: readonly Finding[] }>;
  registries?: ValidatedRegistries;
}

export const newValidationCache = (): ValidationCache => ({ files: new WeakMap(), against: new WeakMap() });

/**
 * The minutes text alone: checked in every file, also when its front matter could not be read. `meeting`: the
 * meeting's date when the front matter gives one, the year of a date the text writes without one.
 */
function bodyFindings(p: ParsedFile, links: readonly BodyLink[], meeting?: string): Finding[] {
  const file = p.source.path;
  return [
    ...bodyControlCharacterFindings(file, p.body, p.bodyOffset, p.source.plain),
    ...unsafeLinkFindings(file, p.body, p.bodyOffset),
    ...imageAltFindings(file, p.body, links, p.bodyOffset),
    ...invisibleBodyFindings(file, p.body, p.bodyOffset),
    ...placeholderFindings(file, p.body, p.bodyOffset),
    ...bulletFindings(file, p.body, p.bodyOffset),
    ...indentedTextFindings(file, p.body, p.bodyOffset),
    ...headingSpaceFindings(file, p.body, p.bodyOffset),
    ...boldHeadingFindings(file, p.body, p.bodyOffset),
    ...pastedTableFindings(file, p.body, p.bodyOffset),
    ...linkSpaceFindings(file, p.body, p.bodyOffset),
    ...linkTextFindings(file, p.body, p.bodyOffset),
    ...htmlTagFindings(file, p.body, p.bodyOffset),
    ...weekdayDateFindings(file, p.body, p.bodyOffset, meeting),
  ];
}

function validateFile(p: ParsedFile): FileValidation {
  const links = bodyLinks(p.body);
  if (!p.data && p.partial) {
    const checked = checkPartial(p, p.partial);
    return { findings: [...p.findings, ...checked.findings, ...bodyFindings(p, links, checked.minutes.doc.date?.value)], partial: checked.minutes, links };
  }
  if (!p.data) return { findings: [...p.findings, ...bodyFindings(p, links)], links };
  const doc = extractMinutes(p.source.path, p.data, p.body, p.bodyOffset, p.yaml?.text);
  return {
    findings: [...p.findings, ...notLost(p, shapeFindings(p.source.path, p.data, minutesSchema, p.yaml?.text)), ...controlCharacterFindings(p.source.path, p.data, p.yaml?.text, p.source.plain), ...bodyFindings(p, links, doc.date?.value)],
    doc,
    links,
  };
}

/** A registry's shape findings, with fields left unindented under their entry said once, at the entry (with the lines to write, from `yaml`, the text `data` was read from). */
function registryShape(file: string, kind: 'people' | 'organisations', data: Record<string, unknown>, yaml?: string): Finding[] {
  const slips = unindentedEntries(file, kind, data, yaml);
  const schema = kind === 'people' ? peopleSchema : organisationsSchema;
  const shape = shapeFindings(file, data, schema);
  // Entries a field written first on its line took in are checked as entries of the section above it, at their places.
  const taken = kind === 'people' ? [] : takenIn(data).flatMap(({ field, section, entries }) => shapeFindings(file, { [section]: entries }, schema).flatMap((f) => (f.where.kind === 'yaml' && f.where.path.length > 1 && f.where.path[0] === section ? [{ ...f, where: { ...f.where, path: [field, ...f.where.path.slice(1)] } }] : [])));
  return [...slips.findings, ...shape.filter((f) => !isCovered(f, slips.covered)), ...taken];
}

/**
 * A registry file's own findings, and what its rules are run on: its data, or when YAML errors left it unread,
 * the entries (sections of organisations.yml) they left whole, less a section said to be missing, which may lie
 * in the part not read.
 */
function registryFile(file: ParsedFile, kind: 'people' | 'organisations'): { findings: Finding[]; read: Record<string, unknown> | undefined } {
  const read = file.data ?? file.partial;
  if (!read) return { findings: uncheckedUntilRead(file), read };
  const path = file.source.path;
  const shape = notLost(file, registryShape(path, kind, read, file.yaml?.mended ?? file.yaml?.text)).filter((f) => file.data || !(f.code === 'missing-field' && f.where.kind === 'yaml' && f.where.path.length === 0));
  // An entry whose id was written before is checked as the first is, at its own place.
  const copies = notLost(file, copyFindings(file, (data) => [...registryShape(path, kind, data), ...controlCharacterFindings(path, data, file.yaml?.text, file.source.plain)]));
  return { findings: [...uncheckedUntilRead(file), ...shape, ...controlCharacterFindings(path, read, file.yaml?.text, file.source.plain), ...copies], read };
}

/**
 * A registry's reading findings; when they left it unread, the first in the file says that the minutes are checked
 * against it only once it reads (references to it go unchecked meanwhile), so that "0 varningar" is not taken for "all is well".
 */
function uncheckedUntilRead(file: ParsedFile): Finding[] {
  const findings = [...file.findings];
  if (file.data) return findings;
  const at = (f: Finding) => (f.where.kind === 'offset' ? f.where.offset : Infinity);
  const first = findings.reduce<number>((best, f, i) => (f.severity === 'error' && (best === -1 || at(f) < at(findings[best]!)) ? i : best), -1);
  if (first === -1) return findings;
  const f = findings[first]!;
  const note = `Protokollen kontrolleras mot ${file.source.path} först när filen går att läsa.`;
  // First: a hint ends in the line to write, where it has one.
  findings[first] = { ...f, hint: f.hint ? `${note} ${f.hint}` : note };
  return findings;
}

/** The sections of organisations.yml and the kind each holds. */
const SECTIONS = [
  ['organisations', 'organisation'],
  ['groups', 'group'],
  ['projects', 'project'],
] as const;

/**
 * The kinds whose registry was read with nothing in it (see RegistryContext.empty): people.yml or organisations.yml
 * without any entry, or organisations.yml without a section's line. A section written with nothing under it
 * (`projects:`) says there are none, and each reference to one is told where it stands.
 */
function emptyKinds(people: ParsedFile | undefined, orgs: ParsedFile | undefined, registry: Registry): Set<Kind> {
  const empty = new Set<Kind>();
  if (people?.data && registry.people.entries.length === 0) empty.add('person');
  if (orgs?.data) {
    const none = SECTIONS.every(([, kind]) => registry.index(kind).entries.length === 0);
    for (const [section, kind] of SECTIONS) if (none || (!(section in orgs.data) && registry.index(kind).entries.length === 0)) empty.add(kind);
  }
  return empty;
}

function validateRegistries(people: ParsedFile | undefined, orgs: ParsedFile | undefined): ValidatedRegistries {
  const findings: Finding[] = [];
  const ofPeople = people ? registryFile(people, 'people') : undefined;
  const ofOrgs = orgs ? registryFile(orgs, 'organisations') : undefined;
  append(findings, ofPeople?.findings ?? []);
  append(findings, ofOrgs?.findings ?? []);
  const orgsFile = orgs?.source.path ?? 'organisations.yml';
  const registry = new Registry({ people: people ? extractPeople(people.source.path, people.data) : [], ...extractOrganisations(orgsFile, orgs?.data) });
  const unavailable = new Set<Kind>([...(people?.data ? [] : (['person'] as const)), ...(orgs?.data ? [] : (['organisation', 'group', 'project'] as const))]);
  // The registry rules see what a file with YAML errors left whole too; references to an unread file's entries stay
  // unchecked (unavailable), and minutes are checked against the registries as read, without it.
  const partial = people?.partial !== undefined || orgs?.partial !== undefined;
  const checked = partial ? new Registry({ people: people ? extractPeople(people.source.path, ofPeople?.read, people.leftOut) : [], ...extractOrganisations(orgsFile, ofOrgs?.read) }) : registry;
  const empty = emptyKinds(people, orgs, registry);
  const ctx: RegistryContext = { registryDocs: checked.docs, registry: checked, unavailable, empty, report: (f) => findings.push(f) };
  for (const rule of REGISTRY_RULES) rule(ctx);
  append(findings, copyRuleFindings(people, orgs, checked, unavailable, empty));
  return { ...(people ? { people } : {}), ...(orgs ? { organisations: orgs } : {}), findings, registry, unavailable, empty };
}

/** One minutes file's findings against the registries (kept while neither changes, when there is a cache). */
function validateAgainst(doc: MinutesDoc, registries: ValidatedRegistries, cache: ValidationCache | undefined, today: string | undefined): readonly Finding[] {
  const hit = cache?.against.get(doc);
  if (hit && hit.registry === registries.registry && hit.today === today) return hit.findings;
  const findings: Finding[] = [];
  const ctx: RegistryContext = { registryDocs: registries.registry.docs, registry: registries.registry, unavailable: registries.unavailable, empty: registries.empty, ...(today ? { today } : {}), report: (f) => findings.push(f) };
  for (const rule of MINUTES_RULES) rule(ctx, doc);
  cache?.against.set(doc, { registry: registries.registry, today, findings });
  return findings;
}

/**
 * Shape per file, the registries, each file against the registries, then the archive as a whole (see rules/).
 * `today` (ÅÅÅÅ-MM-DD), when given, lets rules compare dates with the day of the check.
 */
export function validate(archive: ParsedArchive, cache?: ValidationCache, today?: string): Validated {
  return allSteps(validateSteps(archive, cache, today));
}

/** `validate` a step at a time (a file, a rule), for watch mode to hear Ctrl-C between them (see util/steps.ts). */
export function* validateSteps(archive: ParsedArchive, cache?: ValidationCache, today?: string): Steps<Validated> {
  const findings: Finding[] = [];
  const minutes: MinutesDoc[] = [];
  const unreadable = [...(archive.unread ?? [])];
  const partials: PartialMinutes[] = [];
  const texts: LinkingText[] = [];
  for (const p of archive.minutes) {
    let v = cache?.files.get(p);
    if (!v) {
      v = validateFile(p);
      cache?.files.set(p, v);
    }
    texts.push({ parsed: p, links: v.links, ...(v.doc ? { doc: v.doc } : {}) });
    append(findings, v.findings);
    // Outside the file's cached findings: which images are the site's own depends on the run's --url.
    append(findings, remoteImageFindings(p.source.path, v.links, p.bodyOffset, archive.siteUrl));
    if (v.doc) minutes.push(v.doc);
    else unreadable.push(p.source.path);
    if (v.partial) partials.push(v.partial);
    yield;
  }
  const people = archive.people;
  const orgs = archive.organisations;
  // The same registry object while its files are unchanged, so that later stages can reuse what they derived.
  const kept = cache?.registries;
  const registries = kept && kept.people === people && kept.organisations === orgs ? kept : validateRegistries(people, orgs);
  if (cache) cache.registries = registries;
  append(findings, registries.findings);
  yield;
  for (const doc of minutes) {
    append(findings, validateAgainst(doc, registries, cache, today));
    yield;
  }
  for (const { doc, fields } of partials) append(findings, partialRuleFindings(validateAgainst(doc, registries, cache, today), fields));
  const { registry, unavailable, empty } = registries;
  const ctx: RuleContext = { minutes, unreadable, partial: partials.map((p) => p.doc), registryDocs: registry.docs, registry, unavailable, empty, report: (f) => findings.push(f) };
  for (const rule of ARCHIVE_RULES) {
    rule(ctx);
    yield;
  }
  const files = archive.files ?? KnownFiles.none;
  const links = localLinkFindings(texts, files, privateNameFinder(registry), () => sitePages(minutes, registry, archive.templatePages, files.site));
  append(findings, links.findings);
  append(findings, caseTwinFindings(files, links.attached));
  if (archive.strays?.length) append(findings, strayFindings(archive.strays, moveTargets({ minutes, registry }), new Set(minutes.map((m) => m.file))));
  // The examples in hints, from this archive's registries and minutes (see examples.ts).
  const hinted = withExamples(findings, () => ({ registry, minutes: [...minutes, ...partials.map((p) => p.doc)] }));
  return { minutes, registry, files, attached: links.attached, attachedBy: links.attachedBy, findings: hinted, unchecked: links.unchecked };
}
