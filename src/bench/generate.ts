// A synthetic archive for the benchmark: N minutes over 50 groups, 1,500 people in 60 organisations, 200
// projects, Swedish prose with å, ä and ö, actions and follow-ups. Deterministic from a seed.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { slugify } from '../util/fold.js';
import { prng } from '../util/random.js';

export interface ArchiveSize {
  readonly meetings: number;
  readonly groups: number;
  readonly people: number;
  readonly organisations: number;
  readonly projects: number;
}

const DEFAULT_SIZE: Omit<ArchiveSize, 'meetings'> = { groups: 50, people: 1500, organisations: 60, projects: 200 };

const FIRST = ['Anna', 'Åsa', 'Björn', 'Cecilia', 'David', 'Eva', 'Fredrik', 'Göran', 'Hanna', 'Ingrid', 'Jonas', 'Karin', 'Lars', 'Maria', 'Nils', 'Olof', 'Petra', 'Ragnar', 'Sofia', 'Tove', 'Ulf', 'Viktor', 'Yvonne', 'Åke', 'Ängla', 'Örjan', 'Leif', 'Malin', 'Sören', 'Märta', 'Gösta', 'Lina', 'Ivan', 'Catrin', 'Johanna', 'Allan'];
const LAST = ['Andersson', 'Bergström', 'Carlsson', 'Dahlén', 'Eriksson', 'Forsberg', 'Gustafsson', 'Hedman', 'Isaksson', 'Johansson', 'Karlsson', 'Lindqvist', 'Malmén', 'Nilsson', 'Olsson', 'Persson', 'Redestig', 'Svensson', 'Törnqvist', 'Ullberg', 'Wallin', 'Åberg', 'Öberg', 'Ekström', 'Håkansson', 'Sörensen', 'Glimsjö', 'Frostin', 'Norbeck', 'Kvist', 'Bäckström', 'Lövgren'];
const ORG_KIND = ['förvaltningen', 'föreningen', 'förbundet', 'huset', 'rådet', 'centret'];
const ORG_STEM = ['Social', 'Arbetsmarknads', 'Kultur', 'Fritids', 'Skol', 'Vård', 'Bostads', 'Idrotts', 'Brukar', 'Anhörig', 'Ungdoms', 'Pensionärs', 'Miljö', 'Hälso', 'Stöd'];
const TOPIC = ['Lokalfrågan', 'Budget för våren', 'Rapport från arbetsgruppen', 'Samverkan med näringslivet', 'Brukarinflytande', 'Utbildningsdag', 'Sommarens aktiviteter', 'Digitalt utanförskap', 'Mötestider', 'Övrigt', 'Uppföljning av handlingsplanen', 'Information från förvaltningen', 'Rekrytering av volontärer', 'Klarspråk i brev', 'Tillgänglighet'];
const WORDS = 'och att det som en på är för med till av den inte har vi de om kan ska också där sedan måste behöver möte grupp förvaltningen arbetet projektet lokal utveckling brukare samverkan ärende önskemål åtgärd förändring föräldrar barn ungdomar stödet kontakter näringslivet verksamheten frågor gemensamma lösningar erfarenhet våren hösten möjligheter personal deltagare mål planen tillsammans förslag budget rapporten kvällen dagen året'.split(' ');
const VERBS = ['skicka ut', 'boka', 'ta fram', 'undersöka', 'kontakta', 'sammanställa', 'planera', 'följa upp', 'skriva', 'presentera'];
const OBJECTS = ['ett förslag på tid för nästa möte', 'en lokal för våren', 'underlag till budgeten', 'en rapport om samverkan', 'inbjudan till utbildningsdagen', 'frågan med förvaltningen', 'en enkät till medlemmarna', 'minnesanteckningar från studiebesöket'];

export interface Generated {
  readonly root: string;
  readonly size: ArchiveSize;
  /** A minutes file to edit in the dev-mode measurement. */
  readonly sampleFile: string;
  readonly bytes: number;
}

/** Writes the archive into `root` (which must be empty or missing). */
export function generateArchive(root: string, meetings: number, seed = 1, size: Omit<ArchiveSize, 'meetings'> = DEFAULT_SIZE): Generated {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: between(min, max) }, () => pick(WORDS));
    const s = words.join(' ');
    return `${s.charAt(0).toLocaleUpperCase('sv')}${s.slice(1)}.`;
  };

  // Organisations, people, groups, projects.
  const orgs: { id: string; name: string }[] = [];
  const takenOrg = new Set<string>();
  while (orgs.length < size.organisations) {
    const name = `${pick(ORG_STEM)}${pick(ORG_KIND)}${orgs.length >= ORG_STEM.length * 2 ? ` ${orgs.length}` : ''}`;
    const display = name.charAt(0).toLocaleUpperCase('sv') + name.slice(1);
    const id = slugify(display);
    if (takenOrg.has(id)) continue;
    takenOrg.add(id);
    orgs.push({ id, name: display });
  }
  const people: { id: string; name: string; org: string }[] = [];
  const takenPerson = new Set<string>();
  for (let i = 0; people.length < size.people; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}${i >= FIRST.length * LAST.length / 2 ? `-${pick(LAST)}` : ''}`;
    let id = slugify(name);
    if (takenPerson.has(id) || takenOrg.has(id)) {
      if (rand() < 0.5) continue;
      id = `${id}-${people.length}`;
      if (takenPerson.has(id)) continue;
      people.push({ id, name: `${name} ${people.length}`, org: pick(orgs).id });
    } else people.push({ id, name, org: pick(orgs).id });
    takenPerson.add(id);
  }
  const groups = Array.from({ length: size.groups }, (_, i) => {
    const members = Array.from(new Set(Array.from({ length: 8 }, () => pick(people).id)));
    return { id: `grupp-${i + 1}`, name: `Grupp ${i + 1} för ${pick(ORG_STEM).toLocaleLowerCase('sv')}frågor`, org: pick(orgs).id, members };
  });
  const projects = Array.from({ length: size.projects }, (_, i) => ({ id: `projekt-${i + 1}`, name: `Projekt ${pick(ORG_STEM)}${pick(['banken', 'språket', 'lyftet', 'huset', 'nätet'])} ${i + 1}` }));

  fs.mkdirSync(path.join(root, 'minutes'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'people.yml'),
    people.map((p) => `${p.id}:\n  name: ${stringify(p.name).trim()}\n  organisation: ${p.org}\n`).join(''),
  );
  const orgYaml = [
    'organisations:',
    ...orgs.map((o) => `  ${o.id}:\n    name: ${o.name}\n    description: ${sentence(6, 14)}`),
    'groups:',
    ...groups.map((g) => `  ${g.id}:\n    name: ${g.name}\n    organisation: ${g.org}\n    schedule: Varannan måndag kl. 13:30\n    members: [${g.members.join(', ')}]`),
    'projects:',
    ...projects.map((p) => `  ${p.id}:\n    name: ${p.name}\n    aliases: ["${p.name} i samverkan"]\n    description: ${sentence(6, 14)}`),
  ];
  fs.writeFileSync(path.join(root, 'organisations.yml'), `${orgYaml.join('\n')}\n`);

  // Meetings: spread evenly over the groups, each group meeting every other week or so from 2015.
  const perGroup = Math.ceil(meetings / size.groups);
  // Ten years of meetings: each group meets every `interval` days.
  const interval = Math.max(1, Math.floor(3650 / perGroup));
  const start = Date.UTC(2015, 0, 5);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const openActions = new Map<string, string[]>();
  let bytes = 0;
  let sampleFile = '';
  let written = 0;
  for (let k = 0; k < perGroup && written < meetings; k++) {
    for (const g of groups) {
      if (written >= meetings) break;
      const day = start + (k * interval + (groups.indexOf(g) % interval)) * 86_400_000;
      const date = new Date(day).toISOString().slice(0, 10);
      const next = new Date(day + interval * 86_400_000).toISOString().slice(0, 10);
      const present = Array.from(new Set([...g.members.filter(() => rand() < 0.7), ...Array.from({ length: between(0, 7) }, () => pick(people).id)])).slice(0, 15);
      while (present.length < 3) present.push(pick(people).id);
      const absent = g.members.filter((m) => !present.includes(m)).slice(0, 3);
      const name = (id: string) => (rand() < 0.5 ? id : nameOf.get(id)!);
      const touched = Array.from({ length: between(0, 3) }, () => pick(projects));
      const fm: Record<string, unknown> = {
        group: rand() < 0.5 ? g.id : g.name,
        date,
        time: '13:30',
        location: 'Stadshuset',
        secretary: name(present[0]!),
        attendees: present.map(name),
        ...(absent.length ? { absent: absent.map(name) } : {}),
        // Each project once (`duplicate-project`), though picked with replacement: the picks below keep the same numbers.
        ...(touched.length ? { projects: [...new Set(touched.map((p) => p.id))] } : {}),
        ...(rand() < 0.5 ? { summary: `${sentence(8, 16)} ${sentence(8, 16)}` } : {}),
        ...(rand() < 0.6 ? { decisions: Array.from({ length: between(1, 3) }, () => sentence(6, 14)) } : {}),
      };
      const actions = Array.from({ length: between(0, 5) }, () => ({
        who: rand() < 0.8 ? name(pick(present)) : pick(orgs).name,
        what: `${pick(VERBS).charAt(0).toLocaleUpperCase('sv')}${pick(VERBS).slice(1)} ${pick(OBJECTS)}.`,
        ...(rand() < 0.4 ? { due: next } : {}),
        ...(touched.length && rand() < 0.5 ? { project: pick(touched).id } : {}),
      }));
      if (actions.length) fm.actions = actions;
      const open = openActions.get(g.id) ?? [];
      const reported = open.splice(0, between(0, Math.min(3, open.length)));
      if (reported.length) fm.followups = reported.map((action) => ({ action, status: pick(['done', 'done', 'open', 'dropped']), note: sentence(5, 12) }));
      for (const r of reported) if (rand() < 0.3) open.push(r);
      actions.forEach((_, i) => open.push(`${g.id}/${date}#${i + 1}`));
      openActions.set(g.id, open.slice(-20));
      fm.next_meeting = `${next} 13:30`;

      const items: string[] = [];
      for (let i = 0, n = between(4, 8); i < n; i++) {
        const mention = touched.length && rand() < 0.5 ? ` Även ${pick(touched).name} berördes.` : '';
        items.push(`## ${pick(TOPIC)}\n\n${sentence(20, 40)} ${sentence(15, 30)}${mention}\n\n${rand() < 0.4 ? `- ${sentence(5, 10)}\n- ${sentence(5, 10)}\n- ${sentence(5, 10)}\n\n` : ''}${sentence(15, 35)}\n`);
      }
      const text = `---\n${stringify(fm, { lineWidth: 0 })}---\n${items.join('\n')}`;
      const rel = path.join('minutes', g.id, `${date}.md`);
      fs.mkdirSync(path.join(root, 'minutes', g.id), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
      bytes += Buffer.byteLength(text);
      written++;
      if (!sampleFile && k >= perGroup / 2) sampleFile = rel;
    }
  }
  return { root, size: { meetings: written, ...size }, sampleFile: sampleFile || path.join('minutes', groups[0]!.id, fs.readdirSync(path.join(root, 'minutes', groups[0]!.id))[0]!), bytes };
}
