// `minutes import`: drafts of minutes files from legacy notes (.txt, .md, .docx), one per file, never overwriting.
import fs from 'node:fs';
import path from 'node:path';
import { diskProblemWords, UserError } from '../errors.js';
import { archiveMinutes, type ArchiveMinutes } from '../import/archive.js';
import { commandWord, MINUTES_DIR, ORGANISATIONS_FILE, PEOPLE_FILE } from '../load/files.js';
import { parseArchive, readArchive } from '../load/index.js';
import { validate } from '../validate/index.js';
import { label } from '../validate/registry.js';
import { didYouMean } from '../util/suggest.js';
import { todayInSweden } from '../util/dates.js';
import { appendPeople, draftPath, importBatch, insertOrganisations, planAdditions, renderDraft, Resolver, withAdditions, type Additions, type Draft, type SourceText } from '../import/index.js';
import { importFiles, readImportFile, type ImportFile } from '../import/read.js';
import { unknowns } from '../import/render.js';
import { count, plural } from '../util/plural.js';
import { replaceFiles, writeNewFile } from '../util/atomic-write.js';
import type { Command, Io, Values } from './types.js';
import { HELP_OPTION, ROOT_OPTION } from './types.js';
import { rootOf, seconds } from './shared.js';

const HELP = `Användning: minutes import FIL|MAPP… [--group GRUPP] [--year ÅÅÅÅ] [--out MAPP] [--root MAPP] [--add-people]

Gör ett utkast till protokoll av varje fil med gamla mötesanteckningar (.txt, .md
eller .docx) och sparar det som minutes/<grupp>/<datum>.md. Befintliga filer skrivs
aldrig över. En mapp står för alla filer i den och i dess undermappar, utom dolda
filer, Words låsfiler (~$…) och mappen som utkasten skrivs till.

Importen känner igen rubriken med grupp och datum (också med "Minnesanteckningar"
eller "Protokoll" ensamt på raden ovanför, med eller utan tomma rader emellan, och då
även gruppens namn utan datum),
blocken Närvarande, Fasta ledamöter (med "(ej närvarande)"), Frånvarande och
Förhinder, där rader inom parentes under ett namn, som "(kom 13.30)", hör till
namnet, liksom korta rader utan parentes om när personen kom eller gick eller hur
hen var med, som "kom 13.30", "t.o.m. punkt 3" eller "via Teams", när fler namn
följer eller listan slutar där; annan text under ett namn
avslutar listan och blir kvar i texten. Den känner också igen Vid pennan (och
Sekreterare, Antecknat av, Protokollförare) och signaturer som /David, punkter med rubriker
(även numrerade, som "1. Läxhjälp", "§ 1 Läxhjälp", "Punkt 1: Läxhjälp", med romerska
siffror, "I. Läxhjälp", eller med bokstäver, "a) Läxhjälp", när numren löper 1, 2, 3 …,
I, II, III … eller a, b, c … genom texten, eller när en ensam "1. Läxhjälp" har text
under sig; en .docx-fils nummer skrivs som Word visar dem), raderna Datum:,
Tid: och Plats: överst (också under en lång lista med namn; under "Nästa möte"
gäller de nästa möte: dagen och tiden blir next_meeting och platsen blir kvar i
texten), punktlistor och
numrerade listor. I en .txt-fil blir varje rad ett eget stycke, också en rad under
en punkt i en lista, som när text från Word klistras in i Anteckningar; rader som är
radbrutna mitt i meningar (någon av dem börjar med liten bokstav, eller med ett tal
och sedan liten bokstav, "500 kr i månaden", under en rad som inte slutar en mening,
men inte när två eller fler rader börjar med ett tal, som tider eller belopp en per rad)
fogas ihop till ett stycke. Meningar som "Leif ska …" blir förslag på åtgärder,
rader med "Beslut:" förslag på beslut och "Ansvarig:" med "Klart till:" på åtgärder.
Namn jämförs med people.yml och organisations.yml på samma sätt som i minutes check;
okända namn listas överst i utkastet med förslag. En dagordning eller kallelse (en fil vars första rad eller
rubrik säger "Dagordning", "Föredragningslista" eller "Kallelse" men inte "Protokoll"
eller "Minnesanteckningar", utan närvarande och utan Vid pennan) är inget protokoll och
blir inget utkast.

Saknas året i datumet tas det från --year, eller från veckodagar i texten och
gruppens mötesdag när de bara passar ett år nära gruppens andra protokoll.
Annars får date ett värde som minutes check underkänner, så att det syns.

Flaggor:
  --group GRUPP   gruppen, när texten inte nämner en grupp som finns i organisations.yml
  --year ÅÅÅÅ     året, när datumet i texten saknar år
  --out MAPP      skriv utkasten under MAPP/<grupp>/ i stället för minutes/
  --root MAPP     mappen med minutes/, people.yml och organisations.yml (standard: aktuell mapp eller närmaste mapp ovanför med dem)
  --add-people    lägg till okända personer sist i people.yml (och nya organisationer
                  i organisations.yml) i stället för att bara lista dem; ett namn som
                  stavas nästan som en persons som redan finns (namn eller alias, eller
                  tillagd tidigare i samma import) läggs inte till utan står kvar som det
                  är skrivet, så att minutes check frågar "Menade du …?"
  --help, -h      visa den här hjälpen

Skriver en rad per fil, till exempel:
  minutes/gemensam-utvecklingsgrupp/2016-03-07.md: 10 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 1 åtgärd föreslagen
och sist en rad om hela importen: hur många utkast som skrevs, fanns redan eller
saknar datum eller grupp (eller har en veckodag som inte stämmer med datumet, eller
flera möten), hur många dagordningar som hoppades över, hur många filer som inte
kunde läsas, och tiden. Fanns ett utkast redan, säger raden före den vad du kan göra
med källan, och hur ett annat möte samma dag importeras.

Slutkod: 0 när varje fil fick ett utkast, redan hade ett eller var en dagordning, så
att samma import kan köras igen. 1 vid fel på kommandoraden, eller när någon fil inte kunde läsas,
något utkast inte kunde skrivas eller två filer med olika text blev samma utkast (de andra
importeras ändå). 2 vid en bugg i minutes.
130 (Ctrl-C) eller 143 (SIGTERM) när importen avbröts.`;

export const importCommand: Command = {
  name: 'import',
  options: { ...ROOT_OPTION, ...HELP_OPTION, group: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, 'add-people': { type: 'boolean' } },
  allowPositionals: true,
  help: HELP,
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UserError(`Ange minst en fil att importera.\n\n${HELP.split('\n\n')[0]}\n\nMer hjälp: minutes import --help`);
    const started = performance.now();
    const root = rootOf(values, io);
    const yearOption = yearOf(values);
    const { resolver, archive, warnings } = loadRegistries(root);
    for (const w of warnings) io.stderr(w);
    const groupOption = groupOf(values, resolver);
    const outDir = typeof values.out === 'string' ? path.resolve(io.cwd, values.out) : path.join(root, MINUTES_DIR);
    // Drafts are named as `minutes check` names files (relative to the root) when they are inside it.
    const shown = (abs: string) => {
      const rel = path.relative(root, abs);
      return (rel && !rel.startsWith('..') ? rel : path.relative(io.cwd, abs) || abs).split(path.sep).join('/');
    };

    const named = positionals.map((file) => ({ abs: path.resolve(io.cwd, file), shown: file }));
    // A folder stands for the files under it; the drafts' own folder is left out.
    const { files, problems } = importFiles(named, [outDir]);
    const sources: SourceText[] = [];
    /** The files read, as `sources` holds their texts. */
    const readFiles: ImportFile[] = [];
    let unread = problems.length;
    for (const p of problems) io.stderr(`${p.shown}: ${p.message}`);
    for (const file of files) {
      const read = await readImportFile(file.abs);
      if (!read.ok) {
        io.stderr(`${file.shown}: ${read.message}`);
        unread++;
        continue;
      }
      sources.push({ source: file.source, text: read.text, markdown: read.markdown, ...(read.word ? { word: true } : {}), readNotes: read.notes, ...(groupOption ? { groupOption } : {}) });
      readFiles.push(file);
    }

    const drafts = importBatch(sources, resolver, { today: io.today ?? todayInSweden(), archiveYears: archive.archiveYears, ...(yearOption !== undefined ? { yearOption } : {}) });
    const added: Additions[] = [];
    const count: BatchCounts = { written: 0, existed: 0, unread, unwritten: 0, clashed: 0, agendas: 0, unsettled: 0 };
    /** Drafts written by this run, by target: a second file with the same target is a copy, or text that has no draft. */
    const writtenNow = new Map<string, SourceText>();
    /** The first file whose draft was there already, and that draft: what to do about it is said once. */
    let existed: { file: ImportFile; target: string } | undefined;
    for (const [i, draft] of drafts.entries()) {
      if (draft.agendaLine !== undefined) {
        io.stdout(
          `${readFiles[i]!.shown}: "${draft.agendaLine}" och inga närvarande: en dagordning eller kallelse, inget protokoll – inget utkast skrevs. Är det ett protokoll, skriv in vilka som var närvarande och importera filen igen.`,
        );
        count.agendas++;
        continue;
      }
      // In the archive's own minutes/, a group's drafts join the folder its minutes are in (see `minutes new`).
      const folderOf = typeof values.out === 'string' ? undefined : archive.folderOf;
      const target = path.join(outDir, ...draftPath(draft, folderOf).split('/'));
      const earlier = writtenNow.get(target);
      if (earlier && !sameText(earlier.text, sources[i]!.text)) {
        io.stderr(
          `${readFiles[i]!.shown}: inget utkast skrevs: ${shown(target)} skrevs nyss från ${earlier.source}, men ${draft.source} har en annan text. Slå ihop dem för hand, eller ge källan ett eget datum eller filnamn och importera den igen.`,
        );
        count.clashed++;
        continue;
      }
      if (fs.existsSync(target)) {
        // From an earlier run, or by hand: a re-run of the same import writes nothing and is no failure.
        io.stdout(`${shown(target)}: finns redan – inget skrevs (från ${draft.source}${earlier ? `, samma text som ${earlier.source}` : ''}).`);
        count.existed++;
        existed ??= { file: readFiles[i]!, target };
        continue;
      }
      // The registries are extended only once the draft that names the new people is written.
      const update = values['add-people'] === true ? planRegistryUpdate(root, draft, resolver, added, io) : undefined;
      const additions = update?.additions;
      const shownDraft = additions ? withAdditions(draft, additions) : draft;
      const text = renderDraft(shownDraft, additions ? { registered: additions.registered, notes: additions.notes } : {});
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        writeNewFile(target, text);
      } catch (err) {
        io.stderr(`${shown(target)}: kunde inte skrivas (${(err as NodeJS.ErrnoException).code ?? String(err)}).`);
        count.unwritten++;
        continue;
      }
      if (update) {
        let changed: string | undefined;
        try {
          changed = replaceRegistries(root, draft, update);
        } catch (err) {
          // The draft says its people were added: without them it is taken back, and the registries are as they were.
          fs.rmSync(target, { force: true });
          const which = update.writes.map((w) => path.basename(w.file)).join(' och ');
          io.stderr(`${shown(target)}: kunde inte skrivas, eftersom ${which} inte gick att utöka (${diskProblemWords(err) ?? String(err)}); registren är som de var.`);
          count.unwritten++;
          continue;
        }
        if (changed !== undefined) {
          fs.rmSync(target, { force: true });
          io.stderr(
            `${shown(target)}: inget utkast skrevs, eftersom ${changed} ändrades av något annat program medan importen pågick, och de nya namnen gick inte att lägga till i det som nu står där; ${changed} är som det sparades då. Kör importen igen.`,
          );
          count.unwritten++;
          continue;
        }
        added.push(update.additions);
      }
      count.written++;
      writtenNow.set(target, sources[i]!);
      if (draft.date.kind === 'open' || draft.date.weekdayClash || !draft.group || draft.otherMeetings.length > 0) count.unsettled++;
      io.stdout(`${shown(target)}: ${summary(shownDraft, additions)}`);
    }
    if (existed) io.stderr(keptOriginal(existed, root));
    io.stderr(batchSummary(count, seconds(performance.now() - started)));
    return count.unread + count.unwritten + count.clashed > 0 ? 1 : 0;
  },
};

function yearOf(values: Values): number | undefined {
  if (values.year === undefined) return undefined;
  const y = String(values.year);
  if (!/^\d{4}$/.test(y)) throw new UserError(`--year "${y}" är inget årtal; skriv till exempel --year 2016.`);
  return Number(y);
}

function groupOf(values: Values, resolver: Resolver): string | undefined {
  if (typeof values.group !== 'string') return undefined;
  const r = resolver.registry.groups.resolve(values.group);
  if (r.kind === 'found') return values.group;
  const hint = r.kind === 'unknown' ? (didYouMean(r.suggestions.map(label)) ?? 'Lägg till gruppen under groups i organisations.yml.') : 'Skriv gruppens id.';
  throw new UserError(`Gruppen "${values.group}" finns inte i organisations.yml. ${hint}`);
}

/** The registries (exactly as `minutes check` reads them) and what the archive's minutes tell of new ones (see ArchiveMinutes). */
function loadRegistries(root: string): { resolver: Resolver; archive: ArchiveMinutes; warnings: string[] } {
  const loaded = readArchive(root);
  const validated = validate(parseArchive(loaded));
  // A missing minutes/ is an archive's first import, not a problem; a missing registry leaves its names unknown.
  const lost: Record<string, string> = { [PEOPLE_FILE]: 'Alla personer blir okända.', [ORGANISATIONS_FILE]: 'Alla grupper och organisationer blir okända.' };
  const warnings = loaded.findings.filter((f) => f.code === 'file-missing' && lost[f.file] !== undefined).map((f) => `${f.message} ${lost[f.file]}`);
  return { resolver: new Resolver(validated.registry), archive: archiveMinutes(validated), warnings };
}

/** A registry file's new text, and the text it had when read: it is replaced only while it still has that. */
interface RegistryWrite {
  readonly file: string;
  readonly text: string;
  readonly was: string;
}

/** --add-people's additions for one draft and the registry files as they become with them; when the files cannot be extended safely, nothing is added. */
function planRegistryUpdate(root: string, draft: Draft, resolver: Resolver, earlier: readonly Additions[], io: Io): { additions: Additions; writes: readonly RegistryWrite[] } {
  const plan = planAdditions(draft, resolver, earlier);
  if (plan.people.length === 0 && plan.organisations.length === 0) return { additions: plan, writes: [] };
  const extended = extendRegistries(root, draft, plan);
  if (typeof extended === 'string') {
    io.stderr(`${extended} kunde inte utökas utan att ändra det som redan står där; inga namn lades till för ${draft.source}.`);
    return { additions: { people: [], organisations: [], registered: new Set(), ids: new Map(), notes: [`${extended} kunde inte utökas automatiskt; lägg till personerna för hand.`] }, writes: [] };
  }
  return { additions: plan, writes: extended };
}

/** The registry files as they are on disk now, with `plan`'s additions; the file's name when one cannot take them safely. */
function extendRegistries(root: string, draft: Draft, plan: Additions): RegistryWrite[] | string {
  const peopleFile = path.join(root, PEOPLE_FILE);
  const orgsFile = path.join(root, ORGANISATIONS_FILE);
  const peopleWas = readRegistry(peopleFile);
  const orgsWas = readRegistry(orgsFile);
  const people = appendPeople(peopleWas, plan.people, draft.source);
  const orgs = insertOrganisations(orgsWas, plan.organisations, draft.source);
  if (people === undefined) return PEOPLE_FILE;
  if (orgs === undefined) return ORGANISATIONS_FILE;
  return [...(plan.organisations.length > 0 ? [{ file: orgsFile, text: orgs, was: orgsWas }] : []), ...(plan.people.length > 0 ? [{ file: peopleFile, text: people, was: peopleWas }] : [])];
}

const readRegistry = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

/**
 * Writes the registries of `update`, unless one of them has changed on disk since it was read (saved in the editor,
 * extended by a second import): then the additions are made again to what is there now, so that the other change is
 * kept too. Returns the name of a registry that changed and can no longer take the additions (an id they use is
 * taken now), and then writes nothing. Throws when the disk refuses (see replaceFiles).
 */
function replaceRegistries(root: string, draft: Draft, update: { additions: Additions; writes: readonly RegistryWrite[] }): string | undefined {
  let writes = update.writes;
  let changed: RegistryWrite | undefined;
  // A file saved again and again while we look: a few tries, then it is left to the user.
  for (let tries = 0; tries < 3; tries++) {
    changed = writes.find((w) => readRegistry(w.file) !== w.was);
    if (!changed) {
      replaceFiles(writes);
      return undefined;
    }
    const again = extendRegistries(root, draft, update.additions);
    if (typeof again === 'string') return again;
    writes = again;
  }
  return path.basename(changed!.file);
}

interface BatchCounts {
  written: number;
  /** Drafts not written because their file exists. */
  existed: number;
  /** Files (and folders) that could not be read. */
  unread: number;
  unwritten: number;
  /** Files whose draft would have the name of a draft written from another text in the same run. */
  clashed: number;
  /** Agendas and notices of meetings: no minutes, so no draft. */
  agendas: number;
  /** Drafts written without a date or group, with a weekday the date does not fall on, or holding several meetings. */
  unsettled: number;
}

/**
 * What to do with a file whose draft was there already: it is most often the original of those minutes, imported
 * before or copied by hand, and may stay (`minutes check` passes it by in minutes/); when it is another meeting of the
 * same day, its draft is made elsewhere with --out and given a name of its own.
 */
function keptOriginal({ file, target }: { file: ImportFile; target: string }, root: string): string {
  const inMinutes = !path.relative(path.join(root, MINUTES_DIR), file.abs).startsWith('..');
  const stay = inMinutes ? ': den får ligga kvar i minutes/ som protokollets original (minutes check säger inget om den) eller flyttas därifrån' : '';
  const other = `${path.basename(target, '.md')}-2.md`;
  return `Ett protokoll som fanns redan skrevs inte över, och källan är orörd${stay}. Är källan ett annat möte samma dag, gör utkastet med minutes import ${commandWord(file.shown)} --out utkast, flytta det till minutes/ under ett eget namn, som ${other}, och ge båda protokollen var sin titel med fältet title.`;
}

/** The last line: what became of the whole batch, and how long it took. */
function batchSummary(c: BatchCounts, took: string): string {
  const parts = [`${count(c.written)} utkast skrevs`];
  if (c.existed > 0) parts.push(`${count(c.existed)} fanns redan`);
  if (c.agendas > 0) parts.push(`${plural(c.agendas, 'dagordning eller kallelse', 'dagordningar eller kallelser')} hoppades över`);
  if (c.unread > 0) parts.push(`${plural(c.unread, 'fil', 'filer')} kunde inte läsas`);
  if (c.unwritten > 0) parts.push(`${count(c.unwritten)} utkast kunde inte skrivas`);
  if (c.clashed > 0) parts.push(`${count(c.clashed)} utkast skrevs inte (samma filnamn som ett annat)`);
  const unsettled = c.unsettled > 0 ? ` ${count(c.unsettled)} utkast saknar datum eller grupp, har en veckodag som inte stämmer med datumet, eller har flera möten.` : '';
  const next = c.written > 0 ? ' Läs igenom utkasten och kör minutes check.' : '';
  return `Klart på ${took}: ${parts.join(', ')}.${unsettled}${next}`;
}

/** "10 närvarande, 0 frånvarande, 0 okända namn, 0 beslut föreslagna, 1 åtgärd föreslagen" plus what is left to do. */
function summary(d: Draft, additions?: Additions): string {
  const parts = [
    `${d.attendance.present.length} närvarande`,
    `${d.attendance.absent.length} frånvarande`,
    plural(unknowns(d, additions?.registered).length, 'okänt namn', 'okända namn'),
    plural(d.decisions?.length ?? 0, 'beslut föreslaget', 'beslut föreslagna'),
    plural(d.actions.length, 'åtgärd föreslagen', 'åtgärder föreslagna'),
  ];
  const todo: string[] = [];
  if (d.date.kind === 'open') todo.push(d.date.placeholder.startsWith('ÅÅÅÅ-MM') ? 'datum saknas' : 'året saknas');
  else if (d.date.weekdayClash) todo.push('veckodagen stämmer inte med datumet');
  if (!d.group) todo.push('grupp saknas');
  if (d.otherMeetings.length > 0) todo.push(`${d.otherMeetings.length + 1} möten i samma fil?`);
  if (additions && additions.people.length > 0) todo.push(`${plural(additions.people.length, 'person tillagd', 'personer tillagda')} i ${PEOPLE_FILE}`);
  if (additions && additions.organisations.length > 0) todo.push(`${plural(additions.organisations.length, 'organisation tillagd', 'organisationer tillagda')} i ${ORGANISATIONS_FILE}`);
  return `${parts.join(', ')}${todo.length > 0 ? `; ${todo.join(', ')}` : ''}`;
}

/** The same text, however its lines end and whether it was saved composed or decomposed. */
const sameText = (a: string, b: string): boolean => {
  const norm = (t: string) => t.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return norm(a) === norm(b);
};
