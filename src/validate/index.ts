// The validate stage: shape first (zod), then every cross-reference rule; collects every problem, never stops early.
import type { Finding } from '../diagnostics.js';
import type { ParsedFile } from '../load/frontmatter.js';
import { extractMinutes, extractOrganisations, extractPeople, type MinutesDoc } from './documents.js';
import { Registry, type Kind } from './registry.js';
import { minutesSchema, organisationsSchema, peopleSchema } from './schemas.js';
import { shapeFindings } from './shape.js';
import { bodyControlCharacterFindings, controlCharacterFindings } from './characters.js';
import type { RuleContext } from './context.js';
import { RULES } from './rules/index.js';

export interface ParsedArchive {
  readonly minutes: readonly ParsedFile[];
  readonly people?: ParsedFile;
  readonly organisations?: ParsedFile;
}

export interface Validated {
  readonly minutes: readonly MinutesDoc[];
  readonly registry: Registry;
  readonly findings: readonly Finding[];
}

/** What validation learns from one minutes file alone; watch mode keeps it for files that did not change. */
export interface FileValidation {
  readonly findings: readonly Finding[];
  readonly doc?: MinutesDoc;
}

/** Watch mode's memory between runs: per-file results, and the registries while their files are unchanged. */
export interface ValidationCache {
  readonly files: WeakMap<ParsedFile, FileValidation>;
  registries?: { people?: ParsedFile; organisations?: ParsedFile; findings: readonly Finding[]; registry: Registry };
}

export const newValidationCache = (): ValidationCache => ({ files: new WeakMap() });

function validateFile(p: ParsedFile): FileValidation {
  if (!p.data) return { findings: p.findings };
  return {
    findings: [
      ...p.findings,
      ...shapeFindings(p.source.path, p.data, minutesSchema),
      ...controlCharacterFindings(p.source.path, p.data, p.yaml?.text),
      ...bodyControlCharacterFindings(p.source.path, p.body, p.bodyOffset),
    ],
    doc: extractMinutes(p.source.path, p.data, p.body, p.bodyOffset),
  };
}

function validateRegistries(people: ParsedFile | undefined, orgs: ParsedFile | undefined): NonNullable<ValidationCache['registries']> {
  const findings: Finding[] = [];
  if (people) {
    findings.push(...people.findings);
    if (people.data) findings.push(...shapeFindings(people.source.path, people.data, peopleSchema), ...controlCharacterFindings(people.source.path, people.data, people.yaml?.text));
  }
  if (orgs) {
    findings.push(...orgs.findings);
    if (orgs.data) findings.push(...shapeFindings(orgs.source.path, orgs.data, organisationsSchema), ...controlCharacterFindings(orgs.source.path, orgs.data, orgs.yaml?.text));
  }
  const registry = new Registry({
    people: people ? extractPeople(people.source.path, people.data) : [],
    ...extractOrganisations(orgs?.source.path ?? 'organisations.yml', orgs?.data),
  });
  return { ...(people ? { people } : {}), ...(orgs ? { organisations: orgs } : {}), findings, registry };
}

/** Shape per file (cached by parsed file when a cache is given), then every cross-file rule. */
export function validate(archive: ParsedArchive, cache?: ValidationCache): Validated {
  const findings: Finding[] = [];
  const minutes: MinutesDoc[] = [];
  for (const p of archive.minutes) {
    let v = cache?.files.get(p);
    if (!v) {
      v = validateFile(p);
      cache?.files.set(p, v);
    }
    findings.push(...v.findings);
    if (v.doc) minutes.push(v.doc);
  }
  const people = archive.people;
  const orgs = archive.organisations;
  // The same registry object while its files are unchanged, so that later stages can reuse what they derived.
  const kept = cache?.registries;
  const registries = kept && kept.people === people && kept.organisations === orgs ? kept : validateRegistries(people, orgs);
  if (cache) cache.registries = registries;
  findings.push(...registries.findings);
  const registry = registries.registry;
  const unavailable = new Set<Kind>([...(people?.data ? [] : (['person'] as const)), ...(orgs?.data ? [] : (['organisation', 'group', 'project'] as const))]);
  const ctx: RuleContext = { minutes, registryDocs: registry.docs, registry, unavailable, report: (f) => findings.push(f) };
  for (const rule of RULES) rule(ctx);
  return { minutes, registry, findings };
}
