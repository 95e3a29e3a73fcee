// `minutes new`: write a new minutes file at the conventional path, pre-filled, never over an existing one.
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../pipeline.js';
import { buildModel } from '../model/build.js';
import { prefill } from '../new/prefill.js';
import { UserError } from '../errors.js';
import { addDays, clashDays, formatDate, guessDate, isValidDate, looksLikeDate, todayInSweden, weekdayClash, weekdayClashWords, whyNoSuchDay, type WeekdayClash } from '../util/dates.js';
import { didYouMean } from '../util/suggest.js';
import { label } from '../validate/registry.js';
import { abbreviationHint } from '../validate/group-guess.js';
import type { Model } from '../model/types.js';
import type { EntityDoc, MinutesDoc } from '../validate/documents.js';
import { exampleOf } from '../validate/examples.js';
import { formatText } from '../diagnostics.js';
import { count, plural } from '../util/plural.js';
import { writeNewFile } from '../util/atomic-write.js';
import type { Command } from './types.js';
import { HELP_OPTION, ROOT_OPTION } from './types.js';
import { rootOf } from './shared.js';

export const newCommand: Command = {
  name: 'new',
  options: { ...ROOT_OPTION, ...HELP_OPTION, group: { type: 'string', short: 'g' }, date: { type: 'string', short: 'd' } },
  // Only to explain them: a group's name with spaces, not quoted, reaches here as the words after its first.
  allowPositionals: true,
  help: `Användning: minutes new --group GRUPP [--date ÅÅÅÅ-MM-DD] [--root MAPP]

Skriver ett nytt protokoll, <datum>.md, i mappen med gruppens senaste
protokoll (minutes/<grupp>/ för en grupp utan protokoll), ifyllt med
  - gruppen och datumet (standard: nästa möte enligt gruppens senaste
    protokoll, annars dagens datum),
  - gruppens fasta ledamöter på mötets datum som närvarande (members i
    organisations.yml och de vars medlemskap i people.yml gäller då), eller,
    om gruppen inte har några, de som var med förra mötet; ta bort dem som
    inte kom,
  - sekreteraren och platsen från förra mötet,
  - en uppföljning för varje åtgärd i gruppen som är öppen på mötets datum.
För en grupp som avslutats (ended i organisations.yml) skrivs inget protokoll
efter slutet. En befintlig fil skrivs aldrig över. Filen går igenom minutes check som den är,
utom när gruppen varken har fasta ledamöter eller tidigare protokoll: skriv
då in vilka som var med under attendees.

Flaggor:
  --group, -g GRUPP      gruppens id, namn eller alias, som minutes check läser group:
                         (för en förkortning som inte är alias föreslås gruppen)
  --date, -d DATUM       mötets datum, ÅÅÅÅ-MM-DD (för en dag utan år, 7 mars,
                         föreslås den första efter gruppens senaste protokoll)
  --root MAPP            mappen med minutes/, people.yml och organisations.yml (standard: aktuell mapp eller närmaste mapp ovanför med dem)
  --help, -h             visa den här hjälpen

Skriver den nya filens sökväg på stdout, så att $EDITOR "$(minutes new --group GRUPP)"
öppnar den.
Slutkod: 0 när filen skrevs, 1 när ingen fil skrevs (fel på kommandoraden, okänd grupp,
felskrivet datum, filen eller ett protokoll från samma möte finns redan, gruppen har
avslutats), 2 vid en bugg i minutes, 130 (Ctrl-C) eller 143 (SIGTERM) när kommandot avbröts.`,
  async run(values, positionals, io) {
    const root = rootOf(values, io);
    const today = io.today ?? todayInSweden();
    if (positionals.length > 0) throw new UserError(unexpected(positionals, values.group, today, () => groupExample(root, today)));
    if (typeof values.group !== 'string' || values.group.trim() === '') throw new UserError(askForGroup(groupExample(root, today)));
    const date = typeof values.date === 'string' ? values.date.trim() : undefined;
    // A day without a year ("7 mars") is told once the group's minutes are read: its year is reckoned from them.
    // A weekday the day does not fall on ("tisdag 7 mars 2016", a Monday) is read too, to be told.
    const reads = (after?: string) => date !== undefined && (guessDate(date, after) ?? weekdayClash(date, after)) !== undefined;
    const yearless = date !== undefined && !isValidDate(date) && !reads() && reads(today);
    if (date !== undefined && !isValidDate(date) && !yearless) throw new UserError(notADate(date, { date: guessDate(date), clash: weekdayClash(date) }, today));
    const checked = check(root, today);
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    // A mistake elsewhere in the archive should not stop a new file; what could be read is used.
    if (errors.length > 0) io.stderr(`Obs: arkivet har ${count(errors.length)} fel (kör minutes check). Det som gick att läsa används.\n${formatText(errors.slice(0, 5))}`);
    const registry = checked.validated.registry;
    const found = registry.groups.resolve(values.group);
    if (found.kind !== 'found') {
      // As check tells a `group:` that names none: an abbreviation ("GUG") first, then near matches.
      const hint =
        found.kind === 'unknown'
          ? (abbreviationHint(registry.groups, values.group, (id) => `--group ${id}`) ?? didYouMean(found.suggestions.map(label)) ?? groupList(registry.groups.entries))
          : `Den kan vara flera: ${found.entries.map((e) => e.id.value).join(', ')}.`;
      throw new UserError(`Hittar inte gruppen "${values.group}" i organisations.yml.${hint ? ` ${hint}` : ''}`);
    }
    const groupId = found.entry.id.value;
    const model = buildModel(checked.validated.minutes, registry);
    if (yearless) {
      throw new UserError(notADate(date!, yearReckoned(model, groupId, date!, today) ?? {}, today));
    }
    const result = prefill({ model, groupId, ...(date ? { date } : {}), today });
    if (fs.existsSync(path.join(root, result.path))) throw new UserError(`${result.path} finns redan. Inget skrevs.`);
    // A group that has ended holds no more meetings: a new file after its end is most often the wrong group.
    const ended = model.groups.get(groupId)!.ended;
    if (ended !== undefined && result.date > ended) {
      throw new UserError(
        `${found.entry.name?.value ?? groupId} avslutades ${formatDate(ended)} (ended i organisations.yml), så inget protokoll skrevs för ${formatDate(result.date)}. Skriver du in ett protokoll från före slutet: ange mötets datum med --date. Har gruppen fortsatt: ändra eller ta bort ended.`,
      );
    }
    const existing = model.meetings.find((m) => m.groupId === groupId && m.date === result.date);
    if (existing) throw new UserError(`Det finns redan ett protokoll för ${found.entry.name?.value ?? groupId} ${result.date}: ${existing.file}. Inget skrevs.`);
    const target = path.join(root, result.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      // Fails if the file exists: never overwrite, even if it appeared a moment ago; and never half a file.
      writeNewFile(target, result.text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${result.path} finns redan. Inget skrevs.`);
      throw err;
    }
    // The path from where the command ran, so that `$EDITOR "$(minutes new …)"` opens it from anywhere.
    const shown = path.relative(io.cwd, target).split(path.sep).join('/');
    io.stdout(shown);
    io.stderr(`Skrev ${shown}: ${result.attendees} närvarande att gå igenom, ${plural(result.followups, 'öppen åtgärd', 'öppna åtgärder')} att följa upp.`);
    return 0;
  },
};

/** The day a `--date` written another way most likely means, how its year was reckoned, or the weekday it does not fall on. */
interface Meant {
  readonly date?: string | undefined;
  /** How its year was reckoned: "den första efter gruppens senaste protokoll (2016-02-08)". */
  readonly from?: string;
  readonly clash?: WeekdayClash | undefined;
}

/**
 * Why `--date` is no date, as check says it: "2016-02-30" does not exist; "2016-4-4" is written another way, most
 * likely 2016-04-04 (and "7 mars" most likely the day `meant` says, with how its year was reckoned). "tisdag 7 mars
 * 2016", a Monday, may mean either day: both are said, neither guessed.
 */
function notADate(date: string, meant: Meant, today: string): string {
  if (looksLikeDate(date)) return `Datumet ${date} finns inte. ${whyNoSuchDay(date)!}`;
  // Today as the example: a day of the form that no archive's dates are needed for (and new's own default).
  const form = `"${date}" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel ${today}.`;
  if (meant.clash) return `${form} ${eitherDay(meant.clash, today, meant.from)}`;
  return `${form}${meant.date ? ` Menade du --date ${meant.date}${meant.from ? `, ${meant.from}` : ''}?` : ''}`;
}

/**
 * "7 mars 2016 var en måndag, inte en tisdag. Menade du --date 2016-03-07 (måndag 7 mars 2016) eller --date 2016-03-08
 * (tisdag 8 mars 2016)?", with how the year was reckoned, `from`, after the date.
 */
function eitherDay(clash: WeekdayClash, today: string, from?: string): string {
  const [written, nearest] = clashDays(clash);
  const words = weekdayClashWords(clash, clash.date < today ? 'var' : 'är', from);
  return `${words}. Menade du --date ${written.date} (${written.said}) eller --date ${nearest.date} (${nearest.said})?`;
}

/**
 * The date a day without a year most likely means: the first such day after the group's latest meeting (which has
 * its minutes already), or, for a group without minutes, the first from today on. Only suggested, never taken: a
 * year reckoned is a guess, and minutes written late for an earlier meeting would quietly get the wrong one. A
 * weekday that day does not fall on is told, with the nearest day that is that weekday; no other year is looked
 * for where the weekday fits: a year picked by the weekday alone is no better a guess than the one reckoned.
 */
function yearReckoned(model: Model, groupId: string, day: string, today: string): Meant | undefined {
  const latest = model.groups.get(groupId)!.meetings.at(-1);
  const after = latest === undefined ? undefined : model.meetingById.get(latest)!.date;
  const clash = weekdayClash(day, after ?? addDays(today, -1));
  const date = guessDate(day, after ?? addDays(today, -1)) ?? clash?.date;
  if (date === undefined) return undefined;
  return { date, clash, from: after === undefined ? 'den första från i dag' : `den första efter gruppens senaste protokoll (${after})` };
}

/** Words after the flags: most often the rest of a group's name with spaces, not quoted, or a date without --date. */
function unexpected(positionals: readonly string[], group: unknown, today: string, example: () => string): string {
  const words = positionals.join(' ');
  const clash = positionals.length === 1 ? weekdayClash(words) : undefined;
  if (clash) return `Oväntat argument "${words}". Ange datumet med --date. ${eitherDay(clash, today)}`;
  if (positionals.length === 1 && (looksLikeDate(words) || guessDate(words))) return `Oväntat argument "${words}". Ange datumet med --date: --date ${guessDate(words) ?? words}.`;
  if (typeof group === 'string' && group.trim() !== '') return `Oväntat argument "${positionals[0]}". Har gruppens namn mellanslag: sätt det inom citattecken, --group "${group} ${words}".`;
  return `Oväntat argument "${positionals[0]}". ${askForGroup(example())}`;
}

const askForGroup = (example: string): string => `Ange gruppen med --group, till exempel --group ${example}.`;

/**
 * A group of the archive `new` runs in, to show with --group: the group of its latest minutes, else the first in
 * organisations.yml, else a neutral one, as check's examples are (validate/examples.ts). The archive is read for
 * it, and only when a group is not given.
 */
function groupExample(root: string, today: string): string {
  const { registry, minutes } = check(root, today).validated;
  const latest = minutes.reduce<MinutesDoc | undefined>((last, m) => (m.date && (!last?.date || m.date.value > last.date.value) ? m : last), undefined);
  return exampleOf('group', { registry, minutes }, latest?.file);
}

/** The groups there are, when a name is not close to any of them: "Grupperna är …" (the first ten). */
function groupList(groups: readonly EntityDoc[]): string {
  if (groups.length === 0) return 'organisations.yml har inga grupper ännu; lägg till gruppen under groups.';
  const names = groups.slice(0, 10).map((g) => `${label(g)} (${g.id.value})`);
  return `Grupperna är: ${names.join(', ')}${groups.length > 10 ? ` och ${groups.length - 10} till` : ''}.`;
}
