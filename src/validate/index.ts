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

export function validate(archive: ParsedArchive): Validated {
  const findings: Finding[] = [];
  const minutes: MinutesDoc[] = [];
  for (const p of archive.minutes) {
    findings.push(...p.findings);
    if (!p.data) continue;
    findings.push(...shapeFindings(p.source.path, p.data, minutesSchema));
    findings.push(...controlCharacterFindings(p.source.path, p.data, p.yaml?.text), ...bodyControlCharacterFindings(p.source.path, p.body, p.bodyOffset));
    minutes.push(extractMinutes(p.source.path, p.data, p.body, p.bodyOffset));
  }
  const people = archive.people;
  const orgs = archive.organisations;
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
  const unavailable = new Set<Kind>([...(people?.data ? [] : (['person'] as const)), ...(orgs?.data ? [] : (['organisation', 'group', 'project'] as const))]);
  const ctx: RuleContext = { minutes, registryDocs: registry.docs, registry, unavailable, report: (f) => findings.push(f) };
  for (const rule of RULES) rule(ctx);
  return { minutes, registry, findings };
}
