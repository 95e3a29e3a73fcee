// A seeded generator of random edits to an archive, as an editor makes them: each edit reads the files it
// changes from disk, changes them (or removes, adds, renames them; attachments too) and returns the paths it
// touched, as the watcher reports them. Used to check watch mode against full builds (differential.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { png } from '../helpers/images.js';

type Obj = Record<string, unknown>;
type Rand = () => number;

interface Registry {
  organisations: Record<string, Obj>;
  groups: Record<string, Obj>;
  projects: Record<string, Obj>;
}

interface Minutes {
  fm: Obj;
  body: string;
}

export interface Edit {
  /** What the edit did, for a report. */
  readonly what: string;
  /** Paths touched, relative to the root, as the watcher reports them. */
  readonly changed: readonly string[];
  /** The edit leaves the archive with an error on purpose (a YAML slip), until `fix` undoes it. */
  readonly broken?: boolean;
}

const NAMES = ['Greta Gren', 'Hugo Hallström', 'Ines Ivarsson', 'Jakob Jönsson', 'Klara Kvarnström', 'Ludvig Lund', 'Moa Mattsson', 'Nora Näslund'];
/** Edits that add, remove or move minutes, drawn more often than the others. */
const MOVES = new Set(['date', 'group', 'renamed', 'deleted', 'restored', 'added']);
const TOPICS = ['Lokalfrågan', 'Budget', 'Övrigt', 'Rapporter', 'Nästa steg', 'Information'];

export class RandomEditor {
  private readonly pick = <T>(list: readonly T[]): T => list[Math.floor(this.rand() * list.length)]!;
  private readonly chance = (p: number) => this.rand() < p;
  private counter = 0;
  /** Minutes files removed, to be restored. */
  private readonly removed = new Map<string, string>();
  /** A file left with a YAML slip, and its text before: no other edit touches it until `fix`. */
  broken: { readonly rel: string; readonly text: string } | undefined;

  /**
   * `minFiles`: minutes files are deleted only while there are more than this many (the five seed minutes are
   * few; a generated archive is many).
   */
  constructor(
    private readonly root: string,
    private readonly rand: Rand,
    private readonly minFiles = 20,
    /** How often an edit, while nothing is broken, is a YAML slip in a registry (besides its turn among the others). */
    private readonly registrySlips = 0,
    /** How often an edit, while nothing is broken, is one of the newer shapes check tells (see `shape`). */
    private readonly shapes = 0,
  ) {}

  private abs = (rel: string) => path.join(this.root, rel);
  private read = (rel: string) => fs.readFileSync(this.abs(rel), 'utf8');
  private write(rel: string, text: string | Uint8Array): void {
    fs.mkdirSync(path.dirname(this.abs(rel)), { recursive: true });
    fs.writeFileSync(this.abs(rel), text);
  }

  /** The files under minutes/ whose names `keep` says yes to. */
  private filesUnder(keep: (name: string) => boolean): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(this.abs(dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel);
        else if (keep(e.name)) out.push(rel);
      }
    };
    walk('minutes');
    return out.sort();
  }

  minutesFiles(): string[] {
    return this.filesUnder((name) => name.endsWith('.md')).filter((rel) => rel !== this.broken?.rel);
  }

  /** The files under minutes/ that are not minutes: attachments. */
  attachments(): string[] {
    return this.filesUnder((name) => !name.endsWith('.md'));
  }

  /** The text of an attachment of the kind its name says, different at each call. */
  private attachmentBytes(rel: string): Uint8Array | string {
    const n = ++this.counter;
    if (rel.endsWith('.png')) return png(1 + Math.floor(this.rand() * 3) * 40, 1 + Math.floor(this.rand() * 3) * 30);
    if (rel.endsWith('.txt')) return `Anteckningar ${n}.${this.chance(0.2) ? ` ${String(this.people()[this.someone()]!.name)} var där.` : ''}\n`;
    return `%PDF-1.4\n% bilaga ${n}\n%%EOF\n`;
  }

  /** Undoes the YAML slip. */
  fix(): Edit | undefined {
    const b = this.broken;
    if (!b) return undefined;
    this.broken = undefined;
    this.write(b.rel, b.text);
    return { what: `YAML fixed: ${b.rel}`, changed: [b.rel] };
  }

  /** Meeting ids whose actions later minutes follow up. */
  private followedUp(): Set<string> {
    const out = new Set<string>();
    for (const rel of this.minutesFiles()) for (const f of (this.readMinutes(rel)?.fm.followups as Obj[] | undefined) ?? []) out.add(String(f.action).split('#')[0]!);
    return out;
  }

  private readMinutes(rel: string): Minutes | undefined {
    const text = this.read(rel);
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) return undefined;
    try {
      const fm = parse(m[1]!) as unknown;
      return fm && typeof fm === 'object' ? { fm: fm as Obj, body: m[2]! } : undefined;
    } catch {
      return undefined;
    }
  }
  private writeMinutes(rel: string, m: Minutes): void {
    for (const [k, v] of Object.entries(m.fm)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete m.fm[k];
    this.write(rel, `---\n${stringify(m.fm, { lineWidth: 0 })}---\n${m.body}`);
  }
  /** A registry as it was before its YAML slip, while it has one: the entries edits name stay those it will have. */
  private registryText = (rel: 'people.yml' | 'organisations.yml') => (this.broken?.rel === rel ? this.broken.text : this.read(rel));
  private people = () => parse(this.registryText('people.yml')) as Record<string, Obj>;
  private orgs = () => parse(this.registryText('organisations.yml')) as Registry;

  private personRef(id: string): string {
    const p = this.people()[id];
    if (!p) return id;
    const aliases = (p.aliases as string[] | undefined) ?? [];
    return this.chance(0.5) ? id : this.chance(0.8) || aliases.length === 0 ? String(p.name) : this.pick(aliases);
  }
  private someone = () => this.pick(Object.keys(this.people()));
  private someGroup = () => this.pick(Object.keys(this.orgs().groups));
  private someProject = () => this.pick(Object.keys(this.orgs().projects));
  private someOrg = () => this.pick(Object.keys(this.orgs().organisations));
  private date(from = 2014, span = 12): string {
    const d = new Date(Date.UTC(from, 0, 1) + Math.floor(this.rand() * span * 365) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  /** The ids of every action in the minutes (group id/date#number). */
  private actionIds(): string[] {
    const out: string[] = [];
    for (const rel of this.minutesFiles()) {
      const m = this.readMinutes(rel);
      if (!m) continue;
      const group = this.groupId(String(m.fm.group));
      const n = Array.isArray(m.fm.actions) ? m.fm.actions.length : 0;
      for (let i = 1; i <= n; i++) out.push(`${group}/${String(m.fm.date)}#${i}`);
    }
    return out;
  }
  private groupId(ref: string): string {
    const groups = this.orgs().groups;
    if (groups[ref]) return ref;
    const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv');
    for (const [id, g] of Object.entries(groups)) if (fold(String(g.name)) === fold(ref) || ((g.aliases as string[] | undefined) ?? []).some((a) => fold(a) === fold(ref))) return id;
    return ref;
  }

  /** One random edit; retried until one applies. */
  next(): Edit {
    if (this.registrySlips > 0 && !this.broken && this.chance(this.registrySlips)) {
      const r = this.registrySlip();
      if (r) return { ...r, what: `YAML error in a registry: ${r.what}` };
    }
    if (this.shapes > 0 && !this.broken && this.chance(this.shapes)) {
      const r = this.shape();
      if (r) return { ...r, what: `shape: ${r.what}` };
    }
    for (;;) {
      const [name, fn] = this.pick(this.chance(0.25) ? this.catalogue.filter(([n]) => MOVES.has(n)) : this.catalogue);
      const r = fn();
      if (r) return { ...r, what: `${name}: ${r.what}` };
    }
  }

  /**
   * A YAML slip in people.yml or organisations.yml: a field of one entry indented too far, or a list left open.
   * Check still reads the entries the error leaves whole, and leaves what names the file's entries unchecked.
   */
  private registrySlip(): Edit | undefined {
    if (this.broken) return undefined;
    const rel = this.pick(['people.yml', 'organisations.yml'] as const);
    const text = this.read(rel);
    const lines = text.split('\n');
    const indent = rel === 'people.yml' ? '  ' : '    ';
    // A field below another of the same entry, with a value on its line.
    const fields = lines.flatMap((line, i) => (i > 0 && new RegExp(`^${indent}[a-z_]+: \\S`).test(line) && new RegExp(`^${indent}[a-z_]+:`).test(lines[i - 1]!) ? [i] : []));
    if (fields.length === 0) return undefined;
    const i = this.pick(fields);
    lines[i] = this.chance(0.7) ? `  ${lines[i]!}` : lines[i]!.replace(/: (\S)/, ': [$1');
    this.write(rel, lines.join('\n'));
    this.broken = { rel, text };
    return { what: `${rel} line ${i + 1}`, changed: [rel], broken: true };
  }

  /**
   * One of the shapes check learnt to tell lately, left for a save or three like a YAML slip and then undone: an id
   * written twice in a registry (its copy with a field of its own), a registry field as far out as the ids, the
   * front matter pasted twice, an unknown group (the folder's or an abbreviated group suggested), an absence note or
   * a role in brackets after a name, an e-mail address as a name, names in a block of text or in a sentence.
   */
  private shape(): Edit | undefined {
    const people = this.read('people.yml');
    const id = this.someone();
    const registry: [string, (t: string) => string][] = [
      ['person pasted twice', (t) => `${t.replace(/\n*$/, '\n')}${id}:\n  name: ${String(this.people()[id]!.name)}\n  organisation: ${this.chance(0.5) ? this.someOrg() : 'okand-organisation'}\n`],
      ['person field as far out as the ids', (t) => t.replace(new RegExp(`^(${id}:\\n(?: {2}.+\\n)*?) {2}organisation:`, 'm'), '$1organisation:')],
    ];
    if (this.chance(0.25)) {
      const [what, change] = this.pick(registry);
      const text = change(people);
      if (text === people) return undefined;
      this.write('people.yml', text);
      this.broken = { rel: 'people.yml', text: people };
      return { what: `people.yml ${what} ${id}`, changed: ['people.yml'], broken: true };
    }
    const rel = this.pick(this.minutesFiles());
    const text = this.read(rel);
    const name = String(this.people()[this.someone()]!.name);
    const minutes: [string, (t: string) => string][] = [
      ['front matter pasted twice', (t) => t.replace(/^(---\n[\s\S]*?\n---\n)/, (fm: string) => `${fm}${this.chance(0.5) ? fm : fm.replace(/\ndate: .*\n/, '\ndate: 2001-01-01\n')}`)],
      ['unknown group', (t) => t.replace(/\ngroup: .*\n/, `\ngroup: ${this.pick(['Okänd grupp', 'GUG', 'G1FK', 'grupp'])}\n`)],
      ['absence note', (t) => t.replace(/\nattendees:\n {2}- ([^\n]+)\n/, (_m, first: string) => `\nattendees:\n  - ${first} ${this.pick(['(sjuk)', '[ej närvarande]', '(ordf.)', '(sekr.', '(förhindrad)'])}\n`)],
      ['e-mail address', (t) => t.replace(/\nattendees:\n/, `\nattendees:\n  - ${name.toLocaleLowerCase('sv').replace(/ /g, '.').normalize('NFD').replace(/\p{M}/gu, '')}@example.se\n`)],
      ['chair in brackets', (t) => t.replace(/\nattendees:\n/, `\nchair: ${name} (ordf.)\nattendees:\n`).replace(/\nchair: [^\n]*\n([\s\S]*\nchair: )/, '\n$1')],
      ['names in a block of text', (t) => t.replace(/\nabsent:\n((?: {2}- [^\n]+\n)+)/, (_m, items: string) => `\nabsent: ${this.pick(['>', '|', '>-', '|2'])}\n${items.replace(/^ {2}- /gm, '  ')}`)],
      ['names in a sentence', (t) => t.replace(/\nabsent:\n((?: {2}- [^\n]+\n)+)/, (_m, items: string) => `\nabsent: ${items.trim().split('\n').map((l) => l.replace(/^- /, '').trim()).join(', ')}, ${name}.\n`)],
    ];
    const [what, change] = this.pick(minutes);
    const changed = change(text);
    if (changed === text) return undefined;
    this.write(rel, changed);
    this.broken = { rel, text };
    return { what: `${rel} ${what}`, changed: [rel], broken: true };
  }

  /** Edits of one minutes file's front matter or text. */
  private onMinutes(fn: (m: Minutes, rel: string) => string | undefined): () => Edit | undefined {
    return () => {
      const rel = this.pick(this.minutesFiles());
      const m = this.readMinutes(rel);
      if (!m) return undefined;
      const what = fn(m, rel);
      if (what === undefined) return undefined;
      this.writeMinutes(rel, m);
      return { what: `${rel} ${what}`, changed: [rel] };
    };
  }
  private onRegistry<T>(file: 'people.yml' | 'organisations.yml', fn: (data: T) => string | undefined): () => Edit | undefined {
    return () => {
      if (this.broken?.rel === file) return undefined;
      const data = parse(this.read(file)) as T;
      const what = fn(data);
      if (what === undefined) return undefined;
      this.write(file, stringify(data, { lineWidth: 0 }));
      return { what, changed: [file] };
    };
  }

  private list = (m: Minutes, key: string): unknown[] => {
    if (!Array.isArray(m.fm[key])) m.fm[key] = [];
    return m.fm[key] as unknown[];
  };
  private named = (m: Minutes): Set<string> => new Set(['attendees', 'absent'].flatMap((k) => ((m.fm[k] as string[] | undefined) ?? []).map((s) => String(s).split(',')[0]!.trim())));
  private stranger(m: Minutes): string | undefined {
    const named = this.named(m);
    const people = this.people();
    for (let i = 0; i < 10; i++) {
      const id = this.someone();
      const p = people[id]!;
      if (!named.has(id) && !named.has(String(p.name)) && !((p.aliases as string[] | undefined) ?? []).some((a) => named.has(a))) return id;
    }
    return undefined;
  }

  /** What an edit can be, each equally likely (some listed twice). */
  private readonly catalogue: [string, () => Edit | undefined][] = [
    ['text', this.onMinutes((m) => {
      const mention = this.chance(0.3) ? ` Vi talade om ${String(this.orgs().projects[this.someProject()]!.name)}.` : this.chance(0.3) ? ` ${String(this.people()[this.someone()]!.name)} berättade.` : '';
      m.body += `\nEtt nytt stycke ${++this.counter}.${mention}\n`;
      return 'paragraph added';
    })],
    ['text', this.onMinutes((m) => {
      const lines = m.body.split('\n');
      const i = lines.findIndex((l) => l.length > 40 && !l.startsWith('#'));
      if (i < 0) return undefined;
      lines.splice(i, 1);
      m.body = lines.join('\n');
      return 'paragraph removed';
    })],
    ['heading', this.onMinutes((m) => {
      const headings = [...m.body.matchAll(/^## .+$/gm)];
      if (headings.length === 0 || this.chance(0.3)) {
        m.body += `\n## ${this.pick(TOPICS)} ${++this.counter}\n\nText under rubriken.\n`;
        return 'heading added';
      }
      const h = this.pick(headings)[0];
      const project = this.chance(0.3) ? String(this.orgs().projects[this.someProject()]!.name) : `${this.pick(TOPICS)} ${++this.counter}`;
      m.body = m.body.replace(h, `## ${project}`);
      return `heading "${h}" -> "${project}"`;
    })],
    ['attendee added', this.onMinutes((m) => {
      const id = this.stranger(m);
      if (!id) return undefined;
      const ref = this.personRef(id);
      this.list(m, 'attendees').push(ref);
      return `+ ${ref}`;
    })],
    ['attendee removed', this.onMinutes((m) => {
      const list = this.list(m, 'attendees');
      if (list.length < 2) return undefined;
      const [gone] = list.splice(Math.floor(this.rand() * list.length), 1);
      return `- ${String(gone)}`;
    })],
    ['attendee swapped', this.onMinutes((m) => {
      const list = this.list(m, 'attendees');
      const id = this.stranger(m);
      if (!id || list.length === 0) return undefined;
      const i = Math.floor(this.rand() * list.length);
      const was = list[i];
      list[i] = this.personRef(id);
      return `${String(was)} -> ${String(list[i])}`;
    })],
    ['Name, Organisation', this.onMinutes((m) => {
      const key = this.chance(0.8) ? 'attendees' : 'absent';
      const list = this.list(m, key);
      if (list.length === 0) return undefined;
      const i = Math.floor(this.rand() * list.length);
      const name = String(list[i]).split(',')[0]!.trim();
      const orgs = this.orgs().organisations;
      const after = this.pick([() => '', () => String(orgs[this.someOrg()]!.name), () => 'brukarmentor', () => `${String(orgs[this.someOrg()]!.name)} och ${String(orgs[this.someOrg()]!.name)}`, () => 'Ria/G7'])();
      list[i] = after ? `${name}, ${after}` : name;
      return `${key}[${i}] = ${String(list[i])}`;
    })],
    ['absent', this.onMinutes((m) => {
      const list = this.list(m, 'absent');
      if (list.length > 0 && this.chance(0.5)) {
        const [gone] = list.splice(Math.floor(this.rand() * list.length), 1);
        return `- absent ${String(gone)}`;
      }
      const id = this.stranger(m);
      if (!id) return undefined;
      list.push(this.personRef(id));
      return `+ absent ${id}`;
    })],
    ...(['chair', 'secretary'] as const).map((key): [string, () => Edit | undefined] => [key, this.onMinutes((m) => {
      if (m.fm[key] && this.chance(0.3)) {
        delete m.fm[key];
        return `${key} removed`;
      }
      // Mostly someone present; now and then someone else (check warns, the site shows them).
      const present = this.list(m, 'attendees');
      m.fm[key] = this.chance(0.75) && present.length ? String(this.pick(present)).split(',')[0] : this.personRef(this.someone());
      return `${key} ${String(m.fm[key])}`;
    })]),
    ['guests', this.onMinutes((m) => {
      const list = this.list(m, 'guests');
      if (list.length > 0 && this.chance(0.4)) {
        list.pop();
        return 'guest removed';
      }
      const g = `${this.pick(NAMES)}${this.chance(0.5) ? ', Länsstyrelsen' : ''}`;
      list.push(g);
      return `+ guest ${g}`;
    })],
    ['projects', this.onMinutes((m) => {
      const list = this.list(m, 'projects');
      if (list.length > 0 && this.chance(0.4)) {
        const [gone] = list.splice(Math.floor(this.rand() * list.length), 1);
        return `- project ${String(gone)}`;
      }
      const p = this.someProject();
      if (list.includes(p)) return undefined;
      list.push(this.chance(0.7) ? p : String(this.orgs().projects[p]!.name));
      return `+ project ${p}`;
    })],
    ['decision', this.onMinutes((m) => {
      const list = this.list(m, 'decisions');
      const r = this.rand();
      if (list.length > 0 && r < 0.3) {
        list.pop();
        return 'decision removed';
      }
      if (list.length > 0 && r < 0.6) {
        const i = Math.floor(this.rand() * list.length);
        list[i] = this.chance(0.5) ? { text: `Ändrat beslut ${++this.counter}.`, project: this.someProject() } : `Ändrat beslut ${++this.counter}.`;
        return `decision ${i + 1} changed`;
      }
      list.push(this.chance(0.5) ? { text: `Nytt beslut ${++this.counter}.`, project: this.someProject() } : `Nytt beslut ${++this.counter}.`);
      return 'decision added';
    })],
    ['action added', this.onMinutes((m) => {
      const list = this.list(m, 'actions');
      const present = this.list(m, 'attendees').map((s) => String(s).split(',')[0]!);
      const who = this.chance(0.7) && present.length ? this.pick(present) : this.chance(0.5) ? String(this.orgs().organisations[this.someOrg()]!.name) : this.personRef(this.someone());
      const a: Obj = { who: this.chance(0.15) ? [who, this.personRef(this.someone())] : who, what: `Göra något ${++this.counter}.` };
      if (this.chance(0.4)) a.due = this.date(2015, 11);
      if (this.chance(0.4)) a.project = this.someProject();
      if (this.chance(0.2)) a.status = this.pick(['open', 'done']);
      list.push(a);
      return `action ${list.length} added`;
    })],
    ['action changed', this.onMinutes((m) => {
      const list = this.list(m, 'actions') as Obj[];
      if (list.length === 0) return undefined;
      const a = this.pick(list);
      const field = this.pick(['who', 'what', 'due', 'project', 'status']);
      switch (field) {
        case 'who': a.who = this.chance(0.5) ? this.personRef(this.someone()) : String(this.orgs().organisations[this.someOrg()]!.name); break;
        case 'what': a.what = `Ändrad åtgärd ${++this.counter}.`; break;
        case 'due': if (a.due && this.chance(0.4)) delete a.due; else a.due = this.date(2015, 11); break;
        case 'project': if (a.project && this.chance(0.4)) delete a.project; else a.project = this.someProject(); break;
        case 'status': a.status = a.status === 'done' ? 'open' : 'done'; break;
      }
      return `action ${field} changed`;
    })],
    ['action removed', this.onMinutes((m) => {
      const list = this.list(m, 'actions');
      if (list.length === 0) return undefined;
      list.pop();
      return 'last action removed';
    })],
    ['follow-up', this.onMinutes((m) => {
      const list = this.list(m, 'followups') as Obj[];
      const r = this.rand();
      if (list.length > 0 && r < 0.5) {
        const f = this.pick(list);
        f.status = this.pick(['open', 'done', 'dropped'].filter((s) => s !== f.status));
        return `follow-up of ${String(f.action)} now ${String(f.status)}`;
      }
      if (list.length > 0 && r < 0.65) {
        const [gone] = list.splice(Math.floor(this.rand() * list.length), 1) as Obj[];
        return `follow-up of ${String(gone!.action)} removed`;
      }
      const own = String(m.fm.date);
      const earlier = this.actionIds().filter((id) => id.split('/')[1]!.slice(0, 10) < own && !list.some((f) => f.action === id));
      if (earlier.length === 0) return undefined;
      const action = this.pick(earlier);
      list.push({ action, status: this.pick(['open', 'done', 'dropped']), ...(this.chance(0.5) ? { note: `Notering ${++this.counter}.` } : {}) });
      return `follow-up of ${action} added`;
    })],
    ['next_meeting', this.onMinutes((m) => {
      if (m.fm.next_meeting && this.chance(0.3)) {
        delete m.fm.next_meeting;
        return 'next meeting removed';
      }
      m.fm.next_meeting = this.chance(0.5) ? `${this.date(2015, 11)} 13:30` : this.date(2015, 11);
      return `next meeting ${String(m.fm.next_meeting)}`;
    })],
    ['title', this.onMinutes((m) => {
      if (m.fm.title && this.chance(0.4)) {
        delete m.fm.title;
        return 'title removed';
      }
      m.fm.title = `Möte om ${this.pick(TOPICS).toLocaleLowerCase('sv')} ${++this.counter}`;
      return `title ${String(m.fm.title)}`;
    })],
    ['summary', this.onMinutes((m) => {
      if (m.fm.summary && this.chance(0.3)) {
        delete m.fm.summary;
        return 'summary removed';
      }
      m.fm.summary = `En ny sammanfattning ${++this.counter}.${this.chance(0.3) ? ` Om ${String(this.orgs().projects[this.someProject()]!.name)}.` : ''}`;
      return 'summary changed';
    })],
    ['time, place or note', this.onMinutes((m) => {
      const key = this.pick(['time', 'location', 'note']);
      if (m.fm[key] && this.chance(0.3)) delete m.fm[key];
      else m.fm[key] = key === 'time' ? this.pick(['9:30', '13:30', '14.15', '18:00']) : key === 'location' ? this.pick(['Bryggan', 'Stadshuset', 'Digitalt']) : `Anmärkning ${++this.counter}.`;
      return `${key} ${String(m.fm[key])}`;
    })],
    ['former id given up', this.onMinutes((m) => {
      const list = this.list(m, 'former_ids');
      if (list.length === 0) return undefined;
      list.pop();
      return 'former id removed';
    })],
    ['date', () => {
      const rel = this.pick(this.minutesFiles());
      const m = this.readMinutes(rel);
      if (!m) return undefined;
      const old = String(m.fm.date);
      const date = this.chance(0.5) ? this.date(2015, 10) : new Date(Date.parse(`${old}T00:00:00Z`) + (this.chance(0.5) ? 1 : -1) * 86_400_000).toISOString().slice(0, 10);
      m.fm.date = date;
      const group = this.groupId(String(m.fm.group));
      // Keep the old id when the meeting has actions (they may be followed up), and now and then anyway.
      if (this.followedUp().has(`${group}/${old}`) ? this.chance(0.95) : this.chance(0.2)) this.list(m, 'former_ids').push(`${group}/${old}`);
      const moved = this.chance(0.8) ? `${path.posix.dirname(rel)}/${date}${rel.endsWith(`${old}.md`) ? '' : `-${++this.counter}`}.md` : rel;
      if (moved !== rel && fs.existsSync(this.abs(moved))) return undefined;
      this.writeMinutes(moved, m);
      if (moved !== rel) fs.rmSync(this.abs(rel));
      const changed = moved === rel ? [rel] : this.chance(0.7) ? [rel, moved] : this.chance(0.5) ? [moved, rel] : [moved];
      return { what: `${rel} date ${old} -> ${date}${moved !== rel ? `, moved to ${moved}` : ''}`, changed };
    }],
    ['group', () => {
      const rel = this.pick(this.minutesFiles());
      const m = this.readMinutes(rel);
      if (!m) return undefined;
      const old = this.groupId(String(m.fm.group));
      const to = this.someGroup();
      if (to === old) return undefined;
      m.fm.group = this.chance(0.5) ? to : String(this.orgs().groups[to]!.name);
      if (this.followedUp().has(`${old}/${String(m.fm.date)}`) || this.chance(0.2)) this.list(m, 'former_ids').push(`${old}/${String(m.fm.date)}`);
      const moved = this.chance(0.7) ? `minutes/${to}/${path.posix.basename(rel)}` : rel;
      if (moved !== rel && fs.existsSync(this.abs(moved))) return undefined;
      this.writeMinutes(moved, m);
      if (moved !== rel) fs.rmSync(this.abs(rel));
      return { what: `${rel} group ${old} -> ${to}${moved !== rel ? `, moved to ${moved}` : ''}`, changed: moved === rel ? [rel] : [rel, moved] };
    }],
    ['renamed', () => {
      const rel = this.pick(this.minutesFiles());
      const r = this.rand();
      const to = r < 0.4 ? rel.replace(/\.md$/, `-${++this.counter}.md`) : r < 0.8 ? `minutes/${this.someGroup()}/${path.posix.basename(rel)}` : `minutes/${this.someGroup()}/arkiv-${++this.counter}/${path.posix.basename(rel)}`;
      if (to === rel || fs.existsSync(this.abs(to))) return undefined;
      // A new folder is reported before the file in it, or alone.
      const folder = fs.existsSync(path.dirname(this.abs(to))) ? [] : [path.posix.dirname(to)];
      fs.mkdirSync(path.dirname(this.abs(to)), { recursive: true });
      fs.renameSync(this.abs(rel), this.abs(to));
      return { what: `${rel} -> ${to}`, changed: [...folder, ...(this.chance(0.6) ? [rel, to] : this.chance(0.5) ? [to, rel] : folder.length && this.chance(0.5) ? [] : [to])] };
    }],
    ['folder renamed', () => {
      const folders = [...new Set(this.filesUnder(() => true).map((rel) => path.posix.dirname(rel)))].filter((d) => d !== 'minutes');
      if (folders.length === 0) return undefined;
      const from = this.pick(folders);
      if (this.broken?.rel.startsWith(`${from}/`)) return undefined;
      const to = `${from}-${++this.counter}`;
      fs.renameSync(this.abs(from), this.abs(to));
      // The watcher reports both folders, and now and then the files in them as well.
      const files = this.chance(0.5) ? [] : this.filesUnder(() => true).filter((rel) => rel.startsWith(`${to}/`)).flatMap((rel) => [`${from}${rel.slice(to.length)}`, rel]);
      return { what: `${from} -> ${to}`, changed: [from, to, ...files] };
    }],
    ['deleted', () => {
      const followed = this.followedUp();
      const files = this.minutesFiles();
      if (files.length <= this.minFiles) return undefined;
      const rel = this.pick(files);
      const m = this.readMinutes(rel);
      if (!m || followed.has(`${this.groupId(String(m.fm.group))}/${String(m.fm.date)}`)) return undefined;
      this.removed.set(rel, this.read(rel));
      fs.rmSync(this.abs(rel));
      return { what: rel, changed: [rel] };
    }],
    ['restored', () => {
      if (this.removed.size === 0) return undefined;
      const [rel, text] = this.pick([...this.removed]);
      if (fs.existsSync(this.abs(rel))) return undefined;
      this.removed.delete(rel);
      this.write(rel, text);
      return { what: rel, changed: [rel] };
    }],
    ['added', () => {
      const rel = this.pick(this.minutesFiles());
      const m = this.readMinutes(rel);
      if (!m) return undefined;
      const date = this.date(2015, 10);
      const to = `${path.posix.dirname(rel)}/${date}.md`;
      if (fs.existsSync(this.abs(to))) return undefined;
      m.fm.date = date;
      delete m.fm.actions;
      delete m.fm.followups;
      delete m.fm.former_ids;
      this.writeMinutes(to, m);
      return { what: to, changed: [to] };
    }],
    ['YAML error', () => {
      if (this.broken) return undefined;
      const rel = this.pick(this.minutesFiles());
      const text = this.read(rel);
      const broken = this.pick([(t: string) => t.replace(/\nattendees:\n/, '\nattendees: [\n'), (t: string) => t.replace(/^---\n/, '---\ngroup: x\n'), (t: string) => t.replace(/\ndate: /, '\ndate: :')])(text);
      if (broken === text) return undefined;
      this.write(rel, broken);
      this.broken = { rel, text };
      return { what: rel, changed: [rel], broken: true };
    }],
    ['YAML error in a registry', () => this.registrySlip()],

    // Attachments and links between minutes.
    ['attachment added', () => {
      const rel = this.pick(this.minutesFiles());
      const m = this.readMinutes(rel);
      if (!m) return undefined;
      const n = ++this.counter;
      const ext = this.pick(['pdf', 'png', 'txt']);
      const file = `${path.posix.dirname(rel)}/${this.chance(0.5) ? 'bilagor/' : ''}${ext === 'png' ? 'karta' : 'bilaga'}-${n}.${ext}`;
      const folder = fs.existsSync(path.dirname(this.abs(file))) ? [] : [path.posix.dirname(file)];
      const href = path.posix.relative(path.posix.dirname(rel), file);
      this.write(file, this.attachmentBytes(file));
      m.body += ext === 'png' ? `\n![Karta ${n}](${href})\n` : `\nSe [bilagan ${n}](${href}).\n`;
      this.writeMinutes(rel, m);
      return { what: `${rel} links ${file}`, changed: [...folder, ...(this.chance(0.5) ? [file, rel] : [rel, file])] };
    }],
    ['attachment saved again', () => {
      const files = this.attachments();
      if (files.length === 0) return undefined;
      const file = this.pick(files);
      this.write(file, this.attachmentBytes(file));
      return { what: file, changed: [file] };
    }],
    ['attachment unlinked', this.onMinutes((m) => {
      const lines = m.body.split('\n');
      const i = lines.findIndex((l) => /^(Se \[bilagan|!\[Karta) \d+\]/.test(l));
      if (i < 0) return undefined;
      const [gone] = lines.splice(i, 1);
      m.body = lines.join('\n');
      return `link removed: ${gone}`;
    })],
    ['attachment removed', () => {
      const files = this.attachments();
      if (files.length === 0) return undefined;
      const file = this.pick(files);
      fs.rmSync(this.abs(file));
      return { what: file, changed: [file] };
    }],
    ['minutes linked', this.onMinutes((m, rel) => {
      const other = this.pick(this.minutesFiles());
      if (other === rel) return undefined;
      const href = path.posix.relative(path.posix.dirname(rel), other);
      m.body += `\nSe [mötet ${++this.counter}](${href}).\n`;
      return `links ${other}`;
    })],

    // people.yml
    ['person added', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = `ny-person-${++this.counter}`;
      people[id] = { name: `Ny Person ${this.counter}`, organisation: this.someOrg(), ...(this.chance(0.3) ? { role: 'handläggare' } : {}) };
      return id;
    })],
    ['person renamed', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      const old = String(p.name);
      p.name = `${old.split(' ')[0]} ${this.pick(['Ny', 'Gift', 'Bytt'])}${++this.counter}`;
      p.aliases = [...((p.aliases as string[] | undefined) ?? []), old];
      return `${id}: ${old} -> ${String(p.name)}`;
    })],
    ['alias added', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      p.aliases = [...((p.aliases as string[] | undefined) ?? []), `${String(p.name).split(' ')[0]} ${String.fromCharCode(65 + (++this.counter % 26))}${this.counter}.`];
      return id;
    })],
    ['publish', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      const to = this.pick(['full', 'initials', 'hidden', undefined].filter((v) => v !== p.publish));
      if (to === undefined) delete p.publish;
      else p.publish = to;
      return `${id} publish ${String(to)}`;
    })],
    ['person organisation', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      const old = p.organisation;
      p.organisation = this.someOrg();
      if (old && this.chance(0.5)) p.memberships = [...((p.memberships as Obj[] | undefined) ?? []), { organisation: old, role: 'tidigare', to: this.date(2015, 10) }];
      return `${id} organisation -> ${String(p.organisation)}`;
    })],
    ['membership', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      const list = (p.memberships as Obj[] | undefined) ?? [];
      if (list.length > 0 && this.chance(0.3)) {
        list.pop();
        p.memberships = list;
        return `${id} membership removed`;
      }
      const from = this.date(2014, 8);
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(this.rand() * 2000) * 86_400_000).toISOString().slice(0, 10);
      list.push({ ...(this.chance(0.6) ? { group: this.someGroup() } : { organisation: this.someOrg() }), ...(this.chance(0.5) ? { role: this.pick(['ersättare', 'ledamot', 'sekreterare']) } : {}), ...(this.chance(0.7) ? { from } : {}), ...(this.chance(0.6) ? { to } : {}) });
      p.memberships = list;
      return `${id} membership added`;
    })],
    ['person role', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      if (p.role) delete p.role;
      else p.role = this.pick(['ordförande', 'handläggare', 'utvecklingsledare']);
      return `${id} role ${String(p.role)}`;
    })],
    ['person removed', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      delete people[id];
      return id;
    })],
    ['added to organisations.yml', this.onRegistry('organisations.yml', (o: Registry) => {
      const kind = this.pick(['organisations', 'groups', 'projects'] as const);
      const id = `ny-${kind.slice(0, -1)}-${++this.counter}`;
      o[kind][id] = { name: `Ny ${kind.slice(0, -1)} ${this.counter}`, ...(kind !== 'organisations' ? { organisation: this.someOrg() } : {}) };
      return `${kind} ${id}`;
    })],
    ['owner changed', this.onRegistry('organisations.yml', (o: Registry) => {
      const kind = this.pick(['groups', 'projects'] as const);
      const entries = o[kind];
      const id = this.pick(Object.keys(entries));
      if (entries[id]!.organisation && this.chance(0.3)) delete entries[id]!.organisation;
      else entries[id]!.organisation = this.someOrg();
      return `${kind} ${id} organisation ${String(entries[id]!.organisation)}`;
    })],
    ['person url', this.onRegistry('people.yml', (people: Record<string, Obj>) => {
      const id = this.someone();
      const p = people[id]!;
      if (p.url) delete p.url;
      else p.url = `https://example.org/${id}`;
      return id;
    })],

    // organisations.yml
    ['group renamed', this.onRegistry('organisations.yml', (o: Registry) => {
      const id = this.someGroup();
      const g = o.groups[id]!;
      const old = String(g.name);
      g.name = `Grupp ${++this.counter} omdöpt`;
      g.aliases = [...((g.aliases as string[] | undefined) ?? []), old];
      return `${id}: ${old} -> ${String(g.name)}`;
    })],
    ['group ended', this.onRegistry('organisations.yml', (o: Registry) => {
      const id = this.someGroup();
      const g = o.groups[id]!;
      if (g.ended) delete g.ended;
      else g.ended = this.date(2016, 12);
      return `${id} ended ${String(g.ended)}`;
    })],
    ['group members', this.onRegistry('organisations.yml', (o: Registry) => {
      const id = this.someGroup();
      const g = o.groups[id]!;
      const members = (g.members as string[] | undefined) ?? [];
      if (members.length > 0 && this.chance(0.5)) members.splice(Math.floor(this.rand() * members.length), 1);
      else {
        const p = this.someone();
        if (members.includes(p)) return undefined;
        members.push(p);
      }
      g.members = members;
      return `${id} members`;
    })],
    ['group former_ids', this.onRegistry('organisations.yml', (o: Registry) => {
      const id = this.someGroup();
      const g = o.groups[id]!;
      if (g.former_ids) delete g.former_ids;
      else g.former_ids = [`gamla-${id}`];
      return `${id} former_ids ${JSON.stringify(g.former_ids)}`;
    })],
    ['project renamed', this.onRegistry('organisations.yml', (o: Registry) => {
      const id = this.someProject();
      const p = o.projects[id]!;
      const r = this.rand();
      if (r < 0.4) {
        const old = String(p.name);
        p.name = `Projekt ${++this.counter} nytt`;
        p.aliases = [...((p.aliases as string[] | undefined) ?? []), old];
        return `${id}: ${old} -> ${String(p.name)}`;
      }
      if (r < 0.7) {
        if (p.ended) delete p.ended;
        else p.ended = this.date(2015, 12);
        return `${id} ended ${String(p.ended)}`;
      }
      p.aliases = [...((p.aliases as string[] | undefined) ?? []), `Alias${++this.counter}`];
      return `${id} alias added`;
    })],
    ['organisation renamed', this.onRegistry('organisations.yml', (o: Registry) => {
      const id = this.someOrg();
      const org = o.organisations[id]!;
      if (this.chance(0.6)) {
        const old = String(org.name);
        org.name = `Organisation ${++this.counter}`;
        org.aliases = [...((org.aliases as string[] | undefined) ?? []), old];
        return `${id}: ${old} -> ${String(org.name)}`;
      }
      if (org.ended) delete org.ended;
      else org.ended = this.date(2015, 12);
      return `${id} ended ${String(org.ended)}`;
    })],
  ];
}
