// Mistakes note-takers make, and what `minutes check` says about each: the diagnostic's place and code, and the
// words of its message and hint that tell what to do. Each row is a minutes file's front matter (line 2 on; the
// text after it is "Text."), checked against the valid _base archive.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, CLI, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-03-07.md';
/** The minutes file of the base archive. */
const FILE_BASE = 'minutes/gug/2016-02-08.md';
afterAll(cleanTemp);

interface Case {
  readonly mistake: string;
  readonly yaml?: string;
  /** The whole file, in place of front matter and "Text.". */
  readonly text?: string;
  /** "line:col code" of every diagnostic, in order. */
  readonly expected: readonly string[];
  /** Text that the first diagnostic's message contains. */
  readonly message?: string;
  /** Text that the first diagnostic's hint contains. */
  readonly hint?: string;
  /** Entries added to the base people.yml. */
  readonly people?: string;
  /** The hint of each diagnostic, in order, where every one's is told (several of one slip, each with its own). */
  readonly hints?: readonly (string | undefined)[];
}

const HEAD = 'group: GUG\ndate: 2016-03-07\n';
// What a hint about Markdown emphasis says before the text to write, which ends it.
const CLOCK = 'Timmarna går från 00 till 23 och minuterna från 00 till 59.';
const END_TIME = 'Sluttiden kan stå i texten, under raden --- som avslutar fälten. ';
const MARKDOWN = ' (Markdown som *kursiv* och **fetstil** fungerar bara i texten under fälten)';
const EVERYONE_SAID = 'är ingen person eller organisation: en åtgärd behöver namngivna ansvariga, de som ska göra den.';
const GROUP_OWNER = 'En grupp, som Gemensam utvecklingsgrupp, är ansvarig bara om den också står som organisation i organisations.yml. Skriv personerna eller organisationerna som ska göra det, flera som en lista, till exempel who: [David Bergström, Leif Redestig]';
/** What the first error of a registry that cannot be read begins its hint with. */
const UNREAD = (file: string) => `Protokollen kontrolleras mot ${file} först när filen går att läsa. `;
const cases: Case[] = [
  {
    mistake: 'a field without its colon, as the last field',
    yaml: `${HEAD}attendees: [David Bergström]\nlocation Bryggan\n`,
    expected: ['5:1 yaml-syntax'],
    message: 'Kolonet efter namnet saknas',
    hint: 'Skriv ett kolon direkt efter namnet: location: Bryggan',
  },
  {
    mistake: 'a field being typed, saved before its colon (an editor saving by itself), above another field',
    yaml: `${HEAD}locat\nattendees: [David Bergström]\n`,
    expected: ['4:1 yaml-syntax'],
    message: 'Kolonet efter namnet saknas',
    hint: 'Skriv ett kolon direkt efter namnet: locat:',
  },
  // Not a field without its colon: a quote left open above, whose value runs on over the line; words of a text run
  // on to a line of their own, at the margin, which no colon would make right.
  {
    mistake: 'a quote left open above a line that reads like a field without its colon: the quote, where it opens',
    yaml: `${HEAD}attendees: [David Bergström]\ntitle: "Extramöte\nlocation Bryggan\n`,
    expected: ['5:8 yaml-syntax'],
    message: 'Citattecknet här avslutas aldrig.',
    hints: ['Lägg till ett " i slutet av värdet, på samma rad: title: "Extramöte"'],
  },
  {
    mistake: 'a value in quotes over lines, closed, above a field without its colon: the line to write, not the quote',
    yaml: `${HEAD}attendees: [David Bergström]\nnote: "Vi ses\n  igen"\nlocation Bryggan\n`,
    expected: ['7:1 yaml-syntax'],
    message: 'Kolonet efter namnet saknas',
    hints: ['Skriv ett kolon direkt efter namnet: location: Bryggan'],
  },
  {
    mistake: "a value in quotes over lines, closed, above a summary's words run on to the margin: not the quote",
    yaml: `${HEAD}attendees: [David Bergström]\nnote: "Vi ses\n  igen"\nsummary: Vi bokar lokal\nsom vanligt\n`,
    expected: ['8:1 yaml-syntax'],
    message: 'Ett tecken saknas',
    hints: [undefined],
  },
  {
    mistake: "a field's name a letter off, without its colon: the line to write, as written",
    yaml: `${HEAD}attendees: [David Bergström]\nlocaton Bryggan\n`,
    expected: ['5:1 yaml-syntax'],
    message: 'Kolonet efter namnet saknas',
    hints: ['Skriv ett kolon direkt efter namnet: locaton: Bryggan'],
  },
  {
    mistake: "a summary's words run on to a line at the margin: no field's name without its colon",
    yaml: `${HEAD}attendees: [David Bergström]\nsummary: Vi bokar lokal\nsom vanligt\n`,
    expected: ['6:1 yaml-syntax'],
    message: 'Ett tecken saknas',
    hints: [undefined],
  },
  {
    mistake: "an action's what run on to a line of one word as far in as its fields: no field's name without its colon",
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka\n    lokal\n`,
    expected: ['8:5 yaml-syntax'],
    message: 'Ett tecken saknas',
    hints: [undefined],
  },
  {
    mistake: "an action's due date without its colon: the line to write",
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due 2016-04-01\n`,
    expected: ['8:5 yaml-syntax'],
    message: 'Kolonet efter namnet saknas',
    hints: ['Skriv ett kolon direkt efter namnet: due: 2016-04-01'],
  },
  // Guards: lines in a text that read like a field without its colon are its words, and valid.
  ...[`summary: |\n  location Bryggan\n  locat\n  ny-person\n`, `summary: Vi ses\n  location Bryggan\n  locat\n`, `summary: "Vi ses\n  location Bryggan"\n`].map(
    (summary): Case => ({ mistake: `a text with lines like fields without their colons (${JSON.stringify(summary.split('\n')[0])}): valid`, yaml: `${HEAD}attendees: [David Bergström]\n${summary}`, expected: [] }),
  ),
  {
    mistake: 'an organisation written as an attendee',
    yaml: `${HEAD}attendees:\n  - David Bergström\n  - Bryggan\n`,
    expected: ['6:5 unknown-person'],
    message: '"Bryggan" är en organisation i organisations.yml, inte en person.',
    hint: '"Förnamn Efternamn, Bryggan"',
  },
  {
    mistake: 'a project written as the group (or a group registered under projects)',
    yaml: `group: Fritidsbanken\ndate: 2016-03-07\nattendees: [David Bergström]\n`,
    expected: ['2:8 unknown-group'],
    message: '"Fritidsbanken" är ett projekt i organisations.yml, inte en grupp.',
    hint: 'flytta den från projects i organisations.yml till groups i organisations.yml.',
  },
  {
    mistake: 'a project written as an attendee',
    yaml: `${HEAD}attendees:\n  - David Bergström\n  - Fritidsbanken\n`,
    expected: ['6:5 unknown-person'],
    message: '"Fritidsbanken" är ett projekt i organisations.yml, inte en person.',
    hint: 'Skriv namnet på en person i people.yml. Är namnet rätt men posten registrerad på fel ställe: flytta den från projects i organisations.yml till people.yml.',
  },
  {
    mistake: 'a group written as a project',
    yaml: `${HEAD}attendees: [David Bergström]\nprojects: [GUG]\n`,
    expected: ['5:12 unknown-project'],
    message: '"GUG" är en grupp i organisations.yml, inte ett projekt.',
  },
  {
    mistake: 'an organisation written as the group',
    yaml: 'group: Bryggan\ndate: 2016-03-07\nattendees: [David Bergström]\n',
    expected: ['2:8 unknown-group'],
    message: '"Bryggan" är en organisation i organisations.yml, inte en grupp.',
  },
  {
    mistake: 'a project as an action owner',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: Fritidsbanken\n    what: Boka lokal.\n`,
    expected: ['6:10 unknown-owner'],
    message: 'inte en person eller en organisation',
  },
  // Everyone, or a group, as an action's owner: told so, never as a name to register ("Alla" as an organisation).
  ...(
    [
      ['everyone as an action owner: Alla', 'Alla'],
      ['everyone as an action owner, in lower case', 'alla'],
      ['everyone as an action owner: samtliga', 'samtliga'],
      ['everyone present as an action owner', 'alla närvarande'],
      ['the group as an action owner', 'Gruppen'],
      ['the whole group as an action owner, with a full stop', 'hela gruppen.'],
      ['a working group not registered as an action owner', 'Fritidsbanksgruppen'],
    ] as const
  ).map(([mistake, who]): Case => ({
    mistake,
    yaml: `${HEAD}attendees: [David Bergström, Leif Redestig]\nactions:\n  - who: ${who}\n    what: Boka lokal.\n`,
    expected: ['6:10 unknown-owner'],
    message: `"${who}" ${EVERYONE_SAID}`,
    hints: [GROUP_OWNER],
  })),
  {
    mistake: 'everyone as one of an action\'s owners, in minutes of a group not registered: no group named, attendees not found not offered',
    yaml: 'group: Okänd grupp\ndate: 2016-03-07\nattendees: [David Bergström, Anna Ek]\nactions:\n  - who: [Leif Redestig, alla]\n    what: Boka lokal.\n',
    expected: ['2:8 unknown-group', '4:30 unknown-person', '6:26 unknown-owner'],
    hints: [
      'Menade du gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp), gruppen vars mapp filen ligger i? Är "Okänd grupp" en annan grupp, lägg till den i organisations.yml och flytta filen till en mapp för den. Annars skriv gruppens id: group: gemensam-utvecklingsgrupp',
      'Lägg till personen i people.yml, på egna rader: "anna-ek:" och "  name: Anna Ek". Var hen bara på besök och ska inte finnas i people.yml: skriv hen under guests i stället för attendees.',
      'Skriv personerna eller organisationerna som ska göra det, flera som en lista, till exempel who: [David Bergström]'],
  },
  {
    mistake: 'an owner not registered, of a name: the hint to add it as it was',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: Anna Ek\n    what: Boka lokal.\n`,
    expected: ['6:10 unknown-owner'],
    message: 'Hittar inte någon person eller organisation "Anna Ek".',
    hint: 'Lägg till personen i people.yml eller organisationen i organisations.yml.',
  },
  // An action written as text with the template's fields kept below it: the parser reads the text and the field's
  // name as one name over lines; told as an action written as text, with the fields to write, at the text.
  ...(
    [
      ['an action written as text, with due and project kept below it', 'actions:\n  - Leif bokar lokal till invigningen\n    due: 2016-04-01\n    project: fritidsbanken\n', ['6:5 yaml-syntax'], 'Skriv den som fält på egna rader: "  - what: Leif bokar lokal till invigningen" och under den vem som ska göra det, till exempel "    who: Leif Redestig"'],
      ['an action written as text over two lines, with due kept below it', 'actions:\n  - Leif ska boka lokal\n    till invigningen.\n    due: 2016-04-01\n', ['6:5 yaml-syntax'], 'Skriv den som fält på egna rader: "  - who: Leif" och under den "    what: Boka lokal till invigningen."'],
      ['an action written as text below one written as fields', 'actions:\n  - who: David Bergström\n    what: Ring.\n  - Leif ska boka lokal\n    due: 2016-04-01\n', ['8:5 yaml-syntax'], 'Skriv den som fält på egna rader: "  - who: Leif" och under den "    what: Boka lokal"'],
      ['an action written as text in a list as far in as its field', 'actions:\n- Leif ska boka lokal\n  due: 2016-04-01\n', ['6:3 yaml-syntax'], 'Skriv den som fält på egna rader: "  - who: Leif" och under den "    what: Boka lokal"'],
    ] as const
  ).map(([mistake, lines, expected, hint]): Case => ({
    mistake,
    yaml: `${HEAD}attendees: [David Bergström]\n${lines}`,
    expected,
    message: 'Åtgärden är skriven som en rad text, men en åtgärd skrivs som fält: who (vem) och what (vad).',
    hints: [hint],
  })),
  {
    mistake: 'a line of text above a field outside actions: the text read with the field\'s name as one name, in plain words',
    yaml: `${HEAD}attendees:\n  - Leif ska ringa\n    due: 2016-04-01\n`,
    expected: ['5:5 yaml-syntax'],
    message: 'Texten här läses ihop med texten under den, fram till nästa kolon, som namnet på ett fält (som location i location: Bryggan), och ett namn kan inte gå över flera rader.',
  },
  {
    mistake: 'a misspelt required field: one error, not also "missing" nor a secretary "not present"',
    yaml: `${HEAD}secretary: David Bergström\nattendess:\n  - David Bergström\n`,
    expected: ['5:1 unknown-key'],
    message: 'Okänt fält "attendess".',
    hint: 'Menade du attendees?',
  },
  { mistake: 'Swedish field names: närvarande', yaml: `${HEAD}närvarande: [David Bergström]\n`, expected: ['4:1 unknown-key'], hint: 'Menade du attendees?' },
  { mistake: 'Swedish field names: vid pennan', yaml: `${HEAD}attendees: [David Bergström]\nvid pennan: David Bergström\n`, expected: ['5:1 unknown-key'], hint: 'Menade du secretary?' },
  { mistake: 'Swedish field names: gäster', yaml: `${HEAD}attendees: [David Bergström]\ngäster: [Anna]\n`, expected: ['5:1 unknown-key'], hint: 'Menade du guests?' },
  { mistake: 'Swedish field names: grupp', yaml: 'grupp: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n', expected: ['2:1 unknown-key'], hint: 'Menade du group?' },
  {
    mistake: 'Swedish field names in an action',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - vem: David Bergström\n    vad: Boka lokal.\n`,
    expected: ['6:5 unknown-key', '7:5 unknown-key'],
    hint: 'Menade du who?',
  },
  {
    mistake: 'projects written as one text: one error with the list to write, each name still checked',
    yaml: `${HEAD}attendees: [David Bergström]\nprojects: fritidsbanken, sip\n`,
    expected: ['5:11 invalid-type', '5:26 unknown-project'],
    message: 'Fältet "projects" ska vara en lista, inte text.',
    hint: 'Skriv en lista: [fritidsbanken, sip]',
  },
  {
    mistake: 'attendees written as one text',
    yaml: `${HEAD}attendees: David Bergström och Leif Redestig\n`,
    expected: ['4:12 invalid-type'],
    hint: 'Skriv en lista: [David Bergström, Leif Redestig]',
  },
  // A block of text ("attendees: |") with a name or a decision a line: the lines are the items, and the hint or
  // message never quotes the text with its line breaks in it.
  {
    mistake: 'attendees written one per line in a block of text: the list to write, each name checked',
    yaml: `${HEAD}attendees: |\n  David Bergström\n  Leif Redestig\n`,
    expected: ['4:12 invalid-type'],
    message: 'Fältet "attendees" är ett textblock (|), som läses som en enda text och inte som en lista.',
    hint: 'Ta bort | efter attendees: och skriv varje person på en egen rad som börjar med -: "  - David Bergström" och "  - Leif Redestig"',
  },
  {
    mistake: 'decisions written one per line in a block of text: an item for each line',
    yaml: `${HEAD}attendees: [David Bergström]\ndecisions: |\n  Vi flyttar mötet.\n  Vi bokar lokal.\n`,
    expected: ['5:12 invalid-type'],
    hint: 'Ta bort | efter decisions: och skriv besluten som en lista, ett per rad som börjar med -: "  - Vi flyttar mötet." och "  - Vi bokar lokal."',
  },
  {
    mistake: 'decisions written one per line in a block of text, many of them: the first three',
    yaml: `${HEAD}attendees: [David Bergström]\ndecisions: |\n  A.\n  B.\n  C.\n  D.\n`,
    expected: ['5:12 invalid-type'],
    hint: 'Ta bort | efter decisions: och skriv besluten som en lista, ett per rad som börjar med -: "  - A.", "  - B.", "  - C." och så vidare',
  },
  {
    mistake: 'two owners written one per line in a block of text: each named, never the text with its line break',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: |\n      Leif Redestig\n      David Bergström\n    what: Boka lokal.\n`,
    expected: ['6:10 unknown-owner'],
    message: '"Leif Redestig" och "David Bergström" är flera ansvariga skrivna som en text.',
    hint: 'Skriv dem som en lista: who: [Leif Redestig, David Bergström]',
  },
  // Each name of such a block is checked where it stands: its own line and column, not the | of the block.
  ...(
    [
      ['a misspelt attendee', `${HEAD}attendees: |\n  David Bergström\n  Leif Redestg\n`, ['4:12 invalid-type', '6:3 unknown-person']],
      ['a misspelt attendee below an empty line, the block ending at its last line (|-)', `${HEAD}attendees: |-\n  David Bergström\n\n  Leif Redestg\n`, ['4:12 invalid-type', '7:3 unknown-person']],
      ['a misspelt attendee indented deeper than the block (| with a comment)', `${HEAD}attendees: | # alla\n    David Bergström\n    Leif Redestg\n`, ['4:12 invalid-type', '6:5 unknown-person']],
      ['a misspelt attendee in a file saved on Windows', `${HEAD}attendees: |\r\n  David Bergström\r\n  Leif Redestg\r\n`.replace(/(?<!\r)\n/g, '\r\n'), ['4:12 invalid-type', '6:3 unknown-person']],
      ['a misspelt attendee in a folded block (>), on its own line below an empty one', `${HEAD}attendees: >\n  David Bergström\n\n  Leif Redestg\n`, ['4:12 invalid-type', '7:3 unknown-person']],
      ['an unknown project', `${HEAD}attendees: [David Bergström]\nprojects: |\n  Fritidsbanken\n  Kvalitetsmasan\n`, ['5:11 invalid-type', '7:3 unknown-project']],
      // An indentation digit after the |: the block is read as one without it, each name at its line.
      ['a misspelt attendee, the block\'s indentation given as a digit', `${HEAD}attendees: |2\n  David Bergström\n  Leif Redestg\n`, ['4:12 invalid-type', '6:3 unknown-person']],
    ] as const
  ).map(([what, yaml, expected]): Case => ({ mistake: `names one per line in a block of text, ${what}: at its own line`, yaml, expected })),
  {
    mistake: 'a list without its [, one name and a ]: the [ missing at its start, never "[Fritidsbanken]]"',
    yaml: `${HEAD}attendees: [David Bergström]\nprojects: Fritidsbanken]\n`,
    expected: ['5:11 invalid-type'],
    message: 'Fältet "projects" slutar med ] men börjar inte med [, så det läses som text och inte som en lista.',
    hint: 'Lägg till [ före listans första värde: projects: [Fritidsbanken]',
  },
  {
    mistake: 'a list without its [, names and a ]: the [ missing at its start, each name checked without the ]',
    yaml: `${HEAD}attendees: David Bergström, Leif Redestig]\n`,
    expected: ['4:12 invalid-type'],
    hint: 'Lägg till [ före listans första värde: attendees: [David Bergström, Leif Redestig]',
  },
  {
    mistake: 'two commas in a row in a list in brackets: at the second, the list with one',
    yaml: `${HEAD}attendees: [Leif Redestig,, David Bergström]\n`,
    expected: ['4:27 yaml-syntax'],
    message: 'Två kommatecken står i rad, utan något värde mellan dem.',
    hint: 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström]',
  },
  ...(
    [
      ['with a blank between them', 'attendees: [Leif Redestig, , David Bergström]', '4:28', 'Två', 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström]'],
      ['three of them', 'attendees: [Leif Redestig,,, David Bergström]', '4:27', 'Tre', 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström]'],
      ['after the last name', 'attendees: [Leif Redestig, ,]', '4:28', 'Två', 'Ta bort kommatecknen efter det sista värdet: attendees: [Leif Redestig]'],
      ['the second on the line below', 'attendees: [Leif Redestig,\n  , David Bergström]', '5:3', 'Två', 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström]'],
      ['the name after them on the line below', 'attendees: [Leif Redestig,,\n  David Bergström]', '4:27', 'Två', 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström]'],
      ['between the fields in braces', 'attendees: [Leif Redestig]\nactions:\n  - {who: Leif Redestig,, what: Boka lokal.}', '6:25', 'Två', 'Skriv ett kommatecken mellan två värden: - {who: Leif Redestig, what: Boka lokal.}'],
      ['a comma inside quotes before them', 'attendees: ["Redestig, Leif",, David Bergström]', '4:30', 'Två', 'Skriv ett kommatecken mellan två värden: attendees: ["Redestig, Leif", David Bergström]'],
    ] as const
  ).map(([where, fields, at, words, hint]): Case => ({
    mistake: `commas in a row in brackets, ${where}: at the second, the list with one`,
    yaml: `${HEAD}${fields}\n`,
    expected: [`${at} yaml-syntax`],
    message: `${words} kommatecken står i rad, utan något värde mellan dem.`,
    hint,
  })),
  {
    mistake: 'two pairs of commas in a row on one line: each at its second, the line with both mended',
    yaml: `${HEAD}attendees: [Leif Redestig,, David Bergström,, Åke Malmén]\n`,
    expected: ['4:27 yaml-syntax', '4:45 yaml-syntax'],
    hint: 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström, Åke Malmén]',
  },
  ...(
    [
      ['one before the first name', 'attendees: [, Leif Redestig]', '4:13', 'Ett kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknet: attendees: [Leif Redestig]'],
      ['two, with blanks, before the first name', 'attendees: [ ,, Leif Redestig]', '4:14', 'Kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknen: attendees: [Leif Redestig]'],
      ['one alone in the brackets', 'attendees: [Leif Redestig]\nguests: [,]', '5:10', 'Ett kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknet: guests: []'],
      ['one before the first field in braces', 'attendees: [Leif Redestig]\nactions:\n  - {, who: Leif Redestig, what: Boka lokal.}', '6:6', 'Ett kommatecken står först i klammerparenteserna, före det första fältet.', 'Ta bort kommatecknet: - {who: Leif Redestig, what: Boka lokal.}'],
      ['one on the line below the [', 'attendees: [\n  ,Leif Redestig, David Bergström]', '5:3', 'Ett kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknet: … Leif Redestig, David Bergström]'],
      ['two on a line below the [, past comments', 'attendees: [  # lista\n  # ordföranden först\n  , , Leif Redestig]', '6:3', 'Kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknen: … Leif Redestig]'],
      ['one on the line below the [, the list going on below it', 'attendees: [\n  , Leif Redestig,\n  David Bergström]', '5:3', 'Ett kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknet: … Leif Redestig, …'],
      ['one after the [, the first name on the line below', 'attendees: [ ,\n  Leif Redestig]', '4:14', 'Ett kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknet: attendees: [ …'],
      ['one below a [ alone on the line below its key', 'attendees:\n  [\n  , Leif Redestig]', '6:3', 'Ett kommatecken står först i listan, före dess första värde.', 'Ta bort kommatecknet: … Leif Redestig]'],
      ['one on the line below the { of fields in braces', 'attendees: [Leif Redestig]\nactions:\n  - {\n    , who: Leif Redestig, what: Boka lokal.}', '7:5', 'Ett kommatecken står först i klammerparenteserna, före det första fältet.', 'Ta bort kommatecknet: … who: Leif Redestig, what: Boka lokal.}'],
    ] as const
  ).map(([where, fields, at, message, hint]): Case => ({
    mistake: `a comma first in brackets or braces, ${where}: at it, the line without it`,
    yaml: `${HEAD}${fields}\n`,
    expected: [`${at} yaml-syntax`],
    message,
    hint,
  })),
  {
    mistake: 'decisions written as one text',
    yaml: `${HEAD}attendees: [David Bergström]\ndecisions: Vi flyttar mötet, till 13:30.\n`,
    expected: ['5:12 invalid-type'],
    hint: 'Skriv besluten som en lista, ett per rad som börjar med -: "  - Vi flyttar mötet, till 13:30."',
  },
  {
    mistake: 'two owners written as one text',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: Leif Redestig och David Bergström\n    what: Boka lokal.\n`,
    expected: ['6:10 unknown-owner'],
    message: 'flera ansvariga skrivna som en text',
    hint: 'Skriv dem som en lista: who: [Leif Redestig, David Bergström]',
  },
  { mistake: 'no space after a colon', yaml: 'group: GUG\ndate:2016-03-07\nattendees: [David Bergström]\n', expected: ['3:5 yaml-syntax'], message: 'Det saknas ett mellanslag efter kolonet.', hint: 'Skriv date: och sedan värdet.' },
  {
    mistake: 'a second colon in a value',
    yaml: `${HEAD}location: Bryggan: stora rummet\nattendees: [David Bergström]\n`,
    expected: ['4:11 yaml-syntax'],
    message: 'Värdet innehåller ett kolon',
    hint: 'location: "Bryggan: stora rummet"',
  },
  ...(
    [
      ['in the middle of a list', `${HEAD}attendees:\n  - David Bergström\n  -Leif Redestig\n  - Anne Eskilsson\n`, '6:3', '"  - Leif Redestig"'],
      ['at the end of a list', `${HEAD}attendees:\n  - David Bergström\n  -Leif Redestig\nlocation: Bryggan\n`, '6:3', '"  - Leif Redestig"'],
      ['in a list written flush left', `${HEAD}attendees:\n- David Bergström\n-Leif Redestig\n`, '6:1', '"- Leif Redestig"'],
    ] as const
  ).map(([where, yaml, at, hint]): Case => ({
    mistake: `no space after a list's dash ${where}: one error, at the dash`,
    yaml,
    expected: [`${at} yaml-syntax`],
    message: 'Det saknas ett mellanslag efter - i början av raden.',
    hint,
  })),
  ...(
    [
      ['in the middle of a list', `${HEAD}attendees:\n  - David Bergström\n  Leif Redestig\n  - Anne Eskilsson\n`, '6:3', '"  - Leif Redestig"'],
      ['at the end of a list, a comment after it', `${HEAD}attendees:\n  - David Bergström\n  Leif Redestig # kom sent\nlocation: Bryggan\n`, '6:3', '"  - Leif Redestig"'],
      ['in a list written flush left, a field below it', `${HEAD}attendees:\n- David Bergström\nLeif Redestig\nlocation: Bryggan\n`, '6:1', '"- Leif Redestig"'],
    ] as const
  ).map(([where, yaml, at, hint]): Case => ({
    mistake: `a list's dash left out ${where}: one error, at the line`,
    yaml,
    expected: [`${at} yaml-syntax`],
    message: 'Raden står bland raderna i en lista men börjar inte med -, så den går inte att läsa.',
    hint: `Börja raden med - och ett mellanslag, som raderna ovanför: ${hint}`,
  })),
  ...(
    [
      ['', `${HEAD}attendees:\n  - David Bergström\n - Leif Redestig\ntime: 25:00\n`, ['6:2 yaml-syntax', '7:7 invalid-time'], '"  - Leif Redestig"'],
      [', a comment above it', `${HEAD}attendees:\n  - David Bergström\n  # kom sent\n - Leif Redestig # gäst\n  - Anne Eskilsson\ntime: 25:00\n`, ['7:2 yaml-syntax', '8:5 unknown-person', '9:7 invalid-time'], '"  - Leif Redestig"'],
      [', two columns off, in a list of actions', `${HEAD}attendees: [David Bergström]\nactions:\n    - who: David Bergström\n      what: Boka lokal.\n  - who: Leif Redestig\n    what: Ring.\ntime: 25:00\n`, ['8:3 yaml-syntax', '10:7 invalid-time'], '"    - who: Leif Redestig"'],
    ] as const
  ).map(([where, yaml, expected, hint]): Case => ({
    mistake: `a list item a column or more left of the items above it${where}: one error, at its dash, and the fields below still checked`,
    yaml,
    expected,
    message: 'Strecket står inte rakt under strecken på raderna ovanför, så raden går inte att läsa.',
    hint: `Ställ - rakt under strecken ovanför (${hint.indexOf('-') - 1} mellanslag in): ${hint}`,
  })),
  ...(
    [
      ['two in a row', `${HEAD}attendees:\n  - David Bergström\n - Leif Redestig\n - Åke Malmén\ntime: 25:00\n`, ['6:2', '7:2', '8:7 invalid-time'], ['"  - Leif Redestig"', '"  - Åke Malmén"']],
      ['three in a row, a comment among them', `${HEAD}attendees:\n  - David Bergström\n - Leif Redestig\n # gäster\n - Åke Malmén # mentor\n - Leif Redestg\ntime: 25:00\n`, ['6:2', '8:2', '9:2', '10:7 invalid-time'], ['"  - Leif Redestig"', '"  - Åke Malmén"', '"  - Leif Redestg"']],
      ['two in a row, one in line after them', `${HEAD}attendees:\n  - David Bergström\n - Leif Redestig\n - Åke Malmén\n  - Leif Redestg\ntime: 25:00\n`, ['6:2', '7:2', '8:5 unknown-person', '9:7 invalid-time'], ['"  - Leif Redestig"', '"  - Åke Malmén"']],
      ['one, one in line, one', `${HEAD}attendees:\n  - David Bergström\n - Leif Redestig\n  - Leif Redestg\n - Åke Malmén\ntime: 25:00\n`, ['6:2', '7:5 unknown-person', '8:2', '9:7 invalid-time'], ['"  - Leif Redestig"', '"  - Åke Malmén"']],
      ['two actions with fields, two columns off', `${HEAD}attendees: [David Bergström]\nactions:\n    - who: David Bergström\n      what: Boka lokal.\n  - who: Leif Redestig\n    what: Ring.\n  - who: Åke Malmén\n    what: Mejla.\ntime: 25:00\n`, ['8:3', '10:3', '12:7 invalid-time'], ['"    - who: Leif Redestig"', '"    - who: Åke Malmén"']],
      ['each its own column off', `${HEAD}attendees:\n    - David Bergström\n  - Leif Redestig\n - Åke Malmén\ntime: 25:00\n`, ['6:3', '7:2', '8:7 invalid-time'], ['"    - Leif Redestig"', '"    - Åke Malmén"']],
    ] as const
  ).map(([where, yaml, expected, lines]): Case => {
    const hints = new Map(expected.filter((e) => !e.includes(' ')).map((e, i) => [e, `Ställ - rakt under strecken ovanför (${lines[i]!.indexOf('-') - 1} mellanslag in): ${lines[i]!}`]));
    return {
      mistake: `list items a column or more left of the items above them, ${where}: each said at its dash with its own line to write, all left out, the fields below still checked`,
      yaml,
      expected: expected.map((e) => (e.includes(' ') ? e : `${e} yaml-syntax`)),
      message: 'Strecket står inte rakt under strecken på raderna ovanför, så raden går inte att läsa.',
      hints: expected.map((e) => hints.get(e) ?? (e.endsWith('invalid-time') ? 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget då mötet började, till exempel time: "13:30"' : 'Menade du Leif Redestig?')),
    };
  }),
  // Further in than the dashes above it, the line is read, with no error, as the item above run on ("Leif Redestig -
  // Anne Eskilsson"), which was told as one unknown person to write "Leif Redestig, Anne Eskilsson": the slip is the
  // dash, told there, and each name is checked at its own place.
  ...(
    [
      ['one column in, a name not registered', `${HEAD}attendees:\n  - Leif Redestig\n   - Anne Eskilsson\n`, ['6:4 yaml-syntax', '6:6 unknown-person'], ['"  - Anne Eskilsson"', 'Lägg till personen i people.yml, på egna rader: "anne-eskilsson:" och "  name: Anne Eskilsson". Var hen bara på besök och ska inte finnas i people.yml: skriv hen under guests i stället för attendees.']],
      ['two columns in, a name misspelt, a comment after it', `${HEAD}attendees:\n  - David Bergström\n    - Leif Redestg # kom sent\n`, ['6:5 yaml-syntax', '6:7 unknown-person'], ['"  - Leif Redestg"', 'Menade du Leif Redestig?']],
      ["in an action's list of owners", `${HEAD}attendees: [David Bergström]\nactions:\n  - who:\n      - David Bergström\n       - Leif Redestg\n    what: Boka lokal.\n`, ['8:8 yaml-syntax', '8:10 unknown-owner'], ['"      - Leif Redestg"', 'Menade du Leif Redestig?']],
      ['two, below a name run on over two lines', `${HEAD}attendees:\n  - David\n    Bergström\n   - Leif Redestg\n   - Åke Malmén\n`, ['7:4 yaml-syntax', '7:6 unknown-person', '8:4 yaml-syntax'], ['"  - Leif Redestg"', 'Menade du Leif Redestig?', '"  - Åke Malmén"']],
      ['among the decisions', `${HEAD}attendees: [David Bergström]\ndecisions:\n  - Vi bokar lokal.\n   - Vi ses 21 mars.\n`, ['7:4 yaml-syntax'], ['"  - Vi ses 21 mars."']],
    ] as const
  ).map(([where, yaml, expected, hints]): Case => ({
    mistake: `a list item a column or more right of the items above it, ${where}: one error, at its dash, with the line to write aligned, and every item checked`,
    yaml,
    expected,
    message: 'Strecket står längre in än strecken på raderna ovanför, så raden läses som fortsättningen på raden ovanför och inte som en egen rad i listan.',
    hints: hints.map((h) => (h.startsWith('"') ? `Ställ - rakt under strecken ovanför (${h.indexOf('-') - 1} mellanslag in): ${h}` : h)),
  })),
  {
    mistake: "no space after the first dash of a list, which YAML reads as one text: one error, each name still checked",
    yaml: `${HEAD}attendees:\n  -David Bergström\n  - Leif Redestg\n  - Åke Malmén, brukarmentor\n`,
    expected: ['5:3 invalid-type', '6:5 unknown-person'],
    message: 'Det saknas ett mellanslag efter - i början av raden, så attendees läses som en enda text i stället för en lista.',
    hint: '"  - David Bergström"',
  },
  {
    mistake: 'no space after any dash of a list',
    yaml: `${HEAD}attendees:\n  -David Bergström\n  -Åke Malmén, brukarmentor\n`,
    expected: ['5:3 invalid-type'],
    message: 'Det saknas ett mellanslag efter -',
  },
  {
    mistake: 'a colon and a space in a decision: one error at the line, not an unknown field and a missing text',
    yaml: `${HEAD}attendees: [David Bergström]\ndecisions:\n  - Beslut: vi flyttar mötet.\n`,
    expected: ['6:5 invalid-type'],
    message: 'Raden i decisions innehåller ett kolon följt av mellanslag',
    hint: 'Sätt texten inom citattecken: - "Beslut: vi flyttar mötet."',
  },
  {
    mistake: 'a colon after an attendee\'s name: the hint says to use a comma',
    yaml: `${HEAD}attendees:\n  - David Bergström: ordförande\n`,
    expected: ['5:5 invalid-type'],
    message: 'Raden i attendees innehåller ett kolon följt av mellanslag',
    hint: '"  - David Bergström, ordförande"',
  },
  {
    mistake: 'a misspelt field of a decision: one unknown field with its "did you mean", not also a missing text',
    yaml: `${HEAD}attendees: [David Bergström]\ndecisions:\n  - txt: Vi flyttar mötet.\n    project: fritidsbanken\n`,
    expected: ['6:5 unknown-key'],
    hint: 'Menade du text?',
  },
  {
    mistake: 'an action written as a sentence: the hint shows its fields, with its words',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - David ska boka lokal.\n`,
    expected: ['6:5 invalid-type'],
    message: 'Åtgärden är skriven som en rad text, men en åtgärd skrivs som fält: who (vem) och what (vad).',
    hint: 'Skriv den som fält på egna rader: "  - who: David" och under den "    what: Boka lokal."',
  },
  // With a colon after the name, YAML reads a field named "David": said once, as the sentence is, not as an unknown
  // field and who and what missing (three errors, none of them saying what to write).
  {
    mistake: 'an action written as a name, a colon and what to do: its fields, who before the colon',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - David: boka lokal.\n`,
    expected: ['6:5 invalid-type'],
    message: 'Åtgärden är skriven som en rad text, men en åtgärd skrivs som fält: who (vem) och what (vad).',
    hint: 'Skriv den som fält på egna rader: "  - who: David" och under den "    what: Boka lokal."',
  },
  {
    mistake: 'an action written as a full name and a colon, its due day and project kept below: said once',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - David Bergström: boka lokal till mötet\n    due: 2016-03-21\n    project: fritidsbanken\n`,
    expected: ['6:5 invalid-type'],
    hint: 'Skriv den som fält på egna rader: "  - who: David Bergström" och under den "    what: Boka lokal till mötet"',
  },
  {
    mistake: 'an action after a label and a colon: the label is no one, the sentence says who',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - Att göra: David ska boka lokal.\n`,
    expected: ['6:5 invalid-type'],
    hint: 'Skriv den som fält på egna rader: "  - who: David" och under den "    what: Boka lokal."',
  },
  {
    mistake: 'an action with who in Swedish: a misspelt field, with its "did you mean"',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - vem: David Bergström\n    what: Boka lokal.\n`,
    expected: ['6:5 unknown-key'],
    hint: 'Menade du who?',
  },
  {
    mistake: 'a follow-up written as a sentence: the hint shows its fields',
    yaml: `${HEAD}attendees: [David Bergström]\nfollowups:\n  - gemensam-utvecklingsgrupp/2016-02-08#1 klar\n`,
    expected: ['6:5 invalid-type'],
    hint: '"    status: done"',
  },
  ...(
    [
      // A role other than the chair's or the secretary's, which have fields of their own (note-taker.test.ts).
      ['David Bergström (brukarmentor)', 'David Bergström, brukarmentor'],
      ['David Bergström - Bryggan', 'David Bergström, Bryggan'],
    ] as const
  ).map(([written, meant]): Case => ({
    mistake: `what an attendee came as in brackets or after a dash: ${written}`,
    yaml: `${HEAD}attendees:\n  - ${written}\n`,
    expected: ['5:5 unknown-person'],
    hint: `Skriv det personen kom som efter ett kommatecken: "${meant}"`,
  })),
  ...(
    [
      ['Leif Redestig (sjuk)', 'Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Leif Redestig  # sjuk"'],
      ['Leif Redestig - semester', 'Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Leif Redestig  # semester"'],
      // An organisation in brackets is what they would have come as, shown after the name as among those present.
      ['Leif Redestig (Bryggan)', 'Skriv det personen kom som efter ett kommatecken: "Leif Redestig, Bryggan"'],
    ] as const
  ).map(([written, hint]): Case => ({
    mistake: `why someone was away, in brackets or after a dash, not offered to the site as what they came as: ${written}`,
    yaml: `${HEAD}attendees: [David Bergström]\nabsent:\n  - ${written}\n`,
    expected: ['6:5 unknown-person'],
    hint,
  })),
  { mistake: 'a list item written with *', yaml: `${HEAD}attendees:\n  * David Bergström\n`, expected: ['5:3 yaml-syntax'], message: 'skrivs med -, inte *' },
  {
    mistake: 'a quote never closed, reported where it opens and not where the front matter ends',
    yaml: `${HEAD}summary: "Vi pratade om lokalen.\nattendees:\n  - David Bergström\n`,
    expected: ['4:10 yaml-syntax'],
    message: 'Citattecknet här avslutas aldrig.',
  },
  {
    mistake: 'a list item indented with a tab below one indented with a space: not two spaces a tab, which would run on the name above, but the line in line with the item above',
    yaml: `${HEAD}attendees:\n - David Bergström\n\t- Leif Redestig\n`,
    expected: ['6:1 yaml-syntax'],
    message: 'Tabbtecken får inte användas för indrag i YAML; använd mellanslag.',
    hint: 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring: " - Leif Redestig"',
  },
  {
    mistake: 'a name without its dash indented with a tab below an item: no line to write, as none as far in as a line above reads without an error',
    yaml: `${HEAD}attendees:\n - David Bergström\n\tLeif Redestig\n`,
    expected: ['6:1 yaml-syntax'],
    message: 'Tabbtecken får inte användas för indrag i YAML; använd mellanslag.',
    hint: 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring.',
  },
  {
    mistake: 'an agenda item in bold with its text right under it, no blank line between: said to run into the text as one paragraph',
    text: `---\n${HEAD}attendees:\n  - David Bergström\n---\n## Punkt\n\nText.\n\n**Övrigt**\nInget att ta upp.\n`,
    expected: ['11:1 bold-heading'],
    message: 'Raden "**Övrigt**" är fetstil, ingen rubrik: på webbplatsen kommer den inte med bland mötets punkter, den går ihop med raden under till ett stycke, och',
    hint: 'på samma nivå som protokollets andra punkter: "## Övrigt"',
  },
  {
    mistake: 'the closing --- forgotten: said in words a note-taker knows, not "front matter"',
    text: `---\n${HEAD}attendees:\n  - David Bergström\n\nText.\n`,
    expected: ['7:1 front-matter-unclosed'],
    message: 'Fälten överst i filen avslutas aldrig med en rad ---, så texten härifrån läses som fält.',
    hint: 'Lägg till en rad med bara --- ovanför den här raden, efter sista fältet.',
  },
  {
    mistake: 'the closing --- forgotten and the fields above the text still checked',
    text: `---\n${HEAD}attendees:\n  - David Bergström\n  - Leif Redestg\n## Punkt\n\nText.\n`,
    expected: ['6:5 unknown-person', '7:1 front-matter-unclosed'],
  },
  {
    mistake: 'the closing --- forgotten and a --- further down the text taken for it: said where the text begins, not as YAML errors in the text',
    text: `---\n${HEAD}attendees:\n  - David Bergström\n## Punkt\n\nVi pratade om lokalen. Förslag: Bryggan.\nLeif bokar.\n\n---\n\nMer text.\n`,
    expected: ['6:1 front-matter-unclosed'],
    message: 'Fälten överst i filen avslutas inte med en rad --- före texten, så texten härifrån till raden --- på rad 11 läses som fält.',
    hint: 'Lägg till en rad med bara --- ovanför den här raden, efter sista fältet.',
  },
  {
    mistake: 'the last field run on onto a line of its own, above the closing ---: a YAML error there, not a missing ---',
    yaml: `${HEAD}attendees: [David Bergström]\nsummary: Vi pratade\nom lokalen.\n`,
    expected: ['6:1 yaml-syntax'],
  },
  {
    mistake: 'a line of text among the fields, above the closing ---: a YAML error there, not a missing ---',
    yaml: `${HEAD}Bryggan\nattendees:\n  - David Bergström\n`,
    expected: ['4:1 yaml-syntax'],
  },
  {
    mistake: 'no fields at the top of the file: said in words a note-taker knows',
    text: 'Protokoll från mötet.\n',
    expected: ['1:1 front-matter-missing'],
    message: 'Filen börjar inte med fälten (group, date …) mellan två rader ---.',
  },
  {
    mistake: 'a [ after the colon above a list written with dashes: one error, at the bracket, in Swedish',
    yaml: `${HEAD}attendees: [\n  - David Bergström\n  - Leif Redestig\n`,
    expected: ['4:12 yaml-syntax'],
    message: 'Raderna under "attendees" är en lista med streck (-), men [ efter kolonet öppnar en lista inom hakparenteser som aldrig avslutas.',
    hint: 'Ta bort [ efter attendees:',
  },
  {
    mistake: 'a { after the colon above a list of actions, and a [ above another list: one error at each bracket',
    yaml: `${HEAD}attendees: [\n  - David Bergström\nactions: {  # nya\n  - who: David Bergström\n    what: Ring.\n`,
    expected: ['4:12 yaml-syntax', '6:10 yaml-syntax'],
    message: 'Raderna under "attendees"',
  },
  {
    mistake: 'a dash inside a list in brackets that the line above began: the parser\'s complaint, in Swedish',
    yaml: `${HEAD}attendees: [David Bergström,\n  - Leif Redestig]\n`,
    expected: ['5:3 yaml-syntax'],
    message: 'En lista med streck (-) eller fält på egna rader kan inte stå inom [ ] eller { }.',
  },
  {
    mistake: 'a single quote never closed, reported where it opens and not where the front matter ends',
    yaml: `${HEAD}location: 'Bryggan\nattendees:\n  - David Bergström\n`,
    expected: ['4:11 yaml-syntax'],
    message: 'Citattecknet här avslutas aldrig.',
    hint: "Lägg till ett ' i slutet av värdet",
  },
  ...(
    [
      ['Markdown emphasis', 'location: *Bryggan*', '4:11', '*'],
      ['Markdown emphasis and more words', 'title: **Extra** möte', '4:8', '*'],
      ['a bracket with text after it', 'title: [Extra] möte', '4:8', '['],
      ['a >', 'location: >Bryggan', '4:11', '>'],
      ['a dash and a space', 'title: - Extra', '4:8', '-'],
      ['an @', 'title: @Extra', '4:8', '@'],
      ['an exclamation mark for emphasis, the value left empty', 'title: !Viktigt', '4:8', '!'],
      ['an exclamation mark for emphasis before more words', 'title: !Viktigt möte', '4:8', '!'],
      ['exclamation marks on both sides', 'title: !!Viktigt!!', '4:8', '!!'],
      ['an exclamation mark before a Swedish letter', 'title: !Öppet möte', '4:8', '!'],
      ['an exclamation mark and a colon', 'title: !Viktigt: budget', '4:8', '!'],
    ] as const
  ).map(([written, line, at, sign]): Case => ({
    mistake: `a value that starts with a sign YAML reads as its own (${written}): said in Swedish at the sign, with the value quoted`,
    yaml: `${HEAD}${line}\nattendees: [David Bergström]\n`,
    expected: [`${at} yaml-syntax`],
    message: `Värdet börjar med ${sign}, som betyder något särskilt i YAML`,
    hint: `Sätt hela värdet inom citattecken${sign === '*' ? MARKDOWN : ''}: ${line.replace(/: (.*)$/, ': "$1"')}`,
  })),
  ...(
    [
      ['alone, the value left empty', 'location: &Bryggan', '4:11', 'location: "&Bryggan"'],
      ['before more words, which alone are kept', 'location: &Bryggan rum 3', '4:11', 'location: "&Bryggan rum 3"'],
      ['in a list', 'guests:\n  - &Anna Ek', '5:5', '"&Anna Ek"'],
    ] as const
  ).map(([how, line, at, quoted]): Case => ({
    mistake: `a value that starts with & (${how}), which YAML reads as an anchor no alias uses: the word would be lost`,
    yaml: `${HEAD}${line}\nattendees: [David Bergström]\n`,
    expected: [`${at} yaml-syntax`],
    message: 'Ett värde som börjar med & läses i YAML som ett namn på värdet (ett ankare)',
    hint: `Sätt hela värdet inom citattecken: ${quoted}`,
  })),
  ...(
    [
      ['in a list in brackets', 'guests: [&Bo, Anna]\nattendees: [David Bergström]', ['4:10 yaml-syntax']],
      ['alone in a list in brackets', 'attendees: [&Bo]', ['4:13 yaml-syntax']],
      ['before an attendee', 'attendees: [&Bo, David Bergström]', ['4:13 yaml-syntax']],
      ['in a list with dashes', 'guests:\n  - &Bo\n  - Anna\nattendees: [David Bergström]', ['5:5 yaml-syntax']],
      ['below another slip, in fields read past it', 'title: @Extra\nguests: [&Bo, Anna]\nattendees: [David Bergström, Leif Redestg]', ['4:8 yaml-syntax', '5:10 yaml-syntax', '6:30 unknown-person']],
    ] as const
  ).map(([where, lines, expected]): Case => ({
    mistake: `an item that is only an anchor (${where}): the & said once, not also an empty line of the list`,
    yaml: `${HEAD}${lines}\n`,
    expected,
  })),
  {
    mistake: 'an item that is only an anchor, on a line below the [ of its list: the & said once, with the line to write',
    yaml: `${HEAD}guests: [Anna,\n  &Bo]\nattendees: [David Bergström]\n`,
    expected: ['5:3 yaml-syntax'],
    message: 'Ett värde som börjar med & läses i YAML som ett namn på värdet (ett ankare), så "&Bo" kommer inte med i texten.',
    hint: 'Sätt det inom citattecken: … "&Bo"]',
  },
  ...(
    [
      ['alone', 'title: ! Viktigt', '4:8', 'title: "! Viktigt"'],
      ['in a list, above a misspelt attendee', 'guests:\n  - ! Anna Ek', '5:5', '"! Anna Ek"'],
    ] as const
  ).map(([how, line, at, quoted]): Case => ({
    mistake: `a value that starts with ! and a space (${how}), which YAML reads as a tag and leaves out of the value: the ! would be lost`,
    yaml: `${HEAD}${line}\nattendees: [David Bergström, Leif Redestg]\n`,
    expected: [`${at} yaml-syntax`, `${Number(at.split(':')[0]) + 1}:30 unknown-person`],
    message: 'Ett värde som börjar med ! och ett mellanslag läses i YAML som en tagg',
    hint: `Sätt hela värdet inom citattecken: ${quoted}`,
  })),
  ...(
    [
      ['in a list with dashes', 'attendees:\n  - !\n  - Leif Redestg', ['5:5 yaml-syntax', '6:5 unknown-person'], 'Sätt hela värdet inom citattecken: "!"'],
      ['in a list in brackets', 'attendees: [Leif Redestig, ! ]', ['4:28 yaml-syntax'], 'Sätt det inom citattecken: attendees: [Leif Redestig, "!" ]'],
      ['below another slip, in fields read past it', 'title: @Extra\nattendees:\n  - !\n  - Leif Redestg', ['4:8 yaml-syntax', '6:5 yaml-syntax', '7:5 unknown-person'], 'Sätt hela värdet inom citattecken: title: "@Extra"'],
    ] as const
  ).map(([where, lines, expected, hint]): Case => ({
    mistake: `a ! alone as an item of a list (${where}), which YAML reads as a tag and leaves the line empty: the ! said once, not also an empty line of the list`,
    yaml: `${HEAD}${lines}\n`,
    expected,
    hint,
  })),
  ...(
    [
      ['Markdown emphasis', 'guests:\n  - *Anna Ek*', '5:5', '*'],
      ['a >', 'guests:\n  - >Anna Ek', '5:5', '>'],
      ['an @', 'guests:\n  - @Anna Ek', '5:5', '@'],
    ] as const
  ).map(([written, lines, at, sign]): Case => ({
    mistake: `a list item that starts with a sign YAML reads as its own (${written}): said in Swedish at the sign, with the item quoted`,
    yaml: `${HEAD}${lines}\nattendees: [David Bergström]\n`,
    expected: [`${at} yaml-syntax`],
    message: `Värdet börjar med ${sign}, som betyder något särskilt i YAML`,
    hint: `Sätt hela värdet inom citattecken${sign === '*' ? MARKDOWN : ''}: - "${lines.slice(lines.indexOf('- ') + 2)}"`,
  })),
  ...(
    [
      ['Markdown emphasis, which only js-yaml refuses', 'location: *Bryggan*', 11, 'Värdet börjar med *'],
      ['an alias, which only js-yaml refuses', 'location: *Bryggan', 11, 'Värdet börjar med *'],
      ['Markdown emphasis and more words', 'title: **Extra** möte', 8, 'Värdet börjar med *'],
      ['an &', 'location: &Bryggan', 11, 'Ett värde som börjar med &'],
      ['an @', 'title: @Extra', 8, 'Värdet börjar med @'],
      ['a >', 'location: >Bryggan', 11, 'Värdet börjar med >'],
      ['an exclamation mark', 'title: !Viktigt', 8, 'Värdet börjar med !'],
      ['a bracket with text after it', 'title: [Extra] möte', 8, 'Värdet börjar med ['],
      ['a backtick', 'title: `Extra`', 8, 'Värdet börjar med `'],
    ] as const
  ).flatMap(([written, line, col, message]): Case[] => [
    {
      mistake: `a value that starts with a sign YAML reads as its own (${written}), above a misspelt attendee: both reported`,
      yaml: `${HEAD}${line}\nattendees: [David Bergström, Leif Redestg]\n`,
      expected: [`4:${col} yaml-syntax`, '5:30 unknown-person'],
      message,
    },
    {
      mistake: `a value that starts with a sign YAML reads as its own (${written}), below a misspelt attendee: both reported`,
      yaml: `${HEAD}attendees: [David Bergström, Leif Redestg]\n${line}\n`,
      expected: ['4:30 unknown-person', `5:${col} yaml-syntax`],
    },
  ]),
  ...(
    [
      ['Markdown emphasis around one word, which only js-yaml refuses', 'guests:\n  - *Anna*'],
      ['Markdown emphasis', 'guests:\n  - *Anna Ek*'],
      ['a >', 'guests:\n  - >Anna Ek'],
      ['an @', 'guests:\n  - @Anna Ek'],
    ] as const
  ).map(([written, lines]): Case => ({
    mistake: `a list item that starts with a sign YAML reads as its own (${written}), above a misspelt attendee: both reported`,
    yaml: `${HEAD}${lines}\nattendees: [David Bergström, Leif Redestg]\n`,
    expected: ['5:5 yaml-syntax', '6:30 unknown-person'],
    message: 'Värdet börjar med',
  })),
  ...(
    [
      ['Markdown emphasis around one word, which only js-yaml refuses', '*Bo*', 'Värdet börjar med *', `Ta bort asteriskerna${MARKDOWN}: guests: [Anna, Bo]`],
      ['Markdown emphasis around two words', '*Bo Ek*', 'Värdet börjar med *', `Ta bort asteriskerna${MARKDOWN}: guests: [Anna, Bo Ek]`],
      ['bold', '**Bo**', 'Värdet börjar med *', `Ta bort asteriskerna${MARKDOWN}: guests: [Anna, Bo]`],
      ['an alias to no anchor', '*Bo', 'Värdet börjar med *', `Sätt det inom citattecken${MARKDOWN}: guests: [Anna, "*Bo"]`],
      ['an @', '@Bo Ek', 'Värdet börjar med @', 'Sätt det inom citattecken: guests: [Anna, "@Bo Ek"]'],
      ['a >', '>Bo Ek', 'Värdet börjar med >', 'Sätt det inom citattecken: guests: [Anna, ">Bo Ek"]'],
      ['a |', '|Bo', 'Värdet börjar med |', 'Sätt det inom citattecken: guests: [Anna, "|Bo"]'],
      ['a %', '%Bo', 'Värdet börjar med %', 'Sätt det inom citattecken: guests: [Anna, "%Bo"]'],
      ['a backtick', '`Bo` Ek', 'Värdet börjar med `', 'Sätt det inom citattecken: guests: [Anna, "`Bo` Ek"]'],
      ['an exclamation mark', '!Bo', 'Värdet börjar med !, som betyder något särskilt i YAML (en tagg', 'Sätt det inom citattecken: guests: [Anna, "!Bo"]'],
      ['a bracket with text after it', '[Bo] Ek', 'Värdet börjar med [', 'Sätt det inom citattecken: guests: [Anna, "[Bo] Ek"]'],
      ['an &', '&Bo Ek', 'Ett värde som börjar med &', 'Sätt det inom citattecken: guests: [Anna, "&Bo Ek"]'],
    ] as const
  ).flatMap(([written, item, message, hint]): Case[] => [
    {
      mistake: `an item of a list in brackets that starts with a sign YAML reads as its own (${written}), above a misspelt attendee: at the sign, the item quoted, both reported`,
      yaml: `${HEAD}guests: [Anna, ${item}]\nattendees: [David Bergström, Leif Redestg]\n`,
      expected: ['4:16 yaml-syntax', '5:30 unknown-person'],
      message,
      hint,
    },
    {
      mistake: `an item of a list in brackets that starts with a sign YAML reads as its own (${written}), below a misspelt attendee: both reported`,
      yaml: `${HEAD}attendees: [David Bergström, Leif Redestg]\nguests: [Anna, ${item}]\n`,
      expected: ['4:30 unknown-person', '5:16 yaml-syntax'],
    },
  ]),
  {
    mistake: 'an attendee in a list in brackets emphasised with Markdown: at the *, with the name to write, and a misspelt absentee below still reported',
    yaml: `${HEAD}attendees: [*David Bergström*]\nabsent: [Leif Redestg]\n`,
    expected: ['4:13 yaml-syntax', '5:10 unknown-person'],
    message: 'Värdet börjar med *, som betyder något särskilt i YAML, så det går inte att läsa som text.',
    hint: `Ta bort asteriskerna${MARKDOWN}: attendees: [David Bergström]`,
  },
  ...(
    [
      ['emphasised, first, which only js-yaml refuses', 'attendees: [*David Bergström*, Leif Redestg]', ['4:13 yaml-syntax', '4:32 unknown-person']],
      ['emphasised, last, which only js-yaml refuses', 'attendees: [Leif Redestg, *David Bergström*]', ['4:13 unknown-person', '4:27 yaml-syntax']],
      ['with an @, first', 'attendees: [@David Bergström, Leif Redestg]', ['4:13 yaml-syntax', '4:31 unknown-person']],
      ['with an @, in the middle', 'attendees: [Leif Redestg, @Bo, Åke Malmen]', ['4:13 unknown-person', '4:27 yaml-syntax', '4:32 unknown-person']],
      ['with a > , first', 'attendees: [>David Bergström, Leif Redestg]', ['4:13 yaml-syntax', '4:31 unknown-person']],
      ['emphasised, in a list with dashes, which only js-yaml refuses', 'attendees:\n  - *David Bergström*\n  - Leif Redestg', ['5:5 yaml-syntax', '6:5 unknown-person']],
      ['with an @, in a list with dashes', 'attendees:\n  - @David Bergström\n  - Leif Redestg', ['5:5 yaml-syntax', '6:5 unknown-person']],
    ] as const
  ).map(([where, lines, expected]): Case => ({
    mistake: `an item that starts with a sign YAML reads as its own (${where}): the other items of its list still checked, each at its place`,
    yaml: `${HEAD}${lines}\n`,
    expected,
  })),
  ...(
    [
      ['emphasised, on a line below the [ of a list in brackets, which only js-yaml refuses', 'attendees: [David Bergström,\n  *Leif Redestig*, Leif Redestg]', ['5:3 yaml-syntax', '5:20 unknown-person'], '*', `Ta bort asteriskerna${MARKDOWN}: … Leif Redestig, Leif Redestg]`],
      ['with an @, on the line of the [ of a list in brackets over two lines', 'attendees: [@David Bergström, Leif Redestg,\n  Åke Malmen]', ['4:13 yaml-syntax', '4:31 unknown-person', '5:3 unknown-person'], '@', 'Sätt det inom citattecken: attendees: ["@David Bergström", Leif Redestg, …'],
      ['with an @, in the middle of three lines of a list in brackets', 'attendees: [Leif Redestig,\n  @David Bergström,\n  Åke Malmen]', ['5:3 yaml-syntax', '6:3 unknown-person'], '@', 'Sätt det inom citattecken: … "@David Bergström", …'],
      ['with an @, running on over two lines of a list in brackets, after a comment', 'attendees: [David Bergström, # ordförande\n  @Anna\n  Ek, Leif Redestg]', ['5:3 yaml-syntax', '6:7 unknown-person'], '@', 'Sätt det inom citattecken: … "@Anna Ek", Leif Redestg]'],
      ['emphasised, alone on a line below the [ of a list in brackets, which only js-yaml refuses', 'attendees: [David Bergström,\n  *Leif*]', ['5:3 yaml-syntax'], '*', `Ta bort asteriskerna${MARKDOWN}: … Leif]`],
      ['with an @, alone on a line below the [ of a list in brackets', 'attendees: [David Bergström,\n  @Leif Redestig]', ['5:3 yaml-syntax'], '@', 'Sätt det inom citattecken: … "@Leif Redestig"]'],
      ['emphasised, in a list with dashes, with a line of its text below it, which only js-yaml refuses', 'attendees:\n  - *David Bergström*\n    (ordförande)\n  - Leif Redestg', ['5:5 yaml-syntax', '7:5 unknown-person'], '*', `Sätt hela värdet inom citattecken${MARKDOWN}: - "*David Bergström*"`],
      ['with an @, in an action, with its other field below it', 'attendees: [David Bergström]\nactions:\n  - who: @Anna\n    what: Boka lokal.\n  - who: Leif Redestg\n    what: Skicka kallelsen.', ['6:10 yaml-syntax', '8:10 unknown-owner'], '@', 'Sätt hela värdet inom citattecken: - who: "@Anna"'],
      ['emphasised, on the line below the dash of an action', 'attendees: [David Bergström]\nactions:\n  - who: Leif Redestig\n    what: *Boka* lokal.\n  - who: Leif Redestg\n    what: Skicka kallelsen.', ['7:11 yaml-syntax', '8:10 unknown-owner'], '*', `Sätt hela värdet inom citattecken${MARKDOWN}: what: "*Boka* lokal."`],
      ['with an @ and emphasised, twice in one action of two', 'attendees: [David Bergström]\nactions:\n  - who: @Anna\n    what: *Boka* lokal.\n  - who: Leif Redestg\n    what: Skicka kallelsen.', ['6:10 yaml-syntax', '7:11 yaml-syntax', '8:10 unknown-owner'], '@', 'Sätt hela värdet inom citattecken: - who: "@Anna"'],
      ['with an @, in an item of a list with dashes inside an action', 'attendees: [David Bergström]\nactions:\n  - who:\n      - @Anna\n      - Leif Redestg\n    what: Boka lokal.', ['7:9 yaml-syntax', '8:9 unknown-owner'], '@', 'Sätt hela värdet inom citattecken: - "@Anna"'],
    ] as const
  ).map(([where, lines, expected, sign, hint]): Case => ({
    mistake: `an item that holds a sign YAML reads as its own (${where}): said at the sign, and the other items of its list still checked, each at its place`,
    yaml: `${HEAD}${lines}\n`,
    expected,
    message: `Värdet börjar med ${sign}, som betyder något särskilt i YAML, så det går inte att läsa som text.`,
    hint,
  })),
  {
    mistake: 'an item of a list in brackets over lines that starts with a sign, in a file with Windows line endings: the other items still checked, each at its place',
    text: '---\r\ngroup: GUG\r\ndate: 2016-03-07\r\nattendees: [Leif Redestg,\r\n  *David Bergström*,\r\n  Åke Malmen]\r\n---\r\nText.\r\n',
    expected: ['4:13 unknown-person', '5:3 yaml-syntax', '6:3 unknown-person'],
    hint: 'Menade du Leif Redestig?',
  },
  {
    mistake: 'an item of a list with dashes that starts with a sign and opens a quote it does not close: its list stays unread, not read with the rest of the item as another',
    yaml: `${HEAD}attendees:\n  - @David Bergström\n    "ordförande\n  - Leif Redestg"\n`,
    expected: ['5:5 yaml-syntax'],
    message: 'Värdet börjar med @, som betyder något särskilt i YAML, så det går inte att läsa som text.',
  },
  ...(
    [
      ['in a list in brackets', 'attendees: [@David Bergström, @Leif Redestig]', ['4:13 yaml-syntax', '4:31 yaml-syntax']],
      ['in a list with dashes', 'attendees:\n  - @David Bergström\n  - @Leif Redestig', ['5:5 yaml-syntax', '6:5 yaml-syntax']],
      ['in a list in brackets over two lines', 'attendees: [@David Bergström,\n  @Leif Redestig]', ['4:13 yaml-syntax', '5:3 yaml-syntax']],
      ['in a list with dashes, each with a line below it', 'attendees:\n  - @David Bergström\n    (ordförande)\n  - @Leif Redestig\n    (sekreterare)', ['5:5 yaml-syntax', '7:5 yaml-syntax']],
    ] as const
  ).map(([where, lines, expected]): Case => ({
    mistake: `every item of a list starting with a sign YAML reads as its own (${where}): the slips alone, not also an empty list`,
    yaml: `${HEAD}${lines}\n`,
    expected,
  })),
  ...(
    [
      ['attendees: [@David Bergström, Leif Redestig]', '5:13'],
      ['attendees:\n  - *David Bergström*\n  - Leif Redestig', '6:5'],
      ['attendees: [Leif Redestig,\n  *David Bergström*]', '6:3'],
      ['attendees:\n  - *David Bergström*\n    (ordförande)\n  - Leif Redestig', '6:5'],
    ] as const
  ).map(
    ([lines, at]): Case => ({
      mistake: `the secretary written as the attendee whose item slipped (${lines.replace(/\n/g, ' ')}): not said to be absent`,
      yaml: `${HEAD}secretary: David Bergström\n${lines}\n`,
      expected: [`${at} yaml-syntax`],
    }),
  ),
  {
    mistake: 'an emphasised item after a quoted one holding a comma and asterisks: at the item\'s *',
    yaml: `${HEAD}attendees: [David Bergström]\nguests: [Anna, "Bo, *Cilla*", *Dan*]\n`,
    expected: ['5:31 yaml-syntax'],
    hint: `Ta bort asteriskerna${MARKDOWN}: guests: [Anna, "Bo, *Cilla*", Dan]`,
  },
  ...(
    [
      ['in a list in brackets, which only js-yaml refuses', 'guests: [*Bo*, *Cilla*]', ['5:10 yaml-syntax', '5:16 yaml-syntax']],
      ['in a list in brackets', 'guests: [@Bo, @Cilla]', ['5:10 yaml-syntax', '5:15 yaml-syntax']],
      ['in a list with dashes, which only js-yaml refuses', 'guests:\n  - *Anna*\n  - *Bo*', ['6:5 yaml-syntax', '7:5 yaml-syntax']],
      ['in two fields, which only js-yaml refuses', 'location: *Bryggan*\ntitle: *Extra*', ['5:11 yaml-syntax', '6:8 yaml-syntax']],
    ] as const
  ).map(([where, lines, slips]): Case => ({
    mistake: `two values that start with a sign YAML reads as its own (${where}): one error for each, and a misspelt attendee above still reported`,
    yaml: `${HEAD}attendees: [David Bergström, Leif Redestg]\n${lines}\n`,
    expected: ['4:30 unknown-person', ...slips],
  })),
  {
    mistake: 'a YAML tag written as one, in a list in brackets, stays a yaml-tag',
    yaml: `${HEAD}attendees: [David Bergström]\nguests: [Anna, !!js/function "x"]\n`,
    expected: ['5:16 yaml-tag'],
  },
  {
    mistake: 'a decision that starts with ! for emphasis: one error at the !, the other fields still checked',
    yaml: `${HEAD}decisions:\n  - !Viktigt: vi flyttar mötet.\nattendees: [David Bergström, Leif Redestg]\n`,
    expected: ['5:5 yaml-syntax', '6:30 unknown-person'],
    message: 'Värdet börjar med !, som betyder något särskilt i YAML',
    hint: 'Sätt hela värdet inom citattecken: - "!Viktigt: vi flyttar mötet."',
  },
  {
    mistake: 'a YAML tag before a block of text, which only js-yaml refuses: at the tag, and a misspelt attendee below the block still checked',
    yaml: `${HEAD}summary: !!binary |\n  PHN0\n  eWxl\nattendees: [David Bergström, Leif Redestg]\n`,
    expected: ['4:10 yaml-tag', '7:30 unknown-person'],
  },
  {
    mistake: 'a YAML tag written as one, before a quoted value, stays a yaml-tag, once',
    yaml: `${HEAD}summary: !eval "alert(1)"\nattendees: [David Bergström]\n`,
    expected: ['4:10 yaml-tag'],
  },
  ...(
    [
      ['a bracketed name', '[Punkt 1]: Lokal', 'hakparenteser, och då läses det i YAML som en lista', 'Skriv namnet utan hakparenteser: "Punkt 1: Lokal"'],
      ['a bracketed field name', '[location]: Bryggan', 'hakparenteser, och då läses det i YAML som en lista', 'Skriv namnet utan hakparenteser: "location: Bryggan"'],
      ['a Markdown link definition', '[Lokal]: https://example.org/lokal.pdf', 'hakparenteser, och då läses det i YAML som en lista', 'En länk i Markdown ([Lokal]: adress) skrivs i texten: flytta raden ned under raden --- som avslutar fälten.'],
      ['a name in braces', '{Punkt}: Lokal', 'klammerparenteser, och då läses det i YAML som fält', 'Skriv namnet utan klammerparenteser: "Punkt: Lokal"'],
    ] as const
  ).map(([written, line, message, hint]): Case => ({
    mistake: `a key in brackets (${written}): said at the bracket that YAML reads it as a list, the other fields still checked`,
    yaml: `${HEAD}${line}\nattendees: [David Bergström, Leif Redestg]\n`,
    expected: ['4:1 yaml-syntax', '5:30 unknown-person'],
    message: `Fältnamnet står inom ${message}, inte som ett namn.`,
    hint,
  })),
  {
    mistake: 'a > before a field, which leaves the line below it out of line too: one error, at the >',
    yaml: `${HEAD}>location: Bryggan\ntitle: Extramöte\nattendees: [David Bergström, Leif Redestg]\n`,
    expected: ['4:1 yaml-syntax', '6:30 unknown-person'],
    message: 'Raden börjar med >, som i YAML inleder ett block av text, så raden läses som text och inte som "location:".',
    hint: 'Ta bort > före location: "location: Bryggan"',
  },
  {
    mistake: 'an anchor an alias repeats is meant, and an & inside a value is text (Kafé &Co, R&D)',
    yaml: `${HEAD}secretary: &s David Bergström\nattendees: [*s]\nlocation: Kafé &Co\ntitle: R&D-möte\n`,
    expected: [],
  },
  {
    mistake: 'a line of a block of text less indented than the block, which only js-yaml refuses: in Swedish',
    yaml: `${HEAD}note: >-\n  Första raden.\n :   andra raden.\nattendees: [David Bergström]\n`,
    expected: ['6:2 yaml-syntax'],
    message: 'Indraget stämmer inte med raderna runt omkring.',
    hint: 'Jämför raden med raderna runt omkring',
  },
  {
    mistake: 'a line of a block of text less indented than the block, which only js-yaml refuses, and a wrong group above it: both reported',
    yaml: `group: GUGG\ndate: 2016-03-07\nnote: >-\n  Första raden.\n :   andra raden.\nattendees: [David Bergström]\n`,
    expected: ['2:8 unknown-group', '6:2 yaml-syntax'],
  },
  ...(
    [
      ['a quote later in the front matter', `${HEAD}title: "Extramöte\nlocation: Bryggan"\nattendees: [David Bergström]\n`, '4:8'],
      ['a quote in a comment below', `${HEAD}secretary: "David Bergström\n# "Närvarande": 1 person\nattendees: [David Bergström]\n`, '4:12'],
      ['a quote further down a list', `${HEAD}attendees:\n  - "David Bergström\n  - Leif Redestig"\n`, '5:5'],
    ] as const
  ).map(([closedBy, yaml, at]): Case => ({
    mistake: `a quote never closed on its line but by ${closedBy}: reported where it opens, not read as one value over the lines`,
    yaml,
    expected: [`${at} yaml-syntax`],
    message: 'Citattecknet här avslutas aldrig.',
    hint: 'Lägg till ett " i slutet av värdet',
  })),
  ...(
    [
      ['14.30', '14:30'],
      ['9.30', '09:30'],
      ['1330', '13:30'],
      ['13.50', '13:50'],
    ] as const
  ).map(([written, meant]): Case => ({
    mistake: `a time written ${written} without quotes, which YAML reads as a number: the hint gives it quoted`,
    yaml: `${HEAD}time: ${written}\nattendees: [David Bergström]\n`,
    expected: ['4:7 invalid-type'],
    hint: `time: "${meant}"`,
  })),
  ...(
    [
      ['13.75', 'minutes past 59'],
      ['2500', 'an hour past 23, without its colon'],
    ] as const
  ).map(([written, what]): Case => ({
    mistake: `a time written ${written} without quotes, ${what}: said at once to be no time, with what to write quoted`,
    yaml: `${HEAD}time: ${written}\nattendees: [David Bergström]\n`,
    expected: ['4:7 invalid-time'],
    message: `"${written}" är inget klockslag.`,
    hint: 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget då mötet började, inom citattecken, till exempel time: "13:30"',
  })),
  // Unquoted, YAML reads them as the numbers 0.5, 1000 and 13.5: the text as typed tells no time (13.5 is 13:05? 13:30?
  // 13:50?), so no time is guessed from the number's form ("00:50", "10:00", "13:50"), only the form to write is given.
  ...(['.5', '1e3', '13.5'] as const).map((written): Case => ({
    mistake: `a number written ${written} without quotes: no time guessed, the form`,
    yaml: `${HEAD}time: ${written}\nattendees: [David Bergström]\n`,
    expected: ['4:7 invalid-time'],
    message: `"${written}" är inget klockslag.`,
    hint: 'Skriv klockslaget då mötet började, inom citattecken, till exempel time: "13:30"',
  })),
  // A place after the next meeting's day and time: it has no field of its own in next_meeting (the README: import
  // leaves it in the text), said so, with where it goes and the line to write.
  ...(
    [
      ['2016-03-21 kl 9 i Bryggan', 'klockslaget', 'i Bryggan', '2016-03-21 09:00'],
      ['2016-03-21 13:30 i Bryggan', 'klockslaget', 'i Bryggan', '2016-03-21 13:30'],
      ['2016-03-21 13:30, Bryggan', 'klockslaget', 'Bryggan', '2016-03-21 13:30'],
      ['21/3 2016 kl 13 på Bryggan', 'klockslaget', 'på Bryggan', '2016-03-21 13:00'],
      ['2016-03-21 kl 9-11 hos Vorta Drom', 'klockslaget', 'hos Vorta Drom', '2016-03-21 09:00'],
      // An end time after "till", as next_meeting's end time is read ("kl 9:30 till 11"), not "till 11 i Bryggan" as the place.
      ['2016-03-21 kl 9 till 11 i Bryggan', 'klockslaget', 'i Bryggan', '2016-03-21 09:00'],
      ['21 mars 2016 13:30 - Bryggan, rum 3', 'klockslaget', 'Bryggan, rum 3', '2016-03-21 13:30'],
      ['2016-03-21 i Bryggan', 'dagen', 'i Bryggan', '2016-03-21'],
      ['4 april, Bryggan', 'dagen', 'Bryggan', '2016-04-04'],
      ['2016-03-21 kl 13 (Bryggan)', 'klockslaget', 'Bryggan', '2016-03-21 13:00'],
      ['2016-03-21 (Bryggan, rum 3)', 'dagen', 'Bryggan, rum 3', '2016-03-21'],
    ] as const
  ).map(([written, before, place, meant]): Case => ({
    mistake: `a next meeting with a place after its ${before === 'dagen' ? 'day' : 'time'}, ${written}: the place has no field there, the line to write`,
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: ${written}\n`,
    expected: ['5:15 invalid-date'],
    message: `"${written}" har en plats efter ${before}, men next_meeting tar bara dagen och klockslaget.`,
    hint: `Nästa mötes plats har inget eget fält: skriv "${place}" i texten, under raden --- som avslutar fälten. ${before === 'dagen' ? 'Skriv dagen som ÅÅÅÅ-MM-DD, gärna med klockslaget som TT:MM efter den' : 'Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM'}: next_meeting: ${meant}`,
  })),
  // Guards: "kl" after a comma starts the time, not a place; words that are no day and time are no place after one.
  {
    mistake: 'a next meeting with its time after a comma and "kl": no place, the line to write',
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016-03-21, kl 13\n`,
    expected: ['5:15 invalid-date'],
    message: '"2016-03-21, kl 13" är inte skrivet som ÅÅÅÅ-MM-DD TT:MM.',
    hint: 'Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM: next_meeting: 2016-03-21 13:00',
  },
  {
    mistake: 'a next meeting that is only a place: no day to write',
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: i Bryggan\n`,
    expected: ['5:15 invalid-date'],
    message: '"i Bryggan" är inget datum i formen ÅÅÅÅ-MM-DD.',
    hint: 'Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".',
  },
  {
    mistake: 'a next meeting with its time after "kl": said as not the day and time the field takes, with the line to write',
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016-03-21 kl 9\n`,
    expected: ['5:15 invalid-date'],
    message: '"2016-03-21 kl 9" är inte skrivet som ÅÅÅÅ-MM-DD TT:MM.',
    hint: 'Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM: next_meeting: 2016-03-21 09:00',
  },
  // The day is right in these: what is wrong is said, not the form of the day.
  ...(
    [
      ['kl 24', '5:26'],
      ['klockan 13.75', '5:26'],
    ] as const
  ).map(([time, at]): Case => ({
    mistake: `a next meeting whose time, ${time}, is past the clock's: said of the time, with the clock`,
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016-03-21 ${time}\n`,
    expected: [`${at} invalid-time`],
    message: `"${time}" är inget klockslag.`,
    hint: 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget som TT:MM efter datumet, till exempel "2016-02-22 13:30"',
  })),
  ...(
    [
      ['2016-03-21 kl 9 och 2016-04-04 kl 9', 'två', 'Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM: next_meeting: 2016-03-21 09:00'],
      ['2016-04-04 13:00, 2016-03-21 13:00; 2016-05-02 13:00', 'tre', 'Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM: next_meeting: 2016-03-21 13:00'],
      ['21/3 och 4/4', 'två', 'Skriv dagen som ÅÅÅÅ-MM-DD, gärna med klockslaget som TT:MM efter den: next_meeting: 2016-03-21'],
    ] as const
  ).map(([written, count, line]): Case => ({
    mistake: `a next meeting written as ${count} meetings, ${written}: it takes one, the next one, as the line to write`,
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: ${written}\n`,
    expected: ['5:15 invalid-date'],
    message: `"${written}" är ${count} möten, men next_meeting tar bara ett: det närmaste.`,
    hint: `Skriv de andra mötena i texten, under raden --- som avslutar fälten. ${line}`,
  })),
  ...(
    [
      ['2016-03-21 kl 9:30 till 11', '2016-03-21 09:30'],
      ['2016-03-21 kl 13:30-15:00', '2016-03-21 13:30'],
      ['21 mars kl. 13 – kl. 15', '2016-03-21 13:00'],
    ] as const
  ).map(([written, meant]): Case => ({
    mistake: `a next meeting with an end time, ${written}: said that only the start is kept, with the line to write`,
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: ${written}\n`,
    expected: ['5:15 invalid-date'],
    message: `"${written}" har en sluttid, men next_meeting tar bara klockslaget då mötet börjar.`,
    hint: `Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM: next_meeting: ${meant}`,
  })),
  ...(
    [
      ['kl 13:30', '13:30'],
      ['kl. 13.30', '13:30'],
      ['13:30-15:00', '13:30'],
      ['"13.30 - 15.00"', '13:30'],
    ] as const
  ).map(([written, meant]): Case => ({
    mistake: `a time written ${written}: the hint gives the time alone`,
    yaml: `${HEAD}time: ${written}\nattendees: [David Bergström]\n`,
    expected: ['4:7 invalid-time'],
    hint: `time: "${meant}"`,
  })),
  {
    mistake: 'a value that starts with a quoted word and goes on after it',
    yaml: `${HEAD}summary: "Fritidsbanken" har fått en lokal.\nattendees: [David Bergström]\n`,
    expected: ['4:10 yaml-syntax'],
    message: 'Värdet börjar med ett ord inom citattecken',
    hint: `Sätt hela värdet inom enkla citattecken: summary: '"Fritidsbanken" har fått en lokal.'`,
  },
  {
    mistake: 'a list item that starts with a word in single quotes and goes on after it',
    yaml: `${HEAD}attendees:\n  - 'David' Bergström\n`,
    expected: ['5:5 yaml-syntax'],
    hint: `Sätt hela värdet inom dubbla citattecken: - "'David' Bergström"`,
  },
  {
    mistake: 'a Windows path in double quotes, whose \\ starts an escape',
    yaml: `${HEAD}location: "C:\\Users\\mote"\nattendees: [David Bergström]\n`,
    expected: ['4:14 yaml-syntax'],
    message: 'Skriv \\\\ för ett vanligt \\, eller sätt värdet inom enkla citattecken.',
  },
  { mistake: 'a time in curly quotes from a word processor', yaml: `${HEAD}time: ”13:30”\nattendees: [David Bergström]\n`, expected: ['4:7 invalid-time'], hint: 'Använd raka citattecken' },
  ...(
    [
      ['location: ”Stadshuset”', '4:11', 'location: "Stadshuset"'],
      ['title: “Extra möte”', '4:8', 'title: "Extra möte"'],
      ['location: ’Stadshuset’', '4:11', 'location: "Stadshuset"'],
      ['location: «Stadshuset»', '4:11', 'location: "Stadshuset"'],
    ] as const
  ).map(([line, at, meant]): Case => ({
    mistake: `a value pasted from a word processor in its quotes: ${line}`,
    yaml: `${HEAD}${line}\nattendees: [David Bergström]\n`,
    expected: [`${at} curly-quotes`],
    message: 'citattecken från en ordbehandlare',
    hint: `Använd raka citattecken, som inte syns på webbplatsen: ${meant}`,
  })),
  {
    mistake: 'a summary over several lines in curly quotes: in a block the quotes are taken away, not straightened',
    yaml: `${HEAD}attendees: [David Bergström]\nsummary: |\n  ”Fritidsbanken tar form.\n  Mötestiden flyttas.”\n`,
    expected: ['5:10 curly-quotes'],
    message: 'citattecken från en ordbehandlare (” ”)',
    hint: 'Ta bort ” först och ” sist i texten: i ett block av text efter | eller > syns alla citattecken på webbplatsen.',
  },
  ...[
    'title: Mötet om ”Fritidsbanken”',
    'title: ”Fritidsbanken” och ”IT-gruppen”',
    'location: Stadshuset',
    'summary: ”Fritidsbanken” tar form.',
    'guests: [Karin Ek ”Kajsa”]',
    'decisions: [Vi säger ”ja” till Fritidsbanken.]',
    'actions:\n  - who: David Bergström\n    what: Läs ”Fritidsbanken” och ”IT-gruppen”.',
  ].map(
    (line): Case => ({ mistake: `quotes around words in a value, not around all of it, are meant: ${line}`, yaml: `${HEAD}${line}\nattendees: [David Bergström]\n`, expected: [] }),
  ),
  ...(
    [
      ['guests: [Null]', '4:10'],
      ['guests: [null]', '4:10'],
      ['guests: [~]', '4:10'],
      ['guests:\n  - Anna Andersson\n  - ~', '6:5'],
      ['absent:\n  - Leif Redestig\n  -', '6:4'],
    ] as const
  ).map(([lines, at]): Case => ({
    mistake: `an empty line in a list, not a missing field: ${lines.replace(/\n/g, ' ')}`,
    yaml: `${HEAD}${lines}\nattendees: [David Bergström]\n`,
    expected: [`${at} empty-value`],
    message: `En rad i listan "${lines.slice(0, lines.indexOf(':'))}" är tom.`,
    hint: 'YAML läser null, Null och ~ som tomt',
  })),
  {
    mistake: 'an action due on a day written without a year: the first such day after the meeting',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: 4 april\n`,
    expected: ['8:10 invalid-date'],
    hint: 'Menade du 2016-04-04?',
  },
  ...(
    [
      ['v. 12', 'fredagen i vecka 12: due: 2016-03-25'],
      ['vecka 12', 'fredagen i vecka 12: due: 2016-03-25'],
      ['v9', 'fredagen i vecka 9: due: 2017-03-03'],
    ] as const
  ).map(([written, meant]): Case => ({
    mistake: `an action due in a week, ${written}: the Friday of the first such week from the meeting on`,
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: ${written}\n`,
    expected: ['8:10 invalid-date'],
    hint: `Skriv en dag som datum, till exempel ${meant}`,
  })),
  {
    mistake: 'an action due at the next meeting: its day, when next_meeting gives it',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: till nästa möte\nnext_meeting: 2016-03-21 13:30\n`,
    expected: ['8:10 invalid-date'],
    hint: 'Skriv dagen för nästa möte (next_meeting): due: 2016-03-21',
  },
  {
    mistake: 'an action due at the next meeting, with no next_meeting',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: Till nästa möte\n`,
    expected: ['8:10 invalid-date'],
    hint: 'Skriv dagen för nästa möte som ÅÅÅÅ-MM-DD när den är bestämd, eller ta bort raden med due.',
  },
  {
    mistake: 'an action written as a line of text without "ska"',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - Boka lokal\n`,
    expected: ['6:5 invalid-type'],
    hint: 'Skriv den som fält på egna rader: "  - what: Boka lokal" och under den vem som ska göra det, till exempel "    who: Leif Redestig"',
  },
  { mistake: 'a wrong time in next_meeting', yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016-03-21 25:30\n`, expected: ['5:26 invalid-time'], hint: 'Skriv klockslaget som TT:MM' },
  ...(
    [
      ['2016-3-7', '2016-03-07'],
      ['7/3 2016', '2016-03-07'],
      ['7.3.2016', '2016-03-07'],
      ['16-03-07', '2016-03-07'],
      ['20160307', '2016-03-07'],
      ['7 mars 2016', '2016-03-07'],
      ['måndag 7 mars 2016', '2016-03-07'],
      // The year after a dash, as Swedish minutes often write it.
      ['7/3-16', '2016-03-07'],
      ['7/3 -2016', '2016-03-07'],
      ['7/3–16', '2016-03-07'],
      ['07-03-2016', '2016-03-07'],
      ['7 mars -16', '2016-03-07'],
      // Without a year: the year the file is named by (2016-03-07.md).
      ['7 mars', '2016-03-07'],
      ['den 7 mars', '2016-03-07'],
      ['7/3', '2016-03-07'],
      // In English, month first or day first, as the import reads them ("2 May 2016" read already: a guard).
      ['May 2, 2016', '2016-05-02'],
      ['May 2nd 2016', '2016-05-02'],
      ['2 May 2016', '2016-05-02'],
      ['Monday, May 2, 2016', '2016-05-02'],
    ] as const
  ).map(([written, meant]): Case => ({ mistake: `a date written ${written}`, yaml: `group: GUG\ndate: ${written}\nattendees: [David Bergström]\n`, expected: ['3:7 invalid-date'], hint: `Menade du ${meant}?` })),
  // A weekday the date does not fall on: both days it may mean, each with its line, and neither guessed.
  ...(
    [
      ['date', 'tisdag 7 mars 2016', '3:7', '7 mars 2016 var en måndag, inte en tisdag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du tisdag 8 mars 2016, skriv date: 2016-03-08'],
      ['date', 'Tisdagen den 7 mars 2016', '3:7', '7 mars 2016 var en måndag, inte en tisdag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du tisdag 8 mars 2016, skriv date: 2016-03-08'],
      ['date', 'fredag, 7 mars -16', '3:7', '7 mars 2016 var en måndag, inte en fredag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du fredag 4 mars 2016, skriv date: 2016-03-04'],
      // Without a year: the year the file is named by (2016-03-07.md).
      ['date', 'söndag 7 mars', '3:7', '7 mars 2016 var en måndag, inte en söndag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du söndag 6 mars 2016, skriv date: 2016-03-06'],
      ['date', 'tisdag 7 mars 2016 kl 13.30', '3:7', '7 mars 2016 var en måndag, inte en tisdag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07 och time: "13:30"; menade du tisdag 8 mars 2016, skriv date: 2016-03-08 och time: "13:30"'],
      // The weekday agrees, or the word is no weekday: the date meant, as before.
      ['date', 'Måndagen den 7 mars 2016', '3:7', 'Menade du 2016-03-07? Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
      ['date', 'idag 7 mars 2016', '3:7', 'Menade du 2016-03-07? Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
      ['date', 'Fredagsmöte 7 mars 2016', '3:7', 'Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08. Menade du dagen i filnamnet, skriv date: 2016-03-07'],
      // Short forms and capitals: read as the weekday; a word that starts as one does is none.
      ['date', 'TISDAG 7 MARS 2016', '3:7', '7 mars 2016 var en måndag, inte en tisdag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du tisdag 8 mars 2016, skriv date: 2016-03-08'],
      ['date', 'tis. 7 mars 2016', '3:7', '7 mars 2016 var en måndag, inte en tisdag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du tisdag 8 mars 2016, skriv date: 2016-03-08'],
      ['date', 'Tis 7/3', '3:7', '7 mars 2016 var en måndag, inte en tisdag. Menade du måndag 7 mars 2016, skriv date: 2016-03-07; menade du tisdag 8 mars 2016, skriv date: 2016-03-08'],
      ['date', 'mån 7 mars 2016', '3:7', 'Menade du 2016-03-07? Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
      ['date', 'MÅNDAG 7/3 2016', '3:7', 'Menade du 2016-03-07? Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
      ['date', 'Månad 7 mars 2016', '3:7', 'Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08. Menade du dagen i filnamnet, skriv date: 2016-03-07'],
      // In English, as the import reads it: the month first, or the day.
      ['date', 'Tuesday, May 2, 2016', '3:7', '2 maj 2016 var en måndag, inte en tisdag. Menade du måndag 2 maj 2016, skriv date: 2016-05-02; menade du tisdag 3 maj 2016, skriv date: 2016-05-03'],
      ['date', 'Sunday 2 May 2016', '3:7', '2 maj 2016 var en måndag, inte en söndag. Menade du måndag 2 maj 2016, skriv date: 2016-05-02; menade du söndag 1 maj 2016, skriv date: 2016-05-01'],
      ['next_meeting', 'Tis 21/3', '5:15', '21 mars 2016 är en måndag, inte en tisdag. Menade du måndag 21 mars 2016, skriv next_meeting: 2016-03-21; menade du tisdag 22 mars 2016, skriv next_meeting: 2016-03-22'],
      ['next_meeting', 'tis 22/3 13:30', '5:15', 'Menade du 2016-03-22 13:30? Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
      // The next meeting: the first such day after the meeting (2016-03-07) when no year is written.
      ['next_meeting', 'tisdag 21 mars 2016', '5:15', '21 mars 2016 är en måndag, inte en tisdag. Menade du måndag 21 mars 2016, skriv next_meeting: 2016-03-21; menade du tisdag 22 mars 2016, skriv next_meeting: 2016-03-22'],
      ['next_meeting', 'tisdag 21 mars', '5:15', '21 mars 2016 är en måndag, inte en tisdag. Menade du måndag 21 mars 2016, skriv next_meeting: 2016-03-21; menade du tisdag 22 mars 2016, skriv next_meeting: 2016-03-22'],
      ['next_meeting', 'tisdag 21 mars 2016 13:30', '5:15', '21 mars 2016 är en måndag, inte en tisdag. Menade du måndag 21 mars 2016, skriv next_meeting: 2016-03-21 13:30; menade du tisdag 22 mars 2016, skriv next_meeting: 2016-03-22 13:30'],
      ['next_meeting', 'måndag 21 mars 2016', '5:15', 'Menade du 2016-03-21? Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    ] as const
  ).map(([key, written, at, hint]): Case => ({
    mistake: `a weekday with the date in ${key}: ${written}`,
    yaml: key === 'date' ? `group: GUG\ndate: ${written}\nattendees: [David Bergström]\n` : `${HEAD}attendees: [David Bergström]\n${key}: ${written}\n`,
    expected: [`${at} invalid-date`],
    hints: [hint],
  })),
  {
    mistake: 'an action due on a weekday the date does not fall on',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: torsdag 1 april\n`,
    expected: ['8:10 invalid-date'],
    hints: ['1 april 2016 är en fredag, inte en torsdag. Menade du fredag 1 april 2016, skriv due: 2016-04-01; menade du torsdag 31 mars 2016, skriv due: 2016-03-31'],
  },
  {
    mistake: 'an action due on a weekday, written short, the date does not fall on',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: Tors 1/4\n`,
    expected: ['8:10 invalid-date'],
    hints: ['1 april 2016 är en fredag, inte en torsdag. Menade du fredag 1 april 2016, skriv due: 2016-04-01; menade du torsdag 31 mars 2016, skriv due: 2016-03-31'],
  },
  ...(
    [
      ['2016-3-21 13:30', '2016-03-21 13:30'],
      ['21/3 2016 13.30', '2016-03-21 13:30'],
      ['21 mars 2016', '2016-03-21'],
      // Without a year: the first such day after the meeting (2016-03-07).
      ['4 april', '2016-04-04'],
      ['4 apr', '2016-04-04'],
      ['4:e april', '2016-04-04'],
      ['4/4', '2016-04-04'],
      ['2 mars', '2017-03-02'],
      ['29 februari', '2020-02-29'],
    ] as const
  ).map(([written, meant]): Case => ({ mistake: `a next meeting written ${written}`, yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: ${written}\n`, expected: ['5:15 invalid-date'], hint: `Menade du ${meant}?` })),
  ...(
    [
      ['location: 12', '4:11'],
      ['title: 2016', '4:8'],
      ['location: true', '4:11'],
      ['guests: [1177]', '4:10'],
    ] as const
  ).map(([line, at]): Case => ({ mistake: `a number or yes/no where text belongs: ${line}`, yaml: `${HEAD}${line}\nattendees: [David Bergström]\n`, expected: [`${at} invalid-type`], hint: 'Sätt värdet inom citattecken, så läses det som text.' })),
  { mistake: 'a date with a time, which date does not take', yaml: `group: GUG\ndate: 7 mars 2016 kl 13.30\nattendees: [David Bergström]\n`, expected: ['3:7 invalid-date'], hint: 'Skriv datum som ÅÅÅÅ-MM-DD, till exempel' },
  ...(
    [
      ['2016-03-07 13:30', '2016-03-07', '13:30'],
      ['2016-03-07T13:30', '2016-03-07', '13:30'],
      ['7 mars 2016 kl 13.30', '2016-03-07', '13:30'],
      ['2016-3-7 9.30', '2016-03-07', '09:30'],
    ] as const
  ).map(([value, date, time]): Case => ({ mistake: `a date with a time: ${value}`, yaml: `group: GUG\ndate: ${value}\nattendees: [David Bergström]\n`, expected: ['3:7 invalid-date'], hint: `Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08. Klockslaget har ett eget fält: date: ${date} och time: "${time}"` })),
  {
    mistake: 'a due date a month early',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: 2016-02-07\n`,
    expected: ['8:10 due-before-meeting'],
    hint: 'Kontrollera månad och dag.',
  },
  {
    mistake: 'a due date on the day of the meeting itself (allowed: "by the end of the day")',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: 2016-03-07\n`,
    expected: [],
  },
  {
    mistake: 'the next meeting on the same day as this one',
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016-03-07 15:00\n`,
    expected: ['5:15 next-meeting-before-meeting'],
  },
  {
    mistake: 'the next meeting the day after this one (allowed)',
    yaml: `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016-03-08\n`,
    expected: [],
  },
  {
    mistake: 'an invisible character inside a quoted value: reported at the character, past the quote',
    yaml: `${HEAD}attendees: [David Bergström]\nlocation: "Stora\u200B rummet"\n`,
    expected: ['5:17 invisible-character'],
  },
  {
    mistake: 'a due date a year early',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: 2015-04-07\n`,
    expected: ['8:10 due-before-meeting'],
    hint: 'Kontrollera årtalet.',
  },
  {
    mistake: 'an action with nobody responsible',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who:\n    what: Boka lokal.\n`,
    expected: ['6:5 missing-field'],
    message: 'Fältet "who" är tomt.',
    hint: 'Skriv en person eller organisation',
  },
  {
    mistake: 'an action without what to do',
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n`,
    expected: ['6:5 missing-field'],
    message: 'Fältet "what" saknas.',
    hint: 'Skriv vad som ska göras',
  },
  {
    mistake: 'a follow-up without its status',
    yaml: `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n`,
    expected: ['6:5 missing-field'],
    message: 'Fältet "status" saknas.',
    hint: 'Skriv done (klar), open (öppen) eller dropped (struken).',
  },
  {
    mistake: 'a value that starts with #, which YAML reads as a comment',
    yaml: `${HEAD}location: #3 Bryggan\nattendees: [David Bergström] # alla kom\n`,
    expected: ['4:11 empty-value'],
    message: 'Värdet börjar med # och läses därför som en kommentar, så fältet "location" blir tomt.',
    hint: 'location: "#3 Bryggan"',
  },
  {
    mistake: 'a value that starts with #, after a key written with a space before its colon',
    yaml: `${HEAD}location : #3 Bryggan\nattendees: [David Bergström]\n`,
    expected: ['4:12 empty-value'],
    message: 'Värdet börjar med # och läses därför som en kommentar, så fältet "location" blir tomt.',
    hint: 'location: "#3 Bryggan"',
  },
  {
    mistake: 'text after " #" in an unquoted value, which YAML drops as a comment',
    yaml: `${HEAD}location: Bryggan #3\nattendees:\n  - David Bergström # sekreterare\nactions:\n  - who: David Bergström\n    what: Boka rum #3 till mötet.\n`,
    expected: ['4:19 comment-in-value', '9:20 comment-in-value'],
    message: '"#3" läses som en kommentar och kommer inte med i värdet.',
    hint: 'Är det en kommentar, skriv ett mellanslag efter #; annars sätt hela värdet inom citattecken: "Bryggan #3"',
  },
  {
    mistake: 'an action id with a space before its # is explained by the follow-up rule alone',
    yaml: `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08 #1\n    status: done\n`,
    expected: ['6:13 unknown-action'],
  },
  ...(
    [
      ['a space too far in', '     what: Boka lokal.', '7:6'],
      ['a space too little in', '   what: Boka lokal.', '7:4'],
    ] as const
  ).map(([how, line, at]): Case => ({
    mistake: `a field of an action ${how}`,
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n${line}\n`,
    expected: [`${at} yaml-syntax`],
    message: 'Fältet "what" står inte rakt under "who" på raden ovanför',
    hint: 'Ställ what: rakt under who: (4 mellanslag in): "    what: Boka lokal."',
  })),
  {
    mistake: "an action's field first on its line, with its value: said at it, and the fields below it checked",
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\ndue: 2016-03-20\n    status: open\nsecretary: Leif Redestg\n`,
    expected: ['8:1 yaml-syntax', '10:12 unknown-person'],
    message: 'Fältet "due" står inte rakt under "what" på raden ovanför, så det går inte att läsa.',
    hint: 'Ställ due: rakt under what: (4 mellanslag in): "    due: 2016-03-20"',
  },
  {
    mistake: 'a top-level field indented by a space',
    yaml: `${HEAD}attendees: [David Bergström]\nlocation: Bryggan\n summary: Kort.\n`,
    expected: ['6:2 yaml-syntax'],
    hint: 'Ställ summary: rakt under location: (först på raden): "summary: Kort."',
  },
  {
    mistake: 'text after a colon inside a block of text is no field',
    yaml: `${HEAD}attendees: [David Bergström]\nsummary: >-\n  Kort text\n  med: kolon\nlocation: Bryggan\n title: X\n`,
    expected: ['9:2 yaml-syntax'],
    hint: 'Ställ title: rakt under location: (först på raden): "title: X"',
  },
  // A block with its indentation given as a digit after its chomping sign, and a value in quotes over lines, hold
  // text, not fields: a colon in their lines is no field out of line, and a slip below is told as itself.
  ...(
    [
      ['a block of text with a digit and a sign (|2-)', 'summary: |2-\n    Kort text\n  med: kolon'],
      ['a block of text with a digit and a sign (>2+)', 'summary: >2+\n  Kort text\n  med: kolon'],
      ['a value in double quotes over lines, under an action', 'actions:\n  - who: David Bergström\n    what: Boka lokal.\nnote: "Vi ses\n    igen: \\"nästa\\" vecka"'],
      ["a value in single quotes over lines", "note: 'Vi ses\n  igen: ''nästa'' vecka'"],
    ] as const
  ).map(([what, lines]): Case => ({
    mistake: `text after a colon in ${what} is no field`,
    yaml: `${HEAD}attendees: [David Bergström]\n${lines}\nlocation: Bryggan\n title: X\n`,
    expected: [`${4 + lines.split('\n').length + 2}:2 yaml-syntax`],
    hint: 'Ställ title: rakt under location: (först på raden): "title: X"',
  })),
  {
    mistake: 'list items whose dashes do not line up, the second further in: told at its dash, not as the two names run together',
    yaml: `${HEAD}attendees:\n  - David Bergström\n   - Leif Redestig\n`,
    expected: ['6:4 yaml-syntax'],
    message: 'Strecket står längre in än strecken på raderna ovanför',
    hint: 'Ställ - rakt under strecken ovanför (2 mellanslag in): "  - Leif Redestig"',
  },
  {
    mistake: 'a chair and a secretary registered with a hyphen and a dash in their names, one of them part of another name: no slip',
    people: 'anna-karin-ek:\n  name: Anna-Karin Ek\nkarin-ek-svensson:\n  name: Karin Ek - Svensson\nkarin-ek:\n  name: Karin Ek\n',
    yaml: `${HEAD}chair: Anna-Karin Ek\nsecretary: Karin Ek - Svensson\nattendees: [Anna-Karin Ek, Karin Ek - Svensson]\n`,
    expected: [],
  },
  // A registered person with their organisation or role after the name, in chair or secretary: the field names the
  // person alone, said so with the line to write, not as someone unknown near them ("Menade du David Bergström?").
  ...(
    [
      ['chair', 'David Bergström - SOF', 'David Bergström', 'SOF', '5:8'],
      ['chair', 'David Bergström (Socialförvaltningen)', 'David Bergström', 'Socialförvaltningen', '5:8'],
      ['secretary', 'Leif Redestig, Socialförvaltningen', 'Leif Redestig', 'Socialförvaltningen', '5:12'],
      ['secretary', 'Leif Redestig – Bryggan', 'Leif Redestig', 'Bryggan', '5:12'],
    ] as const
  ).map(([key, written, name, more, at]): Case => ({
    mistake: `${key}: ${written}: the field names the person alone, the line to write`,
    yaml: `${HEAD}attendees: [David Bergström, Leif Redestig]\n${key}: ${written}\n`,
    expected: [`${at} unknown-person`],
    message: `"${written}" är ${name} med "${more}" efter namnet, men ${key} tar bara personen, ${key === 'chair' ? 'ordföranden' : 'sekreteraren (vid pennan)'}.`,
    hint: `Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - ${name}, ${more}" under attendees). Skriv bara namnet: ${key}: ${name}`,
  })),
  {
    mistake: 'the chair with "ordförande" after the name: the field says it, the line to write',
    yaml: `${HEAD}attendees: [David Bergström]\nchair: David Bergström, ordförande\n`,
    expected: ['5:8 unknown-person'],
    message: '"David Bergström, ordförande" är David Bergström med "ordförande" efter namnet, men chair tar bara personen, ordföranden.',
    hint: 'Att det är ordföranden säger fältet. Skriv bara namnet: chair: David Bergström',
  },
  // Guards: a name with a hyphen, registered or not, and someone not registered with an organisation after the name,
  // are not taken for a registered person with more after the name.
  {
    mistake: 'a chair registered with a hyphen in the name, an organisation after a dash: the name with its hyphen',
    people: 'anna-karin-ek:\n  name: Anna-Karin Ek\n',
    yaml: `${HEAD}attendees: [Anna-Karin Ek]\nchair: Anna-Karin Ek - SOF\n`,
    expected: ['5:8 unknown-person'],
    message: '"Anna-Karin Ek - SOF" är Anna-Karin Ek med "SOF" efter namnet',
    hint: 'Skriv bara namnet: chair: Anna-Karin Ek',
  },
  {
    mistake: 'an unregistered chair with a hyphen in the name: the lines to add',
    yaml: `${HEAD}attendees: [David Bergström]\nchair: Anna-Karin Berg\n`,
    expected: ['5:8 unknown-person'],
    message: 'Hittar inte personen "Anna-Karin Berg".',
    hint: 'Lägg till personen i people.yml, på egna rader: "anna-karin-berg:" och "  name: Anna-Karin Berg".',
  },
  {
    mistake: 'an unregistered chair with an organisation after the name: unknown, not a registered person with more',
    yaml: `${HEAD}attendees: [David Bergström]\nchair: Anna Berg - SOF\n`,
    expected: ['5:8 unknown-person'],
    message: 'Hittar inte personen "Anna Berg - SOF".',
  },
  {
    mistake: 'a misspelt chair with an organisation after the name: the near match',
    yaml: `${HEAD}attendees: [David Bergström]\nchair: Davd Bergström - SOF\n`,
    expected: ['5:8 unknown-person'],
    message: 'Hittar inte personen "Davd Bergström - SOF".',
    hint: 'Menade du David Bergström?',
  },
  {
    mistake: 'a NUL byte pasted into the text, reported where it is (not the whole file as binary)',
    text: '---\ngroup: GUG\u0000\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nText \u0000 här.\n',
    expected: ['2:11 control-character', '6:6 control-character'],
    message: 'U+0000',
  },
  // Bytes pasted side by side were told once each, at column after column: a run is one slip, named whole.
  {
    mistake: 'control bytes pasted in a row into a field and into the text, each run told once, at its first, naming them all',
    // (Two NUL bytes: a third in so short a file makes it a binary file.)
    text: '---\ngroup: GUG\u0000\u0000\u0001\u0002\u0003\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nText \u0007\u001b här.\n',
    expected: ['2:11 control-character', '6:6 control-character'],
    message: 'Fälten överst i filen innehåller 5 styrtecken i rad: U+0000, U+0000, U+0001, U+0002 och U+0003.',
    hint: 'Ta bort tecknen',
  },
  {
    mistake: 'control characters written as escapes side by side in a value, named all',
    yaml: `${HEAD}attendees: [David Bergström]\nlocation: "Stads\\x01\\x02huset"\n`,
    expected: ['5:11 control-character'],
    message: 'Värdet innehåller 2 styrtecken i rad: U+0001 och U+0002.',
  },
  {
    mistake: 'thousands of control characters in a row in the text, told once, counted past the first seven',
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nText ${'\u0001'.repeat(5000)} här.\n`,
    expected: ['6:6 control-character'],
    message: `Texten innehåller 5\u00a0000 styrtecken i rad: ${'U+0001, '.repeat(6)}U+0001 och 4\u00a0993 till.`,
  },
  // An English weekday before a date in the text, as the import reads one ("Monday 2 May 2016"): passed by unread.
  ...(
    [
      ['Nästa möte Monday 3 May 2016 kl. 13.30.', '6:12', 'Monday 3 May 2016', 'Menade du tisdag 3 maj 2016, skriv tisdag i stället för Monday; menade du måndag 2 maj 2016, ändra datumet till den dagen.'],
      ['Vi ses Friday 2016-03-08.', '6:8', 'Friday 2016-03-08', 'Menade du tisdag 8 mars 2016, skriv tisdag i stället för Friday; menade du fredag 11 mars 2016, ändra datumet till den dagen.'],
      ['Inbjudan: SUNDAY 8/3 2016.', '6:11', 'SUNDAY 8/3 2016', 'Menade du tisdag 8 mars 2016, skriv tisdag i stället för SUNDAY; menade du söndag 6 mars 2016, ändra datumet till den dagen.'],
    ] as const
  ).map(([line, at, written, hint]): Case => ({
    mistake: `an English weekday the date in the text does not fall on: ${line}`,
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n${line}\n`,
    expected: [`${at} weekday-mismatch`],
    message: `Veckodagen stämmer inte med datumet i "${written}"`,
    hint,
  })),
  {
    mistake: 'an English weekday the date falls on, and one without a date after it: nothing said',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nNästa möte Tuesday 3 May 2016. Every Monday 13.30 fika.\n',
    expected: [],
  },
  {
    mistake: 'the first name alone of someone not published in full (Per Norbeck, hidden)',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nPer berättade om lokalen; Pers förslag antogs.\n',
    expected: ['6:1 private-name', '6:27 private-name'],
    message: '"Per" kan vara förnamnet på Per Norbeck, som inte ska publiceras; ett förnamn för sig döljs inte på webbplatsen.',
    hint: 'Skriv om texten utan namnet',
  },
  {
    mistake: 'the surname alone of someone not published in full (Per Norbeck, hidden; Ia Jonsson, by initials)',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nNorbeck berättade om lokalen; Norbecks förslag antogs.\nJONSSON höll med.\n',
    expected: ['6:1 private-name', '6:31 private-name', '7:1 private-name'],
    message: '"Norbeck" kan vara efternamnet på Per Norbeck, som inte ska publiceras; ett efternamn för sig döljs inte på webbplatsen.',
    hint: 'Skriv om texten utan namnet',
  },
  {
    mistake: 'a surname shared with someone published in full is theirs as much (Lisa Redestig, hidden, and Leif Redestig)',
    people: 'lisa-redestig:\n  name: Lisa Redestig\n  publish: hidden\n',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nRedestig berättade. Lisa höll med.\n',
    expected: ['6:21 private-name'],
    message: '"Lisa" kan vara förnamnet på Lisa Redestig',
  },
  {
    mistake: 'a list pasted from Word, its bullets kept: one warning for the lines that run together',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nVi beslutade:\n▪ Att boka lokal\n▪ Att skriva till SOF\n',
    expected: ['7:1 bullet-character'],
    message: '2 rader i rad börjar med "▪", som inte gör dem till en lista: på webbplatsen flyter de ihop till ett stycke.',
    hint: 'Börja varje punkt med "- " i stället för "▪"',
  },
  {
    mistake: "a list pasted from Word on Windows: its symbol font's bullet (U+F0B7, shown as nothing) and its second level's o and a tab",
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nVi beslutade:\n\uF0B7\tAtt boka lokal\no\tStora salen\n\uF0B7\tAtt skriva till SOF\n\no\tUnderpunkt för sig\n',
    expected: ['7:1 bullet-character', '11:1 bullet-character'],
    message: '3 rader i rad börjar med "•" från Word (tecknet U+F0B7), som inte gör dem till en lista',
    hint: 'Börja varje punkt med "- " i stället för punkten från Word; en underpunkt med två mellanslag före.',
  },
  { mistake: 'a line starting "o" and a space is no bullet (an "och" written short)', text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nKaffe\no kaka.\n', expected: [] },
  {
    mistake: 'a pasted bullet inside a quote and inside a list item, at its column',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n> · Citerad punkt\n\n- Punkt\n\n  • Underpunkt\n',
    expected: ['6:3 bullet-character', '10:3 bullet-character'],
    message: 'Raden börjar med "·", som inte gör den till en punkt i en lista',
  },
  {
    mistake: 'a table written by hand without its |---| line, in a list item, in a file with CRLF line endings',
    text: '---\r\ngroup: GUG\r\ndate: 2016-03-07\r\nattendees: [David Bergström]\r\n---\r\n- Uppgifter:\r\n\r\n  | Vem | Vad |\r\n  | Leif | Boka lokal |\r\n',
    expected: ['8:3 table-without-separator'],
    message: '2 rader i rad står mellan |, men blir ingen tabell eftersom raden med |---| under den första saknas: på webbplatsen flyter de ihop till ett stycke.',
    hint: 'Skriv den här raden under den första, med lika många kolumner som den, så blir raderna en tabell: "|---|---|"',
  },
  {
    mistake: 'two tables without their |---| line in one paragraph, a line of text between them: each said',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n| Vem | Vad |\n| Leif | Boka lokal |\nOch sedan:\n| Vem | Vad | När |\n| David | Skriva | 20 dec |\n',
    expected: ['6:1 table-without-separator', '9:1 table-without-separator'],
  },
  {
    mistake: 'a table copied from a spreadsheet as text, with an empty cell, in a file with CRLF line endings',
    text: '---\r\ngroup: GUG\r\ndate: 2016-03-07\r\nattendees: [David Bergström]\r\n---\r\nVem\tVad\tNär\r\nLeif\t\t15 dec\r\n',
    expected: ['6:1 table-with-tabs'],
    message: '2 rader i rad har tabbar mellan orden, som en tabell kopierad från Word eller ett kalkylark, men blir ingen tabell',
    hint: 'Skriv raderna som en tabell, med | mellan kolumnerna och en rad med |---| under den första: "| Vem | Vad | När |" och "|---|---|---|"',
  },
  {
    mistake: 'a table copied as text with hundreds of cells: its first line shortened in the hint',
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n${'Cell\t'.repeat(300)}Sist\n${'1\t'.repeat(300)}2\n`,
    expected: ['6:1 table-with-tabs'],
    hint: 'Cell…| Cell | Cell | Cell | Sist |" och "|---|---|',
  },
  // Rows indented as code are indented-text's, which says to take the indent away; the same rows above them are said.
  ...(
    [
      ['rows between |', '| Vem | Vad |\n| Leif | Boka |\n', '    | Vem | Vad |\n    | Leif | Boka |\n', 'table-without-separator'],
      ['lines with tabs', 'Vem\tVad\nLeif\tBoka\n', '\tVem\tVad\n\tLeif\tBoka\n', 'table-with-tabs'],
    ] as const
  ).map(
    ([what, lines, indented, code]): Case => ({
      mistake: `${what} indented as code: said once, as indented`,
      text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n${lines}\n${indented}`,
      expected: [`6:1 ${code}`, '9:1 indented-text'],
    }),
  ),
  // A file on the author's own disk: the hint gives the name to link by once the file is beside the minutes.
  ...(
    [
      ['a file:/// address', '[bilagan](file:///C:/Users/anna/Dokument/Budget%202016.pdf)', '6:14 unsafe-link', '(<Budget 2016.pdf>)'],
      ['a Windows path', '[bilagan](C:\\Users\\anna\\bilaga.pdf)', '6:14 link-outside-minutes', '(bilaga.pdf)'],
    ] as const
  ).map(([how, link, at, name]): Case => ({
    mistake: `a link to ${how} on the author's disk`,
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nSe ${link}.\n`,
    expected: [at],
    hint: `Webbplatsen når inte filer på din dator: lägg en kopia av filen i minutes/, bredvid protokollet, och länka till den med dess namn: ${name}`,
  })),
  ...(
    [
      ['its first name the link', 'Se [Per](/grupper/gemensam-utvecklingsgrupp/) Norbeck här.', '6:5'],
      ['its surname the link', 'Se Per [Norbeck](/grupper/gemensam-utvecklingsgrupp/) här.', '6:4'],
      ['its first name a link and emphasised', 'Se [**Per**](https://example.org/) Norbeck här.', '6:7'],
      ['each word a link of its own', 'Se [Per](/grupper/gemensam-utvecklingsgrupp/) [Norbeck](https://example.org/) här.', '6:5'],
      ['each word a link, at the end of the line', 'Se här: [Per](https://example.org/a)\n[Norbeck](https://example.org/b).', '6:10'],
      ['each word a link in strong emphasis', 'Se **[Per](https://example.org/a)** **[Norbeck](https://example.org/b)** här.', '6:7'],
      ['each word a reference link', 'Se [Per][a] [Norbeck][b] här.\n\n[a]: https://example.org/a\n[b]: https://example.org/b', '6:5'],
      ['its first name a link to the root', 'Se [Per](/) Norbeck här.', '6:5'],
      ['each word in strong emphasis', 'Se **Per** **Norbeck** här.', '6:6'],
      ['each word in emphasis, with underscores', 'Se _Per_ _Norbeck_ här.', '6:5'],
    ] as const
  ).map(([how, line, at]): Case => ({
    mistake: `the name of someone not published in full split by a link or emphasis, ${how}: one name, which the site hides`,
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n${line}\n`,
    expected: [`${at} private-name`],
    message: '"Per Norbeck" ska inte publiceras; namnet döljs på webbplatsen.',
  })),
  {
    mistake: 'the name of someone not published in full written without its å, ä, ö, as in an address (Åsa Östlund, hidden)',
    people: 'asa-ostlund:\n  name: Åsa Östlund\n  publish: hidden\n',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nAsa Ostlund berättade; se https://example.org/asa-ostlund/.\n',
    expected: ['6:1 private-name', '6:47 private-name'],
    message: '"Asa Ostlund" ska inte publiceras; namnet döljs på webbplatsen.',
  },
  {
    mistake: 'a set phrase opening with a first name is no name (Per capsulam, Per telefon), the name itself still is (Per Norbeck, hidden)',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nPer capsulam. Per telefon: nej.\nPer berättade. Per sedan.\n',
    expected: ['7:1 private-name', '7:16 private-name'],
    message: '"Per" kan vara förnamnet på Per Norbeck',
  },
  ...(
    [
      ['in a link to a search', 'Se [sökningen](/sok/?q=Per%20Norbeck).', '6:16'],
      ["in the anchor of another site's address", 'Se [profilen](https://example.org/#Per%20Norbeck).', '6:15'],
      ['in an address written out', 'Se https://example.org/Per%20Norbeck.pdf.', '6:4'],
    ] as const
  ).map(([how, line, at]): Case => ({
    mistake: `the name of someone not published in full, percent-encoded ${how}, which the site cannot hide`,
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n${line}\n`,
    expected: [`${at} private-name-in-path`],
    message: 'Adressen innehåller namnet "Per Norbeck", skrivet med %-koder',
    hint: 'Ta bort adressen, eller skriv en adress utan namnet.',
  })),
  ...(
    [
      ['as written', 'Se [sökningen](/sok/?q=Per+Norbeck).', '6:24'],
      ['as in an address', 'Se [sökningen](/sok/?q=per-norbeck#resultat).', '6:24'],
    ] as const
  ).map(([how, line, at]): Case => ({
    mistake: `the name of someone not published in full in the query of a link to the site's own page, ${how}, which hidden would break the link`,
    text: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\n${line}\n`,
    expected: [`${at} private-name-in-path`],
    message: 'Länkens adress innehåller namnet',
    hint: 'Ta bort länken och låt bara texten stå kvar',
  })),
  {
    mistake: "the name in the query of another site's address is hidden there, as in its path",
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nSe [profilen](https://example.org/?q=Per+Norbeck).\n',
    expected: ['6:38 private-name'],
  },
  {
    mistake: 'percent-encoding without a name in it is left alone (50%, Mötesrum%203)',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nSe [rummet](https://example.org/M%C3%B6tesrum%203) och 50% av budgeten.\n',
    expected: [],
  },
  {
    mistake: 'the same word in lower case is not a name (priset per timme)',
    text: '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nPriset är 100 kronor per timme.\n',
    expected: [],
  },
  {
    mistake: 'a colon in a value, in a file with Windows line endings (CRLF)',
    text: '---\r\ngroup: GUG\r\ndate: 2016-03-07\r\nattendees: [David Bergström]\r\nlocation: Bryggan: rum 3\r\n---\r\nText.\r\n',
    expected: ['5:11 yaml-syntax'],
    message: 'Värdet innehåller ett kolon följt av mellanslag',
    hint: 'location: "Bryggan: rum 3"',
  },
  {
    mistake: 'a list item without a space after its dash, in a file with Windows line endings (CRLF)',
    text: '---\r\ngroup: GUG\r\ndate: 2016-03-07\r\nattendees:\r\n  - David Bergström\r\n  -Leif Redestig\r\n---\r\nText.\r\n',
    expected: ['6:3 yaml-syntax'],
    message: 'Det saknas ett mellanslag efter -',
    hint: '"  - Leif Redestig"',
  },
  ...(
    [
      ['a value Markdown emphasis starts, which only js-yaml refuses', 'location: *Bryggan*', ['4:11 yaml-syntax', '5:30 unknown-person'], 'Värdet börjar med *'],
      ['a colon in a value', 'location: Bryggan: rum 3', ['4:11 yaml-syntax', '5:30 unknown-person'], 'Värdet innehåller ett kolon'],
      ['an unknown person alone', 'location: Bryggan', ['5:30 unknown-person'], 'Hittar inte personen "Leif Redestg".'],
    ] as const
  ).map(([what, line, expected, message]): Case => ({
    mistake: `${what}, above a list that ends the fields, in a file with Windows line endings (CRLF): no error made up at the end of the list`,
    text: `---\r\ngroup: GUG\r\ndate: 2016-03-07\r\n${line}\r\nattendees: [David Bergström, Leif Redestg]\r\n---\r\nText.\r\n`,
    expected,
    message,
  })),
  ...(
    [
      ['a ! alone, first in a list in brackets', 'attendees: [!, Leif Redestg]', ['4:13 yaml-syntax', '4:16 unknown-person'], 'Värdet börjar med !, som betyder något särskilt i YAML (en tagg, som anger vad slags värde som följer), så det går inte att läsa som text.', 'Sätt det inom citattecken: attendees: ["!", Leif Redestg]'],
      ['a ! alone, last in a list in brackets', 'attendees: [Leif Redestg, !]', ['4:13 unknown-person', '4:27 yaml-syntax'], 'Hittar inte personen "Leif Redestg".', 'Menade du Leif Redestig?'],
      ['a ! alone, on a line below the [ of a list in brackets', 'attendees: [Leif Redestg,\n  !]', ['4:13 unknown-person', '5:3 yaml-syntax'], 'Hittar inte personen "Leif Redestg".', 'Menade du Leif Redestig?'],
      ['!! alone in a list in brackets, once and not twice', 'attendees: [!!, Leif Redestg]', ['4:13 yaml-syntax', '4:17 unknown-person'], 'Värdet börjar med !!, som betyder något särskilt i YAML (en tagg, som anger vad slags värde som följer), så det går inte att läsa som text.', 'Sätt det inom citattecken: attendees: ["!!", Leif Redestg]'],
      ['!! alone in a list with dashes', 'attendees:\n  - !!\n  - Leif Redestg', ['5:5 yaml-syntax', '6:5 unknown-person'], 'Värdet börjar med !!, som betyder något särskilt i YAML (en tagg', 'Sätt hela värdet inom citattecken: - "!!"'],
      ['!! and a space before words', 'title: !! Viktigt\nattendees: [David Bergström]', ['4:8 yaml-syntax'], 'Värdet börjar med !!, som betyder något särskilt i YAML (en tagg', 'Sätt hela värdet inom citattecken: title: "!! Viktigt"'],
      ['a ! alone in braces', 'attendees: [David Bergström]\nguests: {!}', ['5:10 yaml-syntax'], 'Ett ! läses i YAML som en tagg (vad slags värde som följer), och en tagg kan inte stå direkt före , [ ] { eller }.', 'Jämför raden med raderna runt omkring: indrag, kolon och citattecken.'],
      ['a tag left open, once and not twice', 'attendees: [David Bergström]\ntitle: !<tag:x y', ['5:8 yaml-tag'], 'YAML-taggar (till exempel !!js/function) är inte tillåtna.', undefined],
      ['a %YAML directive line above the fields', '%YAML 1.2\nattendees: [David Bergström]', ['4:1 yaml-syntax'], 'Raden börjar med %, som i YAML inleder ett direktiv, och ett direktiv kan inte stå bland fälten.', 'Ta bort raden; fälten behöver inga direktiv.'],
      ['a %YAML directive line between the fields', 'attendees: [David Bergström]\n%YAML 1.2\ntitle: Extra', ['5:1 yaml-syntax'], 'Raden börjar med %, som i YAML inleder ett direktiv', 'Ta bort raden; fälten behöver inga direktiv.'],
      ['a colon with no key, which only js-yaml refuses', 'attendees: [David Bergström]\n: Extra', ['5:1 yaml-syntax'], 'Ett kolon eller ett ? står här utan fältnamn eller värde.', 'Jämför raden med raderna runt omkring: indrag, kolon och citattecken.'],
      ['an & and a space', 'attendees: [David Bergström]\ntitle: & Co', ['5:8 yaml-syntax'], 'Ett & följt av ett mellanslag läses i YAML som ett namn på värdet (ett ankare) utan namn.', undefined],
    ] as const
  ).map(([what, lines, expected, message, hint]): Case => ({
    mistake: `${what}: in Swedish, never in the parsers' English, at its place`,
    yaml: `${HEAD}${lines}\n`,
    expected,
    message,
    ...(hint ? { hint } : {}),
  })),
  ...(
    [
      ['on one line, above a field', 'attendees: [Leif Redestg, Bo\ntitle: Extra', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: attendees: [Leif Redestg, Bo]'],
      ['over two lines, at the end of the fields', 'attendees: [Leif Redestg,\n  Bo', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: … Bo]'],
      ['over two lines, its last item with an @ (said too)', 'attendees: [Leif Redestg,\n  @Bo', ['4:12 yaml-syntax', '5:3 yaml-syntax'], 'Lägg till ] efter listans sista värde: … @Bo]'],
      ['over two lines, its last item with an @, above a field', 'attendees: [Leif Redestg,\n  @Bo\ntitle: Extra', ['4:12 yaml-syntax', '5:3 yaml-syntax'], 'Lägg till ] efter listans sista värde: … @Bo]'],
      ['in an action, its last line as far in as the key', 'attendees: [David Bergström]\nactions:\n  - who: [Leif Redestg,\n     Anna\n    what: Boka lokal.', ['6:10 yaml-syntax'], 'Lägg till ] efter listans sista värde: … Anna]'],
      // The parser reads the lines below into the list ("Boka lokal.\n due" a key over two lines, too long a key): only the [.
      ['in an action, above two fields of the action', `attendees: [David Bergström]\nactions:\n  - who: [Leif Redestg\n    what: Boka lokal.\n    due: 2016-04-01`, ['6:10 yaml-syntax'], 'Lägg till ] efter listans sista värde: - who: [Leif Redestg]'],
      ['in an action, above a long field of the action and another', `attendees: [David Bergström]\nactions:\n  - who: [Leif Redestg\n    what: ${'Boka lokal och '.repeat(80)}\n    due: 2016-04-01`, ['6:10 yaml-syntax'], 'Lägg till ] efter listans sista värde: - who: [Leif Redestg]'],
      ['in an action, above a next action', `attendees: [David Bergström]\nactions:\n  - who: [Leif Redestg\n    what: Boka lokal.\n    due: 2016-04-01\n  - who: David Bergström\n    what: Ring.`, ['6:10 yaml-syntax'], 'Lägg till ] efter listans sista värde: - who: [Leif Redestg]'],
      // Problems of their own below it are still said.
      ['in an action, a closing sign with nothing to close below', `attendees: [David Bergström]\nactions:\n  - who: [Leif Redestg\n    what: Boka lokal.\n    due: 2016-04-01\nlocation: } }`, ['6:10 yaml-syntax', '9:11 yaml-syntax'], 'Lägg till ] efter listans sista värde: - who: [Leif Redestg]'],
      ['in an action, a field written twice below', `attendees: [David Bergström]\nactions:\n  - who: [Leif Redestg\n    what: Boka lokal.\n    due: 2016-04-01\ntitle: A\ntitle: B`, ['6:10 yaml-syntax', '10:1 yaml-duplicate-key'], 'Lägg till ] efter listans sista värde: - who: [Leif Redestg]'],
      ['after a dash, its last line past the dash', 'attendees:\n  - [Leif Redestg,\n   Anna', ['5:5 yaml-syntax'], 'Lägg till ] efter listans sista värde: … Anna]'],
      ['a list and fields in it left open too', 'attendees: [Leif Redestg, [Bo, {name: Anna\ntitle: Extra', ['4:12 yaml-syntax'], 'Lägg till }]] (i den ordningen) efter listans sista värde: attendees: [Leif Redestg, [Bo, {name: Anna}]]'],
      ['a list and fields in it left open too, over two lines', 'attendees: [Leif Redestg, [Bo,\n  {name: Anna', ['4:12 yaml-syntax'], 'Lägg till }]] (i den ordningen) efter listans sista värde: … {name: Anna}]]'],
      ['a list in it closed, and a ] within quotes', 'attendees: [Leif Redestg, [Bo], "Anna ]"\ntitle: Extra', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: attendees: [Leif Redestg, [Bo], "Anna ]"]'],
      // A ] further down, past a field, is no close: the parser ends the list at the field.
      ['on one line, a ] in a field below', 'attendees: [Leif Redestg, Bo\ntitle: Extra]', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: attendees: [Leif Redestg, Bo]'],
      ['on one line, a ] in a field two lines below', 'attendees: [Leif Redestg, Bo\nlocation: Bryggan\ntitle: Extra (punkt 3])', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: attendees: [Leif Redestg, Bo]'],
      ['on one line, a ] in an action below', 'attendees: [Leif Redestg, Bo\nactions:\n  - who: David Bergström\n    what: Boka lokal (punkt 3]).', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: attendees: [Leif Redestg, Bo]'],
      ['over two lines, a ] in a field below', 'attendees: [Leif Redestg,\n  Bo\ntitle: Extra]', ['4:12 yaml-syntax'], 'Lägg till ] efter listans sista värde: … Bo]'],
      // A comma after the last item: the ] in its place, never after it ("Bo],", which YAML refuses too).
      ['on one line, a comma after its last item', 'attendees: [Leif Redestg, Bo,\ntitle: Extra', ['4:12 yaml-syntax'], 'Byt kommatecknet efter listans sista värde mot ]: attendees: [Leif Redestg, Bo]'],
      ['at the end of the fields, a comma after its last item', 'attendees: [Leif Redestg, Bo, ', ['4:12 yaml-syntax'], 'Byt kommatecknet efter listans sista värde mot ]: attendees: [Leif Redestg, Bo]'],
      ['over two lines, a comma and a comment after its last item', 'attendees: [Leif Redestg,\n  Bo,  # sist\ntitle: Extra', ['4:12 yaml-syntax'], 'Byt kommatecknet efter listans sista värde mot ]: … Bo]  # sist'],
      ['a list and fields in it left open too, a comma after its last item', 'attendees: [Leif Redestg, [Bo, {name: Anna,\ntitle: Extra', ['4:12 yaml-syntax'], 'Byt kommatecknet efter listans sista värde mot }]] (i den ordningen): attendees: [Leif Redestg, [Bo, {name: Anna}]]'],
      ['two commas after its last item (the second said too)', 'attendees: [Leif Redestg, Bo, ,\ntitle: Extra', ['4:12 yaml-syntax', '4:31 yaml-syntax'], 'Byt kommatecknen efter listans sista värde mot ]: attendees: [Leif Redestg, Bo]'],
    ] as const
  ).map(([how, lines, expected, hint]): Case => ({
    mistake: `a list in brackets never closed (${how}): at its [, with the line to add the ] to`,
    yaml: `${HEAD}${lines}\n`,
    expected,
    message: 'Listan inom hakparenteser som börjar här avslutas aldrig med ].',
    hint,
  })),
  {
    mistake: 'a list in brackets never closed, its [ alone on the line below its key: at its [, as on the key\'s line, and its item with an @ said too',
    yaml: `${HEAD}attendees: [David Bergström]\nguests:\n  [Anna,\n  @Bo\ntitle: Extra\n`,
    expected: ['6:3 yaml-syntax', '7:3 yaml-syntax'],
    message: 'Listan inom hakparenteser som börjar här avslutas aldrig med ].',
    hint: 'Lägg till ] efter listans sista värde: … @Bo]',
  },
  ...(
    [
      ['on one line, above a field', 'attendees: [David Bergström]\nlocation: {Bryggan\ntitle: Extra', ['5:11 yaml-syntax'], 'Lägg till } efter det sista fältet: location: {Bryggan}'],
      ['over two lines, at the end of the fields', 'attendees: [David Bergström]\nlocation: {name: Bryggan,\n  room: 3', ['5:11 yaml-syntax'], 'Lägg till } efter det sista fältet: … room: 3}'],
      ['as an item of a list', 'attendees: [David Bergström]\nactions:\n  - {who: Leif Redestig, what: Boka lokal.\ntitle: Extra', ['6:5 yaml-syntax'], 'Lägg till } efter det sista fältet: - {who: Leif Redestig, what: Boka lokal.}'],
      ['a list in them left open too', 'attendees: [David Bergström]\nlocation: {name: [Bryggan, "rum ]"\ntitle: Extra', ['5:11 yaml-syntax'], 'Lägg till ]} (i den ordningen) efter det sista fältet: location: {name: [Bryggan, "rum ]"]}'],
      ['a comma after the last field', 'attendees: [David Bergström]\nlocation: {name: Bryggan,\ntitle: Extra', ['5:11 yaml-syntax'], 'Byt kommatecknet efter det sista fältet mot }: location: {name: Bryggan}'],
      ['a } in a field below', 'attendees: [David Bergström]\nlocation: {name: Bryggan\ntitle: Extra (punkt 3})', ['5:11 yaml-syntax'], 'Lägg till } efter det sista fältet: location: {name: Bryggan}'],
    ] as const
  ).map(([how, lines, expected, hint]): Case => ({
    mistake: `fields in braces never closed (${how}): at its {, with the line to add the } to`,
    yaml: `${HEAD}${lines}\n`,
    expected,
    message: 'Fälten inom klammerparenteser som börjar här avslutas aldrig med }.',
    hint,
  })),
  {
    mistake: 'braces many deep never closed: at the first {, and the key in braces once, not once for each {',
    yaml: `${HEAD}attendees: [David Bergström]\ntitle: {{{{{{{{{{Extra\n`,
    expected: ['5:8 yaml-syntax', '5:9 yaml-syntax'],
    message: 'Fälten inom klammerparenteser som börjar här avslutas aldrig med }.',
  },
  ...(
    [
      ['dashes', '- '],
      ['question marks', '? '],
      ['keys', 'x: '],
    ] as const
  ).map(([what, unit]): Case => ({
    mistake: `${what} thousands deep on one line, which end the parser's stack: told, never a crash`,
    yaml: `${HEAD}attendees:\n  - ${unit.repeat(3000)}\n  - Leif Redestig\n`,
    expected: ['5:3 yaml-syntax'],
    message: 'Listorna eller fälten ligger i för många nivåer i varandra för att kunna läsas.',
  })),
  ...(
    [
      ['a quote never closed below it', 'attendees: [David Bergström]\nactions:\n  - who: Leif Redestig\n    what: *Boka* lokal.\n  - who: Leif Redestg\n    what: Skicka kallelsen.\ntitle: "Extra', ['7:11 yaml-syntax', '8:10 unknown-owner', '10:8 yaml-syntax']],
      ['a colon in a value above it', 'location: Bryggan: rum 3\nattendees: [David Bergström]\nactions:\n  - who: Leif Redestig\n    what: *Boka* lokal.\n  - who: Leif Redestg\n    what: Skicka kallelsen.', ['4:11 yaml-syntax', '8:11 yaml-syntax', '9:10 unknown-owner']],
      ['a repeated field above it', 'title: Extra\ntitle: Extramöte\nattendees: [David Bergström]\nactions:\n  - who: Leif Redestig\n    what: *Boka* lokal.\n  - who: Leif Redestg\n    what: Skicka kallelsen.', ['5:1 yaml-duplicate-key', '9:11 yaml-syntax', '10:10 unknown-owner']],
    ] as const
  ).map(([other, lines, expected]): Case => ({
    mistake: `Markdown emphasis, which YAML reads as an alias to no anchor, with ${other}: said as without the other error, and the other action still checked`,
    yaml: `${HEAD}${lines}\n`,
    expected,
    ...(expected[0] === '7:11 yaml-syntax' ? { message: 'Värdet börjar med *, som betyder något särskilt i YAML, så det går inte att läsa som text.', hint: `Sätt hela värdet inom citattecken${MARKDOWN}: what: "*Boka* lokal."` } : {}),
  })),
  ...(
    [
      ['an @', '@Anna', '@', '- "@Anna"'],
      ['Markdown emphasis', '*Anna*', '*', '- "*Anna*"'],
      ['an exclamation mark', '!Anna', '!', '- "!Anna"'],
    ] as const
  ).map(([written, item, sign, line]): Case => ({
    mistake: `a list in a list on one line whose item starts with a sign YAML reads as its own (${written}): at the sign, with one dash and the item quoted, and the list's other items checked`,
    yaml: `${HEAD}attendees:\n  - - ${item}\n  - Leif Redestg\n`,
    expected: ['5:7 yaml-syntax', '6:5 unknown-person'],
    message: `Värdet börjar med ${sign}, som betyder något särskilt i YAML`,
    hint: `Skriv ett enda - före värdet, och sätt värdet inom citattecken${sign === '*' ? MARKDOWN : ''}: ${line}`,
  })),
  { mistake: 'an empty file', text: '', expected: ['1:1 front-matter-missing'], message: 'Filen är tom.', hint: 'minutes new' },
  { mistake: 'a file of blank lines', text: '\n  \n', expected: ['1:1 front-matter-missing'], message: 'Filen är tom.' },
  // Read as an editor shows it, as any file: each lone CR ends a line for the fields (both YAML parsers) and the text.
  { mistake: 'lines ending in a bare CR (old Mac): read, nothing to say', text: '---\rgroup: GUG\rdate: 2016-03-07\rattendees: [David Bergström]\r---\rText.\r', expected: [] },
  {
    mistake: 'lines ending in a bare CR (old Mac), a name misspelt: said at its line and column in an editor',
    text: '---\rgroup: GUG\rdate: 2016-03-07\rattendees: [Leif Redestg]\r---\rText.\r',
    expected: ['4:13 unknown-person'],
    hint: 'Leif Redestig',
  },
  // Found by fuzzing: with Windows line endings, an error at the end of the fields was placed past the line's end.
  {
    mistake: 'CRLF, a { never closed: at line end',
    text: '---\r\n{# Källa: anteckningar.txt\r\n---\r\nText.\r\n',
    expected: ['2:2 yaml-syntax', '2:27 yaml-syntax'],
  },
  // Found by fuzzing: a template's "{{ x }}" as a value is fields whose key is fields, which js-yaml read as "[object Object]".
  // Said as a template's placeholder, at its first brace, with the value to write (first said as 'Fältnamn måste vara
  // text.' at the inner brace, which told a note-taker nothing of what to do).
  {
    mistake: 'a value in double braces',
    yaml: `${HEAD}attendees: [David Bergström]\nlocation: {{ plats }}\n`,
    expected: ['5:11 yaml-syntax'],
    message: '{{ plats }} ser ut som en platshållare ur en mall, och klamrarna läses i YAML som fält, inte som text.',
    hint: 'Skriv det som ska stå i fältet location i stället för platshållaren, eller, om klamrarna ska stå kvar, sätt värdet inom citattecken: location: "{{ plats }}"',
  },
  {
    mistake: "a template's {% %} placeholder as a value, with a comment",
    yaml: `${HEAD}attendees: [David Bergström]\nlocation: {% plats %}  # fyll i\n`,
    expected: ['5:11 yaml-syntax'],
    message: '{% plats %} ser ut som en platshållare ur en mall',
    hint: 'sätt värdet inom citattecken: location: "{% plats %}"',
  },
  {
    mistake: "a template's placeholder as an item of a list with dashes: the other items are checked",
    yaml: `${HEAD}attendees:\n  - David Bergström\n  - {{ namn }}\n  - Leif Redstig\n`,
    expected: ['6:5 yaml-syntax', '7:5 unknown-person'],
    message: '{{ namn }} ser ut som en platshållare ur en mall',
    hint: 'Skriv värdet i stället för platshållaren, eller, om klamrarna ska stå kvar, sätt värdet inom citattecken: - "{{ namn }}"',
  },
  // A key in braces or brackets later in fields in braces (after a comma, on the line or below it, past a value in
  // quotes with a brace in it) went by the fast parse, which read it as "[object Object]": told as the value's sign,
  // or, where no field's value starts with it, as a key that is no text, at the key.
  ...(
    [
      ['after a comma', 'location: {a: 1, {b}}\n', ['5:11 yaml-syntax'], 'Värdet börjar med {', 'Sätt hela värdet inom citattecken: location: "{a: 1, {b}}"'],
      ['in brackets', 'location: {a: 1, [b]}\n', ['5:11 yaml-syntax'], 'Värdet börjar med {', 'Sätt hela värdet inom citattecken: location: "{a: 1, [b]}"'],
      ['with a colon after it', 'location: {a: 1, {b}: c}\n', ['5:11 yaml-syntax'], 'Värdet börjar med {', 'Sätt hela värdet inom citattecken: location: "{a: 1, {b}: c}"'],
      ['past a value in quotes with a brace in it', 'location: {a: "x}", {b}}\n', ['5:11 yaml-syntax'], 'Värdet börjar med {', undefined],
      ['on the line below the comma', 'location: {a: 1,\n  {b}}\n', ['6:3 yaml-syntax'], 'Fältnamn måste vara text.', undefined],
      ['in an action in braces', 'actions:\n  - {who: Leif Redestig, {b}}\n', ['6:26 yaml-syntax'], 'Fältnamn måste vara text.', undefined],
    ] as const
  ).map(
    ([where, lines, expected, message, hint]): Case => ({
      mistake: `a key in braces later in fields in braces, ${where}`,
      yaml: `${HEAD}attendees: [David Bergström]\n${lines}`,
      expected,
      message,
      ...(hint ? { hint } : {}),
    }),
  ),
  // A list or fields with a colon after it as an item of a list in brackets, not first on its line, went by the fast
  // parse too, which read it as "[object Object]" (told as a list where text belongs): told as the value's sign.
  ...(
    [
      ['a list', 'location: [a, [b]: 1]\n', '5:11', 'location: "[a, [b]: 1]"'],
      ['fields', 'location: [a, {b}: 1]\n', '5:11', 'location: "[a, {b}: 1]"'],
      ['in a list in fields in braces', 'location: {a: [b, [c]: 1]}\n', '5:11', 'location: "{a: [b, [c]: 1]}"'],
    ] as const
  ).map(
    ([what, lines, at, line]): Case => ({
      mistake: `${what} with a colon after it as an item of a list in brackets`,
      yaml: `${HEAD}attendees: [David Bergström]\n${lines}`,
      expected: [`${at} yaml-syntax`],
      message: 'Värdet börjar med',
      hint: `Sätt hela värdet inom citattecken: ${line}`,
    }),
  ),
  // Found by fuzzing: fields or a list where a day or an allowed word belongs were quoted as "[object Object]".
  {
    mistake: 'the date written as fields',
    yaml: `group: GUG\ndate: {}\nattendees: [David Bergström]\n`,
    expected: ['3:7 invalid-date'],
    message: 'Fältet "date" ska vara ett datum, inte fält med värden.',
    hint: 'ÅÅÅÅ-MM-DD',
  },
  {
    mistake: "an action's due day written as a list of fields",
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: [a: 1]\n`,
    expected: ['8:10 invalid-date'],
    message: 'Fältet "due" ska vara ett datum, inte en lista.',
  },
  {
    mistake: "an action's status written as fields",
    yaml: `${HEAD}attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    status: {}\n`,
    expected: ['8:13 invalid-value'],
    message: 'Fältet "status" ska vara ett av de tillåtna värdena, inte fält med värden.',
    hint: 'Tillåtna värden: open, done.',
  },
];

// Mistakes of a note-taker with little practice in YAML, each with the exact hint: one that ends with text to write
// ends with exactly that text.
const FIELDS = `${HEAD}attendees: [David Bergström]\n`;
const DASHES = 'Skriv raden med tre vanliga bindestreck i stället för tankstreck (som ordbehandlare gör av bindestreck i rad): ---';
const OPENING = 'Börja filen med en rad ---, sedan fälten (group, date, attendees …) och sedan en rad --- till.';
const novices: readonly (Case & { readonly hint: string })[] = [
  // The opening --- left out or not first: only what is missing or too much, never a second closing --- to add.
  {
    mistake: 'the opening --- left out, the closing one there: that line alone, and the fields checked',
    text: `${HEAD}attendees: [Leif Redestg]\n---\nText.\n`,
    expected: ['1:1 front-matter-missing', '3:13 unknown-person'],
    message: 'Raden --- före fälten överst i filen saknas.',
    hint: 'Lägg till en rad med bara --- först i filen, ovanför fälten (raden --- efter dem, på rad 4, finns redan).',
  },
  {
    mistake: 'the opening --- left out, a comment first, the text with a line across it below the closing ---',
    text: `# Källa: protokoll.docx\n${FIELDS}---\n## Punkt\n\nText.\n\n---\n\nMer text.\n`,
    expected: ['1:1 front-matter-missing'],
    hint: 'Lägg till en rad med bara --- först i filen, ovanför fälten (raden --- efter dem, på rad 5, finns redan).',
  },
  { mistake: 'no --- at all: both lines', text: `${FIELDS}\nText.\n`, expected: ['1:1 front-matter-missing'], hint: OPENING },
  { mistake: 'no --- at all, a --- below the text as a line across it: both lines', text: `${FIELDS}\nText.\n\n---\n\nMer text.\n`, expected: ['1:1 front-matter-missing'], hint: OPENING },
  ...(
    [
      ['a blank line', `\n---\n${FIELDS}---\nText.\n`, 'en tom rad'],
      ['two blank lines', `\n  \n---\n${FIELDS}---\nText.\n`, 'två tomma rader'],
      ['spaces', `  ---\n${FIELDS}---\nText.\n`, 'mellanslag'],
      ['a blank line and spaces', `\n ---\n${FIELDS}---\nText.\n`, 'en tom rad och mellanslag'],
    ] as const
  ).map(([what, text, said]): Case & { hint: string } => ({
    mistake: `${what} before the opening ---: to take away, not another --- to add`,
    text,
    expected: ['1:1 front-matter-missing'],
    message: `Filen börjar inte med raden --- före fälten: det står ${said} före den.`,
    hint: 'Ta bort det som står före ---, så att filen börjar med ---.',
  })),
  ...(
    [
      ['four dashes', '----', 'Skriv raden med exakt tre bindestreck: ---'],
      ['two dashes', '--', 'Skriv raden med exakt tre bindestreck: ---'],
      ["Word's em dash", '—', DASHES],
      ["Word's en dashes", '–––', DASHES],
      ["Word's em dashes", '———', DASHES],
    ] as const
  ).map(([what, line, hint]): Case & { hint: string } => ({
    mistake: `${what} in place of the opening ---: said so, not as a front-matter language`,
    text: `${line}\n${FIELDS}---\nText.\n`,
    expected: ['1:1 front-matter-missing'],
    message: `Första raden är "${line}", men fälten överst i filen börjar med en rad med exakt tre bindestreck (-).`,
    hint,
  })),
  ...(
    [
      ["Word's em dashes", '———', DASHES],
      ["Word's em dash", '—', DASHES],
      ["Word's en dashes, in a file saved on Windows", '–––', DASHES],
      ['four dashes (the text began with a stray "-")', '----', 'Skriv raden med exakt tre bindestreck: ---'],
    ] as const
  ).map(([what, line, hint]): Case & { hint: string } => ({
    mistake: `${what} in place of the closing ---: said at that line, the fields above it checked`,
    text: `---\n${HEAD}attendees:\n  - Leif Redestg\n${line}\nText.\n`.replace(/\n/g, what.includes('Windows') ? '\r\n' : '\n'),
    expected: ['5:5 unknown-person', '6:1 front-matter-unclosed'],
    hint,
  })),
  {
    mistake: 'the closing --- missing and the text straight under an indented list item: said where the text begins, the fields checked',
    text: `---\n${HEAD}attendees:\n  - Leif Redestg\nVi började med lokalen.\n`,
    expected: ['5:5 unknown-person', '6:1 front-matter-unclosed'],
    hint: 'Menade du Leif Redestig?',
  },
  ...(['och', '&', '+'] as const).map((joined): Case & { hint: string } => ({
    mistake: `two registered people on one line of a list, joined by "${joined}": one person a line, with the lines to write`,
    yaml: `${HEAD}attendees:\n  - Leif Redestig ${joined} David Bergström\n`,
    expected: ['5:5 people-on-one-line'],
    message: `"Leif Redestig ${joined} David Bergström" är två personer skrivna som en, och läses som ett namn som inte finns.`,
    hint: 'Skriv varje person på en egen rad som börjar med -: "  - Leif Redestig" och "  - David Bergström"',
  })),
  {
    mistake: 'two registered people on one line of a list, joined by ", ": the lines to write',
    yaml: `${HEAD}attendees:\n  - Leif Redestig, David Bergström\n`,
    expected: ['5:20 people-on-one-line'],
    hint: 'Skriv varje person på en egen rad som börjar med -: "  - Leif Redestig" och "  - David Bergström"',
  },
  {
    mistake: 'two registered people as one value of a list in brackets: the list to write',
    yaml: `${HEAD}attendees: [Leif Redestig och David Bergström, Åke Malmén]\n`,
    expected: ['4:13 people-on-one-line'],
    hint: 'Skriv varje person som ett eget värde i listan: attendees: [Leif Redestig, David Bergström, Åke Malmén]',
  },
  ...(
    [
      ['kl 13', '13:00', 'Skriv bara klockslaget då mötet började'],
      ['kl. 13', '13:00', 'Skriv bara klockslaget då mötet började'],
      ['klockan 9', '09:00', 'Skriv bara klockslaget då mötet började'],
      ['13,30', '13:30', 'Skriv klockslaget med kolon'],
      ['"13"', '13:00', 'Skriv klockslaget med kolon'],
    ] as const
  ).map(([time, meant, advice]): Case & { hint: string } => ({
    mistake: `a time written "${time}": the time to write, quoted`,
    yaml: `${FIELDS}time: ${time}\n`,
    expected: ['5:7 invalid-time'],
    hint: `${advice}, inom citattecken: time: "${meant}"`,
  })),
  {
    mistake: "a date whose file name is another meeting's file: never a rename over it",
    yaml: `group: GUG\ndate: 2016-02-08\nattendees: [David Bergström]\ntitle: Extra\n`,
    expected: ['3:7 date-not-filename'],
    message: 'Datumet 2016-02-08 stämmer inte med filens namn (2016-03-07), och en annan fil har redan namnet med det datumet (minutes/gug/2016-02-08.md).',
    hint: 'Kontrollera datumet: ändra det till 2016-03-07 om mötet hölls då. Byt inte namn på filen till 2016-02-08.md, som skulle ersätta de andra protokollen; hölls mötet 2016-02-08, ge filen ett ledigt namn, till exempel 2016-02-08-2.md',
  },
  {
    mistake: 'why someone was away, in brackets in a list in brackets: the comment after the list, with every reason',
    yaml: `${FIELDS}absent: [Ia Jonsson (sjuk), Åke Malmén, Leif Redestig (semester)]\n`,
    expected: ['5:10 unknown-person', '5:41 unknown-person'],
    hint: 'Inom [ ] kan en kommentar inte stå. Skriv skälen som en kommentar efter listan, som inte kommer med på webbplatsen: absent: [Ia Jonsson, Åke Malmén, Leif Redestig]  # Ia Jonsson: sjuk; Leif Redestig: semester',
  },
  {
    mistake: 'why someone was away, in brackets on a line of a list with dashes: the comment after the name',
    yaml: `${FIELDS}absent:\n  - Ia Jonsson (sjuk)\n`,
    expected: ['6:5 unknown-person'],
    hint: 'Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Ia Jonsson  # sjuk"',
  },
];

describe('what check says to a note-taker with little practice in YAML, hint by hint', () => {
  it.each(novices)('$mistake', ({ yaml, text, expected, message, hint }) => {
    const here = check(archive([BASE], { [FILE]: text ?? `---\n${yaml ?? ''}---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    const told = here.find((d) => d.hint === hint) ?? here[0]!;
    expect(told.hint).toBe(hint);
    if (message) expect(told.message).toBe(message);
  });
});

describe('what check says about common mistakes', () => {
  it.each(cases)('$mistake', ({ yaml, text, expected, message, hint, people, hints }) => {
    const registry: Record<string, string> = people ? { 'people.yml': `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}${people}` } : {};
    const result = check(archive([BASE], { ...registry, [FILE]: text ?? `---\n${yaml}---\nText.\n` }));
    const here = result.diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    expect(result.diagnostics.filter((d) => d.file !== FILE)).toEqual([]);
    if (message) expect(here[0]!.message).toContain(message);
    if (hint) expect(here[0]!.hint).toContain(hint);
    if (hints) expect(here.map((d) => d.hint)).toEqual(hints);
  });
});

describe('one problem of one kind on a line is said once, at its first column', () => {
  const COLON_IN_VALUE = '5:10 yaml-syntax Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.';
  // The parser says some once per character or per item; distinct problems on the line are still said each.
  it.each<[string, string, readonly string[]]>([
    ['closing signs with nothing to close', 'location: } } }', ['5:11 yaml-syntax Oväntat tecken här.']],
    ['the same on a later line, the lines above read', 'title: Extra\nlocation: } ] }', ['6:11 yaml-syntax Oväntat tecken här.']],
    ['fields in two items of a list in brackets', 'projects: [a: b: c, d: e: f]', ['5:15 yaml-syntax En lista med streck (-) eller fält på egna rader kan inte stå inom [ ] eller { }.']],
    ['two kinds on one line, each once', 'title: [a, b: c: d, e: f: g] ]]', ['5:15 yaml-syntax En lista med streck (-) eller fält på egna rader kan inte stå inom [ ] eller { }.', '5:30 yaml-syntax Oväntat tecken här.']],
    // A colon in a value: what else the parser finds unexpected in the value is that slip's too, gone once it is quoted.
    ['a colon in a value, and the quote after it: the colon alone', 'summary: Leif sa: "nu har vi en lokal".', [COLON_IN_VALUE]],
    ['a colon in a value, and an alias, an anchor and a tag after its quote: the colon alone', 'summary: Leif sa: "nu" *Bo &a !t', [COLON_IN_VALUE]],
    ['a colon in a value of a field written twice, on its line: both', 'summary: Vi ses.\nsummary: Leif sa: "nu har vi en lokal".', ['6:1 yaml-duplicate-key Fältet "summary" står två gånger.', COLON_IN_VALUE.replace('5:', '6:')]],
  ])('%s', (_, line, expected) => {
    const here = check(archive([BASE], { [FILE]: `---\n${HEAD}attendees: [David Bergström]\n${line}\n---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual(expected);
  });

  // In the CLI's own process: how many levels the parser says are too deep (each a few columns on) depends on the
  // stack it has, some 40 there. Where the first of them stands depends on it too, so only its line is fixed.
  it('a line of 200,000 characters with a colon every few: the slip, and once that it is too deep', () => {
    const root = archive([BASE], { [FILE]: `---\n${HEAD}attendees: [David Bergström]\ntitle: ${'a: '.repeat(66_665)}a\n---\nText.\n` });
    const r = spawnSync(process.execPath, [CLI, 'check', '--root', root, '--format', 'json'], { encoding: 'utf8', maxBuffer: 10_000_000 });
    const here = (JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; col: number; code: string; message: string }[] }).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '5 yaml-syntax Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.',
      '5 yaml-syntax Listorna eller fälten ligger i för många nivåer i varandra för att kunna läsas.',
    ]);
    expect(here[0]!.col).toBe(8);
    expect(here[1]!.col).toBeGreaterThan(8);
  });
});

describe('a list in brackets never closed, with an item that starts with a sign YAML reads as its own', () => {
  it('is said at its [ and at the sign, each with its own line to write', () => {
    const text = `---\n${HEAD}attendees: [Leif Redestg,\n  @Bo\ntitle: Extra\n---\nText.\n`;
    const here = check(archive([BASE], { [FILE]: text })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code} ${d.message} ${d.hint}`)).toEqual([
      '4:12 yaml-syntax Listan inom hakparenteser som börjar här avslutas aldrig med ]. Lägg till ] efter listans sista värde: … @Bo]',
      '5:3 yaml-syntax Värdet börjar med @, som betyder något särskilt i YAML, så det går inte att läsa som text. Sätt det inom citattecken: … "@Bo"',
    ]);
  });
});

describe('a line of thousands of characters, quoted in a message or hint', () => {
  const long = 'x'.repeat(5000);
  it.each([
    ['brackets thousands deep, never closed', `attendees: [David Bergström]\nguests: ${'['.repeat(5000)}Anna\n`, '5:9 yaml-syntax', 'Lägg till 5\u00A0000 ] efter listans sista värde: guests: [[['],
    ['a value starting with *', `attendees: [David Bergström]\ntitle: *${long}\n`, '5:8 yaml-syntax', `Sätt hela värdet inom citattecken${MARKDOWN}: title: "*xxx`],
    ['an item in brackets starting with @', `attendees: [David Bergström, @${long}]\n`, '4:30 yaml-syntax', 'Sätt det inom citattecken: attendees: [David Bergström, "@xxx'],
    ['a name no one has', `attendees: [David Bergström${long}]\n`, '4:13 unknown-person', 'Menade du David Bergström?'],
  ])('%s: shortened, with the start of the line', (_what, yaml, expected, start) => {
    const here = check(archive([BASE], { [FILE]: `---\n${HEAD}${yaml}---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)[0]).toBe(expected);
    expect(`${here[0]!.message} ${here[0]!.hint}`).toContain(start.startsWith('Menade') ? '…' : start);
    expect(here[0]!.hint).toContain(start.startsWith('Menade') ? start : '…');
    expect(here[0]!.message.length).toBeLessThan(300);
    expect(here[0]!.hint!.length).toBeLessThan(300);
  });

  it('a name in people.yml of thousands of characters, offered as the nearest: shortened', () => {
    const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}lisa-berg:\n  name: Lisa Berg${'{'.repeat(5000)}\n`;
    const text = `---\n${HEAD}attendees: [David Bergström, Lisa Berg]\n---\nText.\n`;
    const here = check(archive([BASE], { 'people.yml': people, [FILE]: text })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['4:30 unknown-person']);
    expect(here[0]!.hint).toMatch(/^Menade du Lisa Berg\{+…\{+\?$/);
    expect(here[0]!.hint!.length).toBeLessThan(300);
  });
});

describe('first names of people not published in full', () => {
  it('are not warned about where they are also the name of an organisation', () => {
    const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}bryggan-berg:\n  name: Bryggan Berg\n  publish: hidden\n`;
    const text = '---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nBryggan har lokalen. Per berättade.\n';
    const here = check(archive([BASE], { 'people.yml': people, [FILE]: text })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code} ${d.message.slice(0, 5)}`)).toEqual(['6:22 private-name "Per"']);
  });
});

describe('a field out of line in people.yml', () => {
  it('is pointed at after an entry whose id is written as a name (Kalle Åström:)', () => {
    const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}Kalle Åström:\n  name: Kalle Åström\nlisa-berg:\n  name: Lisa Berg\n   organisation: socialforvaltningen\n`;
    const line = people.split('\n').length - 1;
    const here = check(archive([BASE], { 'people.yml': people })).diagnostics.filter((d) => d.file === 'people.yml');
    // The entry above the error is left whole, so its id is checked too.
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([`${line - 4}:1 invalid-id`, `${line}:4 yaml-syntax`]);
    expect(here[1]!.message).toBe('Fältet "organisation" står inte rakt under "name" på raden ovanför, så det går inte att läsa.');
    expect(here[1]!.hint).toBe(`${UNREAD('people.yml')}Ställ organisation: rakt under name: (2 mellanslag in): "  organisation: socialforvaltningen"`);
  });
});

describe('an id written with å, ä, ö, capitals or spaces, and the references to it', () => {
  // invalid-id tells the entry to take the slug; references already written with it are not each an error too,
  // and a near match offers the slug, not the id that invalid-id refuses.
  const organisations = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace('  socialforvaltningen:\n', '  socialförvaltningen:\n');
  it.each<[string, string, readonly string[], string | undefined]>([
    ['written as the slug (people.yml and organisations.yml): only the id is an error', '', ['organisations.yml 2:3 invalid-id'], undefined],
    [
      'misspelt: the slug is offered',
      'lisa-berg:\n  name: Lisa Berg\n  organisation: socialforvaltnigen\n',
      ['organisations.yml 2:3 invalid-id', 'people.yml 23:17 unknown-organisation'],
      'Menade du socialforvaltningen (Socialförvaltningen)?',
    ],
  ])('%s', (_, added, expected, hint) => {
    const people = `${fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8')}${added}`;
    const result = check(archive([BASE], { 'organisations.yml': organisations, 'people.yml': people }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    if (hint) expect(result.diagnostics[1]!.hint).toBe(hint);
  });
});

describe('slips in people.yml and organisations.yml', () => {
  // Lines added at the end of the base registry; `at` counts lines within them.
  it.each([
    {
      mistake: 'an id in brackets, which the parser also reports as something else at the bracket: one error',
      file: 'organisations.yml',
      added: '  [ny-grupp]:\n    name: Ny grupp\n',
      at: '1:3',
      message: 'Fältnamnet står inom hakparenteser, och då läses det i YAML som en lista, inte som ett namn.',
      hint: 'Skriv namnet utan hakparenteser: "  ny-grupp:"',
    },
    {
      mistake: 'a role in quotes over lines, with a colon in its second, and a field out of line below: the field said, not the line of the role',
      file: 'people.yml',
      added: 'lisa-berg:\n  role: "ordförande\n    tid: 2016–2017"\n  name: Lisa Berg\n   organisation: bryggan\n',
      at: '5:4',
      message: 'Fältet "organisation" står inte rakt under "name" på raden ovanför, så det går inte att läsa.',
      hint: 'Ställ organisation: rakt under name: (2 mellanslag in): "  organisation: bryggan"',
    },
    {
      mistake: "an alias's dash left out: one error, at the line",
      file: 'people.yml',
      added: 'lisa-berg:\n  name: Lisa Berg\n  aliases:\n    - Lisa B.\n    Lisa Bergh\n',
      at: '5:5',
      message: 'Raden står bland raderna i en lista men börjar inte med -, så den går inte att läsa.',
      hint: 'Börja raden med - och ett mellanslag, som raderna ovanför: "    - Lisa Bergh"',
    },
    {
      mistake: "an alias's dash left out, the lines ended by lone CRs (an old Mac's): one error, at the line an editor shows",
      file: 'people.yml',
      added: 'lisa-berg:\r  name: Lisa Berg\r  aliases:\r    - Lisa B.\r    Lisa Bergh\r',
      at: '5:5',
      message: 'Raden står bland raderna i en lista men börjar inte med -, så den går inte att läsa.',
      hint: 'Börja raden med - och ett mellanslag, som raderna ovanför: "    - Lisa Bergh"',
    },
    {
      mistake: "a project's alias's dash left out: one error, at the line",
      file: 'organisations.yml',
      added: '  klarsprak:\n    name: Klarspråk\n    aliases:\n      - Klarspråksgruppen\n      Klartext\n',
      at: '5:7',
      message: 'Raden står bland raderna i en lista men börjar inte med -, så den går inte att läsa.',
      hint: 'Börja raden med - och ett mellanslag, som raderna ovanför: "      - Klartext"',
    },
    ...(
      [
        ['a field of a person', 'people.yml', 'lisa-berg:\n  > name: Lisa Berg\n', '2:3', 'name', '"  name: Lisa Berg"'],
        ['a person\'s id', 'people.yml', '>lisa-berg:\n  name: Lisa Berg\n', '1:1', 'lisa-berg', '"lisa-berg:"'],
        ['a field in a list of memberships', 'people.yml', 'lisa-berg:\n  name: Lisa Berg\n  memberships:\n    - >group: gemensam-utvecklingsgrupp\n      role: ledamot\n', '4:7', 'group', '"    - group: gemensam-utvecklingsgrupp"'],
        ['a group\'s id', 'organisations.yml', '  > ny-grupp:\n    name: Ny grupp\n', '1:3', 'ny-grupp', '"  ny-grupp:"'],
      ] as const
    ).map(([what, file, added, at, key, line]) => ({
      mistake: `a > before ${what}: one error, at the >`,
      file,
      added,
      at,
      message: `Raden börjar med >, som i YAML inleder ett block av text, så raden läses som text och inte som "${key}:".`,
      hint: `Ta bort > före ${key}: ${line}`,
    })),
  ])('$mistake', ({ file, added, at, message, hint }) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    const [line, col] = at.split(':').map(Number) as [number, number];
    const here = check(archive([BASE], { [file]: `${base}${added}` })).diagnostics.filter((d) => d.file === file);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([`${base.split('\n').length - 1 + line}:${col} yaml-syntax`]);
    expect(here[0]!.message).toBe(message);
    expect(here[0]!.hint).toBe(`${UNREAD(file)}${hint}`);
  });
});

describe('an item of a list in people.yml or organisations.yml a column left of the items above it', () => {
  // Each row replaces a line of the base registry (or adds lines at its end, below ''): the item is said once, at its
  // dash, with the line to write, and the entries below it are still checked (`at`: every diagnostic of the file).
  const MESSAGE = 'Strecket står inte rakt under strecken på raderna ovanför, så raden går inte att läsa.';
  it.each<[string, string, string, string, readonly string[], string, ...string[]]>([
    ["a person's alias, a comment above it", 'people.yml', '', 'lisa-berg:\n  name: Lisa Berg\n  aliases:\n    - Lisa B.\n    # stavning i äldre protokoll\n   - Lisa Bergh\nbo-ek:\n  name: Bo Ek\n  publish: hiden\n', ['26:4 yaml-syntax', '29:12 invalid-value'], '"    - Lisa Bergh"'],
    ["a group's member", 'organisations.yml', '    members: [leif-redestig, david-bergstrom]\n', '    members:\n      - leif-redestig\n     - david-bergstrom\n', ['15:6 yaml-syntax', '18:12 invalid-date'], '"      - david-bergstrom"'],
    ["a person's aliases, two in a row and one in line after them", 'people.yml', '', 'lisa-berg:\n  name: Lisa Berg\n  aliases:\n    - Lisa B.\n   - Lisa Bergh\n   - L. Berg\n    - Lisa Berg-Ek\nbo-ek:\n  name: Bo Ek\n  publish: hiden\n', ['25:4 yaml-syntax', '26:4 yaml-syntax', '30:12 invalid-value'], '"    - Lisa Bergh"', '"    - L. Berg"'],
    ["a group's members, three in a row", 'organisations.yml', '    members: [leif-redestig, david-bergstrom]\n', '    members:\n      - leif-redestig\n     - david-bergstrom\n     - ake-malmen\n     - ia-jonsson\n', ['15:6 yaml-syntax', '16:6 yaml-syntax', '17:6 yaml-syntax', '20:12 invalid-date'], '"      - david-bergstrom"', '"      - ake-malmen"', '"      - ia-jonsson"'],
  ])('%s', (_, file, replaced, added, at, ...lines) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    expect(base).toContain(replaced);
    const below = file === 'organisations.yml' ? '  ny-grupp:\n    name: Ny grupp\n    ended: igår\n' : '';
    const text = replaced === '' ? `${base}${added}` : `${base.replace(replaced, added).replace(/\nprojects:/, `\n${below}projects:`)}`;
    const here = check(archive([BASE], { [file]: text })).diagnostics.filter((d) => d.file === file);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(at);
    // Each item out of line with its own line to write.
    const slips = here.filter((d) => d.code === 'yaml-syntax').map((d) => [d.message, d.hint]);
    expect(slips).toEqual(lines.map((hint, i) => [MESSAGE, `${i === 0 ? UNREAD(file) : ''}Ställ - rakt under strecken ovanför (${hint.indexOf('-') - 1} mellanslag in): ${hint}`]));
  });
});

describe('a text in people.yml or organisations.yml wholly in a word processor\'s quotes', () => {
  // Each row puts lines below a line of the base registry; `at` is where the warning points in the file.
  it.each<[string, string, string, string, string, string]>([
    ['an organisation\'s description', 'organisations.yml', '    name: Bryggan\n', '    description: ”Mötesplats för unga.”\n', '9:18', 'description: "Mötesplats för unga."'],
    ['a group\'s schedule', 'organisations.yml', '    aliases: [GUG]\n', '    schedule: «Varannan måndag 13:30»\n', '13:15', 'schedule: "Varannan måndag 13:30"'],
    ['a project\'s description', 'organisations.yml', '    aliases: [Fritidsbank]\n', '    description: “Begagnad utrustning att låna.”\n', '18:18', 'description: "Begagnad utrustning att låna."'],
    ['a person\'s role', 'people.yml', '  name: Leif Redestig\n', '  role: ”Samordnare”\n', '3:9', 'role: "Samordnare"'],
    ['a role in a membership', 'people.yml', '  name: David Bergström\n', '  memberships:\n    - group: gemensam-utvecklingsgrupp\n      role: ’ledamot’\n', '12:13', 'role: "ledamot"'],
  ])('%s', (_, file, below, added, at, meant) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    expect(base).toContain(below);
    const result = check(archive([BASE], { [file]: base.replace(below, `${below}${added}`) }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual([`${file} ${at} curly-quotes`]);
    expect(result.diagnostics[0]!.hint).toBe(`Använd raka citattecken, som inte syns på webbplatsen: ${meant}`);
  });

  it("a person's publish, one of a few values: the quotes said, with the value to write, not only the values allowed", () => {
    const base = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8');
    const result = check(archive([BASE], { 'people.yml': base.replace('  publish: initials\n', '  publish: ”initials”\n') }));
    expect(result.diagnostics.map((d) => [`${d.file} ${d.line}:${d.col} ${d.code}`, d.hint])).toEqual([['people.yml 20:12 invalid-value', 'Använd raka citattecken: publish: "initials", inte ” eller “ (som ordbehandlare gör).']]);
  });
});

describe('a line of a list left empty, written "" (in minutes and the registries)', () => {
  // The line is said, not the field as a whole: "En rad i listan", as for a line with nothing after its dash.
  // Each row replaces a line of the base archive's file; `at` is every diagnostic of that file.
  const LINE = 'Skriv värdet, eller ta bort det ur listan.';
  it.each<[string, string, string, string, readonly string[], string]>([
    ["a person's alias in brackets", 'people.yml', '  aliases: [Ivan Kuzhikov]\n', '  aliases: [Ivan Kuzhikov, ""]\n', ['6:28 empty-value'], 'aliases'],
    ["a person's only alias, with a dash", 'people.yml', '  aliases: [Ivan Kuzhikov]\n', '  aliases:\n    - ""\n', ['7:7 empty-value'], 'aliases'],
    ["a group's member", 'organisations.yml', '    members: [leif-redestig, david-bergstrom]\n', '    members: [leif-redestig, "  "]\n', ['13:30 empty-value'], 'members'],
    ['an attendee written "" below a dash', FILE_BASE, '  - David Bergström\n  - Leif Redestig\n  - Ivan Kuzhikov\n', '  - David Bergström\n  - ""\n  - Ivan Kuzhikov\n', ['8:5 empty-value'], 'attendees'],
    ['the only project', FILE_BASE, 'projects: [fritidsbanken]\n', 'projects: [""]\n', ['12:12 empty-value'], 'projects'],
    ["one of an action's owners", FILE_BASE, '  - who: Leif Redestig\n', "  - who: [Leif Redestig, '']\n", ['14:26 empty-value'], 'who'],
  ])('%s', (_, file, replaced, added, at, key) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    expect(base).toContain(replaced);
    const here = check(archive([BASE], { [file]: base.replace(replaced, added) })).diagnostics.filter((d) => d.file === file);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(at);
    expect([here[0]!.message, here[0]!.hint]).toEqual([`En rad i listan "${key}" är tom.`, LINE]);
  });
});

describe('an optional field in people.yml or organisations.yml left empty', () => {
  // Left empty it would quietly mean none (no organisation, no end, a name published in full): said at the field,
  // with what to write there or to take the line away. Each row puts lines below a line of the base registry.
  const REMOVE = ', eller ta bort raden.';
  it.each<[string, string, string, string, string, string]>([
    ["a person's organisation", 'people.yml', '  name: Ia Jonsson\n', '  organisation:\n', '20:3', `Skriv organisationens id, till exempel socialforvaltningen${REMOVE}`],
    ["a person's role", 'people.yml', '  name: Leif Redestig\n', '  role:\n', '3:3', `Skriv rollen, till exempel samordnare${REMOVE}`],
    ["a person's aliases", 'people.yml', '  name: David Bergström\n', '  aliases:\n', '10:3', `Skriv de andra stavningarna som en lista, till exempel [SOF]${REMOVE}`],
    ["a person's former ids", 'people.yml', '  name: Åke Malmén\n', '  former_ids:\n', '13:3', `Skriv de id posten haft förut som en lista, till exempel [gammalt-id]${REMOVE}`],
    ["a person's publish, which would publish the name", 'people.yml', '  name: Leif Redestig\n', '  publish:\n', '3:3', 'Skriv full (namnet visas), initials (bara initialerna) eller hidden (inte alls). Utan raden visas namnet.'],
    ["a person's url", 'people.yml', '  name: Leif Redestig\n', '  url:\n', '3:3', `Skriv adressen, som börjar med https://${REMOVE}`],
    ['the organisation of a membership', 'people.yml', '  name: David Bergström\n', '  memberships:\n    - organisation:\n      to: 2016-12-31\n', '11:7', `Skriv organisationens id, till exempel socialforvaltningen${REMOVE}`],
    ['the end of a membership', 'people.yml', '  name: David Bergström\n', '  memberships:\n    - group: gemensam-utvecklingsgrupp\n      to:\n', '12:7', `Skriv den sista dagen som ÅÅÅÅ-MM-DD${REMOVE}`],
    ["an organisation's description", 'organisations.yml', '    name: Bryggan\n', '    description:\n', '9:5', `Skriv en beskrivning${REMOVE}`],
    ["an organisation's end", 'organisations.yml', '    name: Vorta Drom\n', '    ended:\n', '7:5', `Skriv den sista dagen som ÅÅÅÅ-MM-DD${REMOVE}`],
    ["a group's organisation", 'organisations.yml', '    aliases: [GUG]\n', '    organisation:\n', '13:5', `Skriv organisationens id, till exempel socialforvaltningen${REMOVE}`],
    ["a group's schedule", 'organisations.yml', '    aliases: [GUG]\n', '    schedule:\n', '13:5', `Skriv när gruppen brukar träffas, till exempel Varannan måndag 13:30${REMOVE}`],
    ["a project's former ids", 'organisations.yml', '    name: Fritidsbanken\n', '    former_ids:\n', '17:5', `Skriv de id posten haft förut som en lista, till exempel [gammalt-id]${REMOVE}`],
  ])('%s', (_, file, below, added, at, hint) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    expect(base).toContain(below);
    const result = check(archive([BASE], { [file]: base.replace(below, `${below}${added}`) }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual([`${file} ${at} empty-value`]);
    expect(result.diagnostics[0]!.message).toMatch(/^Fältet "\w+" är tomt\.$/);
    expect(result.diagnostics[0]!.hint).toBe(hint);
  });

  it('an organisation left empty by a word after & (an anchor) is said once, as that', () => {
    const base = fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8');
    const result = check(archive([BASE], { 'people.yml': base.replace('  name: Ia Jonsson\n', '  name: Ia Jonsson\n  organisation: &bryggan\n') }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual(['people.yml 20:17 yaml-syntax']);
  });

  it('an empty section of organisations.yml (projects: with none under it) is no problem', () => {
    const base = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
    expect(check(archive([BASE], { 'organisations.yml': base.slice(0, base.indexOf('projects:')) + 'projects:\n' })).diagnostics.filter((d) => d.file === 'organisations.yml')).toEqual([]);
  });
});

describe('a field of the last entry written as far out as the ids, or first on its line in organisations.yml', () => {
  // Valid YAML of another shape: the field reads as an entry (or a section) of its own. Said once, at it, instead of
  // as an entry of the wrong shape; the entries below, also those the field took in, are still checked. Each row
  // replaces a line of the base registry; `said` is every diagnostic of the file: place, code, message and hint.
  type Said = readonly [string, string, string];
  it.each<[string, string, string, string, readonly Said[]]>([
    [
      "a group's end two columns out, which read as a group whose date is no date",
      'organisations.yml',
      '    members: [leif-redestig, david-bergstrom]\n',
      '    members: [leif-redestig, david-bergstrom]\n  ended: 2016-12-31\n  ny-grupp:\n    name: Ny grupp\n    ended: igår\n',
      [
        ['14:3 invalid-type', 'Fältet "ended" står lika långt ut som id:t gemensam-utvecklingsgrupp ovanför, så det läses som en egen post och inte som ett fält i gemensam-utvecklingsgrupp.', 'Dra in raden ended: två mellanslag, så att den står rakt under fälten i gemensam-utvecklingsgrupp: "    ended: 2016-12-31"'],
        ['17:12 invalid-date', '"igår" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, till exempel 2018-12-31.'],
      ],
    ],
    [
      "a group's end first on its line, which takes in the group below it as a section of its own: that group still checked",
      'organisations.yml',
      '    members: [leif-redestig, david-bergstrom]\n',
      '    members: [leif-redestig, david-bergstrom]\nended:\n  ny-grupp:\n    name: Ny grupp\n    ended: igår\n',
      [
        ['14:1 invalid-type', 'Fältet "ended" står först på raden, så det läses som en egen del av filen, som groups, och inte som ett fält i gemensam-utvecklingsgrupp; ny-grupp: under det hör då till det och inte till groups.', 'Dra in raden ended: fyra mellanslag, så att den står rakt under fälten i gemensam-utvecklingsgrupp: "    ended:"'],
        ['17:12 invalid-date', '"igår" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, till exempel 2018-12-31.'],
      ],
    ],
    [
      "a person's organisation and role first on their lines, read as people of their own",
      'people.yml',
      '  publish: initials\n',
      '  publish: initials\norganisation: bryggan\nrole: samordnare\nbo-ek:\n  name: Bo Ek\n  publish: hiden\n',
      [
        ['21:1 invalid-type', 'Fälten organisation:, role: står lika långt ut som id:t ia-jonsson ovanför, så de läses som egna poster och inte som fält i ia-jonsson.', 'Dra in raderna organisation:, role: två mellanslag, så att de står rakt under fälten i ia-jonsson: "  organisation: bryggan" och "  role: samordnare"'],
        ['25:12 invalid-value', '"hiden" är inte ett tillåtet värde för publish.', 'Tillåtna värden: full, initials, hidden. Menade du hidden?'],
      ],
    ],
  ])('%s', (_, file, replaced, added, said) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    expect(base).toContain(replaced);
    const here = check(archive([BASE], { [file]: base.replace(replaced, added) })).diagnostics.filter((d) => d.file === file);
    expect(here.map((d) => [`${d.line}:${d.col} ${d.code}`, d.message, d.hint])).toEqual(said);
  });
});

describe("a group's field out of line below its last field, one to three columns in or first on its line", () => {
  // A YAML error: said once, at the field, with the line to write; the field's lines are left out, so the group below
  // it is checked, and the group it slipped from, left unread, is never said to lack a field. Each row replaces the
  // fields of the base organisations.yml's group (lines 11-13) and adds a group with a wrong end below them; `said`
  // is every diagnostic of the file: place, code, message and hint.
  type Said = readonly [string, string, string];
  const FIELDS = '    name: Gemensam utvecklingsgrupp\n    aliases: [GUG]\n    members: [leif-redestig, david-bergstrom]\n';
  const DASHES = '    name: Gemensam utvecklingsgrupp\n    aliases: [GUG]\n    members:\n      - leif-redestig\n      - david-bergstrom\n';
  const BELOW = '  ny-grupp:\n    name: Ny grupp\n    ended: igår\n';
  const IGAR: readonly [string, string] = ['"igår" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, till exempel 2018-12-31.'];
  const OUT = (field: string) => `Fältet "${field}" står inte rakt under "members" på raden ovanför, så det går inte att läsa.`;
  const HINT = (line: string) => `${UNREAD('organisations.yml')}Ställ ${line.split(':')[0]}: rakt under members: (4 mellanslag in): "    ${line}"`;
  it.each<[string, string, readonly Said[]]>([
    ['the end a column in, after a list in brackets', `${FIELDS} ended: 2016-12-31\n`, [['14:2 yaml-syntax', OUT('ended'), HINT('ended: 2016-12-31')], ['17:12 invalid-date', ...IGAR]]],
    ['the end a column in, after a list with dashes', `${DASHES} ended: 2016-12-31\n`, [['16:2 yaml-syntax', OUT('ended'), HINT('ended: 2016-12-31')], ['19:12 invalid-date', ...IGAR]]],
    ['the end three columns in, after a list with dashes', `${DASHES}   ended: 2016-12-31\n`, [['16:4 yaml-syntax', OUT('ended'), HINT('ended: 2016-12-31')], ['19:12 invalid-date', ...IGAR]]],
    ['the end with its date first on its line, after a list in brackets', `${FIELDS}ended: 2016-12-31\n`, [['14:1 yaml-syntax', OUT('ended'), HINT('ended: 2016-12-31')], ['17:12 invalid-date', ...IGAR]]],
    ['the end with its date first on its line, after a list with dashes', `${DASHES}ended: 2016-12-31  # lades ner\n`, [['16:1 yaml-syntax', OUT('ended'), HINT('ended: 2016-12-31  # lades ner')], ['19:12 invalid-date', ...IGAR]]],
    // The group it slipped from is left unread: not said to lack its name.
    ["the group's name below its members, a column in", '    aliases: [GUG]\n    members: [leif-redestig]\n name: Gemensam utvecklingsgrupp\n', [['13:2 yaml-syntax', OUT('name'), HINT('name: Gemensam utvecklingsgrupp')], ['16:12 invalid-date', ...IGAR]]],
    ["the group's name below its members, first on its line", '    members:\n      - leif-redestig\nname: Gemensam utvecklingsgrupp\n', [['13:1 yaml-syntax', OUT('name'), HINT('name: Gemensam utvecklingsgrupp')], ['16:12 invalid-date', ...IGAR]]],
  ])('%s', (_, fields, said) => {
    const base = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8');
    expect(base).toContain(FIELDS);
    const here = check(archive([BASE], { 'organisations.yml': base.replace(FIELDS, `${fields}${BELOW}`) })).diagnostics.filter((d) => d.file === 'organisations.yml');
    expect(here.map((d) => [`${d.line}:${d.col} ${d.code}`, d.message, d.hint])).toEqual(said);
  });
});

describe('an id written twice in people.yml or organisations.yml: the later entry checked too, at its own place', () => {
  // The data keeps the first entry; the later one's fields are checked as the first's are, each said at its own line,
  // and the id written twice is said once. Each row adds lines to a registry of the base archive (at its end, or
  // before `projects:`) and to its minutes; `said` is every diagnostic of the archive: place, code, message and hint.
  const TWICE = 'Varje post måste ha ett eget id; byt id på den ena eller slå ihop dem.';
  type Said = readonly [string, string, string | undefined];
  it.each<[string, string, string, string, readonly Said[]]>([
    [
      "a person's: an unknown organisation, a day that does not exist, a publish misspelt",
      'people.yml',
      'leif-redestig:\n  name: Leif Redestig\n  organisation: okand-org\n  memberships:\n    - group: gemensam-utvecklingsgrupp\n      from: 2016-13-01\n  publish: hiden\n',
      '',
      [
        ['people.yml 21:1 duplicate-id', 'Id "leif-redestig" står två gånger; första gången i people.yml:1.', TWICE],
        ['people.yml 23:17 unknown-organisation', 'Hittar inte organisationen "okand-org".', 'Lägg till organisationen i organisations.yml.'],
        ['people.yml 26:13 invalid-date', 'Datumet 2016-13-01 finns inte.', 'Menade du 2016-01-13? Månaden står i mitten och går från 01 till 12. Skriv datum som ÅÅÅÅ-MM-DD.'],
        ['people.yml 27:12 invalid-value', '"hiden" är inte ett tillåtet värde för publish.', 'Tillåtna värden: full, initials, hidden. Menade du hidden?'],
      ],
    ],
    [
      "a person's pasted twice, with its name, alias and former id: the id alone, no name or former id said to be taken",
      'people.yml',
      'ivan-kuzhicov:\n  name: Ivan Kuzhicov\n  aliases: [Ivan Kuzhikov]\n  former_ids: [ivan-k]\n  organisation: vorta-drom\n',
      '',
      [['people.yml 21:1 duplicate-id', 'Id "ivan-kuzhicov" står två gånger; första gången i people.yml:4.', TWICE]],
    ],
    [
      "a person's with another entry's name, a role in curly quotes and an organisation lost to &: each said once",
      'people.yml',
      'ake-malmen:\n  name: Per Norbeck\n  role: ”Samordnare”\n  organisation: &sof\n',
      '',
      [
        ['people.yml 21:1 duplicate-id', 'Id "ake-malmen" står två gånger; första gången i people.yml:11.', TWICE],
        ['people.yml 22:9 ambiguous-name', 'Namnet "Per Norbeck" hör redan till Per Norbeck (per-norbeck).', 'Ett namn eller alias får bara höra till en post; ta bort det från den ena.'],
        ['people.yml 23:9 curly-quotes', 'Värdet står inom citattecken från en ordbehandlare (” ”), som kommer med i texten på webbplatsen.', 'Använd raka citattecken, som inte syns på webbplatsen: role: "Samordnare"'],
        ['people.yml 24:17 yaml-syntax', 'Ett värde som börjar med & läses i YAML som ett namn på värdet (ett ankare), så "&sof" kommer inte med i texten.', 'Sätt hela värdet inom citattecken: organisation: "&sof"'],
      ],
    ],
    [
      "a group's, three times, named in minutes by the later one's name: each later one checked, the name unknown once",
      'organisations.yml',
      '  gemensam-utvecklingsgrupp:\n    name: Grupp två\n    members: [leif-redestig, okand-person]\n    ended: igår\n  gemensam-utvecklingsgrupp:\n    name: Grupp tre\n    ended: 2016-02-30\n',
      'group: Grupp två\n',
      [
        // The file lies in the group's folder (gug/): that group is suggested (group-guess.ts).
        ['minutes/gug/2016-02-08.md 2:8 unknown-group', 'Hittar inte gruppen "Grupp två".', 'Menade du gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp), gruppen vars mapp filen ligger i? Är "Grupp två" en annan grupp, lägg till den i organisations.yml och flytta filen till en mapp för den. Annars skriv gruppens id: group: gemensam-utvecklingsgrupp'],
        ['organisations.yml 14:3 duplicate-id', 'Id "gemensam-utvecklingsgrupp" står två gånger; första gången i organisations.yml:10.', TWICE],
        ['organisations.yml 16:30 unknown-person', 'Hittar inte personen "okand-person".', 'Lägg till personen i people.yml.'],
        ['organisations.yml 17:12 invalid-date', '"igår" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Skriv den sista dagen som ÅÅÅÅ-MM-DD, till exempel 2018-12-31.'],
        ['organisations.yml 18:3 duplicate-id', 'Id "gemensam-utvecklingsgrupp" står två gånger; första gången i organisations.yml:10.', TWICE],
        ['organisations.yml 20:12 invalid-date', 'Datumet 2016-02-30 finns inte.', 'Februari 2016 har 29 dagar. Skriv den sista dagen som ÅÅÅÅ-MM-DD, till exempel 2018-12-31.'],
      ],
    ],
  ])('%s', (_, file, added, group, said) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    const text = file === 'people.yml' ? `${base}${added}` : base.replace('projects:', `${added}projects:`);
    const minutes = fs.readFileSync(path.join(BASE, FILE_BASE), 'utf8');
    const result = check(archive([BASE], { [file]: text, ...(group ? { [FILE_BASE]: minutes.replace(/^group: .*\n/m, group) } : {}) }));
    expect(result.diagnostics.map((d) => [`${d.file} ${d.line}:${d.col} ${d.code}`, d.message, d.hint])).toEqual(said);
  });
});

describe('a slip in people.yml or organisations.yml, with the text to write or where the other entry is', () => {
  // Each row puts lines below a line of the base registry (or at its end, below ''); `at` is every diagnostic,
  // `said` the first one's message and hint, in full.
  const ALIAS = 'Är det ett gammalt namn som äldre protokoll använder: flytta det till aliases.';
  it.each<[string, string, string, string, readonly string[], string, string | undefined]>([
    // Found by fuzzing: the help for a field was looked up by the id as a key of a plain object, and "constructor"
    // found Object's function, which the check then threw on as a hint.
    ['an id left empty that is a name every JavaScript object has ("constructor")', 'people.yml', '', 'constructor:\n', ['21:1 missing-field'], 'Fältet "constructor" är tomt.', undefined],
    ['a project id left empty that is a name every JavaScript object has ("constructor")', 'organisations.yml', '', '  constructor:\n', ['18:3 missing-field'], 'Fältet "constructor" är tomt.', undefined],
    // "? lisa-berg:": a key made of the lines below it, which js-yaml read as "[object Object]", said at line 1 of the file.
    ['an id after "?": the line to write', 'people.yml', '', '? lisa-berg:\n  name: Lisa Berg\n', ['21:1 yaml-syntax'], 'Raden börjar med ?, som i YAML gör "lisa-berg:" och raderna under den till ett enda fältnamn, inte till ett fält med värden.', 'Protokollen kontrolleras mot people.yml först när filen går att läsa. Ta bort ? före lisa-berg: "lisa-berg:"'],
    ['a group id after "?": the line to write', 'organisations.yml', '    members: [leif-redestig, david-bergstrom]\n', '  ? ny-grupp:\n    name: Ny grupp\n', ['14:3 yaml-syntax'], 'Raden börjar med ?, som i YAML gör "ny-grupp:" och raderna under den till ett enda fältnamn, inte till ett fält med värden.', 'Protokollen kontrolleras mot organisations.yml först när filen går att läsa. Ta bort ? före ny-grupp: "  ny-grupp:"'],
    ['a former id written as the name ("IFS NV"): the id to write', 'organisations.yml', '    name: Vorta Drom\n', '    former_ids: [IFS NV]\n', ['7:18 invalid-former-id'], '"IFS NV" under former_ids är inget id: id skrivs med a–z, siffror och bindestreck, så det har aldrig varit en adress på webbplatsen.', `${ALIAS} Var det postens id förut, skriv det som ett id: ifs-nv`],
    ['a former id with å, ä, ö: the id as a slug', 'people.yml', '  name: Ia Jonsson\n', '  former_ids: [Ia Jönsson-Åberg]\n', ['20:16 invalid-former-id'], '"Ia Jönsson-Åberg" under former_ids är inget id: id skrivs med a–z, siffror och bindestreck, så det har aldrig varit en adress på webbplatsen.', `${ALIAS} Var det postens id förut, skriv det som ett id: ia-jonsson-aberg`],
    ["a former id that, as an id, is the entry's own: no id offered", 'people.yml', '  name: Åke Malmén\n', '  former_ids: [Åke Malmén]\n', ['13:16 invalid-former-id'], '"Åke Malmén" under former_ids är inget id: id skrivs med a–z, siffror och bindestreck, så det har aldrig varit en adress på webbplatsen.', `Som id är det postens eget id (ake-malmen), som inte står under former_ids. ${ALIAS} Annars: ta bort det.`],
    ["a former id that, as an id, is another entry's: no id offered", 'people.yml', '  name: David Bergström\n', '  former_ids: [Vorta_Drom]\n', ['10:16 invalid-former-id'], '"Vorta_Drom" under former_ids är inget id: id skrivs med a–z, siffror och bindestreck, så det har aldrig varit en adress på webbplatsen.', `Skriv id:t som det stod i registret förut. ${ALIAS}`],
    ["a person's organisation that starts with #, which YAML reads as a comment: quoted", 'people.yml', '  name: Ia Jonsson\n', '  organisation: #socialforvaltningen\n', ['20:17 empty-value'], 'Värdet börjar med # och läses därför som en kommentar, så fältet "organisation" blir tomt.', 'Sätt värdet inom citattecken: organisation: "#socialforvaltningen"'],
    ["a membership's organisation that starts with #: quoted", 'people.yml', '  name: David Bergström\n', '  memberships:\n    - organisation: #bryggan\n      to: 2016-12-31\n', ['11:21 empty-value'], 'Värdet börjar med # och läses därför som en kommentar, så fältet "organisation" blir tomt.', 'Sätt värdet inom citattecken: organisation: "#bryggan"'],
    ["a group's organisation that starts with #: quoted", 'organisations.yml', '    aliases: [GUG]\n', '    organisation: #socialforvaltningen # ägare\n', ['13:19 empty-value'], 'Värdet börjar med # och läses därför som en kommentar, så fältet "organisation" blir tomt.', 'Sätt värdet inom citattecken: organisation: "#socialforvaltningen # ägare"'],
    ['an id twice in people.yml: where the first is', 'people.yml', '', 'ake-malmen:\n  name: Åke Malmén den yngre\n', ['21:1 duplicate-id'], 'Id "ake-malmen" står två gånger; första gången i people.yml:11.', 'Varje post måste ha ett eget id; byt id på den ena eller slå ihop dem.'],
    ['an id three times among the groups: each later one names the first', 'organisations.yml', '    members: [leif-redestig, david-bergstrom]\n', '  gemensam-utvecklingsgrupp:\n    name: Grupp två\n  gemensam-utvecklingsgrupp:\n    name: Grupp tre\n', ['14:3 duplicate-id', '16:3 duplicate-id'], 'Id "gemensam-utvecklingsgrupp" står två gånger; första gången i organisations.yml:10.', 'Varje post måste ha ett eget id; byt id på den ena eller slå ihop dem.'],
    ["an organisation with a person's id: where the person is", 'organisations.yml', '    name: Bryggan\n', '  david-bergstrom:\n    name: Bergströms konsult\n', ['9:3 duplicate-id'], 'Id "david-bergstrom" används redan av David Bergström i people.yml:8.', 'Personer och organisationer kan båda vara ansvariga för åtgärder och måste därför ha olika id.'],
    ['a person without a name: the name the id reads as', 'people.yml', '', 'lisa-berg:\n  organisation: bryggan\n', ['22:3 missing-field'], 'Fältet "name" saknas.', 'Skriv namnet som det ska stå på webbplatsen, med å, ä och ö där de ska vara, på en rad under id:t: "  name: Lisa Berg"'],
    ["a person's name left empty", 'people.yml', '', 'lisa-berg:\n  name:\n', ['22:3 missing-field'], 'Fältet "name" är tomt.', 'Skriv namnet som det ska stå på webbplatsen, med å, ä och ö där de ska vara, på en rad under id:t: "  name: Lisa Berg"'],
    ['a group without a name: its first word capitalised', 'organisations.yml', '    members: [leif-redestig, david-bergstrom]\n', '  ny-grupp:\n    organisation: bryggan\n', ['15:5 missing-field'], 'Fältet "name" saknas.', 'Skriv namnet som det ska stå på webbplatsen, med å, ä och ö där de ska vara, på en rad under id:t: "    name: Ny grupp"'],
    ["a person's organisations as a list: the others as memberships", 'people.yml', '', 'lisa-berg:\n  name: Lisa Berg\n  organisation: [vorta-drom, bryggan, socialforvaltningen]\n', ['23:17 invalid-type'], 'Fältet "organisation" ska vara en organisation, inte en lista.', 'En person har en organisation, den hen hör till; de andra skrivs som medlemskap. Skriv organisation: vorta-drom och på egna rader "  memberships:" och under den "    - organisation: bryggan" och "    - organisation: socialforvaltningen"'],
    ["a person's one organisation in brackets", 'people.yml', '', 'lisa-berg:\n  name: Lisa Berg\n  organisation: [bryggan]\n', ['23:17 invalid-type'], 'Fältet "organisation" ska vara en organisation, inte en lista.', 'Skriv organisationen utan hakparenteser: organisation: bryggan'],
    ["a group's organisations as a list: one only", 'organisations.yml', '    aliases: [GUG]\n', '    organisation: [vorta-drom, bryggan]\n', ['13:19 invalid-type'], 'Fältet "organisation" ska vara en organisation, inte en lista.', 'En grupp har en organisation, den som den hör till: välj en av vorta-drom och bryggan, till exempel organisation: vorta-drom'],
    ["a membership's organisations as a list: a membership each", 'people.yml', '', 'lisa-berg:\n  name: Lisa Berg\n  memberships:\n    - organisation: [vorta-drom, bryggan]\n      to: 2016-12-31\n', ['24:21 invalid-type'], 'Fältet "organisation" ska vara en organisation, inte en lista.', 'Ett medlemskap gäller en organisation: skriv ett för var och en, med sina role, from och to, på rader som börjar "    - organisation: vorta-drom" och "    - organisation: bryggan"'],
  ])('%s', (_, file, below, added, at, message, hint) => {
    const base = fs.readFileSync(path.join(BASE, file), 'utf8');
    expect(base).toContain(below);
    const text = below === '' ? `${base}${added}` : base.replace(below, `${below}${added}`);
    const here = check(archive([BASE], { [file]: text })).diagnostics.filter((d) => d.file === file);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(at);
    expect([here[0]!.message, here[0]!.hint]).toEqual([message, hint]);
    if (at.length > 1) expect(here[1]!.message).toBe(message);
  });
});

describe('a text field of minutes left empty', () => {
  // Left empty it would quietly be none (no place, no summary), while the same field written "" is an empty value:
  // said at the field, with what to write there or to take the line away. A list left empty means none of it.
  const REMOVE = ', eller ta bort raden.';
  const minutes = (lines: string[]): string => `---\ngroup: gug\ndate: 2016-03-07\nattendees: [David Bergström]\n${lines.join('\n')}\n---\nText.\n`;
  it.each<[string, string[], string, string]>([
    ['the place, where no minutes of the archive give one', ['location:'], '5:1', `Skriv var mötet hölls, till exempel Stadshuset${REMOVE}`],
    ['the title', ['title:'], '5:1', `Skriv mötets rubrik${REMOVE}`],
    ['the time', ['time:'], '5:1', `Skriv tiden inom citattecken, till exempel "13:30"${REMOVE}`],
    ['the chair', ['chair:'], '5:1', `Skriv ordförandens namn, till exempel Leif Redestig${REMOVE}`],
    ['the secretary', ['secretary:'], '5:1', `Skriv namnet på den som förde anteckningarna, till exempel Leif Redestig${REMOVE}`],
    ['the summary, with only a comment below it', ['summary:', '# skrivs sen'], '5:1', `Skriv två eller tre meningar om vad mötet kom fram till${REMOVE}`],
    ['the note', ['note:'], '5:1', `Skriv anmärkningen${REMOVE}`],
    ['the next meeting', ['next_meeting:'], '5:1', `Skriv nästa mötes dag som ÅÅÅÅ-MM-DD, gärna med tid: "2016-04-04 13:30"${REMOVE}`],
    ["an action's due day", ['actions:', '  - who: Leif Redestig', '    what: Boka lokal.', '    due:'], '8:5', `Skriv den sista dagen som ÅÅÅÅ-MM-DD${REMOVE}`],
    ["an action's project", ['actions:', '  - who: Leif Redestig', '    what: Boka lokal.', '    project:'], '8:5', `Skriv projektets id, till exempel fritidsbanken${REMOVE}`],
    ["an action's status", ['actions:', '  - who: Leif Redestig', '    what: Boka lokal.', '    status:'], '8:5', `Skriv open (öppen) eller done (klar)${REMOVE}`],
    ["a decision's project", ['decisions:', '  - text: Vi startar en fritidsbank.', '    project:'], '7:5', `Skriv projektets id, till exempel fritidsbanken${REMOVE}`],
    ["a follow-up's note", ['followups:', '  - action: gemensam-utvecklingsgrupp/2016-02-08#1', '    status: done', '    note:'], '8:5', `Skriv anmärkningen${REMOVE}`],
  ])('%s', (_, lines, at, hint) => {
    const result = check(archive([BASE], { [FILE]: minutes(lines) }));
    expect(result.diagnostics.map((d) => `${d.file} ${d.line}:${d.col} ${d.code}`)).toEqual([`${FILE} ${at} empty-value`]);
    expect(result.diagnostics[0]!.message).toMatch(/^Fältet "\w+" är tomt\.$/);
    expect(result.diagnostics[0]!.hint).toBe(hint);
  });

  // What minutes new writes (absent: []), and the same with nothing after the colon: a list of none, no problem.
  it.each([
    ['absent: []'],
    ['absent:'],
    ['guests:'],
    ['projects:'],
    ['decisions:'],
    ['actions:'],
    ['followups:', '# inga uppföljningar'],
    ['former_ids:'],
  ])('%s is none, with nothing said', (...lines) => {
    expect(check(archive([BASE], { [FILE]: minutes(lines) })).diagnostics).toEqual([]);
  });
});

describe('dates against the day of the check', () => {
  it.each([
    ['2016-03-06', ['3:7 future-date']],
    ['2016-03-07', []],
    ['2016-03-08', []],
  ])('checked on %s', (today, expected) => {
    const result = check(archive([BASE], { [FILE]: `---\ngroup: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nText.\n` }), today);
    const here = result.diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    if (expected.length > 0) expect(here[0]!.message).toBe(`Mötet 2016-03-07 har inte hållits än; i dag är det ${today}.`);
  });
});

describe('every line indented with a tab is said in one run, once a line, with the line to write', () => {
  // Misled by the first tab of a block of text, the parser reads the lines below it as more of that line and says
  // nothing of them: they were said only once the first was mended, one run later.
  const SPACES = 'Skriv två mellanslag i stället för varje tabb i början av raden: ';
  it.each<[string, string, readonly string[]]>([
    [
      'a list and, below it, a block of text, both indented with tabs',
      'attendees:\n\t- David Bergström\n\t- Leif Redestig\nlocation: Bryggan\nsummary: |\n\tFritidsbanken tar form.\n\tMötestiden flyttas.\n\tKarin Ek kommer.',
      ['5:1 "  - David Bergström"', '6:1 "  - Leif Redestig"', '9:1 "  Fritidsbanken tar form."', '10:1 "  Mötestiden flyttas."', '11:1 "  Karin Ek kommer."'],
    ],
    [
      'a block of text and an action below it, indented with tabs, a # line and a blank line with a tab in the block',
      'attendees: [David Bergström]\nsummary: >-\n\tFritidsbanken tar form.\n\t# Lokal\n\t\n\tMötestiden flyttas.\nactions:\n\t- who: David Bergström\n\t  what: Boka lokal.',
      ['6:1 "  Fritidsbanken tar form."', '7:1 "  # Lokal"', '8:1 -', '9:1 "  Mötestiden flyttas."', '11:1 "  - who: David Bergström"', '12:1 "    what: Boka lokal."'],
    ],
    [
      'a comment and a blank line indented with a tab between fields are no problem',
      'attendees:\n\t- David Bergström\n\t# sekreterare\n\t\nsummary: |\n\tFritidsbanken tar form.\n\nlocation: Bryggan',
      ['5:1 "  - David Bergström"', '9:1 "  Fritidsbanken tar form."'],
    ],
  ])('%s', (_, yaml, expected) => {
    const here = check(archive([BASE], { [FILE]: `---\n${HEAD}${yaml}\n---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected.map((e) => `${e.split(' ')[0]} yaml-syntax`));
    // "-": a blank line, which has nothing to write but nothing.
    expect(here.map((d) => `${d.line}:${d.col} ${d.hint}`)).toEqual(expected.map((e) => (e.endsWith(' -') ? e.replace(' -', ' Ta bort tabbarna, så att raden blir tom.') : e.replace(' ', ` ${SPACES}`))));
  });
});

describe('a hint that ends with text to write in the file ends with it, without a full stop', () => {
  // A full stop after it reads as part of it ("# sist." in a comment) and goes into the file with it when copied.
  it.each<[string, string, string, string]>([
    ['a list never closed, a comment after its comma', 'attendees: [Leif Redestig, David Bergström, # sist\nguests: []', '4:12 yaml-syntax', 'Byt kommatecknet efter listans sista värde mot ]: attendees: [Leif Redestig, David Bergström] # sist'],
    ['a list never closed, over two lines', 'attendees: [Leif Redestig,\n  David Bergström\ntitle: Extra', '4:12 yaml-syntax', 'Lägg till ] efter listans sista värde: … David Bergström]'],
    ['a comma first in a list, a comment after it', 'attendees: [, Leif Redestig] # sist', '4:13 yaml-syntax', 'Ta bort kommatecknet: attendees: [Leif Redestig] # sist'],
    ['two commas in a row, a comment after the list', 'attendees: [Leif Redestig,, David Bergström] # sist', '4:27 yaml-syntax', 'Skriv ett kommatecken mellan två värden: attendees: [Leif Redestig, David Bergström] # sist'],
    ['an item in brackets with an @, a comment after the list', 'attendees: [David Bergström]\nguests: [Anna, @Bo] # sist', '5:16 yaml-syntax', 'Sätt det inom citattecken: guests: [Anna, "@Bo"] # sist'],
    ['an item in brackets in Markdown emphasis', 'attendees: [*David Bergström*] # ordförande', '4:13 yaml-syntax', `Ta bort asteriskerna${MARKDOWN}: attendees: [David Bergström] # ordförande`],
    ['a value with an @', 'attendees: [David Bergström]\ntitle: @Extra', '5:8 yaml-syntax', 'Sätt hela värdet inom citattecken: title: "@Extra"'],
    ['a value in Markdown emphasis', 'attendees: [David Bergström]\ntitle: *Extra*', '5:8 yaml-syntax', `Sätt hela värdet inom citattecken${MARKDOWN}: title: "*Extra*"`],
    ['a list item without a space after its dash', 'attendees:\n  -David Bergström', '5:3 invalid-type', 'Skriv - och ett mellanslag före varje rad i listan: "  - David Bergström"'],
    ['a colon in a value', 'attendees: [David Bergström]\nlocation: Bryggan: rum 3', '5:11 yaml-syntax', 'Sätt värdet inom citattecken: location: "Bryggan: rum 3"'],
    // The value ends before " #": the comment after it stays a comment, outside the quotes, not part of the value.
    ['a colon in a value, a comment after it', 'attendees: [David Bergström]\nlocation: Bryggan: rum 3 # x', '5:11 yaml-syntax', 'Sätt värdet inom citattecken: location: "Bryggan: rum 3" # x'],
    ['a value that ends in a colon, a comment after it', 'attendees: [David Bergström]\ntime: 13:   # kommentar', '5:7 yaml-syntax', 'Skriv klart värdet efter kolonet, eller sätt det inom citattecken: time: "13:" # kommentar'],
    ['a value YAML takes as a comment', 'attendees: [David Bergström]\nlocation: #3 Bryggan', '5:11 empty-value', 'Sätt värdet inom citattecken: location: "#3 Bryggan"'],
    ['text after " #" in a value', 'attendees: [David Bergström]\nlocation: Bryggan #3', '5:19 comment-in-value', 'Är det en kommentar, skriv ett mellanslag efter #; annars sätt hela värdet inom citattecken: "Bryggan #3"'],
    ['a value in curly quotes', 'attendees: [David Bergström]\nlocation: ”Stadshuset”', '5:11 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: location: "Stadshuset"'],
    ['a summary in curly quotes', 'attendees: [David Bergström]\nsummary: ”Fritidsbanken tar form.”', '5:10 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: summary: "Fritidsbanken tar form."'],
    ['a summary in curly quotes, in a folded block', 'attendees: [David Bergström]\nsummary: >-\n  ”Fritidsbanken tar form.”', '5:10 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: summary: "Fritidsbanken tar form."'],
    ['a guest in curly quotes', 'attendees: [David Bergström]\nguests:\n  - ”Karin Ek, Länsstyrelsen”', '6:5 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: "Karin Ek, Länsstyrelsen"'],
    ['a guest in curly quotes, in brackets', 'attendees: [David Bergström]\nguests: [“Karin Ek”]', '5:10 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: "Karin Ek"'],
    ['a decision in curly quotes', 'attendees: [David Bergström]\ndecisions:\n  - ”Vi flyttar mötestiden till 13:30.”', '6:5 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: "Vi flyttar mötestiden till 13:30."'],
    ['a decision\'s text in curly quotes', 'attendees: [David Bergström]\ndecisions:\n  - text: „Vi flyttar mötestiden.”\n    project: fritidsbanken', '6:11 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: text: "Vi flyttar mötestiden."'],
    ['an action\'s what in curly quotes, straight ones in it', 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: ”Boka en "större" lokal.”', '7:11 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: what: "Boka en \\"större\\" lokal."'],
    ['the editor\'s note in curly quotes', 'attendees: [David Bergström]\nnote: ”Datumet står inte i originalet.”', '5:7 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: note: "Datumet står inte i originalet."'],
    ['a follow-up\'s note in curly quotes', 'attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n    note: ‘Skickat 10 mars.’', '8:11 curly-quotes', 'Använd raka citattecken, som inte syns på webbplatsen: note: "Skickat 10 mars."'],
    ['a list without its [', 'attendees: David Bergström]', '4:12 invalid-type', 'Lägg till [ före listans första värde: attendees: [David Bergström]'],
    ['a time among other words', 'attendees: [David Bergström]\ntime: kl 13:30', '5:7 invalid-time', 'Skriv bara klockslaget då mötet började, inom citattecken: time: "13:30"'],
    // Already quoted, or in the right form past the clock: quoting it (again) would not help; what is wrong is said.
    ['an hour past 23, quoted', 'attendees: [David Bergström]\ntime: "25:00"', '5:7 invalid-time', 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget då mötet började, till exempel time: "13:30"'],
    ['minutes past 59', 'attendees: [David Bergström]\ntime: "13:75"', '5:7 invalid-time', 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget då mötet började, till exempel time: "13:30"'],
    ['a time without its colon, quoted', 'attendees: [David Bergström]\ntime: "1330"', '5:7 invalid-time', 'Skriv klockslaget med kolon, inom citattecken: time: "13:30"'],
    // "kl 25", "kl 24" (as "24:00" is) or "25" quoted: past the clock, not a time to quote; with a place after it, the place's own field too.
    ...(['"kl 25"', '"kl 24"', '"kl 25.30"', '"klockan 13.75"', '"25"', 'kl 24'] as const).map((time): [string, string, string, string] => [`an hour past the clock with "kl" or alone, ${time}`, `attendees: [David Bergström]\ntime: ${time}`, '5:7 invalid-time', `${CLOCK} Skriv klockslaget då mötet började, till exempel time: "13:30"`]),
    ['an hour past the clock with a place after it', 'attendees: [David Bergström]\ntime: "kl 24 i Bryggan"', '5:7 invalid-time', `${CLOCK} Skriv klockslaget då mötet började, till exempel time: "13:30", och platsen i ett eget fält: location: Bryggan`],
    // A place after the time has a field of its own; an end time has none, and may go in the text.
    ['a place after the time', 'attendees: [David Bergström]\ntime: "kl 13 i Bryggan"', '5:7 invalid-time', 'Platsen har ett eget fält: time: "13:00" och location: Bryggan'],
    ['a place after the time, unquoted, after a comma', 'attendees: [David Bergström]\ntime: 13.30, Stora salen', '5:7 invalid-time', 'Platsen har ett eget fält: time: "13:30" och location: Stora salen'],
    ['a place in brackets after the time', 'attendees: [David Bergström]\ntime: "13:30 (Bryggan)"', '5:7 invalid-time', 'Platsen har ett eget fält: time: "13:30" och location: Bryggan'],
    ['an end time and a place after the time', 'attendees: [David Bergström]\ntime: "14:30–16:00 i Bryggan"', '5:7 invalid-time', `${END_TIME}Platsen har ett eget fält: time: "14:30" och location: Bryggan`],
    ['an end time and a place after a blank', 'attendees: [David Bergström]\ntime: "14.30-16 Bryggan"', '5:7 invalid-time', `${END_TIME}Platsen har ett eget fält: time: "14:30" och location: Bryggan`],
    ['an end time', 'attendees: [David Bergström]\ntime: "14:30-16:00"', '5:7 invalid-time', `${END_TIME}Skriv bara klockslaget då mötet började, inom citattecken: time: "14:30"`],
    ['an end time after "till", not a place', 'attendees: [David Bergström]\ntime: "kl 9 till 11"', '5:7 invalid-time', `${END_TIME}Skriv bara klockslaget då mötet började, inom citattecken: time: "09:00"`],
    // The file has a location already: not written again; where it differs, said.
    ['a place after the time, the same as location', 'attendees: [David Bergström]\nlocation: bryggan\ntime: "kl 13 i Bryggan"', '6:7 invalid-time', 'Platsen står redan i location. Skriv bara klockslaget då mötet började, inom citattecken: time: "13:00"'],
    ['a place after the time, another than location', 'attendees: [David Bergström]\nlocation: Stadshuset\ntime: "kl 13 i Bryggan"', '6:7 invalid-time', 'Fältet location säger "Stadshuset", inte "Bryggan": rätta det som är fel. Skriv bara klockslaget då mötet började, inom citattecken: time: "13:00"'],
    ['an hour past 23 in next_meeting', 'attendees: [David Bergström]\nnext_meeting: 2016-03-21 25:30', '5:26 invalid-time', 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget som TT:MM efter datumet, till exempel "2016-02-22 13:30"'],
    ['an hour alone past 23 in next_meeting', 'attendees: [David Bergström]\nnext_meeting: 2016-03-21 24', '5:26 invalid-time', 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget som TT:MM efter datumet, till exempel "2016-02-22 13:30"'],
    ['minutes past 59, unquoted: YAML reads a number, quoting it would not help', 'attendees: [David Bergström]\ntime: 13.75', '5:7 invalid-time', 'Timmarna går från 00 till 23 och minuterna från 00 till 59. Skriv klockslaget då mötet började, inom citattecken, till exempel time: "13:30"'],
    ['a number that is no time, unquoted', 'attendees: [David Bergström]\ntime: 13.755', '5:7 invalid-time', 'Skriv klockslaget då mötet började, inom citattecken, till exempel time: "13:30"'],
    // Words and no time, quoted or not: the time is what is missing, not quotes.
    ...(['"efter lunch"', 'efter lunch', "'på eftermiddagen'"] as const).map((time): [string, string, string, string] => [`words and no time, ${time}`, `attendees: [David Bergström]\ntime: ${time}`, '5:7 invalid-time', 'Skriv klockslaget då mötet började, till exempel time: "13:30", eller ta bort raden om tiden inte antecknades.']),
    // A next meeting with its time written another way than HH:MM after its day: the form, and the line to write.
    ...(
      [
        ['2016-03-21 kl 9', '5:15 invalid-date', '2016-03-21 09:00'],
        ['2016-03-21 kl. 9.30', '5:15 invalid-date', '2016-03-21 09:30'],
        ['2016-03-21 klockan 13', '5:15 invalid-date', '2016-03-21 13:00'],
        ['2016-03-21, 13:30', '5:15 invalid-date', '2016-03-21 13:30'],
        ['2016-03-21 kl 13:30-15:00', '5:15 invalid-date', '2016-03-21 13:30'],
        ['21/3 2016 kl 13', '5:15 invalid-date', '2016-03-21 13:00'],
        ['21 mars kl. 13.30', '5:15 invalid-date', '2016-03-21 13:30'],
        // A day written another way too, given as the line to write, not also as "Menade du …?".
        ['21 mars 2016 kl 13.30', '5:15 invalid-date', '2016-03-21 13:30'],
        ['måndag 4 april kl. 13:30', '5:15 invalid-date', '2016-04-04 13:30'],
        ['2016-03-21 kl9', '5:26 invalid-time', '2016-03-21 09:00'],
        ['2016-03-21 13', '5:26 invalid-time', '2016-03-21 13:00'],
      ] as const
    ).map(([written, at, meant]): [string, string, string, string] => [`a next meeting written ${written}`, `attendees: [David Bergström]\nnext_meeting: ${written}`, at, `Skriv dagen som ÅÅÅÅ-MM-DD och efter den bara klockslaget som TT:MM: next_meeting: ${meant}`]),
    // Guards: a day alone written another way is no day and time; a time written right leaves the day to be told.
    ['a next meeting written as a day with its year, no time', 'attendees: [David Bergström]\nnext_meeting: 21 mars 2016', '5:15 invalid-date', 'Menade du 2016-03-21? Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    ['a next meeting written as a day another way, its time right', 'attendees: [David Bergström]\nnext_meeting: 21 mars 2016 13:30', '5:15 invalid-date', 'Menade du 2016-03-21 13:30? Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    // A date in the right form that does not exist: what is wrong with the day, not the form again.
    ['a day past the month\'s last', 'attendees: [David Bergström]\nnext_meeting: 2016-04-31', '5:15 invalid-date', 'April 2016 har 30 dagar. Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    ['the 29th of February in a common year', 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: 2017-02-29', '8:10 invalid-date', 'Februari 2017 har 28 dagar. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
    ['day and month swapped', 'attendees: [David Bergström]\nnext_meeting: 2016-21-03', '5:15 invalid-date', 'Menade du 2016-03-21? Månaden står i mitten och går från 01 till 12. Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    ['a month past 12 that is no day either', 'attendees: [David Bergström]\nnext_meeting: 2016-14-14', '5:15 invalid-date', 'Månaden står i mitten och går från 01 till 12. Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    ['day 00', 'attendees: [David Bergström]\nnext_meeting: 2016-04-00', '5:15 invalid-date', 'Dagen står sist och börjar på 01. Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
    ['a list item indented with a tab', 'attendees:\n\t- David Bergström', '5:1 yaml-syntax', 'Skriv två mellanslag i stället för varje tabb i början av raden: "  - David Bergström"'],
    // A value of a field with a few allowed in a word processor's quotes: the quotes are what is wrong, not the word.
    ["a follow-up's status in a word processor's quotes", 'attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: “open”', '7:13 invalid-value', 'Använd raka citattecken: status: "open", inte ” eller “ (som ordbehandlare gör).'],
    ["an action's status in a word processor's single quotes", 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    status: ‘done’', '8:13 invalid-value', 'Använd raka citattecken: status: "done", inte ” eller “ (som ordbehandlare gör).'],
    ["a follow-up's status in Swedish, in a word processor's quotes", 'attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: ”klar”', '7:13 invalid-value', 'Tillåtna värden: open, done, dropped. Använd raka citattecken: status: "done", inte ” eller “ (som ordbehandlare gör).'],
    ["a follow-up's status in a word processor's quotes, no allowed value near", 'attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: ”xyzzy”', '7:13 invalid-value', 'Tillåtna värden: open, done, dropped.'],
    ['an action id with a space before its #', 'attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08 #1\n    status: done', '6:13 unknown-action', 'Ett åtgärds-id slutar på # och åtgärdens nummer, utan mellanslag före # (efter ett mellanslag läses # som början på en kommentar): gemensam-utvecklingsgrupp/2016-02-08#1'],
    ['a field of an action indented with tabs, one a level', 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n\t\twhat: Boka lokal.', '7:1 yaml-syntax', 'Skriv två mellanslag i stället för varje tabb i början av raden: "    what: Boka lokal."'],
    // A tab that two spaces do not make as far in as the field above it: the line as far in as that field.
    ['a field of an action indented with one tab, below its what', 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n\tdue: 2016-04-01', '8:1 yaml-syntax', 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring: "    due: 2016-04-01"'],
    ['a field of an action indented with one tab, below its who', 'attendees: [David Bergström]\nactions:\n  - who: David Bergström\n\twhat: Boka lokal.', '7:1 yaml-syntax', 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring: "    what: Boka lokal."'],
    ['a field of an action indented with one tab, below a list of owners', 'attendees: [David Bergström]\nactions:\n  - who:\n      - David Bergström\n      - Leif Redestig\n\twhat: Boka lokal.', '9:1 yaml-syntax', 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring: "    what: Boka lokal."'],
    ['a field at the margin indented with a tab', 'attendees: [David Bergström]\n\tlocation: Bryggan', '5:1 yaml-syntax', 'Skriv mellanslag i stället för tabbar i början av raden, lika många som på raderna runt omkring: "location: Bryggan"'],
  ])('%s', (_, yaml, expected, hint) => {
    const here = check(archive([BASE], { [FILE]: `---\n${HEAD}${yaml}\n---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([expected]);
    expect(here[0]!.hint).toBe(hint);
  });

  // An action id with a space before its #: the id without the space, when it is an action's, is the id to write,
  // alone; when it is none, the nearest actions and the first of the meeting's, as before.
  const SPACED = 'Ett åtgärds-id slutar på # och åtgärdens nummer, utan mellanslag före # (efter ett mellanslag läses # som början på en kommentar): ';
  const actions = '---\ngroup: GUG\ndate: 2016-02-22\nattendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n  - who: David Bergström\n    what: Skriv inbjudan.\n  - who: Leif Redestig\n    what: Ring Bryggan.\n---\nText.\n';
  it.each<[string, string, string]>([
    ['#2', 'the second action, alone', `${SPACED}gemensam-utvecklingsgrupp/2016-02-22#2`],
    ['# 3  # ringt', 'the third action, alone', `${SPACED}gemensam-utvecklingsgrupp/2016-02-22#3`],
    ['#9', 'no such action: near ones', `Menade du gemensam-utvecklingsgrupp/2016-02-22#2 eller gemensam-utvecklingsgrupp/2016-02-22#3? ${SPACED}gemensam-utvecklingsgrupp/2016-02-22#1`],
  ])('an action id with a space before %s (%s)', (comment, _, hint) => {
    const text = `---\n${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-22 ${comment}\n    status: done\n---\nText.\n`;
    const here = check(archive([BASE], { [FILE]: text, 'minutes/gug/2016-02-22.md': actions })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => [`${d.line}:${d.col} ${d.code}`, d.hint])).toEqual([['6:13 unknown-action', hint]]);
  });

  // An action id that is no action's: an action closed by this meeting's date (done when decided, or followed up as
  // done or dropped at a meeting before it) is offered only when it is nearer than every open one; as near as one,
  // it is left out. Reopened, or closed only at a later meeting, it is open here.
  const G = 'gemensam-utvecklingsgrupp';
  const decided = `---\ngroup: GUG\ndate: 2016-02-22\nattendees: [David Bergström]\nactions:\n${['', '    status: done\n', '', '', '    status: done\n'].map((status, i) => `  - who: David Bergström\n    what: Åtgärd ${i + 1}.\n${status}`).join('')}---\nText.\n`;
  const followed = (date: string, lines: string) => `---\ngroup: GUG\ndate: ${date}\nattendees: [David Bergström]\nfollowups:\n${lines}---\nText.\n`;
  const before = followed('2016-03-01', `  - action: ${G}/2016-02-22#4\n    status: dropped\n  - action: ${G}/2016-02-22#5\n    status: open\n`);
  const after = followed('2016-03-14', `  - action: ${G}/2016-02-22#1\n    status: done\n`);
  it.each<[string, string, string]>([
    ['#6', 'every action as near: the open ones (#1 closed only later, #5 reopened), not the done #2 or the dropped #4', `Menade du ${G}/2016-02-22#1, ${G}/2016-02-22#3 eller ${G}/2016-02-22#5?`],
    ['#22', 'a done one nearer than every open one: offered, before them', `Menade du ${G}/2016-02-22#2, ${G}/2016-02-22#1 eller ${G}/2016-02-22#3?`],
    ['#44', 'a dropped one nearer than every open one: offered, and the done one as near as the open ones left out', `Menade du ${G}/2016-02-22#4, ${G}/2016-02-22#1 eller ${G}/2016-02-22#3?`],
  ])('an unknown action %s: %s', (number, _, hint) => {
    const text = `---\n${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: ${G}/2016-02-22${number}\n    status: done\n---\nText.\n`;
    const files = { [FILE]: text, 'minutes/gug/2016-02-22.md': decided, 'minutes/gug/2016-03-01.md': before, 'minutes/gug/2016-03-14.md': after };
    const here = check(archive([BASE], files)).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => [`${d.line}:${d.col} ${d.code}`, d.hint])).toEqual([['6:13 unknown-action', hint]]);
  });

  // What `time` has after its time is said, not only that it is no time.
  it.each<[string, string]>([
    ['"kl 13 i Bryggan"', '"kl 13 i Bryggan" har en plats efter klockslaget, men time tar bara klockslaget då mötet började.'],
    ['"14:30-16:00"', '"14:30-16:00" har en sluttid efter klockslaget, men time tar bara klockslaget då mötet började.'],
    ['"14.30-16 Bryggan"', '"14.30-16 Bryggan" har en sluttid och en plats efter klockslaget, men time tar bara klockslaget då mötet började.'],
    ['"kl 24 i Bryggan"', '"kl 24 i Bryggan" är inget klockslag.'],
  ])('time: %s is told as such', (time, message) => {
    const here = check(archive([BASE], { [FILE]: `---\n${HEAD}attendees: [David Bergström]\ntime: ${time}\n---\nText.\n` })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => [d.code, d.message])).toEqual([['invalid-time', message]]);
  });

  it('a date other than the file name\'s: the name to rename the file to, last', () => {
    const here = check(archive([BASE], { [FILE]: '---\ngroup: GUG\ndate: 2016-03-08\nattendees: [David Bergström]\n---\nText.\n' })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['3:7 date-not-filename']);
    expect(here[0]!.hint).toBe('Ändra datumet till 2016-03-07, eller byt namn på filen till 2016-03-08.md');
  });

  it('a date with a time: the date and the time to write come last', () => {
    const here = check(archive([BASE], { [FILE]: '---\ngroup: GUG\ndate: 2016-03-07 13:30\nattendees: [David Bergström]\n---\nText.\n' })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['3:7 invalid-date']);
    expect(here[0]!.hint).toBe('Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08. Klockslaget har ett eget fält: date: 2016-03-07 och time: "13:30"');
  });
});

describe("the examples in hints, from the archive's own registries and minutes", () => {
  // An archive of another municipality, none of whose people, organisations, groups or places are Helsingborg's:
  // a hint's example names its own, as a note-taker there can write it (Helsingborg's would be unknown-person).
  const OTHER: Record<string, string> = {
    'people.yml': [
      'kerstin-holm:\n  name: Kerstin Holm\n  organisation: kulturforvaltningen\n',
      'goran-lind:\n  name: Göran Lind\n  memberships:\n    - group: Trygghetsgruppen\n',
      'sara-ek:\n  name: Sara Ek\n',
    ].join(''),
    'organisations.yml': [
      'organisations:\n  kulturforvaltningen:\n    name: Kulturförvaltningen\n  fritidsgarden:\n    name: Fritidsgården\n',
      'groups:\n  kulturradet:\n    name: Kulturrådet\n    members: [Sara Ek, kerstin-holm]\n  trygghetsgruppen:\n    name: Trygghetsgruppen\n',
      'projects:\n  sommarlov:\n    name: Sommarlov\n',
    ].join(''),
    'minutes/kulturradet/2020-01-13.md': '---\ngroup: kulturradet\ndate: 2020-01-13\nlocation: Rådhuset\nattendees: [Sara Ek]\n---\nText.\n',
    'minutes/kulturradet/2020-02-10.md': '---\ngroup: Kulturrådet\ndate: 2020-02-10\nlocation: Biblioteket, rum 2\nattendees: [Sara Ek]\n---\nText.\n',
    'minutes/kulturradet/2020-04-06.md': '---\ngroup: kulturradet\ndate: 2020-04-06\nattendees: [Sara Ek]\n---\nText.\n',
  };
  const REMOVE = ', eller ta bort raden.';
  const minutes = (group: string, date: string, lines: string): string => `---\ngroup: ${group}\ndate: ${date}\n${lines}---\nText.\n`;
  it.each<[string, string, string, string, string]>([
    ['a standing member of the group, for attendees', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees:\n'), 'missing-field', 'Skriv en lista med en person per rad: "  - Sara Ek".'],
    ['a standing member of the group, for the chair', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nchair:\n'), 'empty-value', `Skriv ordförandens namn, till exempel Sara Ek${REMOVE}`],
    ['someone with a membership in the group, for the secretary', 'minutes/trygghetsgruppen/2020-03-09.md', minutes('trygghetsgruppen', '2020-03-09', 'attendees: [Sara Ek]\nsecretary:\n'), 'empty-value', `Skriv namnet på den som förde anteckningarna, till exempel Göran Lind${REMOVE}`],
    ['the first in people.yml, for minutes of no registered group', 'minutes/styrelsen/2020-03-09.md', minutes('styrelsen', '2020-03-09', 'attendees: [Sara Ek]\nchair:\n'), 'empty-value', `Skriv ordförandens namn, till exempel Kerstin Holm${REMOVE}`],
    ['a standing member of the group, for an action written as text', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nactions:\n  - Boka lokal\n'), 'invalid-type', 'Skriv den som fält på egna rader: "  - what: Boka lokal" och under den vem som ska göra det, till exempel "    who: Sara Ek"'],
    ['a standing member of the group, for actions written as text', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nactions: 12\n'), 'invalid-type', 'Skriv varje åtgärd som fält på egna rader: "  - who: Sara Ek" och under den "    what: Boka lokal."'],
    ['where the group met last before, for the place', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nlocation:\n'), 'empty-value', `Skriv var mötet hölls, till exempel Biblioteket, rum 2${REMOVE}`],
    ['where the group met last before, not after', 'minutes/kulturradet/2020-01-27.md', minutes('kulturradet', '2020-01-27', 'attendees: [Sara Ek]\nlocation:\n'), 'empty-value', `Skriv var mötet hölls, till exempel Rådhuset${REMOVE}`],
    ['where the group met, for its first meeting', 'minutes/kulturradet/2019-12-09.md', minutes('kulturradet', '2019-12-09', 'attendees: [Sara Ek]\nlocation:\n'), 'empty-value', `Skriv var mötet hölls, till exempel Biblioteket, rum 2${REMOVE}`],
    ["where the archive met last, for a group that never said", 'minutes/trygghetsgruppen/2020-03-09.md', minutes('trygghetsgruppen', '2020-03-09', 'attendees: [Sara Ek]\nlocation:\n'), 'empty-value', `Skriv var mötet hölls, till exempel Biblioteket, rum 2${REMOVE}`],
    ['the first project, for a project', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nprojects: [sommarlov]\ndecisions:\n  - text: Vi ordnar sommarlov.\n    project:\n'), 'empty-value', `Skriv projektets id, till exempel sommarlov${REMOVE}`],
    ["the group's meeting before, for a follow-up", 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nfollowups: 12\n'), 'invalid-type', 'Skriv varje uppföljning som fält på egna rader: "  - action: kulturradet/2020-02-10#1" och under den "    status: done".'],
    ['the first group, for minutes without one', 'minutes/kulturradet/2020-03-09.md', '---\ndate: 2020-03-09\nattendees: [Sara Ek]\n---\nText.\n', 'missing-field', 'Skriv gruppens id eller namn, till exempel kulturradet.'],
    ['the first group, for a former id', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nformer_ids: [kulturrådet]\n'), 'invalid-former-id', 'Skriv id:t mötet hade förut: gruppens id, snedstreck och datumet, som i ett åtgärds-id före #, till exempel kulturradet/2015-11-08.'],
    ['where the meeting was held, for an image\'s description', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\nlocation: Konsthallen\n').replace('Text.', '![](karta.png)'), 'image-without-alt', 'Beskriv bilden mellan hakparenteserna, till exempel ![Karta över vägen till Konsthallen](karta.png)'],
    ['where the group met last before, for an image\'s description', 'minutes/kulturradet/2020-03-09.md', minutes('kulturradet', '2020-03-09', 'attendees: [Sara Ek]\n').replace('Text.', '![](karta.png)'), 'image-without-alt', 'Beskriv bilden mellan hakparenteserna, till exempel ![Karta över vägen till Biblioteket, rum 2](karta.png)'],
    ["the first organisation, for a person's", 'people.yml', `${OTHER['people.yml']!}anna-berg:\n  name: Anna Berg\n  organisation:\n`, 'empty-value', `Skriv organisationens id, till exempel kulturforvaltningen${REMOVE}`],
    ['the first group, for a membership', 'people.yml', `${OTHER['people.yml']!}anna-berg:\n  name: Anna Berg\n  memberships:\n    - group:\n`, 'empty-value', `Skriv gruppens id, till exempel kulturradet${REMOVE}`],
    ['the first in people.yml, for standing members', 'organisations.yml', OTHER['organisations.yml']!.replace('    name: Trygghetsgruppen\n', '    name: Trygghetsgruppen\n    members:\n'), 'empty-value', `Skriv de fasta ledamöternas id som en lista, till exempel [kerstin-holm]${REMOVE}`],
  ])('%s', (_, file, text, code, hint) => {
    const here = check(archive([], { ...OTHER, [file]: text })).diagnostics.filter((d) => d.file === file && d.code === code);
    expect(here.map((d) => d.hint)).toEqual([hint]);
  });

  // With nobody and nothing registered, a neutral example: no registered entry it could be taken for.
  it('a neutral example where the registries hold none of the kind', () => {
    const file = 'minutes/kulturradet/2020-03-09.md';
    const text = minutes('kulturradet', '2020-03-09', 'chair:\nlocation:\nfollowups: 12\n');
    const here = check(archive([], { 'people.yml': '# Inga än.\n', 'organisations.yml': '# Inga än.\n', [file]: text })).diagnostics.filter((d) => d.file === file && d.hint !== undefined);
    expect(here.map((d) => `${d.code} ${d.hint!}`)).toEqual([
      'missing-field Skriv en lista med en person per rad: "  - Anna Svensson".',
      `empty-value Skriv ordförandens namn, till exempel Anna Svensson${REMOVE}`,
      `empty-value Skriv var mötet hölls, till exempel Stadshuset${REMOVE}`,
      'invalid-type Skriv varje uppföljning som fält på egna rader: "  - action: styrgruppen/2016-02-08#1" och under den "    status: done".',
    ]);
  });

  it('the archive itself is valid', () => {
    expect(check(archive([], OTHER)).diagnostics).toEqual([]);
  });
});

// A meeting's date that is no day, in a file named by a day: that day is the likeliest fix, and the line to write.
// Where the value reads as another day ("2016-3-7"), that is the guess; an action's due date is no meeting's day.
describe('a date that is no day: the day the file is named by', () => {
  const HELP = 'Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.';
  it.each([
    ['no such day', FILE, 'date: 2016-03-37', `Mars 2016 har 31 dagar. ${HELP} Menade du dagen i filnamnet, skriv date: 2016-03-07`],
    ['words', FILE, 'date: efter lunch', `${HELP} Menade du dagen i filnamnet, skriv date: 2016-03-07`],
    ['words, a second meeting that day', 'minutes/gug/2016-03-07-2.md', 'date: efter lunch', `${HELP} Menade du dagen i filnamnet, skriv date: 2016-03-07`],
    ['a date read another way: that one, not the name', FILE, 'date: 2016-3-8', `Menade du 2016-03-08? ${HELP}`],
    ['a file named by no day', 'minutes/gug/2016-02-30.md', 'date: efter lunch', HELP],
    ['a file not named by a day', 'minutes/gug/protokoll.md', 'date: efter lunch', HELP],
    ['an action due on no day', FILE, 'date: 2016-03-07\nattendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal.\n    due: 2016-03-37', `Mars 2016 har 31 dagar. ${HELP}`],
  ])('%s', (_, file, fields, hint) => {
    const yaml = fields.includes('attendees') ? `group: GUG\n${fields}\n` : `group: GUG\n${fields}\nattendees: [David Bergström]\n`;
    const dates = check(archive([BASE], { [file]: `---\n${yaml}---\nText.\n` })).diagnostics.filter((d) => d.file === file && d.code === 'invalid-date');
    expect(dates.map((d) => d.hint)).toEqual([hint]);
  });
});
