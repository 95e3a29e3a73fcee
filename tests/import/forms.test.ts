// Table test of every form the importer recognises, each in a small fixture: title and date, attendance,
// secretary, headings, lists and paragraphs, proposed actions and unknown names.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/import/types.js';
import { draftOf, missingWords, PEOPLE, registryFrom, shownNumbers, split, type DraftOptions } from './helpers.js';

interface Expected {
  readonly date?: string;
  readonly group?: string | null;
  /** time as proposed; null when none is. */
  readonly time?: string | null;
  /** location as proposed; null when none is. */
  readonly location?: string | null;
  readonly attendees?: readonly string[];
  readonly absent?: readonly string[];
  /** attendees as the draft writes them. */
  readonly attendeeLines?: readonly string[];
  readonly guests?: readonly string[];
  readonly secretary?: string | null;
  /** The chair's id (or the name as written); null when none is found. */
  readonly chair?: string | null;
  readonly headings?: readonly string[];
  /** The numbered lines as the site shows them (see shownNumbers). */
  readonly shown?: readonly string[];
  /** The whole body, exactly. */
  readonly body?: string;
  readonly bodyContains?: readonly string[];
  readonly bodyLacks?: readonly string[];
  readonly actions?: readonly { who: readonly string[]; what?: string; project?: string }[];
  /** next_meeting as proposed; null when none is. */
  readonly nextMeeting?: string | null;
  /** Comment lines the front matter must have. */
  readonly notes?: readonly RegExp[];
  /** Comment lines the front matter must not have. */
  readonly notesLack?: readonly RegExp[];
}

interface Case extends DraftOptions {
  readonly name: string;
  readonly text: string;
  readonly expected: Expected;
}

/** A title line, so that the rest is the body. */
const TITLE = 'Styrgruppen 7 mars 2016\n\n';
const ATTENDING = 'Närvarande\nLeif Redestig\nJohanna Callegari\nDavid Bergström\n\n';
/** Thirty attendees, enough to push what follows them past the first 30 lines. */
const LONG_LIST = 'Anna Lind, Bryggan\nBo Berg, Bryggan\nCarl Holm, Bryggan\nDora Ek, Bryggan\nErik Dahl, Bryggan\nFrida Sjö, Bryggan\nGustav Falk, Bryggan\nHanna Lind, Bryggan\nIda Berg, Bryggan\nJonas Ek, Bryggan\nKarl Dahl, Bryggan\nLena Sjö, Bryggan\nMåns Falk, Bryggan\nNora Lind, Bryggan\nOlof Berg, Bryggan\nPia Holm, Bryggan\nRolf Ek, Bryggan\nSara Dahl, Bryggan\nTove Sjö, Bryggan\nUlf Falk, Bryggan\nVera Lind, Bryggan\nÅsa Berg, Bryggan\nÖrjan Holm, Bryggan\nAgnes Ek, Bryggan\nBjörn Dahl, Bryggan\nCilla Sjö, Bryggan\nDan Falk, Bryggan\nEva Lind, Bryggan\nFredrik Berg, Bryggan\nGreta Holm, Bryggan';

const CASES: readonly Case[] = [
  // --- Title, group and date ---
  { name: 'title with year', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', bodyLacks: ['Styrgruppen'] } },
  { name: 'title without year takes --year', text: 'Referensgruppen 7 mars\n\nNärvarande\nLeif Redestig\n', yearOption: 2016, expected: { date: '2016-03-07', notes: [/2016 kommer från --year/] } },
  { name: 'title without year and no weekday stays open', text: 'Referensgruppen 7 mars\n\nNärvarande\nLeif Redestig\n', knownYears: [2016], expected: { date: 'ÅÅÅÅ-03-07', notes: [/inga veckodagar att gå efter/] } },
  { name: 'weekday in the title, near the group\'s other meetings', text: 'Referensgruppen tisdag 8 mars\n\nNärvarande\nLeif Redestig\n', knownYears: [2016], expected: { date: '2016-03-08', notes: [/2016 är härlett: 8 mars 2016 stämmer med att rubriken säger tisdag/] } },
  {
    name: 'weekday named for another date in the text',
    text: 'Referensgruppen 7 mars\n\nNärvarande\nLeif Redestig\n\nÖvrigt\nTorsdag 10 mars är det fest.\n',
    knownYears: [2015, 2017],
    expected: { date: '2016-03-07', notes: [/texten nämner "Torsdag 10 mars"/] },
  },
  { name: 'weekday the group meets on (schedule in organisations.yml)', text: 'Styrgruppen 7 mars\n\nNärvarande\nLeif Redestig\n', knownYears: [2015, 2016], expected: { date: '2016-03-07', notes: [/gruppen träffas på måndagar/] } },
  { name: 'weekday evidence without other meetings lists the years', text: 'Styrgruppen 7 mars\n\nNärvarande\nLeif Redestig\n', expected: { date: 'ÅÅÅÅ-03-07', notes: [/År då 7 mars stämmer med att gruppen träffas på måndagar: .*2016/] } },
  // A weekday the written date does not fall on: the date as written, the source's words, with a note of both days.
  {
    name: 'a weekday the date with its year does not fall on',
    text: 'Styrgruppen tisdag 7 mars 2016\n\nNärvarande\nLeif Redestig\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', notes: [/Datum: källan skriver "tisdag 7 mars 2016", men 7 mars 2016 var en måndag, inte en tisdag\. date har fått dagen som den står \(måndag 7 mars 2016\); var mötet tisdag 8 mars 2016, skriv 2016-03-08 i date och byt namn på filen\./, /Rubrik i källan: "Styrgruppen tisdag 7 mars 2016"/] },
  },
  {
    name: 'a weekday the date on a "Datum:" line does not fall on',
    text: 'Styrgruppen\nDatum: Tisdagen den 7 mars 2016 kl. 13.30\n\nNärvarande\nLeif Redestig\n',
    expected: { date: '2016-03-07', time: '13:30', notes: [/Datum: källan skriver "Tisdagen den 7 mars 2016 kl\. 13\.30", men 7 mars 2016 var en måndag, inte en tisdag\./, /I källan: "Datum: Tisdagen den 7 mars 2016 kl\. 13\.30"/] },
  },
  // A title whose date is on a line of its own right under it, as a word processor's title and subtitle have it.
  { name: 'a title with its date on the line under it', text: 'Styrgruppen\n7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', bodyLacks: ['Styrgruppen', '7 mars'], notes: [/Rubrik i källan: "Styrgruppen 7 mars 2016"/] } },
  {
    name: 'a title in three lines, the date and time last',
    text: 'Minnesanteckningar\nGemensam utvecklingsgrupp\nmåndag 7 mars 2016 kl. 13.30\n\nNärvarande\nLeif Redestig\n',
    expected: { date: '2016-03-07', time: '13:30', group: 'Gemensam utvecklingsgrupp', bodyLacks: ['7 mars', 'Gemensam'] },
  },
  // A line under a title of only its date that names a registered organisation, as a word processor's third line of the
  // title has the place, was a heading ("## Bryggan"); one that names none is left a paragraph, with a note.
  {
    name: 'a registered organisation under the title\'s date line is the place; its name further down stays a heading',
    text: 'Styrgruppen\nMåndag 7 mars 2016 kl. 13.30\nBryggan\n\nNärvarande\nLeif Redestig\n\nText.\n\nBryggan\nVi har fått lokalen.\n',
    expected: { date: '2016-03-07', time: '13:30', location: 'Bryggan', group: 'Styrgruppen', body: 'Text.\n\n## Bryggan\n\nVi har fått lokalen.\n', notes: [/Rubrik i källan: "Styrgruppen Måndag 7 mars 2016 kl\. 13\.30"/, /I källan: "Bryggan"/] },
  },
  {
    name: 'so with blank lines between the lines of the title',
    text: 'Styrgruppen\n\nMåndag 7 mars 2016\n\nBryggan\n\nNärvarande:\nLeif Redestig\n\nText.\n',
    expected: { date: '2016-03-07', location: 'Bryggan', group: 'Styrgruppen', body: 'Text.\n' },
  },
  {
    name: 'so under a title with its date on its line, the attendance right under it',
    text: 'Styrgruppen 7 mars 2016\nBryggan\nNärvarande: Leif Redestig\n\nText.\n',
    expected: { date: '2016-03-07', location: 'Bryggan', attendees: ['leif-redestig'], body: 'Text.\n' },
  },
  {
    name: 'a place not registered under the title\'s date line is left a paragraph, with a note',
    text: 'Styrgruppen\nMåndag 7 mars 2016\nStadshuset\n\nNärvarande\nLeif Redestig\n\nText.\n',
    expected: { date: '2016-03-07', location: null, body: 'Stadshuset\n\nText.\n', notes: [/Plats: "Stadshuset" under rubriken kan vara mötets plats\. Skriv den i location om den är det\./] },
  },
  { name: 'a title with its date under it, attendance right below', text: 'Referensgruppen\n2016-03-07\nNärvarande: Leif Redestig\n\nBra möte.\n', expected: { date: '2016-03-07', group: 'Referensgruppen', attendees: ['leif-redestig'], bodyLacks: ['2016'] } },
  { name: 'a heading with its date under it in a .md file', markdown: true, text: '# Styrgruppen\n7/3-16\n\nNärvarande\n\n- Leif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', bodyLacks: ['7/3'] } },
  { name: 'a title with a weekday under it that the date does not fall on', text: 'Styrgruppen\ntisdag 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', notes: [/Datum: källan skriver "tisdag 7 mars 2016", men 7 mars 2016 var en måndag/] } },
  // "Beslutsprotokoll" opens a title as "Protokoll" does: no part of the group's name.
  { name: 'a "Beslutsprotokoll" title', text: 'Beslutsprotokoll Styrgruppen 2016-03-07 kl. 13.30\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', time: '13:30', group: 'Styrgruppen', notes: [/Rubrik i källan: "Beslutsprotokoll Styrgruppen 2016-03-07 kl\. 13\.30"/] } },
  { name: 'a "Sammanträdesprotokoll" line above the title', text: 'Sammanträdesprotokoll\n\nReferensgruppen\nDatum: 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Referensgruppen', bodyLacks: ['protokoll'] } },
  // A month named in English, as a calendar or mail program set to English writes it.
  { name: 'an English month in the title', text: 'Styrgruppen 7 March 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen' } },
  { name: 'an English month on a "Datum:" line', text: 'Styrgruppen\nDatum: Monday 2 May 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-05-02', group: 'Styrgruppen' } },
  // The chair, on an "Ordförande" line as a beslutsprotokoll names it, found as the secretary is.
  { name: 'a chair on an "Ordförande:" line', text: `${TITLE}${ATTENDING}Ordförande: Johanna Callegari\nSekreterare: David Bergström\n\nPunkt\nText.\n`, expected: { chair: 'johanna-callegari', secretary: 'david-bergstrom', bodyLacks: ['Ordförande', 'Sekreterare'], notes: [/"Ordförande: Johanna Callegari" i källan/] } },
  { name: "a chair's name under the label", text: `${TITLE}${ATTENDING}Mötesordförande:\nLeif Redestig\n\nPunkt\nText.\n`, expected: { chair: 'leif-redestig', bodyLacks: ['ordförande'] } },
  { name: 'a chair by first name after "Ordf."', text: `${TITLE}${ATTENDING}Ordf.: Johanna\n\nPunkt\nText.\n`, expected: { chair: 'johanna-callegari', bodyLacks: ['Ordf'] } },
  // A time given as a range: the meeting's time is its start, and the title, kept in a comment, has its end.
  { name: 'a title whose time is a range', text: 'Referensgruppen 7 mars 2016 kl. 13.30–15.00\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', time: '13:30', group: 'Referensgruppen', notes: [/Rubrik i källan: "Referensgruppen 7 mars 2016 kl\. 13\.30–15\.00"/] } },
  { name: 'a date under the title whose time is a range', text: 'Styrgruppen\nmåndag 7/3 2016, kl. 13.30 - 15.00\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', time: '13:30', group: 'Styrgruppen', bodyLacks: ['15.00'] } },
  {
    name: 'a weekday before a date written as ÅÅÅÅ-MM-DD that it does not fall on',
    text: 'Styrgruppen fredag 2016-03-07\n\nNärvarande\nLeif Redestig\n',
    expected: { date: '2016-03-07', notes: [/men 7 mars 2016 var en måndag, inte en fredag\. .* var mötet fredag 4 mars 2016, skriv 2016-03-04 i date/] },
  },
  { name: 'a weekday the date falls on: no note', text: 'Styrgruppen Måndagen den 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', notesLack: [/var en|veckodag/] } },
  // Short forms of a weekday and capitals, as calendars and old minutes write them; a word that starts as one does is none.
  { name: 'a short weekday the date does not fall on', text: 'Styrgruppen Tis 7/3 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', notes: [/Datum: källan skriver "Tis 7\/3 2016", men 7 mars 2016 var en måndag, inte en tisdag\./] } },
  { name: 'a short weekday with a dot the date does not fall on', text: 'Styrgruppen\nDatum: tors. 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', notes: [/men 7 mars 2016 var en måndag, inte en torsdag\. .* var mötet torsdag 10 mars 2016/] } },
  { name: 'a weekday in capitals the date does not fall on', text: 'STYRGRUPPEN TISDAG 7 MARS 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', notes: [/men 7 mars 2016 var en måndag, inte en tisdag/] } },
  { name: 'a short weekday the date falls on: no note', text: 'Styrgruppen mån 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', notesLack: [/var en|veckodag/] } },
  { name: 'a short weekday in the title, near the group\'s other meetings', text: 'Referensgruppen tis 8 mars\n\nNärvarande\nLeif Redestig\n', knownYears: [2016], expected: { date: '2016-03-08', notes: [/2016 är härlett: 8 mars 2016 stämmer med att rubriken säger tisdag/] } },
  { name: 'a two-letter weekday the date does not fall on', text: 'Styrgruppen Ti 7/3 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', notes: [/Datum: källan skriver "Ti 7\/3 2016", men 7 mars 2016 var en måndag, inte en tisdag\./] } },
  { name: 'a two-letter weekday the date falls on: no note', text: 'Styrgruppen må. 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', notesLack: [/var en|veckodag/] } },
  { name: 'a word that ends as a weekday before a date is none', text: 'Styrgruppen Kontor 2016-03-08\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-08', notesLack: [/var en|veckodag/] } },
  { name: 'a name that starts as a short weekday is none', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nÖvrigt\nTorsten 10 mars fyller år.\n', expected: { date: '2016-03-07', notesLack: [/var en|veckodag|Torsten/] } },
  { name: '--year that contradicts the weekday is kept with a warning', text: 'Styrgruppen 7 mars\n\nNärvarande\nLeif Redestig\n', yearOption: 2017, expected: { date: '2017-03-07', notes: [/Kontrollera året: 7 mars 2017 stämmer inte med att gruppen träffas på måndagar/] } },
  // "Minnesanteckningar" above a line with only the group's name and no date was no title: the group was not found.
  {
    name: '"Minnesanteckningar" above a registered group\'s name without a date',
    text: 'Minnesanteckningar\nStyrgruppen\n\nNärvarande\nLeif Redestig\n\nText.\n',
    expected: { group: 'Styrgruppen', date: 'ÅÅÅÅ-MM-DD', attendees: ['leif-redestig'], body: 'Text.\n', notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen"/] },
  },
  {
    name: '"Minnesanteckningar" above a group\'s name not registered, without a date',
    text: 'Minnesanteckningar\nGemensam utvecklingsgrupp\n\nNärvarande\nLeif Redestig\n\nText.\n',
    expected: { group: 'Gemensam utvecklingsgrupp', attendees: ['leif-redestig'], body: 'Text.\n', notes: [/Rubrik i källan: "Minnesanteckningar Gemensam utvecklingsgrupp"/, /Okänd grupp: "Gemensam utvecklingsgrupp"/] },
  },
  {
    name: '"Protokoll" above a group\'s name, the attendance right under it, the date further down',
    text: 'Protokoll\nGemensam utvecklingsgrupp\nNärvarande\nLeif Redestig\n\nDatum: 4 april 2016\n\nText.\n',
    expected: { group: 'Gemensam utvecklingsgrupp', date: '2016-04-04', attendees: ['leif-redestig'], body: 'Text.\n', notes: [/Rubrik i källan: "Protokoll Gemensam utvecklingsgrupp"/] },
  },
  {
    name: '"Minnesanteckningar" above a registered group\'s name with text right under it',
    text: 'Minnesanteckningar\nStyrgruppen\nVi träffades på Bryggan.\n\nText.\n',
    expected: { group: 'Styrgruppen', body: 'Vi träffades på Bryggan.\n\nText.\n', notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen"/] },
  },
  ...(
    [
      ['a sentence', 'Minnesanteckningar\nVi träffades på Bryggan.\n\nNärvarande\nLeif Redestig\n\nText.\n', ['Vi träffades på Bryggan.']],
      ['a name not registered with text right under it', 'Minnesanteckningar\nGemensam utvecklingsgrupp\nVi träffades på Bryggan.\n\nText.\n', ['Gemensam utvecklingsgrupp', 'Vi träffades på Bryggan.']],
      ['an attendance label', 'Minnesanteckningar\nNärvarande\nLeif Redestig\n\nText.\n', []],
    ] as const
  ).map(
    ([what, text, kept]): Case => ({
      name: `"Minnesanteckningar" above ${what} names no group`,
      text,
      expected: { group: null, bodyContains: ['Minnesanteckningar', ...kept] },
    }),
  ),
  {
    name: 'title as a footer',
    text: 'Närvarande\nLeif Redestig\n\nPunkt ett\nText.\n\n\tMinnesanteckningar Styrgruppen 7 mars 2016\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', headings: ['Punkt ett'], bodyLacks: ['Minnesanteckningar'], notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen 7 mars 2016"/] },
  },
  // "Datum: …" more than 30 lines down was not read, when a long list of attendees pushed it there.
  ...(
    [
      ['after a blank line', '\n'],
      ['right under the last name', ''],
    ] as const
  ).map(([where, gap]): Case => ({
    name: `particulars under a long attendance list, ${where}`,
    text: `Minnesanteckningar Styrgruppen\n\nNärvarande\n${LONG_LIST}\n${gap}Datum: 7 mars 2016\nTid: 13.30\nPlats: Bryggan\n\nLäxhjälp\nText.\n`,
    expected: { date: '2016-03-07', time: '13:30', location: 'Bryggan', group: 'Styrgruppen', body: '## Läxhjälp\n\nText.\n', notes: [/I källan: "Datum: 7 mars 2016"/, /"Närvarande" i källan: 30 personer/] },
  })),
  {
    name: 'particulars in the text after a long attendance list are no particulars of the meeting',
    text: `Minnesanteckningar Styrgruppen\n\nNärvarande\n${LONG_LIST}\n\nLäxhjälp\nText.\n\nNästa möte\nDatum: 4 april 2016\nPlats: Stadshuset\n`,
    expected: { date: 'ÅÅÅÅ-MM-DD', bodyContains: ['## Nästa möte\n\nDatum: 4 april 2016\n\nPlats: Stadshuset\n'], notesLack: [/I källan: "Plats/] },
  },
  {
    name: 'particulars under a long attendance list, the first date kept',
    text: `Styrgruppen 7 mars 2016\n\nNärvarande\n${LONG_LIST}\n\nDatum: 8 mars 2016\nLokal: Bryggan\n\nText.\n`,
    expected: { date: '2016-03-07', location: 'Bryggan', bodyContains: ['Datum: 8 mars 2016'], bodyLacks: ['Lokal'] },
  },
  // A footer title with its date on a "Datum: …" line under it was missed: particulars are looked for near the top only.
  {
    name: 'a footer title with a "Datum:" line under it',
    text: `Närvarande\nLeif Redestig\n\n${Array.from({ length: 20 }, (_, k) => `Punkt ${k + 1}\nText.\n`).join('\n')}\nMinnesanteckningar Styrgruppen\nDatum: 7 mars 2016\n`,
    expected: { date: '2016-03-07', group: 'Styrgruppen', bodyLacks: ['Minnesanteckningar', 'Datum'], notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen"/, /I källan: "Datum: 7 mars 2016"/] },
  },
  {
    name: 'a footer group name with a "Datum:" line under it',
    text: `Närvarande\nLeif Redestig\n\n${Array.from({ length: 20 }, (_, k) => `Punkt ${k + 1}\nText.\n`).join('\n')}\nStyrgruppen\nDatum: måndag 7 mars 2016 kl. 13.30\n`,
    expected: { date: '2016-03-07', group: 'Styrgruppen', time: '13:30', bodyLacks: ['Datum'], notes: [/I källan: "Datum: måndag 7 mars 2016 kl. 13.30"/] },
  },
  {
    name: 'a line that names no group and says no "Protokoll" is no title for the "Datum:" line under it',
    text: `Närvarande\nLeif Redestig\n\n${Array.from({ length: 20 }, (_, k) => `Punkt ${k + 1}\nText.\n`).join('\n')}\nVi ses snart\nDatum: 7 mars 2016\n`,
    expected: { date: 'ÅÅÅÅ-MM-DD', group: null, bodyContains: ['Vi ses snart', 'Datum: 7 mars 2016'], notesLack: [/Rubrik i källan/] },
  },
  {
    name: 'Markdown title and headings',
    text: '## Styrgruppen 7 mars 2016\n\n### Närvarande\n\nLeif Redestig  \nDavid Bergström\n\n### Första punkten\n\nText.\n\n#### Detalj\n\nMer text.\n',
    expected: { date: '2016-03-07', attendees: ['leif-redestig', 'david-bergstrom'], body: '## Första punkten\n\nText.\n\n### Detalj\n\nMer text.\n' },
  },
  ...(
    [
      ['day/month and year', 'Styrgruppen 7/3 2016', '2016-03-07'],
      ['day/month and a short year', 'Styrgruppen 7/3-16', '2016-03-07'],
      ['day/month and a short year after a space', 'Styrgruppen 07/03 -16', '2016-03-07'],
      ['a dotted date', 'Styrgruppen 07.03.2016', '2016-03-07'],
      ['a month name and a short year', 'Styrgruppen 7 mars -16', '2016-03-07'],
      ['a month name and an apostrophed year', 'Styrgruppen 7 mars \u201916', '2016-03-07'],
      ['a short year of the last century', 'Styrgruppen 1/2 -99', '1999-02-01'],
      ['a weekday and day/month', 'Styrgruppen måndag 7/3 2016 kl. 13.30', '2016-03-07'],
    ] as const
  ).map(([name, title, date]): Case => ({ name: `numeric dates: ${name}`, text: `${title}\n\nNärvarande\nLeif Redestig\n`, expected: { date, group: 'Styrgruppen', bodyLacks: ['Styrgruppen'] } })),
  { name: 'day/month without a year takes --year', text: 'Referensgruppen 7/3\n\nNärvarande\nLeif Redestig\n', yearOption: 2016, expected: { date: '2016-03-07' } },
  { name: 'a fraction is no date', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nÖvrigt\nNästa möte 1/2 timme längre.\n', expected: { date: '2016-03-07', nextMeeting: null } },
  { name: 'ISO date and time in the title', text: 'Styrgruppen 2016-03-07 kl. 13.30\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', time: '13:30' } },
  {
    name: 'labelled particulars',
    text: 'Styrgruppen\n\nDatum: 7 mars 2016\nTid: 13.30\nPlats: Bryggan\n\nNärvarande\nLeif Redestig\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', time: '13:30', location: 'Bryggan', notes: [/I källan: "Tid: 13.30"/] },
  },
  { name: 'a title with the attendance right under it', text: 'Styrgruppen 7 mars 2016\nNärvarande\nLeif Redestig\n\nText.\n', expected: { date: '2016-03-07', attendees: ['leif-redestig'], body: 'Text.\n' } },
  { name: 'a first line that only ends in a date is no title', text: 'Vi träffades på Bryggan den 7 mars\noch pratade länge.\n', expected: { date: 'ÅÅÅÅ-MM-DD', group: null, body: 'Vi träffades på Bryggan den 7 mars och pratade länge.\n' } },
  {
    name: 'a dated "Protokoll …" line inside the text is no title',
    text: 'Styrgruppen\n\nNärvarande\nLeif Redestig\nÅke Malmén\nDavid Bergström\n\nÖvrigt\n\nProtokoll från AMF 22 mars\n\nDet kom i går.\n\nMer text.\n\nSlut.\n',
    expected: { group: 'Styrgruppen', date: 'ÅÅÅÅ-MM-DD', bodyContains: ['Protokoll från AMF 22 mars'], notes: [/Texten nämner "22 mars"/] },
  },
  {
    name: 'two meetings in one file: the second title is kept and pointed out',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nFörsta punkten\nText.\n\nStyrgruppen 21 mars 2016\n\nNärvarande\nDavid Bergström\n\nAndra punkten\nMer text.\n',
    expected: { date: '2016-03-07', bodyContains: ['Styrgruppen 21 mars 2016'], notes: [/Flera möten\? "Styrgruppen 21 mars 2016" \(rad 9\) ser ut som rubriken till ett annat möte\. Dela upp källan i en fil per möte/] },
  },
  {
    name: 'a footer repeating the title is one meeting',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nFörsta punkten\nText.\n\nStyrgruppen 7 mars\n',
    expected: { date: '2016-03-07', bodyLacks: ['7 mars'], notes: [/I källan: "Styrgruppen 7 mars"/], notesLack: [/Flera möten/] },
  },
  // Two dates ending the title: the group was "Styrgruppen 7 mars 2016", which is no group.
  { name: 'a title with the same day twice', text: 'Styrgruppen 7 mars 2016 2016-03-07\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen', notesLack: [/flera dagar/] } },
  { name: 'a title with the day without and with its year', text: 'Styrgruppen 7 mars, 07.03.2016\n\nNärvarande\nLeif Redestig\n', expected: { date: '2016-03-07', group: 'Styrgruppen' } },
  {
    name: 'a title with two different days: the first, with a note',
    text: 'Styrgruppen 7 mars 2016 14 mars 2016\n\nNärvarande\nLeif Redestig\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', notes: [/Datum: rubriken nämner flera dagar, "7 mars 2016" och "14 mars 2016"\. date har fått den första; kontrollera att det är mötets\./] },
  },
  { name: 'unknown group with a suggestion', text: 'Styrgrupen 7 mars 2016\n\nNärvarande\nLeif Redestig\n', expected: { group: 'Styrgrupen', notes: [/Okänd grupp: "Styrgrupen" – menade du Styrgruppen\?/] } },
  { name: '--group when the title names no registered group', text: 'Protokoll 7 mars 2016\n\nNärvarande\nLeif Redestig\n', groupOption: 'referensgruppen', expected: { group: 'Referensgruppen', date: '2016-03-07' } },
  { name: 'the title\'s group wins over --group', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n', groupOption: 'referensgruppen', expected: { group: 'Styrgruppen', notes: [/--group referensgruppen användes inte/] } },

  // "Minnesanteckningar" on a line of its own above the title line read the two as one paragraph: no group, no date.
  {
    name: 'a "Minnesanteckningar" line right above the title line',
    text: 'Minnesanteckningar\nStyrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nText.\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', body: 'Text.\n', notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen 7 mars 2016"/] },
  },
  // With a blank line between, "Minnesanteckningar" stayed in the text as a heading: the group's name alone under it
  // named no group, and a title with a date of a group not registered was no title at all.
  ...(
    [
      ['a registered group\'s name without a date', 'Styrgruppen', { group: 'Styrgruppen', date: 'ÅÅÅÅ-MM-DD' }],
      ['a registered group\'s name with a date', 'Styrgruppen 7 mars 2016', { group: 'Styrgruppen', date: '2016-03-07' }],
      ['a group\'s name not registered, without a date', 'Gemensam utvecklingsgrupp', { group: 'Gemensam utvecklingsgrupp', date: 'ÅÅÅÅ-MM-DD' }],
      ['a group\'s name not registered, with a date', 'Gemensam utvecklingsgrupp 4 april 2016', { group: 'Gemensam utvecklingsgrupp', date: '2016-04-04' }],
    ] as const
  ).flatMap(([what, title, expected]) =>
    ['\n', '\n\n'].map(
      (blanks): Case => ({
        name: `a "Minnesanteckningar" line, ${blanks.length} blank line${blanks.length > 1 ? 's' : ''}, then ${what}: read as with no blank line`,
        text: `Minnesanteckningar\n${blanks}${title}\n\nNärvarande\nLeif Redestig\n\nText.\n`,
        expected: { ...expected, attendees: ['leif-redestig'], body: 'Text.\n', notes: [new RegExp(`Rubrik i källan: "Minnesanteckningar ${title}"`)] },
      }),
    ),
  ),
  {
    name: 'a "Minnesanteckningar" line, a blank line, then a registered group\'s name with text right under it: as with no blank line',
    text: 'Minnesanteckningar\n\nStyrgruppen\nVi träffades på Bryggan.\n\nText.\n',
    expected: { group: 'Styrgruppen', body: 'Vi träffades på Bryggan.\n\nText.\n', notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen"/] },
  },
  {
    name: 'a "Minnesanteckningar" line, a blank line, then a name not registered with text right under it names no group',
    text: 'Minnesanteckningar\n\nGemensam utvecklingsgrupp\nVi träffades på Bryggan.\n\nText.\n',
    expected: { group: null, bodyContains: ['Minnesanteckningar', 'Gemensam utvecklingsgrupp', 'Vi träffades på Bryggan.'] },
  },
  {
    name: 'a "Minnesanteckningar" line, a blank line, then a footer title',
    text: 'Närvarande\nLeif Redestig\n\nPunkt ett\nText.\n\nMinnesanteckningar\n\nStyrgruppen 7 mars 2016\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', body: '## Punkt ett\n\nText.\n', notes: [/Rubrik i källan: "Minnesanteckningar Styrgruppen 7 mars 2016"/] },
  },
  {
    name: 'a "Protokoll" line above a title that names no registered group',
    text: 'Protokoll\nGemensam utvecklingsgrupp 4 april 2016\n\nNärvarande:\nLeif Redestig\n\nText.\n',
    expected: { date: '2016-04-04', group: 'Gemensam utvecklingsgrupp', body: 'Text.\n', notes: [/Rubrik i källan: "Protokoll Gemensam utvecklingsgrupp 4 april 2016"/] },
  },
  {
    name: 'an "Anteckningar från:" line above the title line, with the attendance right under it',
    text: '\nAnteckningar från:\nReferensgruppen 7 mars 2016\nNärvarande\nLeif Redestig\n\nText.\n',
    expected: { date: '2016-03-07', group: 'Referensgruppen', attendees: ['leif-redestig'], body: 'Text.\n' },
  },
  {
    name: 'a "Minnesanteckningar" line above a footer title',
    text: 'Närvarande\nLeif Redestig\n\nPunkt ett\nText.\n\nMinnesanteckningar\nStyrgruppen 7 mars 2016\n',
    expected: { date: '2016-03-07', group: 'Styrgruppen', body: '## Punkt ett\n\nText.\n' },
  },

  // --- The next meeting ---
  { name: 'next meeting without a year: the first such day after the meeting, with its time', text: `${TITLE}${ATTENDING}Övrigt\nNästa möte blir måndag den 4 april kl. 13.30.\n`, expected: { nextMeeting: '2016-04-04 13:30', notes: [/"Nästa möte blir måndag den 4 april kl. 13.30" i källan/] } },
  { name: 'next meeting in the new year', text: `Styrgruppen 12 december 2016\n\n${ATTENDING}Övrigt\nNästa möte: 16 januari\n`, expected: { nextMeeting: '2017-01-16' } },
  { name: 'next meeting with its year', text: `${TITLE}${ATTENDING}Övrigt\nVi ses på nästa möte 4 april 2016.\n`, expected: { nextMeeting: '2016-04-04' } },
  { name: 'the same next meeting twice, once with its time', text: `${TITLE}${ATTENDING}Övrigt\nNästa möte 4 april.\n\nPunkt två\nNästa möte 4 april kl 13:30 på Bryggan.\n`, expected: { nextMeeting: '2016-04-04 13:30' } },
  {
    name: 'two different next meetings: a note, no field',
    text: `${TITLE}${ATTENDING}Övrigt\nNästa möte 4 april.\n\nReferensgruppen\nNästa möte: 11 april\n`,
    expected: { nextMeeting: null, notes: [/Nästa möte: texten nämner "Nästa möte 4 april" och "Nästa möte: 11 april". Skriv det som gäller gruppen i next_meeting\./] },
  },
  { name: 'a date in the next sentence is not the next meeting', text: `${TITLE}${ATTENDING}Övrigt\nVi tar upp det på nästa möte. 4 april är det fest.\n`, expected: { nextMeeting: null, bodyContains: ['4 april är det fest'] } },
  { name: 'a date far after "nästa möte" is not its date', text: `${TITLE}${ATTENDING}Övrigt\nNästa möte får vi se hur det blir med festen som vi har den 4 april.\n`, expected: { nextMeeting: null } },
  { name: 'a next meeting before this one is not proposed', text: `${TITLE}${ATTENDING}Övrigt\nNästa möte 1 mars 2016.\n`, expected: { nextMeeting: null, notes: [/men inget datum efter mötets/] } },
  { name: 'next meeting while the meeting date is open: a note', text: `Styrgruppen\n\n${ATTENDING}Övrigt\nNästa möte blir 23 januari 14:30.\n`, expected: { nextMeeting: null, notes: [/Nästa möte: texten nämner "Nästa möte blir 23 januari 14:30". Skriv det som gäller gruppen i next_meeting när mötets datum är känt\./] } },
  // "Plats:", "Tid:", "Datum:" under "Nästa möte" near the top were read as this meeting's place, time and date.
  {
    name: 'particulars under a "Nästa möte" heading are the next meeting\'s',
    text: `${TITLE}${ATTENDING}Nästa möte\nDatum: 4 april\nTid: 14.00\nPlats: Stadshuset\n`,
    expected: { date: '2016-03-07', time: null, location: null, nextMeeting: '2016-04-04 14:00', body: '## Nästa möte\n\nDatum: 4 april\n\nTid: 14.00\n\nPlats: Stadshuset\n', notes: [/"Nästa möte, Datum: 4 april, Tid: 14.00" i källan/], notesLack: [/I källan: "(Datum|Tid|Plats)/] },
  },
  {
    name: 'this meeting\'s place above, the next meeting\'s under its label',
    text: `Styrgruppen 7 mars 2016\nPlats: Bryggan\n\n${ATTENDING}Nästa möte: 4 april\nPlats: Stadshuset\n`,
    expected: { location: 'Bryggan', nextMeeting: '2016-04-04', bodyContains: ['Nästa möte: 4 april\n\nPlats: Stadshuset\n'], notes: [/I källan: "Plats: Bryggan"/], notesLack: [/I källan: "Plats: Stadshuset"/] },
  },
  {
    name: 'the next meeting\'s place alone is no place of this meeting',
    text: `${TITLE}${ATTENDING}Nästa möte: 4 april\nPlats: Stadshuset\n`,
    expected: { location: null, nextMeeting: '2016-04-04', bodyContains: ['Plats: Stadshuset'] },
  },
  ...(
    [
      ['"Kommande möte:" with blank lines between, as a .docx has its paragraphs', 'Kommande möte:\n\nDatum: 4 april\n\nKlockan: 14.00\n\nLokal: Stadshuset\n', 'Lokal: Stadshuset'],
      ['"## Nästa sammanträde"', '## Nästa sammanträde\n\nDatum: 4 april kl. 14.00\nPlats: Stadshuset\n', 'Plats: Stadshuset'],
      ['"**Nästa träff:**" with its day', '**Nästa träff:** 4 april\n**Tid:** 14.00\n**Plats:** Stadshuset\n', '\\*\\*Plats:\\*\\* Stadshuset'],
      ['a sentence', 'Nästa möte blir måndag den 4 april.\nTid: 14.00\nPlats: Stadshuset\n', 'Plats: Stadshuset'],
      ['the seed\'s form, with trailing spaces and a line of a space', 'Nästa möte: 4 april \n \nTid: 14.00 \nPlats: Stadshuset \n', 'Plats: Stadshuset'],
      ['a Markdown table', '| Nästa möte | 4 april |\n|---|---|\n| Tid: | 14.00 |\n| Plats | Stadshuset |\n', '| Plats | Stadshuset |'],
      ['a .docx table\'s rows', 'Nästa möte, 4 april\n\nTid:, 14.00\n\nPlats:, Stadshuset\n', 'Plats:, Stadshuset'],
    ] as const
  ).map(([form, next, place]): Case => ({
    name: `the next meeting's particulars under ${form}`,
    text: `${TITLE}${ATTENDING}${next}`,
    expected: { date: '2016-03-07', time: null, location: null, nextMeeting: '2016-04-04 14:00', bodyContains: [place], notesLack: [/I källan: "\W*(Tid|Klockan|Plats|Lokal)/] },
  })),
  {
    name: 'the next meeting\'s particulars under a long attendance list',
    text: `Styrgruppen 7 mars 2016\n\nNärvarande\n${LONG_LIST}\n\nNästa möte\nDatum: 4 april\nPlats: Stadshuset\n`,
    expected: { location: null, nextMeeting: '2016-04-04', bodyContains: ['## Nästa möte\n\nDatum: 4 april\n\nPlats: Stadshuset\n'] },
  },
  // A .docx table's row has its cells joined by commas: "Plats:, Bryggan" gave location ", Bryggan".
  {
    name: 'this meeting\'s particulars in a .docx table\'s rows',
    text: `Styrgruppen 7 mars 2016\n\nTid:, 13.30\n\nPlats:, Bryggan\n\n${ATTENDING}`,
    expected: { date: '2016-03-07', time: '13:30', location: 'Bryggan', notes: [/I källan: "Plats:, Bryggan"/] },
  },
  {
    name: 'a "Plats:" after text under "Nästa möte" is this meeting\'s',
    text: `Styrgruppen 7 mars 2016\nNästa möte: 4 april\nVi ses då.\nPlats: Bryggan\n\n${ATTENDING}`,
    expected: { location: 'Bryggan', nextMeeting: '2016-04-04' },
  },

  // --- Attendance ---
  {
    name: 'Närvarande: "Name, Organisation" and "Name", blank lines between',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n\nLeif Redestig, socialförvaltningen\n\nÅke Malmén\n\nIvan Kuzhikov, Vorta Drom\n\nPunkt\n\nText.\n',
    expected: { attendees: ['leif-redestig', 'ake-malmen', 'ivan-kuzhicov'], headings: ['Punkt'], notes: [/"Närvarande" i källan: 3 personer/] },
  },
  {
    // A heading in capitals has every word capitalised, as a name has; it was taken for an attendee.
    name: 'a heading in capitals right after the attendance block is no attendee',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig, socialförvaltningen\nÅke Malmén\n\nIOP-AVTAL MED VORTA DROM\n\nText.\n\nSYSSELSÄTTNING\n\nMer text.\n',
    expected: { attendees: ['leif-redestig', 'ake-malmen'], headings: ['IOP-AVTAL MED VORTA DROM', 'SYSSELSÄTTNING'] },
  },
  { name: 'a registered name in capitals is an attendee', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLEIF REDESTIG\nÅKE MALMÉN, SOF\n\nText.\n', expected: { attendees: ['leif-redestig', 'ake-malmen'], body: 'Text.\n' } },
  {
    name: 'Fasta ledamöter with "(ej närvarande)"',
    text: 'Styrgruppen 7 mars 2016\n\nFasta ledamöter:\nLeif Redestig, socialförvaltningen\nÅke Malmén, Bryggan (ej närvarande)\nDavid Bergström (ej närvarande)\nJohanna Callegari\n\nText efter.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], absent: ['ake-malmen', 'david-bergstrom'], body: 'Text efter.\n' },
  },
  // Written without round brackets, the mark was read as the person's organisation, and the person as present.
  ...(['[ej närvarande]', '(ej närvarande', '– ej närvarande', '- ej närvarande', ', ej närvarande', 'ej närvarande', '(ej närv.)', '(ej närv)', ', frånvarande', '– förhinder, sjuk'] as const).map(
    (mark): Case => ({
      name: `absence marked "${mark}"`,
      text: `Styrgruppen 7 mars 2016\n\nFasta ledamöter:\nLeif Redestig, socialförvaltningen\nÅke Malmén, Bryggan ${mark}\nDavid Bergström ${mark}\nJohanna Callegari\n\nText efter.\n`.replace(/ ,/g, ','),
      expected: { attendees: ['leif-redestig', 'johanna-callegari'], absent: ['ake-malmen', 'david-bergstrom'], body: 'Text efter.\n' },
    }),
  ),
  {
    name: 'a name that merely contains the words stays present',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig, Förhindersgruppen\nÅke Malmén, Närvårdsenheten\n\nText efter.\n',
    expected: { attendees: ['leif-redestig', 'ake-malmen'], absent: [], body: 'Text efter.\n' },
  },
  {
    name: 'a reason without a comma or a dash before it',
    text: 'Styrgruppen 7 mars 2016\n\nFasta ledamöter:\nLeif Redestig, socialförvaltningen\nÅke Malmén, Bryggan (ej närvarande pga sjukdom)\nDavid Bergström (frånvarande p.g.a. semester)\nJohanna Callegari\n\nText efter.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], absent: ['ake-malmen', 'david-bergstrom'], body: 'Text efter.\n' },
  },
  {
    name: 'a reason after "(ej närvarande" or "(förhinder" in the brackets',
    text: 'Styrgruppen 7 mars 2016\n\nFasta ledamöter:\nLeif Redestig, socialförvaltningen\nÅke Malmén, Bryggan (ej närvarande, sjuk)\nDavid Bergström (förhinder – semester)\nJohanna Callegari\n\nText efter.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], absent: ['ake-malmen', 'david-bergstrom'], body: 'Text efter.\n' },
  },
  { name: 'Närvarande on one line', text: 'Styrgruppen 7 mars 2016\n\nNärvarande: Leif Redestig, David Bergström och Åke Malmén.\n\nText.\n', expected: { attendees: ['leif-redestig', 'david-bergstrom', 'ake-malmen'], body: 'Text.\n' } },
  { name: 'a bold label with the names after it', text: 'Styrgruppen 7 mars 2016\n\n**Närvarande:** Leif Redestig, Åke Malmén\n\nText.\n', markdown: true, expected: { attendees: ['leif-redestig', 'ake-malmen'], body: 'Text.\n' } },
  ...['Förhinder', 'Anmält förhinder', 'Anmälda förhinder', 'Frånvarande ledamöter'].map(
    (label): Case => ({ name: `${label} block`, text: `Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\n${label}\nÅke Malmén\nDavid Bergström\n\nText.\n`, expected: { attendees: ['leif-redestig'], absent: ['ake-malmen', 'david-bergstrom'], body: 'Text.\n' } }),
  ),
  { name: 'Frånvarande block', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nFrånvarande\nÅke Malmén\n\nText.\n', expected: { attendees: ['leif-redestig'], absent: ['ake-malmen'] } },
  { name: 'attendees as a bulleted list', text: 'Styrgruppen 7 mars 2016\n\nNärvarande:\n- Leif Redestig\n- David Bergström, SOF\n\nText.\n', expected: { attendees: ['leif-redestig', 'david-bergstrom'] } },
  // Word's "o" bullets pasted as text were not taken off: "o\tLeif Redestig" was no name, and the block was lost.
  {
    name: 'attendees after Word\'s "o" and a tab',
    text: `${TITLE}Närvarande:\no\tLeif Redestig, Socialförvaltningen\no\tDavid Bergström\n\nText.\n`,
    expected: { attendees: ['leif-redestig', 'david-bergstrom'], body: 'Text.\n', notes: [/"Närvarande:" i källan: 2 personer/], notesLack: [/"o\s/] },
  },
  { name: 'one attendee after Word\'s "o" and a tab', text: `${TITLE}Närvarande\nLeif Redestig\no\tÅke Malmén\n\nText.\n`, expected: { attendees: ['leif-redestig', 'ake-malmen'], body: 'Text.\n' } },
  {
    name: 'attendees after "o" and spaces, every line alike',
    text: `${TITLE}Närvarande\n\no  Leif Redestig, SOF\n\no Åke Malmén\no David Bergström (ej närvarande)\n\nText.\n`,
    expected: { attendees: ['leif-redestig', 'ake-malmen'], absent: ['david-bergstrom'], body: 'Text.\n' },
  },
  // A capital "O" is an initial, never a bullet, even when every line starts with one.
  { name: 'names that start with "O" and a space keep it', text: `${TITLE}Närvarande\nO Berg, SOF\nO Lind, SOF\n\nText.\n`, expected: { attendees: ['O Berg', 'O Lind'], body: 'Text.\n' } },
  { name: 'a name that starts with "O" after Word\'s "o" bullets', text: `${TITLE}Närvarande\no\tO Berg, SOF\no\tLeif Redestig\n\nText.\n`, expected: { attendees: ['O Berg', 'leif-redestig'], body: 'Text.\n' } },
  // An item of an agenda in letters or roman numerals, its next item later in the text, ends the list: no name with
  // an initial. Initials with no such item after them stay names.
  {
    name: 'an agenda lettered "A.", "B." right under the attendees is the agenda, not a person',
    text: `${TITLE}Närvarande\nLeif Redestig\nA. Ekonomi\nText.\nB. Budget\nInget.\n`,
    expected: { attendees: ['leif-redestig'], headings: ['A. Ekonomi', 'B. Budget'] },
  },
  {
    name: 'an agenda numbered "I.", "II." right under the attendees is the agenda, not a person',
    text: `${TITLE}Närvarande\nLeif Redestig\nI. Ekonomi\nText.\nII. Lokal\nInget.\n`,
    expected: { attendees: ['leif-redestig'], headings: ['I. Ekonomi', 'II. Lokal'] },
  },
  // Lettered from "A." one a line, the agenda's items read as names with initials in letter order ("K. Lind", "L. Berg").
  {
    name: 'a tight agenda lettered "A.", "B.", "C." right under the attendees, its first item empty, is the agenda, not people',
    text: `${TITLE}Närvarande\nLeif Redestig\nJohanna Callegari\nA. Ekonomi\nB. Lokal\nLokalen är klar.\nC. Övrigt\nInget.\n`,
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], headings: ['A. Ekonomi', 'B. Lokal', 'C. Övrigt'] },
  },
  {
    name: 'a list lettered "A.", "B." right under the attendees is no names, as a numbered "1.", "2." is none',
    text: `${TITLE}Närvarande\nLeif Redestig\nJohanna Callegari\nA. Ekonomi\nB. Lokal\n\nText.\n`,
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], body: 'A. Ekonomi\n\nB. Lokal\n\nText.\n' },
  },
  {
    name: 'unregistered names with initials from "A." on and no organisation are items: "A. Nilsson" above "B. Berg"',
    text: `${TITLE}Närvarande\nLeif Redestig\nA. Nilsson\nB. Berg\n\nText.\n`,
    expected: { attendees: ['leif-redestig'], body: 'A. Nilsson\n\nB. Berg\n\nText.\n' },
  },
  {
    name: 'a name with an initial and an organisation after a comma stays a name, with a "B." item later: "A. Berg, SOF"',
    text: `${TITLE}Närvarande\nLeif Redestig\nA. Berg, SOF\n\nText.\n\nB. Övrigt\nInget.\n\nC. Kassa\nInget.\n`,
    expected: { attendees: ['leif-redestig', 'A. Berg'], attendeeLines: ['Leif Redestig', 'A. Berg, SOF'] },
  },
  {
    name: 'registered names with initials in letter order stay names: "A. Nilsson" above "B. Berg"',
    text: `${TITLE}Närvarande\nLeif Redestig\nA. Nilsson\nB. Berg\n\nText.\n`,
    registry: registryFrom(`${PEOPLE}a-nilsson:\n  name: A. Nilsson\nb-berg:\n  name: B. Berg\n`),
    expected: { attendees: ['leif-redestig', 'a-nilsson', 'b-berg'] },
  },
  {
    name: 'unregistered names with initials in letter order stay names: "K. Lind" above "L. Berg", "L. Berg" with an "M." item later',
    text: `${TITLE}Närvarande\nLeif Redestig\nK. Lind\nL. Berg\nDavid Bergström\n\nText.\n\nM. Övrigt\nInget.\n\nN. Kassa\nInget.\n`,
    expected: { attendees: ['leif-redestig', 'K. Lind', 'L. Berg', 'david-bergstrom'] },
  },
  {
    name: 'names with initials stay names: "A. Nilsson", "Svensson A.", "I. Svensson" with no "B." nor "II." after them',
    text: `${TITLE}Närvarande\nLeif Redestig\nA. Nilsson\nSvensson A.\nI. Svensson\n\nText.\n\nIII. Övrigt\nInget.\n`,
    expected: { attendees: ['leif-redestig', 'A. Nilsson', 'Svensson A', 'I. Svensson'] },
  },
  // A line of a run in roman numerals or letters the agenda does not take is no heading, as a "1." is none.
  {
    name: '"I." and "II." with text under one of them only are no headings, as "1." and "2." are none',
    text: `${TITLE}Närvarande\nLeif Redestig\n\nText.\n\nI. Ekonomi\n\nHyllor och skåp.\n\nII. Lokal\n`,
    expected: { body: 'Text.\n\nI. Ekonomi\n\nHyllor och skåp.\n\nII. Lokal\n' },
  },
  { name: 'a lone "I." with text under it and no "II." is a heading', text: `${TITLE}Närvarande\nLeif Redestig\n\nText.\n\nI. Inledning\n\nVi börjar.\n`, expected: { body: 'Text.\n\n## I. Inledning\n\nVi börjar.\n' } },
  { name: 'guests', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nGäster\nAnna Svensson, Röda korset\n\nText.\n', expected: { attendees: ['leif-redestig'], guests: ['Anna Svensson, Röda korset'] } },
  {
    name: 'a name-like line with text under it is a heading, not a person',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nKonferens Bryggan\nVi har haft konferens.\n',
    expected: { attendees: ['leif-redestig'], headings: ['Konferens Bryggan'] },
  },

  // Emoji and symbols around a name or label hid the block: no attendees, and the names became text or headings.
  // They are not part of the name; the line as written keeps them in the attendee's or the label's comment.
  {
    name: 'emoji and symbols around attendees\' names',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n🙂 Maria Nilsson, Bryggan\n✔ Leif Redestig\nÅke Malmén 👍\nDavid Bergström, SOF ✅\n\nText.\n',
    expected: {
      attendees: ['Maria Nilsson', 'leif-redestig', 'ake-malmen', 'david-bergstrom'],
      body: 'Text.\n',
      notes: [/"🙂 Maria Nilsson, Bryggan" i källan/, /"✔ Leif Redestig" i källan/, /"Åke Malmén 👍" i källan/, /"David Bergström, SOF ✅" i källan/, /Okänd person: "Maria Nilsson" \(Bryggan\)/],
    },
  },
  { name: 'an emoji after the attendance label', text: 'Styrgruppen 7 mars 2016\n\nNärvarande ⚠️\nLeif Redestig\nÅke Malmén\n\nText.\n', expected: { attendees: ['leif-redestig', 'ake-malmen'], body: 'Text.\n', notes: [/"Närvarande ⚠️" i källan: 2 personer/] } },
  { name: 'an emoji before a label with the names on its line', text: 'Styrgruppen 7 mars 2016\n\n📋 Närvarande: Leif Redestig, Åke Malmén\n\nText.\n', expected: { attendees: ['leif-redestig', 'ake-malmen'], body: 'Text.\n', notes: [/"📋 Närvarande: Leif Redestig, Åke Malmén" i källan/] } },
  { name: 'an emoji on a line that is no attendance stays in the text', text: `${TITLE}${ATTENDING}Punkt\n\n🙂 Vi hade roligt.\n`, expected: { attendees: ['leif-redestig', 'johanna-callegari', 'david-bergstrom'], body: '## Punkt\n\n🙂 Vi hade roligt.\n' } },

  // The same person twice in the attendance was written twice, which check reports as duplicate-person.
  {
    name: 'a registered person written twice, spelled two ways, is one attendee',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nIvan Kuzhicov, Vorta Drom\nLeif Redestig\nIvan Kuzhikov\n\nText.\n',
    expected: { attendees: ['ivan-kuzhicov', 'leif-redestig'], body: 'Text.\n', notes: [/"Närvarande" i källan: 3 personer/, /"Ivan Kuzhicov, Vorta Drom" och "Ivan Kuzhikov" i källan/] },
  },
  {
    name: 'a registered person in two blocks is one attendee, with what came with either line',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nIvan Kuzhikov\nLeif\n\nFasta ledamöter\nIvan Kuzhicov, Vorta Drom\nLeif Redestig, SOF\nDavid Bergström (ej närvarande)\n\nText.\n',
    expected: { attendees: ['ivan-kuzhicov', 'leif-redestig'], absent: ['david-bergstrom'], body: 'Text.\n', notes: [/"Ivan Kuzhikov" och "Ivan Kuzhicov, Vorta Drom" i källan/, /"Leif" och "Leif Redestig, SOF" i källan/] },
  },
  {
    name: 'unregistered names one letter apart both stay, with a note',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nMaria Nilsson, Bryggan\nLeif Redestig\nMaria Nilson\nKarin Ek\n\nText.\n',
    expected: {
      attendees: ['Maria Nilsson', 'leif-redestig', 'Maria Nilson', 'Karin Ek'],
      notes: [/Närvarande: "Maria Nilsson" och "Maria Nilson" stavas nästan likadant\. Är det samma person\? Ta i så fall bort den ena raden och skriv namnet rätt\./],
      notesLack: [/"Karin Ek" stavas/],
    },
  },

  { name: 'a label with no names under it stays in the text', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nAlla var där.\n', expected: { attendees: [], body: '## Närvarande\n\nAlla var där.\n' } },

  // A remark in brackets on its own line ended the list and made the name above it a heading in the text.
  {
    name: 'a remark in brackets on the line under a name belongs to that name',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande:\nLeif Redestig, Bryggan\nJohanna Callegari, Socialförvaltningen\n(kom 13.30)\nDavid Bergström\nÅke Malmén\n\nPunkt\nText.\n',
    expected: {
      attendees: ['leif-redestig', 'johanna-callegari', 'david-bergstrom', 'ake-malmen'],
      attendeeLines: ['Leif Redestig, Bryggan', 'Johanna Callegari, Socialförvaltningen (kom 13.30)', 'David Bergström', 'Åke Malmén'],
      body: '## Punkt\n\nText.\n',
      notes: [/"Närvarande:" i källan: 4 personer/],
    },
  },
  {
    name: 'a remark in brackets under a name without an organisation, after a blank line',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n\nLeif Redestig\n\n(från 13.30)\n\nÅke Malmén\n\nText.\n',
    expected: { attendees: ['leif-redestig', 'ake-malmen'], attendeeLines: ['Leif Redestig, från 13.30', 'Åke Malmén'], body: 'Text.\n', notes: [/"Leif Redestig \(från 13.30\)" i källan/] },
  },
  {
    name: '"(ej närvarande)" on the line under a name marks that person absent',
    text: 'Styrgruppen 7 mars 2016\n\nFasta ledamöter\nLeif Redestig\n[ej närvarande]\nÅke Malmén\n\nText.\n',
    expected: { attendees: ['ake-malmen'], absent: ['leif-redestig'], body: 'Text.\n' },
  },
  // A remark without brackets on its own line ("kom 13.30") ended the list: the names under it were lost to the text,
  // and the remark was joined to them as one paragraph, or the name above it became a heading.
  {
    name: 'remarks without brackets under a name, in the list and at its end',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande:\nLeif Redestig, Bryggan\nJohanna Callegari, Socialförvaltningen\nkom 13.30\nDavid Bergström\nÅke Malmén, SOF\ngick 15.00\n\nPunkt\nText.\n',
    expected: {
      attendees: ['leif-redestig', 'johanna-callegari', 'david-bergstrom', 'ake-malmen'],
      attendeeLines: ['Leif Redestig, Bryggan', 'Johanna Callegari, Socialförvaltningen (kom 13.30)', 'David Bergström', 'Åke Malmén, SOF (gick 15.00)'],
      body: '## Punkt\n\nText.\n',
      notes: [/"Närvarande:" i källan: 4 personer/, /"Johanna Callegari, Socialförvaltningen kom 13.30" i källan/],
    },
  },
  ...(
    [
      ['från kl 14', 'Leif Redestig, från kl 14'],
      ['Kom 13.30', 'Leif Redestig, Kom 13.30'],
      ['t.o.m. punkt 3', 'Leif Redestig, t.o.m. punkt 3'],
      ['gick efter punkt 2', 'Leif Redestig, gick efter punkt 2'],
      // An item numbered as far as the agenda reads (agenda.ts): "punkt 100" ended the list.
      ['t.o.m. punkt 100', 'Leif Redestig, t.o.m. punkt 100'],
      ['gick efter § 100', 'Leif Redestig, gick efter § 100'],
      ['deltog under punkterna 99–101', 'Leif Redestig, deltog under punkterna 99–101'],
      ['via Teams', 'Leif Redestig, via Teams'],
      ['deltog via Teams, gick 15.00', 'Leif Redestig, deltog via Teams, gick 15.00'],
      ['ersättare för Åke Malmén', 'Leif Redestig, ersättare för Åke Malmén'],
      ['lämnade mötet kl. 15:30.', 'Leif Redestig, lämnade mötet kl. 15:30'],
    ] as const
  ).map(
    ([remark, line]): Case => ({
      name: `"${remark}" without brackets under a name without an organisation`,
      text: `Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n${remark}\nJohanna Callegari\n\nText.\n`,
      expected: { attendees: ['leif-redestig', 'johanna-callegari'], attendeeLines: [line, 'Johanna Callegari'], body: 'Text.\n' },
    }),
  ),
  // Two remarks under a name: the second was read with the first as the source wrote it, giving
  // "Leif Redestig, kom 13.30) (gick 15.00" or "…, Socialförvaltningen kom 13.30 (gick 15.00)"; or, without brackets
  // and with text under them, the first went with the name and the second to the text.
  ...(
    [
      ['in brackets, after a name without an organisation', 'Leif Redestig\n(kom 13.30)\n(gick 15.00)\n', 'Leif Redestig, kom 13.30, gick 15.00'],
      ['without brackets, after a name without an organisation', 'Leif Redestig\nkom 13.30\ngick 15.00\n', 'Leif Redestig, kom 13.30, gick 15.00'],
      ['one in brackets, one without', 'Leif Redestig\n(kom 13.30)\ngick 15.00\n', 'Leif Redestig, kom 13.30, gick 15.00'],
      ['three without brackets', 'Leif Redestig\nkom 13.30\nvia Teams\ngick 15.00\n', 'Leif Redestig, kom 13.30, via Teams, gick 15.00'],
      ['without brackets, after an organisation', 'Leif Redestig, Bryggan\nkom 13.30\ngick 15.00\n', 'Leif Redestig, Bryggan (kom 13.30) (gick 15.00)'],
      ['with blank lines between', 'Leif Redestig, Bryggan\n\n(kom 13.30)\n\ngick 15.00\n\n', 'Leif Redestig, Bryggan (kom 13.30) (gick 15.00)'],
    ] as const
  ).flatMap(([how, lines, line]): Case[] =>
    ['Johanna Callegari\n\nText.\n', '\nText.\n'].map((after) => ({
      name: `two remarks under a name, ${how}, ${after.startsWith('\n') ? 'at the end of the list' : 'with names under them'}`,
      text: `Styrgruppen 7 mars 2016\n\nNärvarande\n${lines}${after}`,
      expected: {
        attendees: after.startsWith('\n') ? ['leif-redestig'] : ['leif-redestig', 'johanna-callegari'],
        attendeeLines: after.startsWith('\n') ? [line] : [line, 'Johanna Callegari'],
        body: 'Text.\n',
      },
    })),
  ),
  {
    name: 'a remark and "ej närvarande" under a name: the person is absent, with the remark',
    text: 'Styrgruppen 7 mars 2016\n\nFasta ledamöter\nLeif Redestig\n(kom 13.30)\nej närvarande\nÅke Malmén\n\nText.\n',
    expected: { attendees: ['ake-malmen'], absent: ['leif-redestig'], notes: [/"Leif Redestig \(kom 13.30\) ej närvarande" i källan/], body: 'Text.\n' },
  },
  {
    name: 'two remarks without brackets with text right under them both stay in the text',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nJohanna Callegari\nkom 13.30\ngick 15.00\nVi började med fika.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], attendeeLines: ['Leif Redestig', 'Johanna Callegari'], headings: [], bodyContains: ['kom 13.30', 'gick 15.00', 'Vi började med fika.'] },
  },
  {
    name: '"ej närvarande" without brackets under a name marks that person absent',
    text: 'Styrgruppen 7 mars 2016\n\nFasta ledamöter\nLeif Redestig, SOF\nej närvarande\nÅke Malmén\n\nText.\n',
    expected: { attendees: ['ake-malmen'], absent: ['leif-redestig'], body: 'Text.\n' },
  },
  {
    name: '"Ej närvarande" with a capital under a name starts the absent',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nEj närvarande\nÅke Malmén\n\nText.\n',
    expected: { attendees: ['leif-redestig'], absent: ['ake-malmen'], body: 'Text.\n' },
  },
  // Text right under a name of the list made that name a heading, and the list ended above it.
  {
    name: 'text right under the last name of a list ends it, and the name stays an attendee',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nJohanna Callegari, Socialförvaltningen\nVi började med fika.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], headings: [], body: 'Vi började med fika.\n' },
  },
  {
    name: 'text right under the only name, right under the label, ends the list',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande:\nLeif Redestig\nVi började med fika.\n',
    expected: { attendees: ['leif-redestig'], body: 'Vi började med fika.\n' },
  },
  {
    name: 'a line that is no remark, right under a name, ends the list and stays in the text',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nJohanna Callegari\nkommer att läsa protokollet\nDavid Bergström\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], headings: [], body: 'kommer att läsa protokollet\n\nDavid Bergström\n' },
  },
  {
    name: 'a remark without brackets with text right under it ends the list and stays in the text',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nJohanna Callegari\nkom 13.30\nVi började med fika.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], attendeeLines: ['Leif Redestig', 'Johanna Callegari'], headings: [], body: 'kom 13.30\n\nVi började med fika.\n' },
  },
  { name: 'a remark without brackets right under the label is no remark', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nkom 13.30\nLeif Redestig\n', expected: { attendees: [], bodyContains: ['kom 13.30', 'Leif Redestig'] } },
  // Names with blank lines between them and text right under the last: that name became a heading, lost from the list.
  ...(
    [
      ['"Name, Organisation"', 'Maria Nilsson, Socialförvaltningen', 'Maria Nilsson'],
      ['a registered person', 'Åke Malmén', 'ake-malmen'],
    ] as const
  ).flatMap(([what, line, who]): Case[] =>
    ['Leif Redestig', 'Leif Redestig, Bryggan'].map((first) => ({
      name: `${what} after a blank line with text right under it stays an attendee (first name: ${first})`,
      text: `Styrgruppen 7 mars 2016\n\nNärvarande\n\n${first}\n\n${line}\nVi började med fika.\n`,
      expected: { attendees: ['leif-redestig', who], attendeeLines: [first, line], headings: [], body: 'Vi började med fika.\n' },
    })),
  ),
  {
    name: 'a one-word name with an organisation after a blank line, with text under it, is still a heading',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n\nLeif Redestig, Bryggan\n\nFritidsbanken, Drottninghög\nVi har öppnat.\n',
    expected: { attendees: ['leif-redestig'], headings: ['Fritidsbanken, Drottninghög'] },
  },
  {
    name: 'a name-like line with text under it after a blank line is still a heading',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nJohanna Callegari\n\nKonferens Bryggan\nVi har haft konferens.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], headings: ['Konferens Bryggan'] },
  },
  // A Word table pasted as text has a tab between its cells: the name kept it ("Leif Redestig⇥Socialförvaltningen", no
  // registered person) and so did the draft's attendee and its comment. The tab is the comma between name and organisation.
  {
    name: 'a tab between name and organisation, as a Word table pasted as text',
    text: `${TITLE}Närvarande\nLeif Redestig\tSocialförvaltningen\nKarin Berg\t\tBryggan\nÅke Malmén\t\n\nText.\n`,
    expected: { attendees: ['leif-redestig', 'Karin Berg', 'ake-malmen'], attendeeLines: ['Leif Redestig, Socialförvaltningen', 'Karin Berg, Bryggan', 'Åke Malmén'], body: 'Text.\n', notesLack: [/\t/, /Okänd person: "Leif/] },
  },
  {
    name: 'a Word table pasted as text with its header row',
    text: `${TITLE}Närvarande:\nNamn\tOrganisation\nLeif Redestig\tSocialförvaltningen\nKarin Berg\tBryggan\n\nText.\n`,
    expected: { attendees: ['leif-redestig', 'Karin Berg'], attendeeLines: ['Leif Redestig, Socialförvaltningen', 'Karin Berg, Bryggan'], body: 'Text.\n', notesLack: [/\t/] },
  },
  { name: 'names after the label with tabs', text: `${TITLE}Närvarande:\tLeif Redestig\tSocialförvaltningen\n\nText.\n`, expected: { attendees: ['leif-redestig'], attendeeLines: ['Leif Redestig, Socialförvaltningen'], body: 'Text.\n', notesLack: [/\t/] } },
  // Word's soft hyphens split a word in two for the reader: "Närv­arande" was no label, its names were text.
  { name: 'soft hyphens in the label and the names', text: `${TITLE}Närv\u00ADarande\nLeif Rede\u00ADstig, Social\u00ADförvaltningen\nÅke Malmén\n\nText.\n`, expected: { attendees: ['leif-redestig', 'ake-malmen'], attendeeLines: ['Leif Redestig, Socialförvaltningen', 'Åke Malmén'], body: 'Text.\n' } },
  { name: 'an attendee wholly in bold', text: `${TITLE}**Närvarande**\n\n**Leif Redestig, SOF**\nÅke Malmén\n\nText.\n`, expected: { attendees: ['leif-redestig', 'ake-malmen'], attendeeLines: ['Leif Redestig, SOF', 'Åke Malmén'], body: 'Text.\n' } },
  { name: 'a line in brackets right under the label is no remark', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n(se listan)\nLeif Redestig\n', expected: { attendees: [], bodyContains: ['(se listan)', 'Leif Redestig'] } },

  // --- Secretary ---
  { name: 'Vid pennan with the name on the next line', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Text.\n\nVid pennan\nDavid Bergström\n`, expected: { secretary: 'david-bergstrom', body: 'Text.\n' } },
  { name: 'Vid pennan: name on the same line', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Text.\n\nVid pennan: Leif Redestig\n`, expected: { secretary: 'leif-redestig' } },
  { name: '/David: a first name unique among the attendees', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Text.\n\nVid pennan\n/David\n`, expected: { secretary: 'david-bergstrom', notes: [/"Vid pennan \/David" i källan/] } },
  { name: 'a sentence that starts like a label is no secretary', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Sekreterare Leif Redestig skickar ut protokollet.\n`, expected: { secretary: null, body: 'Sekreterare Leif Redestig skickar ut protokollet.\n' } },
  { name: 'a /Leif signature alone', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nÅke Malmén\n\nText.\n\n/Leif\n', expected: { secretary: 'leif-redestig', body: 'Text.\n' } },
  { name: 'a first name two registered people share stays unresolved', text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nÅke Malmén\n\nText.\n\n/David\n', expected: { secretary: 'David', notes: [/Okänd person: "David" kan vara flera: David Bergström, David Andersson/] } },

  // --- Headings, paragraphs and lists ---
  {
    name: 'plain, Markdown and bold headings; label lines and questions are not headings',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nLokal\nVi har tittat.\n\n**Ekonomi**\n\nBra.\n\nNästa möte: 16 januari\n\nVad gör vi nu?\n\nInget.\n\nAvslutning\n',
    expected: { headings: ['Lokal', 'Ekonomi'], bodyContains: ['Nästa möte: 16 januari\n\nVad gör vi nu?\n\nInget.\n\nAvslutning\n'] },
  },
  {
    name: 'every bullet style becomes "-"',
    text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\n• ett\n- två\n– tre\n* fyra\n● fem\n',
    expected: { body: '## Punkt\n\n- ett\n- två\n- tre\n- fyra\n- fem\n' },
  },
  { name: 'numbered items keep their numbers and delimiters', text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\n1. ett\n2. två\n\nText.\n\n3) tre\n', expected: { body: '## Punkt\n\n1. ett\n2. två\n\nText.\n\n3) tre\n' } },
  {
    name: 'bullets right after a numbered item nest under it',
    text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\n1. Ett \n\n- a \n\n- b \n\n2. Två – med en rad som \nfortsätter\n',
    expected: { body: '## Punkt\n\n1. Ett\n   - a\n   - b\n2. Två – med en rad som fortsätter\n' },
  },
  {
    name: 'indented and "o" sub-bullets nest',
    text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\n- ett\n    - under ett\n- två\n• tre\no under tre\n',
    expected: { body: '## Punkt\n\n- ett\n  - under ett\n- två\n- tre\n  - under tre\n' },
  },
  // Word's "o" bullet pasted as text opened no list unless an item came before it: check then warned of it.
  {
    name: '"o" and a tab, as Word pastes its bullets, is an item',
    text: `${TITLE}Punkt\n\no\tLeif ska skicka ut kallelsen.\no\tÅke ska boka lokal.\n\nText.\n\nÖvrigt\n\nVi talade om festen.\no\tJohanna tar med kaffe.\n`,
    expected: { body: '## Punkt\n\n- Leif ska skicka ut kallelsen.\n- Åke ska boka lokal.\n\nText.\n\n## Övrigt\n\nVi talade om festen.\n\n- Johanna tar med kaffe.\n' },
  },
  {
    name: '"o" and spaces on lines next to each other are items',
    text: `${TITLE}Punkt\n\no  Leif ska skicka ut kallelsen.\no Åke ska boka lokal.\n\no Johanna tar med kaffe.\n\nText.\n`,
    expected: { body: '## Punkt\n\n- Leif ska skicka ut kallelsen.\n- Åke ska boka lokal.\n- Johanna tar med kaffe.\n\nText.\n' },
  },
  {
    name: 'a line that opens with the word "o" (och) alone is text',
    text: `${TITLE}Punkt\n\nVi pratade länge\no sen gick vi hem.\n\nText.\n\no så var det med det.\n`,
    expected: { body: '## Punkt\n\nVi pratade länge o sen gick vi hem.\n\nText.\n\no så var det med det.\n' },
  },
  {
    name: 'in Markdown, lists nest by indentation only',
    text: '# Styrgruppen 7 mars 2016\n\n## Punkt\n\n1. Ett\n   - under\n2. Två\n\n- för sig\n',
    markdown: true,
    expected: { body: '## Punkt\n\n1. Ett\n   - under\n2. Två\n\n- för sig\n' },
  },
  {
    name: 'hard line breaks are joined; a hyphen at a break joins without a space',
    text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\nDet här är en mening som bryts\nmitt i och fortsätter med nya e-\ntjänster.\n',
    expected: { body: '## Punkt\n\nDet här är en mening som bryts mitt i och fortsätter med nya e-tjänster.\n' },
  },
  // Plain text pasted from Word into Notepad has a line per paragraph: joining its lines changed the text's structure.
  {
    name: 'in plain text each line is a paragraph of its own',
    text: `${TITLE}Punkt\nFritidsbanken har öppnat i Drottninghög. Många har lånat skridskor.\nLeif ska skicka ut inbjudan till invigningen.\n`,
    expected: { body: '## Punkt\n\nFritidsbanken har öppnat i Drottninghög. Många har lånat skridskor.\n\nLeif ska skicka ut inbjudan till invigningen.\n' },
  },
  {
    name: 'in plain text lines of names in the text stay lines',
    text: `${TITLE}${ATTENDING}Punkt\n\nVi bjöd in några gäster:\nGösta Strand, RSMH\nAnne Eskilsson, Socialförvaltningen\n`,
    expected: { body: '## Punkt\n\nVi bjöd in några gäster:\n\nGösta Strand, RSMH\n\nAnne Eskilsson, Socialförvaltningen\n' },
  },
  // A list's items in letters or roman numerals start in lower case, but are no sentence wrapped onto them.
  ...(
    [
      ['letters', 'a) Hyllor\nb) Skåp'],
      ['roman numerals', 'i. Hyllor\nii. Skåp\niv. Kassa'],
      ['letters under a line that ends no sentence', 'a) Hyllor\nb) Skåp'],
    ] as const
  ).map(
    ([what, items], k): Case => ({
      name: `in plain text a line numbered in ${what} stays a line of its own`,
      text: `${TITLE}Punkt\n\n${k === 2 ? 'Vi gick igenom' : 'Vi gick igenom budgeten.'}\n${items}\n`,
      expected: { body: `## Punkt\n\n${k === 2 ? 'Vi gick igenom' : 'Vi gick igenom budgeten.'}\n\n${items.split('\n').join('\n\n')}\n` },
    }),
  ),
  {
    name: 'hard-wrapped lines are joined, also where a line of them ends a sentence',
    text: `${TITLE}Punkt\n\nEtt IOP-avtal ska bygga på ett behov som föreningen har upptäckt och behöver stöd att utveckla.\nEftermiddagsskolan började med de 18 barn som ingår i projektet, men behovet är ännu\nstörre.\n`,
    expected: { body: '## Punkt\n\nEtt IOP-avtal ska bygga på ett behov som föreningen har upptäckt och behöver stöd att utveckla. Eftermiddagsskolan började med de 18 barn som ingår i projektet, men behovet är ännu större.\n' },
  },
  // A short line that breaks off on a word no sentence ends on, with the sentence's rest in a capital or a number
  // under it, became a `##` heading (after a blank line), or stayed a paragraph of its own with its rest another.
  ...(
    [
      ['a preposition, above a year that is no list item', 'Budgeten för\n2016. Den blev klar.', 'Budgeten för 2016. Den blev klar.'],
      ['a preposition, above a name', 'Vi diskuterade frågan om\nFritidsbanken och lokalen.', 'Vi diskuterade frågan om Fritidsbanken och lokalen.'],
      ['"till", above a number', 'Vi fick pengar till\n2017 års budget.', 'Vi fick pengar till 2017 års budget.'],
      ['"i"', 'Vi träffades i\nGottsunda centrum.', 'Vi träffades i Gottsunda centrum.'],
      ['"på"', 'Vi träffades på\nBryggan i maj.', 'Vi träffades på Bryggan i maj.'],
      ['"och"', 'Vi pratade med Leif och\nJohanna om lokalen.', 'Vi pratade med Leif och Johanna om lokalen.'],
      ['"att"', 'Leif berättade att\nFritidsbanken har öppnat.', 'Leif berättade att Fritidsbanken har öppnat.'],
      ['"som"', 'Hyllorna som\nLeif byggde är klara.', 'Hyllorna som Leif byggde är klara.'],
      ['"av", above a number', 'Vi fick stöd av\n3 föreningar.', 'Vi fick stöd av 3 föreningar.'],
      ['"med", lines in a paragraph of their own', 'Fritidsbanken har öppnat.\nVi pratade med\nHiso om lokalen.', 'Fritidsbanken har öppnat. Vi pratade med Hiso om lokalen.'],
      ['"under"', 'Vi pratade om lokalen under\nVåren och sommaren.', 'Vi pratade om lokalen under Våren och sommaren.'],
      ['"per"', 'Vi fick 500 kr per\nMånad till hyran.', 'Vi fick 500 kr per Månad till hyran.'],
      ['a possessive', 'Leif visade sina\nHyllor i förrådet.', 'Leif visade sina Hyllor i förrådet.'],
    ] as const
  ).map(([what, lines, paragraph]): Case => ({
    name: `a line that breaks off on ${what} is no heading: it goes on on the line under it`,
    text: `${TITLE}Punkt\n\n${lines}\n`,
    expected: { body: `## Punkt\n\n${paragraph}\n` },
  })),
  {
    name: 'a line that breaks off on a preposition right under a heading goes on on the line under it; real headings stay',
    text: `${TITLE}Ekonomi\nBudgeten för\n2016. Den blev klar.\n\nÖvriga frågor\nVi diskuterade frågan om\nFritidsbanken och lokalen.\n\nNästa möte\nDen 2 maj på\nBryggan.\n`,
    expected: { body: '## Ekonomi\n\nBudgeten för 2016. Den blev klar.\n\n## Övriga frågor\n\nVi diskuterade frågan om Fritidsbanken och lokalen.\n\n## Nästa möte\n\nDen 2 maj på Bryggan.\n' },
  },
  {
    name: 'a line that breaks off on a preposition above a list in letters, or a column of times, is no heading and takes none of them in',
    text: `${TITLE}Punkt\n\nBudgeten för\n2016. Den blev klar.\n\nVi köper in till\na) Hyllor\nb) Skåp\n\nProgram för\n13.00 Välkomna\n13.30 fika\n`,
    expected: { body: '## Punkt\n\nBudgeten för 2016. Den blev klar.\n\nVi köper in till\n\na) Hyllor\n\nb) Skåp\n\nProgram för\n\n13.00 Välkomna\n\n13.30 fika\n' },
  },
  // Such a line right above a numbered list leads into it, as one ending in ':' does: its items with text under them
  // were agenda headings, and a bold one (a Word paragraph in bold) a heading.
  {
    name: 'a line that breaks off on a preposition right above a numbered list leads into it: neither it nor the list\'s lines are headings',
    text: `${TITLE}Punkt\n\nBudgeten för\n1. Lokalen\nDen är dyr.\n\n2. Personal\nDen är billig.\n`,
    expected: { headings: ['Punkt'], body: '## Punkt\n\nBudgeten för\n\n1. Lokalen\n\nDen är dyr.\n\n2. Personal\n\nDen är billig.\n' },
  },
  {
    name: 'a bold line that breaks off on a preposition above a numbered list is no heading, in a .md',
    text: '# Styrgruppen 7 mars 2016\n\n## Punkt\n\n**Budgeten för**\n\n1. Lokalen\n2. Personal\n',
    markdown: true,
    expected: { headings: ['Punkt'], body: '## Punkt\n\n**Budgeten för**\n\n1. Lokalen\n2. Personal\n' },
  },
  {
    name: 'in plain text a list item that breaks off on a preposition goes on on the line under it',
    text: `${TITLE}Punkt\n\n- Vi pratade om\nFritidsbanken och lokalen.\n- Hyllor\n`,
    expected: { body: '## Punkt\n\n- Vi pratade om Fritidsbanken och lokalen.\n- Hyllor\n' },
  },
  {
    name: 'in Markdown a single line break is no new paragraph',
    text: '# Styrgruppen 7 mars 2016\n\n## Punkt\n\nFritidsbanken har öppnat.\nLeif ska skicka ut inbjudan.\n',
    markdown: true,
    expected: { body: '## Punkt\n\nFritidsbanken har öppnat. Leif ska skicka ut inbjudan.\n' },
  },
  {
    name: 'a bullet broken by a blank line continues in lower case',
    text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\n• Klarspråksgruppen har haft möte. Deltagarna jobbar \n\nhemifrån.\n• Nästa.\n',
    expected: { body: '## Punkt\n\n- Klarspråksgruppen har haft möte. Deltagarna jobbar hemifrån.\n- Nästa.\n' },
  },
  // A line right under a list item was joined into it in plain text ("- lokal Leif Redestig ska boka lokalen."), or
  // left for Markdown to join lazily: the writer's line break was lost, and so was the action in "X ska".
  {
    name: 'in plain text a line under a list item is a paragraph of its own, with its action',
    text: `${TITLE}Punkt\n\n- lokal\nLeif Redestig ska boka lokalen.\n- fika\n`,
    expected: { body: '## Punkt\n\n- lokal\n\nLeif Redestig ska boka lokalen.\n\n- fika\n', actions: [{ who: ['leif-redestig'], what: 'Boka lokalen.' }] },
  },
  ...(
    [
      ['"*"', '* lokal\n', '- lokal\n'],
      ['"•"', '• lokal\n', '- lokal\n'],
      ['Word\'s "o" and a tab', 'o\tlokal\n', '- lokal\n'],
      ['Word\'s "o" under a bullet', '- lokaler\no\tstor\n', '- lokaler\n  - stor\n'],
    ] as const
  ).map(([what, items, list]): Case => ({
    name: `in plain text a line under a ${what} item is a paragraph of its own`,
    text: `${TITLE}Punkt\n\n${items}Leif Redestig ska boka lokalen.\n`,
    expected: { body: `## Punkt\n\n${list}\nLeif Redestig ska boka lokalen.\n`, actions: [{ who: ['leif-redestig'], what: 'Boka lokalen.' }] },
  })),
  // A table copied from Word or a spreadsheet as tab-separated lines: its first line became an agenda heading and each
  // other line a paragraph, so the table was lost, and check's table-with-tabs could no longer see it.
  {
    name: 'lines with the same tabs between their words, as a table copied from Word, are a Markdown table',
    text: `${TITLE}Åtgärder\n\nVem\tVad\tNär\nLeif\tBoka lokal\t15 dec\nDavid\tSkicka kallelse\t1 dec\n`,
    expected: { body: '## Åtgärder\n\n| Vem | Vad | När |\n|---|---|---|\n| Leif | Boka lokal | 15 dec |\n| David | Skicka kallelse | 1 dec |\n' },
  },
  {
    name: 'a table pasted with tabs between a list item and a paragraph, with | escaped and cells trimmed',
    text: `${TITLE}Punkt\n\n- lokal\nVem \t Vad \t När\nLeif | Åke\t\t15 dec\nSen fikade vi.\n`,
    expected: { body: '## Punkt\n\n- lokal\n\n| Vem | Vad | När |\n|---|---|---|\n| Leif \\| Åke |  | 15 dec |\n\nSen fikade vi.\n' },
  },
  {
    name: 'in Markdown a table pasted with tabs inside a paragraph is a table of its own',
    text: '# Styrgruppen 7 mars 2016\n\n## Punkt\n\nVi bestämde:\nVem\tVad\nLeif\tLokal\nDavid\tKallelse\nSen fikade vi.\n',
    markdown: true,
    expected: { body: '## Punkt\n\nVi bestämde:\n\n| Vem | Vad |\n|---|---|\n| Leif | Lokal |\n| David | Kallelse |\n\nSen fikade vi.\n' },
  },
  ...(
    [
      ['one line', 'Vem\tVad\tNär\n\nText.\n', 'Vem\tVad\tNär\n\nText.\n'],
      ['lines with different numbers of tabs', 'Fika\tLeif\nLokal\tÅke\t15 dec\n', 'Fika\tLeif\n\nLokal\tÅke\t15 dec\n'],
      ['indented lines', '    Fika\tLeif\n    Lokal\tÅke\n', 'Fika\tLeif\n\nLokal\tÅke\n'],
      ['numbered lines', '1.\tFika\tLeif\n2.\tLokal\tÅke\n', '1. Fika\tLeif\n2. Lokal\tÅke\n'],
      ['Word\'s "o" bullets', 'o\tFika\tLeif\no\tLokal\tÅke\n', '- Fika\tLeif\n- Lokal\tÅke\n'],
    ] as const
  ).map(([what, lines, body]): Case => ({ name: `${what} with tabs are no table`, text: `${TITLE}Punkt\n\nVi delade upp:\n${lines}`, expected: { body: `## Punkt\n\nVi delade upp:\n\n${body}`, bodyLacks: ['|'] } })),
  // A line of tabs and spaces is a blank line, wherever it stands (these held already).
  ...(
    [
      ['between a heading and its text', 'Punkt\n\t\nText.\n', '## Punkt\n\nText.\n'],
      ['between two paragraphs', 'Punkt\n\nText ett.\n \t \nText två.\n', '## Punkt\n\nText ett.\n\nText två.\n'],
      ['above a heading', 'Text.\n\t\t\nÖvrigt\nInget.\n', 'Text.\n\n## Övrigt\n\nInget.\n'],
      ['between list items', 'Punkt\n\n- ett\n\t\n- två\n', '## Punkt\n\n- ett\n- två\n'],
    ] as const
  ).map(([where, lines, body]): Case => ({ name: `a line of tabs ${where} is blank`, text: `${TITLE}${lines}`, expected: { body } })),
  // A zero-width space (left by web pages and e-mail) made a line that looks blank a paragraph of its own.
  { name: 'a line of a zero-width space is blank', text: `${TITLE}Punkt\n\u200B\nText ett.\n\t\u200B\nText två.\n`, expected: { body: '## Punkt\n\nText ett.\n\nText två.\n' } },
  // Word's line break (a vertical tab) stayed inside the paragraph as a control character.
  { name: 'Word\'s line break is a line break', text: `${TITLE}Punkt\n\nVi har hyllor.\u000BLeif ska ringa.\n`, expected: { body: '## Punkt\n\nVi har hyllor.\n\nLeif ska ringa.\n' } },
  { name: 'a tab in a heading is a space', text: `${TITLE}Punkt 3\tFritidsbanken\nVi har hyllor.\n`, expected: { body: '## Punkt 3 Fritidsbanken\n\nVi har hyllor.\n' } },
  { name: 'no tab in the front matter\'s comments on the title and the place (held already)', text: 'Styrgruppen\t7 mars 2016\nPlats:\tBryggan\n\nNärvarande\nLeif Redestig\n\nText.\n', expected: { date: '2016-03-07', location: 'Bryggan', notes: [/Rubrik i källan: "Styrgruppen 7 mars 2016"/, /I källan: "Plats: Bryggan"/], notesLack: [/\t/] } },
  {
    name: 'an attendance list with tabs is no table',
    text: `${TITLE}Närvarande\nLeif Redestig\tBryggan\nDavid Bergström\tSOF\n\nText.\n`,
    expected: { body: 'Text.\n' },
  },
  {
    name: 'in plain text a line under a numbered list is a paragraph of its own',
    text: `${TITLE}Punkt\n\n1. Kaffe\n2. Te\nLeif Redestig ska köpa in.\n`,
    expected: { body: '## Punkt\n\n1. Kaffe\n2. Te\n\nLeif Redestig ska köpa in.\n', actions: [{ who: ['leif-redestig'], what: 'Köpa in.' }] },
  },
  {
    name: 'in plain text a list item hard-wrapped in lower case is still joined',
    text: `${TITLE}Punkt\n\n- Vi ordnar en fest\nför barnen.\n- Vi pratade med\nLeif om lokalen\noch fikat.\n`,
    expected: { body: '## Punkt\n\n- Vi ordnar en fest för barnen.\n- Vi pratade med Leif om lokalen och fikat.\n' },
  },
  // A line under a list item that starts with a digit was split off as a paragraph, as a capitalised line is:
  // "- Budget för Fritidsbanken" above "500 kr per månad till hyra" lost its amount.
  ...(
    [
      ['a number and lower case under an item that ends no sentence continue it', '- Budget för Fritidsbanken\n500 kr per månad till hyra\n- Hyllor\n', '- Budget för Fritidsbanken 500 kr per månad till hyra\n- Hyllor\n'],
      ['a number in groups of digits', '- Hyran blir\n1 500 kr i månaden\n', '- Hyran blir 1 500 kr i månaden\n'],
      ['a year', '- Budgeten för\n2016 års verksamhet\n', '- Budgeten för 2016 års verksamhet\n'],
      ['a line before it that wraps in lower case too', '- Vi har fått\n500 kr till hyra\noch el\n', '- Vi har fått 500 kr till hyra och el\n'],
      ['under an item that ends a sentence, a paragraph', '- Budgeten är klar.\n500 kr per månad går till hyra.\n', '- Budgeten är klar.\n\n500 kr per månad går till hyra.\n'],
      ['under an item that ends in a colon, a paragraph', '- Budget:\n500 kr till hyra\n', '- Budget:\n\n500 kr till hyra\n'],
      ['a time and a capital, a paragraph each', '- Program\n13.00 Välkomna\n13.30 Fika\n', '- Program\n\n13.00 Välkomna\n\n13.30 Fika\n'],
      ['a number alone, a paragraph', '- Antal barn\n12\n', '- Antal barn\n\n12\n'],
      // Two or more lines that start with numbers are a column of times or amounts, each line its own.
      ['times a line each in lower case, a paragraph each', '- Program\n13.00 fika\n13.30 möte med gruppen\n', '- Program\n\n13.00 fika\n\n13.30 möte med gruppen\n'],
      ['amounts a line each, a paragraph each', '- Budget för Fritidsbanken\n500 kr till hyra\n300 kr till fika\n', '- Budget för Fritidsbanken\n\n500 kr till hyra\n\n300 kr till fika\n'],
      ['a numbered item "2. …", an item of its own', '- Hyllor\n2. Ekonomi\n', '- Hyllor\n\n2. Ekonomi\n'],
      ['a numbered item "2) …" in lower case, an item of its own', '- Hyllor för\n2) skåp\n', '- Hyllor för\n\n2) skåp\n'],
    ] as const
  ).map(([what, items, list]): Case => ({ name: `in plain text, a line that starts with a digit under a list item: ${what}`, text: `${TITLE}Punkt\n\n${items}`, expected: { body: `## Punkt\n\n${list}` } })),
  {
    name: 'in plain text a line that starts with a number continues a paragraph that ends no sentence',
    text: `${TITLE}Punkt\n\nFritidsbanken har öppnat i Drottninghög och vi har fått ett litet bidrag på\n500 kr per månad till hyra.\nLeif Redestig ska tacka.\n`,
    expected: { body: '## Punkt\n\nFritidsbanken har öppnat i Drottninghög och vi har fått ett litet bidrag på 500 kr per månad till hyra. Leif Redestig ska tacka.\n' },
  },
  {
    name: 'in plain text lines that each start with a number and go on in lower case are a paragraph each',
    text: `${TITLE}Fika\n\nSchema\n13.00 fika\n13.30 möte med gruppen\n\nDeltagare\n12 personer kom\n8 personer anmälde sig\n`,
    expected: { body: '## Fika\n\n## Schema\n\n13.00 fika\n\n13.30 möte med gruppen\n\n## Deltagare\n\n12 personer kom\n\n8 personer anmälde sig\n' },
  },
  {
    name: 'a numbered agenda item right under a list item with a number line stays a heading',
    text: `${TITLE}1. Fritidsbanken\nVi har en budget.\n- Budget för Fritidsbanken\n500 kr per månad till hyra\n2. Ekonomi\nKassan är god.\n`,
    expected: { body: '## 1. Fritidsbanken\n\nVi har en budget.\n\n- Budget för Fritidsbanken 500 kr per månad till hyra\n\n## 2. Ekonomi\n\nKassan är god.\n' },
  },
  {
    name: 'in Markdown a line under a list item is part of it',
    text: '# Styrgruppen 7 mars 2016\n\n## Punkt\n\n- lokal\nLeif Redestig ska boka lokalen.\n3. Vi ska ses igen i maj\nDå på Bryggan.\n',
    markdown: true,
    expected: { body: '## Punkt\n\n- lokal Leif Redestig ska boka lokalen.\n\n3. Vi ska ses igen i maj Då på Bryggan.\n' },
  },
  {
    name: 'URLs are kept as written (the site links them)',
    text: 'Styrgruppen 7 mars 2016\n\nPunkt\n\nInslaget kan ses här: \nhttp://bambuser.com/v/5902615. Bra.\n\nhttps://example.se/a_b\n',
    expected: { body: '## Punkt\n\nInslaget kan ses här: http://bambuser.com/v/5902615. Bra.\n\nhttps://example.se/a_b\n' },
  },

  // --- Numbered agenda items: headings when the numbers run through the text, lists otherwise ---
  {
    name: 'numbered agenda items with their text on the next line',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång med 12 barn.\n\n2. Fritidsbanken\nLokalen är klar.\n`,
    expected: { body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång med 12 barn.\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: 'numbered agenda items with a blank line under the number line',
    text: `${TITLE}1. Läxhjälp\n\nLäxhjälpen har kommit igång med 12 barn.\n\n2. Fritidsbanken\n\nLokalen är klar.\n`,
    expected: { body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång med 12 barn.\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: '"§ 1 Rubrik", "§2 Rubrik" and "§ 3. Rubrik", kept as written',
    text: `${TITLE}§ 1 Läxhjälp\nLäxhjälpen har kommit igång.\n\n§2 Fritidsbanken\nLokalen är klar.\n§ 3. Övrigt\nInget.\n`,
    expected: { body: '## § 1 Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## §2 Fritidsbanken\n\nLokalen är klar.\n\n## § 3. Övrigt\n\nInget.\n' },
  },
  {
    name: '"1) Rubrik"',
    text: `${TITLE}1) Läxhjälp\nLäxhjälpen har kommit igång.\n\n2) Fritidsbanken\nLokalen är klar.\n`,
    expected: { body: '## 1) Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## 2) Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: '"Punkt 1: Rubrik"',
    text: `${TITLE}Punkt 1: Läxhjälp\nLäxhjälpen har kommit igång.\n\nPunkt 2: Fritidsbanken\nLokalen är klar.\n`,
    expected: { body: '## Punkt 1: Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## Punkt 2: Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: 'an empty agenda item between numbered ones is a heading too',
    text: `${TITLE}1. Mötets öppnande\n\n2. Läxhjälp\nLäxhjälpen har kommit igång.\n\n3. Fritidsbanken\nLokalen är klar.\n\n4. Övrigt\n`,
    expected: { headings: ['1. Mötets öppnande', '2. Läxhjälp', '3. Fritidsbanken', '4. Övrigt'] },
  },
  {
    name: 'a numbered list inside an agenda item stays a list',
    text: `${TITLE}1. Läxhjälp\nVi bjuder på fika.\n1. Kaffe\n2. Te\n3. Bullar\n\n2. Fritidsbanken\nLokalen är klar.\n`,
    expected: { body: '## 1. Läxhjälp\n\nVi bjuder på fika.\n\n1. Kaffe\n2. Te\n3. Bullar\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: 'a numbered list right under a line, at the end of the last agenda item, stays a list',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nVi köper in\n1. Hyllor\n2. Skåp\n\nDet blir bra.\n`,
    expected: { body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## 2. Fritidsbanken\n\nVi köper in\n\n1. Hyllor\n2. Skåp\n\nDet blir bra.\n' },
  },
  {
    name: 'a numbered list inside an agenda item whose numbers reach the next item\'s stays a list',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nVi köper in:\n1. Hyllor\n2. Skåp\n\n3. Övrigt\nInget.\n\n4. Nästa möte\nI maj.\n\n5. Avslutning\nTack.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken', '3. Övrigt', '4. Nästa möte', '5. Avslutning'], bodyContains: ['Vi köper in:\n\n1. Hyllor\n2. Skåp\n\n## 3. Övrigt'] },
  },
  {
    name: 'a numbered list with text under its items, inside an agenda item, stays a list',
    text: `${TITLE}1. Läxhjälp\nVi provade två sorter.\n\n1. Kaffe\n\nDet var gott.\n\n2. Te\n\nDet var också gott.\n\n2. Fritidsbanken\nLokalen är klar.\n`,
    expected: { body: '## 1. Läxhjälp\n\nVi provade två sorter.\n\n1. Kaffe\n\nDet var gott.\n\n2. Te\n\nDet var också gott.\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: 'a numbered list with blank lines, at the end of the last agenda item, stays a list',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nVi har tre förslag.\n\n1. Hyllor\n\n2. Skåp\n\n3. Bänkar\n\nVi valde skåp.\n`,
    expected: { body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## 2. Fritidsbanken\n\nVi har tre förslag.\n\n1. Hyllor\n2. Skåp\n3. Bänkar\n\nVi valde skåp.\n' },
  },
  {
    name: 'a numbered list after a colon stays a list, even with text under its items',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nVi behöver fyra saker:\n\n1. Hyllor\n\nDe blir höga.\n\n2. Skåp\n\nDe går att låsa.\n\n3. Bänkar\n\nDe är gröna.\n\n4. Lampor\n\nDe lyser.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken'], bodyContains: ['Vi behöver fyra saker:\n\n1. Hyllor\n\nDe blir höga.\n\n2. Skåp\n\nDe går att låsa.\n\n3. Bänkar\n\nDe är gröna.\n\n4. Lampor\n\nDe lyser.\n'] },
  },
  // An item's own numbered list with more lines with text under them than the agenda has items was taken for the
  // agenda: its lines became headings, and "2. SIP" and "3. Nästa möte" list items, the last run into its text.
  {
    name: 'an item\'s own numbered list, longer than the agenda, stays a list when the agenda\'s numbers resume after it',
    text: `${TITLE}1. Fritidsbanken\nFritidsbanken har öppnat.\n\n1. Ring Leif\nHan vet om lokalen.\n2. Skicka ut inbjudan\nSenast fredag.\n3. Boka lokal\nBryggan eller Ria.\n\n2. SIP\nAnne berättade om planen.\n`,
    expected: { body: '## 1. Fritidsbanken\n\nFritidsbanken har öppnat.\n\n1. Ring Leif\n\nHan vet om lokalen.\n\n2. Skicka ut inbjudan\n\nSenast fredag.\n\n3. Boka lokal\n\nBryggan eller Ria.\n\n## 2. SIP\n\nAnne berättade om planen.\n' },
  },
  {
    name: 'an item\'s own numbered list, indented, stays a list',
    text: `${TITLE}1. Fritidsbanken\nFritidsbanken har öppnat.\n\n    1. Ring Leif\n    Han vet om lokalen.\n    2. Skicka ut inbjudan\n    Senast fredag.\n    3. Boka lokal\n    Bryggan eller Ria.\n\n2. SIP\nAnne berättade om planen.\n`,
    expected: { headings: ['1. Fritidsbanken', '2. SIP'] },
  },
  // A stray space before one agenda item (the seeds have lines that start with one) made it "indented past others of
  // its form", a list's line: the agenda lost it and, with fewer than two items left with text under them, every heading.
  ...(
    [
      ['before an item that goes on from the one above it', `${TITLE}1. Ekonomi\nBudgeten är klar.\n\n  2. Fritidsbanken\nLeif berättar.\n\n3. Övrigt\nInget.\n`, false],
      ['before an item that goes on from the one above it, in a .md', `${TITLE}1. Ekonomi\n\nBudgeten är klar.\n\n 2. Fritidsbanken\n\nLeif berättar.\n\n3. Övrigt\n\nInget.\n`, true],
      ['before the first item, when the next goes on from it', `${TITLE} 1. Ekonomi\nBudgeten är klar.\n\n2. Fritidsbanken\nLeif berättar.\n\n3. Övrigt\nInget.\n`, false],
    ] as const
  ).map(([where, text, markdown]): Case => ({ name: `a space ${where} keeps it an agenda item`, text, markdown, expected: { headings: ['1. Ekonomi', '2. Fritidsbanken', '3. Övrigt'] } })),
  {
    name: 'an item\'s own list, indented under a numbered line that is one less, stays a list',
    text: `${TITLE}1. Fritidsbanken\nFritidsbanken har öppnat.\n\n   1. Ring Leif\n   Han vet om lokalen.\n   2. Skicka ut inbjudan\n   Senast fredag.\n\n2. SIP\nAnne berättade om planen.\n\n3. Övrigt\nInget.\n`,
    expected: { headings: ['1. Fritidsbanken', '2. SIP', '3. Övrigt'] },
  },
  // In a .md, an item's own list indented under it, with text under its lines, as Markdown writes a nested list.
  {
    name: 'an item\'s own list, indented with text under its lines, in a .md',
    text: `${TITLE}1. Fritidsbanken\n\n   Leif berättar.\n\n   1. Hyllor\n\n      Vi köper två.\n\n   2. Skåp\n\n      Ett räcker.\n\n2. SIP\n\n   Inget nytt.\n\n3. Övrigt\n\n   Inget.\n`,
    markdown: true,
    expected: { headings: ['1. Fritidsbanken', '2. SIP', '3. Övrigt'], shown: ['1. Fritidsbanken', '1. Hyllor', '2. Skåp', '2. SIP', '3. Övrigt'] },
  },
  {
    name: 'agenda items numbered "1)" and "2." in a .md are one sequence',
    text: `${TITLE}1) Ekonomi\n\nBudgeten är klar.\n\n2. Fritidsbanken\n\nLeif berättar.\n\n3) Övrigt\n\nInget.\n`,
    markdown: true,
    expected: { headings: ['1) Ekonomi', '2. Fritidsbanken', '3) Övrigt'] },
  },
  // A numbered date line or list of attendees above the agenda is neither an item nor lost.
  {
    name: 'a date line "1. 2016-02-08" above a numbered agenda, in a .md',
    text: 'Styrgruppen\n\n1. 2016-02-08\n\nNärvarande\nLeif Redestig\n\n1. Ekonomi\n\nBudgeten är klar.\n\n2. Fritidsbanken\n\nLeif berättar.\n',
    markdown: true,
    expected: { headings: ['1. Ekonomi', '2. Fritidsbanken'], shown: ['1. 2016-02-08', '1. Ekonomi', '2. Fritidsbanken'] },
  },
  {
    name: 'a numbered list of attendees above a numbered agenda, in a .md',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n\n1. Leif Redestig\n2. Johanna Callegari\n3. David Bergström\n\n1. Ekonomi\n\nBudgeten är klar.\n\n2. Fritidsbanken\n\nLeif berättar.\n',
    markdown: true,
    expected: { attendees: ['leif-redestig', 'johanna-callegari', 'david-bergstrom'], headings: ['1. Ekonomi', '2. Fritidsbanken'] },
  },
  // Numbered past 99 in a run, as lines.ts reads a list's numbers: "100. " stayed in the name, no person.
  {
    name: 'a list of attendees numbered 98 to 101',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n98. Leif Redestig\n99. Johanna Callegari\n100. David Bergström\n101. Åke Malmén, SOF\n\nText.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari', 'david-bergstrom', 'ake-malmen'], attendeeLines: ['Leif Redestig', 'Johanna Callegari', 'David Bergström', 'Åke Malmén, SOF'], body: 'Text.\n' },
  },
  // A number that does not run on from the one above (a typo, a gap) left "100. " in the name: no person, and a heading.
  {
    name: 'a numbered list of attendees with a gap in its numbers, "100." right under "2."',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n1. Leif Redestig\n2. Johanna Callegari\n100. Åke Malmén, SOF\n\nText.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari', 'ake-malmen'], attendeeLines: ['Leif Redestig', 'Johanna Callegari', 'Åke Malmén, SOF'], body: 'Text.\n' },
  },
  {
    name: 'a numbered list of attendees with a gap in its numbers and blank lines between them',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\n1. Leif Redestig\n\n2. Johanna Callegari\n\n100. Åke Malmén\n\nText.\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari', 'ake-malmen'], body: 'Text.\n' },
  },
  {
    name: 'agenda items numbered "1." and "2)" in one text are one sequence',
    text: `${TITLE}1. Fritidsbanken\nFritidsbanken har öppnat.\n1. ring Leif\n2. skicka ut inbjudan\n\n2) SIP\nAnne berättade om planen.\n\n3) Nästa möte\nDen 2 maj.\n`,
    expected: { body: '## 1. Fritidsbanken\n\nFritidsbanken har öppnat.\n\n1. ring Leif\n2. skicka ut inbjudan\n\n## 2) SIP\n\nAnne berättade om planen.\n\n## 3) Nästa möte\n\nDen 2 maj.\n' },
  },
  // Markdown numbers a list on from its first item: "1. ring Leif" under "1. Fritidsbanken" showed as 2, "2. SIP" as 4.
  {
    name: 'a list numbered from 1 again under an item, the outer numbers resuming after it, is that item\'s own list',
    text: `${TITLE}Punkt\n\n1. Fritidsbanken\n1. ring Leif\n2. skicka ut\n2. SIP\n3. Nästa möte\n`,
    expected: { body: '## Punkt\n\n1. Fritidsbanken\n   1. ring Leif\n   2. skicka ut\n2. SIP\n3. Nästa möte\n', shown: ['1. Fritidsbanken', '1. ring Leif', '2. skicka ut', '2. SIP', '3. Nästa möte'] },
  },
  {
    name: 'a number that does not follow the one before is written as text, to show as written',
    text: `${TITLE}Punkt\n\nVi köper:\n1. Hyllor\n3. Skåp\n4. Bänkar\n`,
    expected: { body: '## Punkt\n\nVi köper:\n\n1. Hyllor\n\n3\\. Skåp\n\n4. Bänkar\n', shown: ['1. Hyllor', '3. Skåp', '4. Bänkar'] },
  },
  {
    name: 'a list numbered from 1 again with no outer number after it stays as written',
    text: `${TITLE}Punkt\n\nVi köper:\n1. Hyllor\n2. Skåp\n1. Bänkar\n`,
    expected: { body: '## Punkt\n\nVi köper:\n\n1. Hyllor\n2. Skåp\n\n1\\. Bänkar\n', shown: ['1. Hyllor', '2. Skåp', '1. Bänkar'] },
  },
  {
    name: 'agenda items each with their own numbered list',
    text: `${TITLE}1. Fritidsbanken\nFritidsbanken har öppnat.\n\n1. Ring Leif\nHan vet om lokalen.\n2. Skicka ut inbjudan\nSenast fredag.\n\n2. SIP\nAnne berättade om planen.\n\n1. Boka möte\nMed regionen.\n2. Skriv avtal\nFöre sommaren.\n3. Följ upp\nI maj.\n\n3. Nästa möte\nDen 2 maj.\n`,
    expected: { headings: ['1. Fritidsbanken', '2. SIP', '3. Nästa möte'] },
  },
  // A lone numbered line with text under it stayed a one-item list, while the same line unnumbered is a heading.
  ...(
    [
      ['"1. …" with text under it is a heading', '1. Läxhjälp\nLäxhjälpen har kommit igång.\n\nFritidsbanken\nLokalen är klar.\n', ['1. Läxhjälp', 'Fritidsbanken']],
      ['"1) …" with text under it after a blank line is a heading', '1) Läxhjälp\n\nLäxhjälpen har kommit igång.\n', ['1) Läxhjälp']],
      ['"§ 12 …" is a heading', '§ 12 Läxhjälp\nLäxhjälpen har kommit igång.\n', ['§ 12 Läxhjälp']],
      ['"Punkt 3: …" is a heading', 'Punkt 3: Läxhjälp\nLäxhjälpen har kommit igång.\n', ['Punkt 3: Läxhjälp']],
      ['"2. …" is no heading: a list numbered on', 'Punkt\n\n2. Ekonomi\nKassan är god.\n', ['Punkt']],
      ['"1. …" right under text is no heading', 'Punkt\nVi köper in.\n1. Hyllor\nDe kommer i maj.\n', ['Punkt']],
      ['"1. …" after a colon is no heading', 'Punkt\n\nVi köper in:\n\n1. Hyllor\n\nDe kommer i maj.\n', ['Punkt']],
      ['"1. …" that is a sentence is no heading', 'Punkt\n\n1. Vi ska köpa hyllor\n\nDe kommer i maj.\n', ['Punkt']],
      ['"1. …" with nothing under it is no heading', 'Punkt\n\nText.\n\n1. Hyllor\n', ['Punkt']],
      ['"1. …" with a list under it is no heading', 'Punkt\n\n1. Hyllor\n- höga\n', ['Punkt']],
      ['"1. …" beside another numbered line is no lone one', 'Punkt\n\n1. Hyllor\nDe kommer i maj.\n\n3. Skåp\nDe kommer i juni.\n', ['Punkt']],
    ] as const
  ).map(([what, text, headings]): Case => ({ name: `a lone numbered line: ${what}`, text: `${TITLE}${text}`, expected: { headings } })),
  // --- Line endings: a double-spaced text reads as it does single-spaced ---
  // Every line ending CR CR LF (a CR LF converted again) or LF CR was read as two line breaks, and a blank line
  // between every two lines: the heading had none of its text right under it, the hard-wrapped sentence stayed
  // two paragraphs and "Vid pennan:" was too far from its name.
  ...(
    [
      ['LF', '\n'],
      ['CR LF', '\r\n'],
      ['CR', '\r'],
      ['CR CR LF', '\r\r\n'],
      ['LF CR', '\n\r'],
      ['CR LF CR LF, double-spaced', '\r\n\r\n'],
      ['LF LF, double-spaced', '\n\n'],
    ] as const
  ).map(([what, ending]): Case => ({
    name: `line endings: ${what}`,
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nLeif Redestig\nJohanna Callegari\n\nLäxhjälp\nLäxhjälpen har kommit igång med tolv barn och\nfler vill vara med.\n\nVid pennan:\n\nDavid Bergström\n'.replace(/\n/g, ending),
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], secretary: 'david-bergstrom', body: '## Läxhjälp\n\nLäxhjälpen har kommit igång med tolv barn och fler vill vara med.\n' },
  })),
  {
    name: 'line endings: CR, LF and CR LF in one text',
    text: 'Styrgruppen 7 mars 2016\r\rNärvarande\nLeif Redestig\r\nJohanna Callegari\r\n\nLäxhjälp\rLäxhjälpen har kommit igång med tolv barn och\nfler vill vara med.\r\n',
    expected: { attendees: ['leif-redestig', 'johanna-callegari'], body: '## Läxhjälp\n\nLäxhjälpen har kommit igång med tolv barn och fler vill vara med.\n' },
  },
  {
    // No run of three blank lines, as a double-spaced text with a blank line of its own has: each paragraph a line,
    // with a blank line between them, as written.
    name: 'line endings: one-line paragraphs with a blank line between them stay so',
    text: `${TITLE}Läxhjälp\n\nLäxhjälpen har kommit igång med tolv barn och\n\nfler vill vara med.\n`,
    // A line that breaks off on "och" is no heading, even with a blank line under it (it was "## Läxhjälpen …"); as a
    // paragraph it goes on in the lower-case one below it, one sentence.
    expected: { body: '## Läxhjälp\n\nLäxhjälpen har kommit igång med tolv barn och fler vill vara med.\n' },
  },
  {
    // Two blank lines together are no double spacing, which makes every run of them odd.
    name: 'line endings: a text with two blank lines together is not double-spaced',
    text: `${TITLE}\nLäxhjälp\n\nLäxhjälpen har kommit igång med tolv barn och\n\nfler vill vara med.\n\n\nFritidsbanken\n\nLokalen är klar.\n`,
    expected: { body: '## Läxhjälp\n\nLäxhjälpen har kommit igång med tolv barn och fler vill vara med.\n\n## Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    // In Markdown a blank line is a paragraph break of the writer's, however many there are.
    name: 'line endings: Markdown with a blank line under every line stays as written',
    markdown: true,
    text: '# Styrgruppen 7 mars 2016\n\n\n\n## Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n\n\n## Fritidsbanken\n\nLokalen är klar.\n',
    expected: { body: '## Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## Fritidsbanken\n\nLokalen är klar.\n' },
  },
  {
    name: 'a numbered sentence is not a heading (long)',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nLokalen är klar.\n\n3. Nästa gång tar vi upp frågan om lokaler för läxhjälpen i Gottsunda\n\nDet blir i maj.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken'], bodyContains: ['\n\n3. Nästa gång tar vi upp frågan om lokaler för läxhjälpen i Gottsunda\n\nDet blir i maj.\n'] },
  },
  {
    name: 'a numbered sentence is not a heading (wrapped onto the next line)',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nLokalen är klar.\n\n3. Vi ordnar en fest\nför barnen.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken'], bodyContains: ['\n\n3. Vi ordnar en fest för barnen.\n'] },
  },
  {
    name: 'a numbered sentence is not a heading (breaks off on a preposition, its rest on the next line)',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nLokalen är klar.\n\n3. Vi diskuterade frågan om\nFritidsbanken och lokalen.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken'], body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n\n3. Vi diskuterade frågan om Fritidsbanken och lokalen.\n' },
  },
  {
    name: 'a numbered sentence is not a heading (with "ska")',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nLokalen är klar.\n\n3. Vi ska ses igen i maj\nDå på Bryggan.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken'], body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n\n3. Vi ska ses igen i maj\n\nDå på Bryggan.\n' },
  },
  {
    name: 'a numbered sentence is not a heading (a full stop)',
    text: `${TITLE}1. Läxhjälp\nLäxhjälpen har kommit igång.\n\n2. Fritidsbanken\nLokalen är klar.\n\n3. Mötet avslutades.\nTack alla.\n`,
    expected: { headings: ['1. Läxhjälp', '2. Fritidsbanken'], body: '## 1. Läxhjälp\n\nLäxhjälpen har kommit igång.\n\n## 2. Fritidsbanken\n\nLokalen är klar.\n\n3. Mötet avslutades.\n\nTack alla.\n' },
  },

  // --- Proposed actions ---
  { name: '"X ska" with a full name', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nÅke Malmén ska skicka ut en kallelse.\n`, expected: { actions: [{ who: ['ake-malmen'], what: 'Skicka ut en kallelse.' }] } },
  {
    name: '"X och Y ska" with first names of attendees',
    text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nVi pratade. Leif och Johanna ska kalla till ett nytt möte där fler kan tycka till.\n`,
    expected: { actions: [{ who: ['leif-redestig', 'johanna-callegari'], what: 'Kalla till ett nytt möte där fler kan tycka till.' }] },
  },
  // A .md source's hard line break is kept in the text (body.ts): the sentence across it was no action.
  { name: '"X ska" across a hard line break, in a .md', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nÅke Malmén ska skicka  \nut en kallelse.\n`, markdown: true, expected: { body: '## Punkt\n\nÅke Malmén ska skicka\\\nut en kallelse.\n', actions: [{ who: ['ake-malmen'], what: 'Skicka ut en kallelse.' }] } },
  // The organisation people.yml gives the person before it, after a comma or in brackets, was a second owner or none.
  {
    name: '"X, X\'s organisation, ska": one owner; an organisation not the person\'s an owner as written',
    text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nLeif Redestig, Socialförvaltningen ska boka lokalen. David Bergström (SOF) ska ringa Hiso. Johanna Callegari, SOF ska skriva.\n`,
    expected: {
      actions: [
        { who: ['leif-redestig'], what: 'Boka lokalen.' },
        { who: ['david-bergstrom'], what: 'Ringa Hiso.' },
        { who: ['johanna-callegari', 'socialforvaltningen'], what: 'Skriva.' },
      ],
    },
  },
  { name: 'an organisation as owner', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nSocialförvaltningen ska skriva ihop ett brev.\n`, expected: { actions: [{ who: ['socialforvaltningen'], what: 'Skriva ihop ett brev.' }] } },
  { name: 'organisations by alias, in a list item', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\n- SOF och Vorta Drom ska ses i april.\n`, expected: { actions: [{ who: ['socialforvaltningen', 'vorta-drom'] }] } },
  { name: 'the project from the section heading', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Fritidsbank\n\nLeif ska ringa Hiso.\n`, expected: { actions: [{ who: ['leif-redestig'], project: 'fritidsbanken' }] } },
  {
    name: 'no action without a registered owner, or in a question',
    text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nVi ska boka ett datum. Nu ska föreningen skriva avtal. Leif ska väl ringa? Bengt Nilson ska komma.\n`,
    expected: { actions: [] },
  },
  {
    name: 'the inverted form after an opening phrase, which is kept with what is to be done',
    text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nUnder hösten ska socialförvaltningen börja med att förenkla rutiner. I april ska Leif och Johanna ringa Hiso. Sedan ska Åke Malmén, Leif och Johanna boka lokal.\n`,
    expected: {
      actions: [
        { who: ['socialforvaltningen'], what: 'Under hösten börja med att förenkla rutiner.' },
        { who: ['leif-redestig', 'johanna-callegari'], what: 'I april ringa Hiso.' },
        { who: ['ake-malmen', 'leif-redestig', 'johanna-callegari'], what: 'Sedan boka lokal.' },
      ],
    },
  },
  {
    name: 'no inverted action without a known owner right after "ska", or after a long opening',
    text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nTill dess ska respektive organisation fundera. Protokollen ska vi sprida. När vi har pratat klart om detta i gruppen ska Leif ringa. Därför ska Leif, som vanligt, stå för fikat.\n`,
    expected: { actions: [] },
  },
  { name: 'a first name of someone the text names in full', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nÅke Malmén har skrivit. Åke ska ringa.\n`, expected: { actions: [{ who: ['ake-malmen'], what: 'Ringa.' }] } },
  { name: 'a first name of someone neither there nor named gives no action', text: `Styrgruppen 7 mars 2016\n\n${ATTENDING}Punkt\n\nÅke ska ringa.\n`, expected: { actions: [] } },
  {
    name: 'a first name two attendees share gives no action',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nDavid Bergström\nDavid Andersson\n\nPunkt\n\nDavid ska ringa.\n',
    expected: { actions: [] },
  },

  // --- Unknown names ---
  {
    name: 'unknown people with the closest registered names',
    text: 'Styrgruppen 7 mars 2016\n\nNärvarande\nBengt Nilson\nKarin Ek, Stadsmissionen\nLeif Redestig\n\nText.\n',
    expected: {
      attendees: ['Bengt Nilson', 'Karin Ek', 'leif-redestig'],
      notes: [/Okänd person: "Bengt Nilson" – menade du Bengt Nilsson\?/, /Okänd person: "Karin Ek" \(Stadsmissionen\) – menade du Karin Ekholm\?/],
    },
  },

  // --- No structure at all ---
  {
    name: 'a file with none of the expected structure keeps all its text',
    text: 'Lite anteckningar\nutan rubrik.\n\nEtt stycke till.\n',
    expected: { group: null, date: 'ÅÅÅÅ-MM-DD', attendees: [], body: 'Lite anteckningar utan rubrik.\n\nEtt stycke till.\n', notes: [/Grupp: hittar ingen grupp/, /Datum: hittar inget mötesdatum/, /Närvarande: hittar inga närvarande/] },
  },
];

const ids = (list: Draft['attendance']['present']) => list.map((p) => (p.result.kind === 'found' ? p.result.id : p.written));

describe('forms the importer recognises', () => {
  it.each(CASES)('$name', ({ text, expected: e, name: _name, ...options }) => {
    const { draft, rendered } = draftOf(text, options);
    const { data, body, comments } = split(rendered);
    if (e.date !== undefined) expect(String(data.date)).toBe(e.date);
    if (e.group !== undefined) expect(data.group).toBe(e.group);
    if (e.time !== undefined) expect(data.time ?? null).toBe(e.time);
    if (e.location !== undefined) expect(data.location ?? null).toBe(e.location);
    if (e.attendees) expect(ids(draft.attendance.present)).toEqual(e.attendees);
    if (e.absent) expect(ids(draft.attendance.absent)).toEqual(e.absent);
    if (e.attendeeLines) expect(data.attendees).toEqual(e.attendeeLines);
    if (e.guests) expect(data.guests).toEqual(e.guests);
    if (e.secretary !== undefined) {
      const s = draft.secretary?.person;
      expect(s ? (s.result.kind === 'found' ? s.result.id : s.written) : null).toBe(e.secretary);
    }
    if (e.chair !== undefined) {
      const c = draft.chair?.person;
      expect(c ? (c.result.kind === 'found' ? c.result.id : c.written) : null).toBe(e.chair);
      if (c) expect(data.chair).toBeDefined();
    }
    if (e.headings) expect(body.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual(e.headings);
    if (e.body !== undefined) expect(body).toBe(e.body);
    if (e.shown) expect(shownNumbers(body)).toEqual(e.shown);
    for (const s of e.bodyContains ?? []) expect(body).toContain(s);
    for (const s of e.bodyLacks ?? []) expect(body).not.toContain(s);
    if (e.actions) {
      expect(draft.actions.map((a) => a.who.map((w) => w.id))).toEqual(e.actions.map((a) => a.who));
      e.actions.forEach((a, i) => {
        if (a.what) expect(draft.actions[i]!.what).toBe(a.what);
        if (a.project) expect(draft.actions[i]!.project).toBe(a.project);
      });
    }
    if (e.nextMeeting !== undefined) expect(data.next_meeting ?? null).toBe(e.nextMeeting);
    for (const n of e.notes ?? []) expect(comments).toMatch(n);
    for (const n of e.notesLack ?? []) expect(comments).not.toMatch(n);
    // Whatever was recognised, no word of the source is lost.
    expect(missingWords(text, rendered)).toEqual([]);
  });
});
