// Writes archives with a hostile payload in chosen fields: entry i is one meeting (minutes/grupp-i/…) with a
// person, an organisation, a group and a project of its own, so every field a user can write can hold payload i.
// A shared base meeting gives every entry an action to follow up.
import { checkLoaded, type CheckResult } from '../../src/pipeline.js';
import type { SourceFile } from '../../src/load/source.js';
import { TEXT_PAYLOADS, URL_PAYLOADS, type Payload } from './corpus.js';

/** The free-text and name fields: a payload here is either refused with a diagnostic or shown as text. */
export const TEXT_FIELDS = [
  'title',
  'location',
  'summary',
  'guests',
  'decision',
  'decision.text',
  'action.what',
  'followup.note',
  'body',
  'person.name',
  'person.alias',
  'person.role',
  'membership.role',
  'organisation.name',
  'organisation.alias',
  'organisation.description',
  'group.name',
  'group.alias',
  'group.description',
  'group.schedule',
  'project.name',
  'project.alias',
  'project.description',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Fields that only take a date, a time, a status or a reference: any payload there is refused. */
export const STRICT_FIELDS = ['date', 'time', 'next_meeting', 'action.due', 'action.status', 'followup.status', 'followup.action', 'group', 'attendee', 'absent', 'chair', 'secretary', 'action.who', 'projects', 'action.project', 'decision.project', 'person.publish', 'person.organisation', 'membership.from', 'group.member', 'group.organisation', 'project.organisation'] as const;
export type StrictField = (typeof STRICT_FIELDS)[number];

export interface Entry {
  readonly i: number;
  readonly payload: string;
  readonly fields: ReadonlySet<TextField>;
  /** A payload for one strict field. */
  readonly strict?: { readonly field: StrictField; readonly value: string };
  /** Raw YAML for one field instead of a quoted string: `title: <yaml>`. */
  readonly rawYaml?: { readonly field: TextField | StrictField; readonly yaml: string };
  /** For the url fields of the entry's person, organisation, group and project. */
  readonly url?: string;
}

const q = (s: string) => JSON.stringify(s);
export const dateOf = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
const nextDate = (i: number) => new Date(Date.UTC(2016, 0, 1) + (i + 7) * 86_400_000).toISOString().slice(0, 10);

/** The text a field gets: the payload when the field is chosen, a plain text otherwise. */
function valueOf(e: Pick<Entry, 'i' | 'payload' | 'fields'>, field: TextField, plain: string, prefix = plain): string {
  return e.fields.has(field) ? `${prefix} ${e.payload}` : plain;
}

export const names = (e: Pick<Entry, 'i' | 'payload' | 'fields'>) => ({
  person: valueOf(e, 'person.name', `Person ${e.i}`),
  personAlias: valueOf(e, 'person.alias', `Alias ${e.i}`),
  organisation: valueOf(e, 'organisation.name', `Org ${e.i}`),
  organisationAlias: valueOf(e, 'organisation.alias', `Orgalias ${e.i}`),
  group: valueOf(e, 'group.name', `Grupp ${e.i}`),
  groupAlias: valueOf(e, 'group.alias', `Gruppalias ${e.i}`),
  project: valueOf(e, 'project.name', `Projekt ${e.i}`),
  projectAlias: valueOf(e, 'project.alias', `Projektalias ${e.i}`),
  title: valueOf(e, 'title', `Möte ${e.i}`),
});

/** `key: value` with the value quoted, or replaced by the entry's strict or raw YAML payload for that field. */
function field(e: Entry, name: TextField | StrictField, value: string): string {
  if (e.rawYaml?.field === name) return e.rawYaml.yaml;
  if (e.strict?.field === name) return q(e.strict.value);
  return q(value);
}

function minutesFile(e: Entry): string {
  const n = names(e);
  const f = (name: TextField | StrictField, value: string) => field(e, name, value);
  const text = (name: TextField, plain: string) => f(name, e.fields.has(name) ? e.payload : plain);
  const lines = [
    '---',
    `group: ${f('group', n.groupAlias)}`,
    `date: ${f('date', dateOf(e.i))}`,
    `time: ${f('time', '13:30')}`,
    `title: ${f('title', n.title)}`,
    `location: ${text('location', 'Stadshuset')}`,
    `chair: ${f('chair', n.person)}`,
    `secretary: ${f('secretary', n.person)}`,
    'attendees:',
    `  - ${f('attendee', n.person)}`,
    `  - ${q(`Deltagare ${e.i}`)}`,
    ...(e.strict?.field === 'absent' ? [`absent: [${q(e.strict.value)}]`] : []),
    `guests: [${text('guests', 'En gäst')}]`,
    `projects: [${f('projects', n.project)}]`,
    `summary: ${text('summary', 'En sammanfattning.')}`,
    'decisions:',
    `  - ${text('decision', 'Ett beslut.')}`,
    `  - text: ${text('decision.text', 'Ett beslut till.')}`,
    `    project: ${f('decision.project', n.projectAlias)}`,
    'actions:',
    `  - who: ${f('action.who', n.person)}`,
    `    what: ${text('action.what', 'Göra något.')}`,
    `    due: ${f('action.due', nextDate(e.i))}`,
    `    project: ${f('action.project', n.project)}`,
    `    status: ${f('action.status', 'open')}`,
    `  - who: [${q(n.personAlias)}, ${q(n.organisationAlias)}]`,
    `    what: ${text('action.what', 'Göra något mer.')}`,
    'followups:',
    `  - action: ${f('followup.action', 'bas/2015-01-01#1')}`,
    `    status: ${f('followup.status', 'done')}`,
    `    note: ${text('followup.note', 'Det är gjort.')}`,
    `next_meeting: ${f('next_meeting', nextDate(e.i))}`,
    '---',
  ];
  const p = e.fields.has('body') ? e.payload : 'Vanlig text.';
  const body = [
    `## Punkt ${e.i}: ${p}`,
    '',
    `Fientlig text nummer ${e.i}: ${p}`,
    '',
    `- ${p}`,
    '',
    `> ${p}`,
    '',
    `\`\` ${p.replace(/`/g, "'")} \`\``,
    '',
    '~~~',
    p.replace(/~~~/g, '~ ~ ~'),
    '~~~',
    '',
    `## Mer om ${n.project}`,
    '',
    p,
    '',
  ];
  return `${lines.join('\n')}\n${body.join('\n')}`;
}

function personYaml(e: Entry): string {
  const n = names(e);
  const f = (name: TextField | StrictField, value: string) => field(e, name, value);
  return [
    `person-${e.i}:`,
    `  name: ${f('person.name', n.person)}`,
    `  aliases: [${f('person.alias', n.personAlias)}]`,
    `  organisation: ${f('person.organisation', `org-${e.i}`)}`,
    `  role: ${f('person.role', e.fields.has('person.role') ? e.payload : 'ledamot')}`,
    ...(e.strict?.field === 'person.publish' ? [`  publish: ${q(e.strict.value)}`] : []),
    ...(e.url === undefined ? [] : [`  url: ${q(e.url)}`]),
    '  memberships:',
    `    - group: grupp-${e.i}`,
    `      role: ${f('membership.role', e.fields.has('membership.role') ? e.payload : 'ordförande')}`,
    `      from: ${f('membership.from', '2015-06-01')}`,
    `deltagare-${e.i}:`,
    `  name: ${q(`Deltagare ${e.i}`)}`,
    '',
  ].join('\n');
}

function organisationYaml(e: Entry): { organisation: string; group: string; project: string } {
  const n = names(e);
  const f = (name: TextField | StrictField, value: string) => field(e, name, value);
  const text = (name: TextField, plain: string) => f(name, e.fields.has(name) ? e.payload : plain);
  const url = e.url === undefined ? [] : [`    url: ${q(e.url)}`];
  return {
    organisation: [`  org-${e.i}:`, `    name: ${f('organisation.name', n.organisation)}`, `    aliases: [${f('organisation.alias', n.organisationAlias)}]`, `    description: ${text('organisation.description', 'En organisation.')}`, ...url].join('\n'),
    group: [
      `  grupp-${e.i}:`,
      `    name: ${f('group.name', n.group)}`,
      `    aliases: [${f('group.alias', n.groupAlias)}]`,
      `    organisation: ${f('group.organisation', `org-${e.i}`)}`,
      `    members: [${f('group.member', `person-${e.i}`)}]`,
      `    description: ${text('group.description', 'En grupp.')}`,
      `    schedule: ${text('group.schedule', 'Varannan måndag.')}`,
      ...url,
    ].join('\n'),
    project: [`  projekt-${e.i}:`, `    name: ${f('project.name', n.project)}`, `    aliases: [${f('project.alias', n.projectAlias)}]`, `    organisation: ${f('project.organisation', `org-${e.i}`)}`, `    description: ${text('project.description', 'Ett projekt.')}`, ...url].join('\n'),
  };
}

const BASE_MEETING = `---
group: bas
date: 2015-01-01
attendees: [Basperson]
actions:
  - who: Basperson
    what: Grundåtgärd.
---
Grundmötet.
`;

/** The archive's files (path -> text) for the given entries. */
export function hostileFiles(entries: readonly Entry[]): Record<string, string> {
  const files: Record<string, string> = { 'minutes/bas/2015-01-01.md': BASE_MEETING };
  for (const e of entries) files[`minutes/grupp-${e.i}/${dateOf(e.i)}.md`] = minutesFile(e);
  files['people.yml'] = `basperson:\n  name: Basperson\n${entries.map(personYaml).join('')}`;
  const orgs = entries.map(organisationYaml);
  files['organisations.yml'] = [
    'organisations:',
    '  bas-org:',
    '    name: Basorganisationen',
    ...orgs.map((o) => o.organisation),
    'groups:',
    '  bas:',
    '    name: Basgruppen',
    '    organisation: bas-org',
    ...orgs.map((o) => o.group),
    'projects:',
    '  bas-projekt:',
    '    name: Basprojektet',
    ...orgs.map((o) => o.project),
    '',
  ].join('\n');
  return files;
}

/** `minutes check` on files in memory: read -> parse -> validate without touching the disk. */
export function checkFiles(files: Record<string, string>): CheckResult {
  const source = (p: string): SourceFile => ({ path: p, absPath: `/hostile/${p}`, text: files[p]! });
  const minutes = Object.keys(files)
    .filter((p) => p.startsWith('minutes/'))
    .sort()
    .map(source);
  return checkLoaded({
    root: '/hostile',
    minutes,
    ...(files['people.yml'] !== undefined ? { people: source('people.yml') } : {}),
    ...(files['organisations.yml'] !== undefined ? { organisations: source('organisations.yml') } : {}),
    findings: [],
  });
}

/** Fields whose text also lands in the Markdown: the text itself, and project names (a heading names the project). */
const MARKDOWN_FIELDS: ReadonlySet<TextField> = new Set(['body', 'project.name']);

/** The fields a payload is placed in for the built site: all of them, except the Markdown for links the check refuses. */
export const fieldsFor = (p: Payload): Set<TextField> => new Set(TEXT_FIELDS.filter((f) => !((p.unsafeLink || p.brokenLink) && MARKDOWN_FIELDS.has(f))));

/**
 * The built hostile site's entries: every text payload in every field that accepts it. Two payloads that go in
 * the same fields share an entry (its fields hold both, one after the other), which halves the pages to load in
 * the browser; `names` says which payloads an entry holds.
 */
export const SITE_ENTRIES: readonly (Entry & { readonly names: readonly string[] })[] = (() => {
  const out: (Entry & { names: string[] })[] = [];
  const waiting = new Map<string, Payload>();
  for (const p of TEXT_PAYLOADS) {
    const fields = fieldsFor(p);
    const key = [...fields].join();
    const other = waiting.get(key);
    if (other) {
      waiting.delete(key);
      out.push({ i: out.length, payload: `${other.text} ${p.text}`, fields, names: [other.name, p.name] });
    } else waiting.set(key, p);
  }
  for (const p of waiting.values()) out.push({ i: out.length, payload: p.text, fields: fieldsFor(p), names: [p.name] });
  // The web addresses the check accepts go on the first entries' person, organisation, group and project.
  const urls = URL_PAYLOADS.filter((u) => u.accepted);
  return out.map((e, k) => (k < urls.length ? { ...e, url: urls[k]!.url, names: [...e.names, `url ${urls[k]!.name}`] } : e));
})();
