// Slips a volunteer secretary makes when copying minutes from Word into the format, each with the place, code,
// message and hint `minutes check` gives: the hint is the text to paste, and never one that makes it worse.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-03-07.md';
const HEAD = 'group: GUG\ndate: 2016-03-07\n';
afterAll(cleanTemp);

/** The mistake, the front matter after its first line, "line:col code" of each diagnostic, and the first one's message and hint. */
type Row = readonly [mistake: string, yaml: string, expected: readonly string[], message: string, hint: string];

const rows: readonly Row[] = [
  // A standing member who was away, as the seeds list one: among the attendees the person would count as present.
  ['"(ej närvarande)" after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig (ej närvarande)\n`, ['6:5 present-and-absent'], '"Leif Redestig (ej närvarande)" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "ej närvarande": "  - Leif Redestig"'],
  ['"(ej närvarande)" after an attendee with an organisation, which a comma made what they came as', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig, Bryggan (ej närvarande)\n`, ['6:5 present-and-absent'], '"Leif Redestig, Bryggan (ej närvarande)" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "ej närvarande": "  - Leif Redestig, Bryggan"'],
  ['", frånvarande" after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig, frånvarande\n`, ['6:5 present-and-absent'], '"Leif Redestig, frånvarande" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "frånvarande": "  - Leif Redestig"'],
  ['why an attendee was away, in brackets: moved with the reason as a comment', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig (sjuk)\n`, ['6:5 present-and-absent'], '"Leif Redestig (sjuk)" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, med skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Leif Redestig  # sjuk"'],
  ['"(ej närvarande)" in a list in brackets', `${HEAD}attendees: [David Bergström, Leif Redestig (ej närvarande)]\n`, ['4:30 present-and-absent'], '"Leif Redestig (ej närvarande)" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "ej närvarande": "  - Leif Redestig"'],
  ['"(ej närvarande)" after someone under absent: at the note, the line without it', `${HEAD}attendees: [David Bergström]\nabsent:\n  - Leif Redestig (ej närvarande)\n`, ['6:19 unknown-person'], '"ej närvarande" efter namnet behövs inte under absent, och skulle synas efter namnet på webbplatsen.', 'Skriv raden utan det: "  - Leif Redestig"'],
  ['", ej närvarande" after an organisation under absent, which would show after the name', `${HEAD}attendees: [David Bergström]\nabsent:\n  - Leif Redestig, Bryggan (ej närvarande)\n`, ['6:28 unknown-affiliation'], '"ej närvarande" efter namnet behövs inte under absent, och skulle synas efter namnet på webbplatsen.', 'Skriv raden utan det: "  - Leif Redestig, Bryggan"'],
  // The note in square brackets, or with its bracket left open, as the importer reads it too.
  ['"[ej närvarande]" after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig [ej närvarande]\n`, ['6:5 present-and-absent'], '"Leif Redestig [ej närvarande]" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "ej närvarande": "  - Leif Redestig"'],
  ['"(ej närvarande" with its bracket left open after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig (ej närvarande\n`, ['6:5 present-and-absent'], '"Leif Redestig (ej närvarande" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "ej närvarande": "  - Leif Redestig"'],
  ['"[ej närvarande" left open after an attendee with an organisation', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig, Bryggan [ej närvarande\n`, ['6:5 present-and-absent'], '"Leif Redestig, Bryggan [ej närvarande" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, utan "ej närvarande": "  - Leif Redestig, Bryggan"'],
  ['why an attendee was away, in square brackets: moved with the reason as a comment', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig [sjuk]\n`, ['6:5 present-and-absent'], '"Leif Redestig [sjuk]" står bland de närvarande, men var inte där.', 'Flytta raden från attendees till absent, med skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Leif Redestig  # sjuk"'],
  ['"[ej närvarande]" after someone under absent: at the bracket, the line without it', `${HEAD}attendees: [David Bergström]\nabsent:\n  - Leif Redestig [ej närvarande]\n`, ['6:19 unknown-person'], '"ej närvarande" efter namnet behövs inte under absent, och skulle synas efter namnet på webbplatsen.', 'Skriv raden utan det: "  - Leif Redestig"'],
  ['"(ej närvarande" left open under absent', `${HEAD}attendees: [David Bergström]\nabsent:\n  - Leif Redestig (ej närvarande\n`, ['6:19 unknown-person'], '"ej närvarande" efter namnet behövs inte under absent, och skulle synas efter namnet på webbplatsen.', 'Skriv raden utan det: "  - Leif Redestig"'],
  ['why someone under absent was away, in square brackets: as a comment', `${HEAD}attendees: [David Bergström]\nabsent:\n  - Leif Redestig [sjuk]\n`, ['6:5 unknown-person'], 'Hittar inte personen "Leif Redestig [sjuk]".', 'Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Leif Redestig  # sjuk"'],
  ['why someone under absent was away, its bracket left open: as a comment', `${HEAD}attendees: [David Bergström]\nabsent:\n  - Leif Redestig (semester\n`, ['6:5 unknown-person'], 'Hittar inte personen "Leif Redestig (semester".', 'Skriv skälet som en kommentar efter #, som inte kommer med på webbplatsen: "  - Leif Redestig  # semester"'],
  ['"[ordf.]" after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig [ordf.]\n`, ['6:5 unknown-person'], 'Hittar inte personen "Leif Redestig [ordf.]".', 'Skriv bara namnet här, "  - Leif Redestig", och ordföranden i ett eget fält: chair: Leif Redestig'],
  // The chair and the secretary have fields of their own; after a comma "ordf." would stand for the organisation.
  ['"(ordf.)" after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig (ordf.)\n`, ['6:5 unknown-person'], 'Hittar inte personen "Leif Redestig (ordf.)".', 'Skriv bara namnet här, "  - Leif Redestig", och ordföranden i ett eget fält: chair: Leif Redestig'],
  ['"- ordförande" after an attendee', `${HEAD}attendees:\n  - David Bergström\n  - Leif Redestig - ordförande\n`, ['6:5 unknown-person'], 'Hittar inte personen "Leif Redestig - ordförande".', 'Skriv bara namnet här, "  - Leif Redestig", och ordföranden i ett eget fält: chair: Leif Redestig'],
  ['"(sekr.)" after an attendee, the secretary not yet written', `${HEAD}attendees:\n  - David Bergström (sekr.)\n`, ['5:5 unknown-person'], 'Hittar inte personen "David Bergström (sekr.)".', 'Skriv bara namnet här, "  - David Bergström", och sekreteraren i ett eget fält: secretary: David Bergström'],
  ['"(ordförande)" after an attendee, the chair written already', `${HEAD}chair: Leif Redestig\nattendees:\n  - David Bergström\n  - Leif Redestig (ordförande)\n`, ['7:5 unknown-person'], 'Hittar inte personen "Leif Redestig (ordförande)".', 'Skriv bara namnet här: "  - Leif Redestig" (ordföranden står i chair).'],
  // An address copied from the e-mail that sent the minutes round.
  ['an e-mail address as an attendee', `${HEAD}attendees:\n  - David Bergström\n  - leif.redestig@helsingborg.se\n`, ['6:5 unknown-person'], '"leif.redestig@helsingborg.se" är en e-postadress, inte ett namn.', 'Skriv personens namn: Leif Redestig'],
  ['an e-mail address in angle brackets as an owner', `${HEAD}attendees: [David Bergström]\nactions:\n  - who: <david_bergstrom@example.org>\n    what: Boka lokal.\n`, ['6:10 unknown-owner'], '"<david_bergstrom@example.org>" är en e-postadress, inte ett namn.', 'Skriv personens namn: David Bergström'],
  ['an e-mail address misspelt', `${HEAD}attendees:\n  - David Bergström\n  - leif.redestg@helsingborg.se\n`, ['6:5 unknown-person'], '"leif.redestg@helsingborg.se" är en e-postadress, inte ett namn.', 'Menade du Leif Redestig?'],
  ['an e-mail address of nobody registered', `${HEAD}attendees:\n  - David Bergström\n  - info@bryggan.se\n`, ['6:5 unknown-person'], '"info@bryggan.se" är en e-postadress, inte ett namn.', 'Skriv personens namn som det står i people.yml, eller lägg till personen där.'],
  // A follow-up of an action that is not there, below one of the action near it: offering that one again would only
  // lead to duplicate-followup.
  ['a follow-up of an action that is not there, the near one followed up above it: not offered again', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n  - action: gemensam-utvecklingsgrupp/2016-02-08#2\n    status: done\n`, ['8:13 unknown-action'], 'Åtgärden "gemensam-utvecklingsgrupp/2016-02-08#2" finns inte.', 'Ett åtgärds-id ser ut som grupp/ÅÅÅÅ-MM-DD#1 och står på åtgärdens mötessida.'],
  ['a follow-up of an action that is not there, the near one not followed up here: offered', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#2\n    status: done\n`, ['6:13 unknown-action'], 'Åtgärden "gemensam-utvecklingsgrupp/2016-02-08#2" finns inte.', 'Menade du gemensam-utvecklingsgrupp/2016-02-08#1?'],
  // A follow-up written as words, or as an id with a slip in it: the action meant, by its text and meeting, and the line.
  ['a follow-up written as words that name an action, its owner by a possessive: the action, with the line to write', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: Leifs förslag på mötestid\n    status: open\n`, ['6:13 unknown-action'], '"Leifs förslag på mötestid" är inget åtgärds-id.', 'Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ['a follow-up written as words without accents or capitals', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: LEIFS forslag om motestid\n    status: open\n`, ['6:13 unknown-action'], '"LEIFS forslag om motestid" är inget åtgärds-id.', 'Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ['a follow-up of an action id with the date without its noughts', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-2-8#1\n    status: open\n`, ['6:13 unknown-action'], '"gemensam-utvecklingsgrupp/2016-2-8#1" är inget åtgärds-id.', 'Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ["a follow-up of an action id with the group's name for its id", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: Gemensam utvecklingsgrupp/2016-02-08#1\n    status: open\n`, ['6:13 unknown-action'], '"Gemensam utvecklingsgrupp/2016-02-08#1" är inget åtgärds-id.', 'Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ['a follow-up of an action id with spaces in it', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp / 2016-02-08#1\n    status: open\n`, ['6:13 unknown-action'], '"gemensam-utvecklingsgrupp / 2016-02-08#1" är inget åtgärds-id.', 'Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ["a follow-up of a meeting's id without the action's number: the meeting's open action", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08\n    status: open\n`, ['6:13 unknown-action'], '"gemensam-utvecklingsgrupp/2016-02-08" är inget åtgärds-id.', 'Ett åtgärds-id slutar på # och åtgärdens nummer. Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  // A date no minutes of the group have, a day or a month off one that has: the same number there, else its open actions.
  ["a follow-up of an action id a day off its meeting's date: the action of that meeting", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-09#1\n    status: open\n`, ['6:13 unknown-action'], 'Åtgärden "gemensam-utvecklingsgrupp/2016-02-09#1" finns inte: det finns inget protokoll från gemensam-utvecklingsgrupp 2016-02-09.', 'Har protokollet fått ett annat datum: skriv gemensam-utvecklingsgrupp/2016-02-09 under former_ids i det, så leder både uppföljningen och gamla länkar dit. Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ["a follow-up of an action id a month off its meeting's date", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-01-08#1\n    status: open\n`, ['6:13 unknown-action'], 'Åtgärden "gemensam-utvecklingsgrupp/2016-01-08#1" finns inte: det finns inget protokoll från gemensam-utvecklingsgrupp 2016-01-08.', 'Har protokollet fått ett annat datum: skriv gemensam-utvecklingsgrupp/2016-01-08 under former_ids i det, så leder både uppföljningen och gamla länkar dit. Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ['a follow-up of an action id a day off, with a number that meeting has not: its open action', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-09#4\n    status: open\n`, ['6:13 unknown-action'], 'Åtgärden "gemensam-utvecklingsgrupp/2016-02-09#4" finns inte: det finns inget protokoll från gemensam-utvecklingsgrupp 2016-02-09.', 'Har protokollet fått ett annat datum: skriv gemensam-utvecklingsgrupp/2016-02-09 under former_ids i det, så leder både uppföljningen och gamla länkar dit. Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ['a follow-up of an action id a day off, with a space before its #: not #1 of no meeting', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-09 #1\n    status: open\n`, ['6:13 unknown-action'], '"gemensam-utvecklingsgrupp/2016-02-09" är inget åtgärds-id.', 'Ett åtgärds-id slutar på # och åtgärdens nummer, utan mellanslag före # (efter ett mellanslag läses # som början på en kommentar). Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ["a follow-up of a meeting's id a day off, without the action's number", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2016-02-09\n    status: open\n`, ['6:13 unknown-action'], '"gemensam-utvecklingsgrupp/2016-02-09" är inget åtgärds-id.', 'Ett åtgärds-id slutar på # och åtgärdens nummer. Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "  - action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  ["a follow-up of an action id whose date is no slip of a meeting's (every part off): as before", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: gemensam-utvecklingsgrupp/2014-05-05#1\n    status: open\n`, ['6:13 unknown-action'], 'Åtgärden "gemensam-utvecklingsgrupp/2014-05-05#1" finns inte: det finns inget protokoll från gemensam-utvecklingsgrupp 2014-05-05.', 'Har protokollet fått ett annat datum eller flyttats till en annan grupp: skriv gemensam-utvecklingsgrupp/2014-05-05 under former_ids i det, så leder både uppföljningen och gamla länkar dit (eller skriv åtgärdens nya id här). Har det tagits bort: ta bort uppföljningen. Menade du gemensam-utvecklingsgrupp/2016-02-08#1?'],
  ['a follow-up written as words close to no action: no guess', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: Kaffe och kakor till mötet\n    status: open\n`, ['6:13 unknown-action'], '"Kaffe och kakor till mötet" är inget åtgärds-id.', 'Ett åtgärds-id ser ut som grupp/ÅÅÅÅ-MM-DD#1 och står på åtgärdens mötessida.'],
  ["a follow-up written as words, no word of them an action's: no guess", `${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: Boka lokal för invigningen\n    status: open\n`, ['6:13 unknown-action'], '"Boka lokal för invigningen" är inget åtgärds-id.', 'Ett åtgärds-id ser ut som grupp/ÅÅÅÅ-MM-DD#1 och står på åtgärdens mötessida.'],
  ['a follow-up in brackets written as words: the field to write', `${HEAD}attendees: [David Bergström]\nfollowups:\n  - {action: Leifs förslag på mötestid, status: open}\n`, ['6:14 unknown-action'], '"Leifs förslag på mötestid" är inget åtgärds-id.', 'Menade du "Skicka ut förslag på tid för ett möte." (åtgärd 1 från mötet 2016-02-08)? Skriv: "action: gemensam-utvecklingsgrupp/2016-02-08#1"'],
  // A word processor's dashes for the hyphens of a date look the same: the hint says what differs.
  ['a date with en dashes', 'group: GUG\ndate: 2016–03–07\nattendees: [David Bergström]\n', ['3:7 invalid-date'], '"2016–03–07" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Menade du 2016-03-07 (med vanliga bindestreck, inte tankstreck)? Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
  ['a next meeting with em dashes and a time', `${HEAD}attendees: [David Bergström]\nnext_meeting: 2016—03—21 13:30\n`, ['5:15 invalid-date'], '"2016—03—21 13:30" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Menade du 2016-03-21 13:30 (med vanliga bindestreck, inte tankstreck)? Skriv datum som ÅÅÅÅ-MM-DD, gärna med tid: "2016-02-22 13:30".'],
  ['a date with en dashes, a month without its nought', 'group: GUG\ndate: 2016–3–7\nattendees: [David Bergström]\n', ['3:7 invalid-date'], '"2016–3–7" är inget datum i formen ÅÅÅÅ-MM-DD.', 'Menade du 2016-03-07? Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2016-02-08.'],
];

describe('what check says to a secretary copying minutes from Word', () => {
  it.each(rows)('%s', (_mistake, yaml, expected, message, hint) => {
    const result = check(archive([BASE], { [FILE]: `---\n${yaml}---\nText.\n` }));
    const here = result.diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(expected);
    expect(result.diagnostics.filter((d) => d.file !== FILE)).toEqual([]);
    expect(here[0]!.message).toBe(message);
    expect(here[0]!.hint).toBe(hint);
  });
});

// A follow-up written as words several actions share: those of its own group first, each by its id and text.
describe('a follow-up written as words that fit several actions', () => {
  const G = 'gemensam-utvecklingsgrupp';
  const decided = (group: string, date: string, whats: readonly string[]) => `---\ngroup: ${group}\ndate: ${date}\nattendees: [David Bergström]\nactions:\n${whats.map((w) => `  - who: David Bergström\n    what: ${w}\n`).join('')}---\nText.\n`;
  const files = {
    'minutes/gug/2016-02-22.md': decided('GUG', '2016-02-22', ['Boka lokal för Fritidsbanken.', 'Boka lokal för IT-gruppen.', 'Skriv inbjudan.']),
    'minutes/gug/2016-02-29.md': decided('GUG', '2016-02-29', ['Boka lokal för Fritidsbanken.']),
  };
  it.each<[string, string, string]>([
    ['Boka lokal', 'all three of the group, the latest meeting first', `Menade du ${G}/2016-02-29#1 ("Boka lokal för Fritidsbanken."), ${G}/2016-02-22#1 ("Boka lokal för Fritidsbanken.") eller ${G}/2016-02-22#2 ("Boka lokal för IT-gruppen.")? Skriv id:t för den du menade, till exempel: "  - action: ${G}/2016-02-29#1"`],
    ['lokalen till IT-gruppen', 'one with more of the words: alone', `Menade du "Boka lokal för IT-gruppen." (åtgärd 2 från mötet 2016-02-22)? Skriv: "  - action: ${G}/2016-02-22#2"`],
  ])('"%s": %s', (written, _, hint) => {
    const text = `---\n${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: ${written}\n    status: open\n---\nText.\n`;
    const here = check(archive([BASE], { ...files, [FILE]: text })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => [`${d.line}:${d.col} ${d.code}`, d.hint])).toEqual([['6:13 unknown-action', hint]]);
  });
});

describe('a follow-up of an action id whose date is as far from two meetings', () => {
  const G = 'gemensam-utvecklingsgrupp';
  const decided = (date: string, status: string) => `---\ngroup: GUG\ndate: ${date}\nattendees: [David Bergström]\nactions:\n  - who: David Bergström\n    what: Boka lokal ${date}.\n    status: ${status}\n---\nText.\n`;
  it.each<[string, Record<string, string>]>([
    ['the closed one at the earlier meeting', { 'minutes/gug/2016-02-22.md': decided('2016-02-22', 'done'), 'minutes/gug/2016-02-24.md': decided('2016-02-24', 'open') }],
    ['the closed one at the later meeting', { 'minutes/gug/2016-02-22.md': decided('2016-02-22', 'open'), 'minutes/gug/2016-02-24.md': decided('2016-02-24', 'done') }],
  ])('offers the open action first: %s', (_, files) => {
    const open = Object.entries(files).find(([, text]) => text.includes('status: open'))![0].slice(-13, -3);
    const text = `---\n${HEAD}attendees: [David Bergström]\nfollowups:\n  - action: ${G}/2016-02-23#1\n    status: open\n---\nText.\n`;
    const here = check(archive([BASE], { ...files, [FILE]: text })).diagnostics.filter((d) => d.file === FILE);
    expect(here.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['6:13 unknown-action']);
    expect(here[0]!.hint).toContain(`Menade du ${G}/${open}#1 ("Boka lokal ${open}.") eller `);
    expect(here[0]!.hint).toMatch(new RegExp(`till exempel: "  - action: ${G}/${open}#1"$`));
  });
});

// The registry as the project's own: no abbreviation kept as an alias, and groups whose names share words.
const GROUPS = `groups:
  gemensam-utvecklingsgrupp:
    name: Gemensam utvecklingsgrupp
    members: [leif-redestig, david-bergstrom]
  gemensam-ledningsgrupp-utveckling:
    name: Gemensam ledningsgrupp utveckling
  samverkan-barn-unga:
    name: Samverkansgrupp för barn och unga
  grupp-unga:
    name: Grupp för unga
projects:`;

/** The mistake, the minutes file, what `group:` says, and the hint of the one diagnostic, at 2:8. */
type GroupRow = readonly [mistake: string, file: string, group: string, hint: string];

const ALIAS = (abbr: string, id: string, name: string) => `Menade du ${id} (${name})? Ska förkortningen gå att använda, lägg till "${abbr}" under aliases för ${id} i organisations.yml. Annars skriv gruppens id: group: ${id}`;
const groupRows: readonly GroupRow[] = [
  ['an abbreviation in the group\'s own folder', 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md', 'GUG', ALIAS('GUG', 'gemensam-utvecklingsgrupp', 'Gemensam utvecklingsgrupp')],
  ['an abbreviation, a letter for each part of a compound, in a folder named by no group', 'minutes/gug/2016-03-07.md', 'GUG', ALIAS('GUG', 'gemensam-utvecklingsgrupp', 'Gemensam utvecklingsgrupp')],
  // Not Grupp för unga: the g of "unga" starts no part of a compound.
  ['an abbreviation in small letters', 'minutes/gug/2016-03-07.md', 'gug', ALIAS('gug', 'gemensam-utvecklingsgrupp', 'Gemensam utvecklingsgrupp')],
  ['an abbreviation of another group, whose name shares words with the first', 'minutes/glu/2016-03-07.md', 'GLU', ALIAS('GLU', 'gemensam-ledningsgrupp-utveckling', 'Gemensam ledningsgrupp utveckling')],
  ['an abbreviation that leaves out "för" and "och"', 'minutes/sbu/2016-03-07.md', 'SBU', ALIAS('SBU', 'samverkan-barn-unga', 'Samverkansgrupp för barn och unga')],
  ['an abbreviation of two groups', 'minutes/gu/2016-03-07.md', 'GU', 'Menade du gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp) eller grupp-unga (Grupp för unga)? Skriv gruppens id, till exempel: group: gemensam-utvecklingsgrupp'],
  ['another name for the group whose folder the file is in', 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md', 'Utvecklingsgruppen', 'Menade du gemensam-utvecklingsgrupp (Gemensam utvecklingsgrupp), gruppen vars mapp filen ligger i? Är "Utvecklingsgruppen" en annan grupp, lägg till den i organisations.yml och flytta filen till en mapp för den. Annars skriv gruppens id: group: gemensam-utvecklingsgrupp'],
  // Nothing to go by: no suggestion made up.
  ['a name like no group, in a folder named by none', 'minutes/styrelsen/2016-03-07.md', 'Styrelsen', 'Lägg till gruppen i organisations.yml.'],
  ['letters that abbreviate no group', 'minutes/gug/2016-03-07.md', 'XYZ', 'Lägg till gruppen i organisations.yml.'],
  ['letters that start as a group\'s name does, but leave out a word', 'minutes/gug/2016-03-07.md', 'GL', 'Lägg till gruppen i organisations.yml.'],
  // A near match says more than the folder.
  ['a group\'s name misspelt, in another group\'s folder', 'minutes/gemensam-utvecklingsgrupp/2016-03-07.md', 'Gemensam ledningsgrup utveckling', 'Menade du Gemensam ledningsgrupp utveckling eller Gemensam utvecklingsgrupp?'],
];

describe('what check suggests for a group written as an abbreviation or another name', () => {
  const orgs = fs.readFileSync(path.join(BASE, 'organisations.yml'), 'utf8').replace(/groups:[^]*?projects:/, GROUPS);
  it.each(groupRows)('%s', (_mistake, file, group, hint) => {
    const result = check(archive([BASE], { 'organisations.yml': orgs, [file]: `---\ngroup: ${group}\ndate: 2016-03-07\nattendees: [David Bergström]\n---\nText.\n` }));
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([`${file}:2:8 unknown-group`]);
    expect(result.diagnostics[0]!.message).toBe(`Hittar inte gruppen "${group}".`);
    expect(result.diagnostics[0]!.hint).toBe(hint);
  });
});

/** The mistake, the whole minutes file, "line:col code" of each diagnostic, and the first one's message and hint. */
type FileRow = readonly [mistake: string, text: string, expected: readonly string[], message: string, hint: string];

const FIELDS = 'group: GUG\ndate: 2016-03-07\nattendees: [David Bergström]\n';
const TWICE = 'Fälten överst i filen är skrivna två gånger: kopian som börjar här skulle synas som text på webbplatsen.';
const fileRows: readonly FileRow[] = [
  // Pasted twice, the copy would show as a line and a heading made of the fields.
  ['the fields pasted twice', `---\n${FIELDS}---\n---\n${FIELDS}---\nText.\n`, ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–10.'],
  ['the fields pasted twice, a blank line between', `---\n${FIELDS}---\n\n---\n${FIELDS}---\nText.\n`, ['7:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 7–11.'],
  ['the fields pasted twice, with Windows line endings', `---\n${FIELDS}---\n---\n${FIELDS}---\nText.\n`.replace(/\n/g, '\r\n'), ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–10.'],
  ['the fields pasted twice, their --- run together', `---\n${FIELDS}------\n${FIELDS}---\nText.\n`, ['5:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 5–8, så att raden --- på rad 9 avslutar fälten.'],
  ['the fields pasted twice, the copy with another date and another attendee', `---\n${FIELDS}---\n---\ngroup: GUG\ndate: 2016-03-08\nattendees: [David Bergström, Leif Redestig]\n---\nText.\n`, ['6:1 front-matter-twice'], `${TWICE} Den skiljer sig i date och attendees, men bara fälten överst gäller.`, 'Skriv det som stämmer av date och attendees i fälten överst. Ta sedan bort kopian, raderna 6–10.'],
  ['the fields pasted twice, run together, the copy with a location more', `---\n${FIELDS}------\n${FIELDS}location: Bryggan\n---\nText.\n`, ['5:1 front-matter-twice'], `${TWICE} Den skiljer sig i location, men bara fälten överst gäller.`, 'Skriv det som stämmer av location i fälten överst. Ta sedan bort kopian, raderna 5–9, så att raden --- på rad 10 avslutar fälten.'],
  // The copy's closing --- not pasted: the copy is its fields, up to the text below them.
  ['the fields pasted twice, the copy with no --- after it, a blank line and text below', `---\n${FIELDS}---\n---\n${FIELDS}\nText.\n`, ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–9.'],
  ['the fields pasted twice, the copy with no --- after it, the text straight below', `---\n${FIELDS}---\n---\n${FIELDS}Text.\n`, ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–9.'],
  ['the fields pasted twice, the copy with no --- after it, with Windows line endings', `---\n${FIELDS}---\n---\n${FIELDS}\nText.\n`.replace(/\n/g, '\r\n'), ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–9.'],
  ['the fields pasted twice, the copy with no --- after it at the end of the file', `---\n${FIELDS}---\n---\n${FIELDS}`, ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–9.'],
  // A heading, a list and a dividing line of the text below are not the copy's, though a comment or a list may stand among fields.
  ['the fields pasted twice, the copy with no --- after it, a heading, a list and a dividing line below', `---\n${FIELDS}---\n---\n${FIELDS}## Punkt 1\n- en punkt\n\nVi gick igenom.\n\n---\n\nMer.\n`, ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–9.'],
  [
    'the fields pasted twice, the copy with no --- after it, a blank line among its fields and a list in them, the text a list',
    `---\n${FIELDS}---\n---\ngroup: GUG\n\ndate: 2016-03-07\nattendees:\n  - David Bergström\n\n- en punkt\n`,
    ['6:1 front-matter-twice'],
    TWICE,
    'Ta bort kopian, raderna 6–11.',
  ],
  [
    'the fields pasted twice, the copy with no --- after it and another date',
    `---\n${FIELDS}---\n---\ngroup: GUG\ndate: 2016-03-08\nattendees: [David Bergström]\n\nText.\n`,
    ['6:1 front-matter-twice'],
    `${TWICE} Den skiljer sig i date, men bara fälten överst gäller.`,
    'Skriv det som stämmer av date i fälten överst. Ta sedan bort kopian, raderna 6–9.',
  ],
  // A field the copy leaves out is not one to write again in the fields at the top.
  ['the fields pasted twice, the copy with another date and without the attendees', `---\n${FIELDS}---\n---\ngroup: GUG\ndate: 2016-03-08\n---\nText.\n`, ['6:1 front-matter-twice'], `${TWICE} Den skiljer sig i date, men bara fälten överst gäller.`, 'Skriv det som stämmer av date i fälten överst. Ta sedan bort kopian, raderna 6–9.'],
  ['the fields pasted twice with comments and lists in the copy', `---\n${FIELDS}---\n---\ngroup: GUG\n# Kopia\n\ndate: 2016-03-07\nattendees:\n- David Bergström\n---\nText.\n`, ['6:1 front-matter-twice'], TWICE, 'Ta bort kopian, raderna 6–13.'],
  // Six hyphens with no fields below it is a line of dashes meant as the end, as before.
  ['six hyphens where the fields end', `---\n${FIELDS}------\nText.\n`, ['5:1 front-matter-unclosed'], 'Raden "------" ska nog avsluta fälten överst i filen, men bara en rad med exakt tre bindestreck (-) gör det.', 'Skriv raden med exakt tre bindestreck: ---'],
];

// A dividing line at the start of the text is no copy: the text of each is read without a word.
const dividingLines: readonly (readonly [mistake: string, text: string])[] = [
  ['a dividing line, then text', `---\n${FIELDS}---\n---\nText after a line.\n`],
  ['a dividing line, text and another dividing line', `---\n${FIELDS}---\n---\nText.\n\n---\n\nMore text.\n`],
  ['a dividing line, then a heading made with ---', `---\n${FIELDS}---\n---\nRubrik: en rad\n---\nText.\n`],
  ['a dividing line after a blank line, then text with a colon', `---\n${FIELDS}---\n\n---\nObs: lokalen är bytt.\n---\n`],
  // Nor, with no --- below, lines like fields the first block has not, or one such line and then text.
  ['a dividing line, then a title and a location the fields above lack', `---\n${FIELDS}---\n---\ntitle: Extramöte\nlocation: Bryggan\n\nText.\n`],
  ['a dividing line, then a line like a field and text', `---\n${FIELDS}---\n---\ngroup: GUG\nText om gruppen.\n`],
  ['a dividing line, then a line like a field, a blank line and a second one', `---\n${FIELDS}---\n---\ngroup: GUG\n\nText.\ndate: snart\n`],
  // Text that starts as a field does, between two dividing lines: no copy of the fields, and no lines of it to remove.
  ['a dividing line, then a line of text that reads as a field, as a heading made with ---', `---\n${FIELDS}---\n---\ndate: är inte bestämt ännu\n---\nText.\n`],
  ['a dividing line, then text whose first line reads as a field, and a dividing line further down', `---\n${FIELDS}---\n---\nnote: lokalen är bokad.\n\nVi pratade om Fritidsbanken.\n\n## Nästa punkt\n\n---\n\nSlut.\n`],
  ['a dividing line, then two lines that read as fields above a paragraph', `---\n${FIELDS}---\n---\ntitle: Vårmötet\nlocation: Bryggan\n\nVi pratade om lokalen.\n\n---\n`],
];

describe('what check says of the fields pasted twice, and of a dividing line that is not', () => {
  it.each(fileRows)('%s', (_mistake, text, expected, message, hint) => {
    const result = check(archive([BASE], { [FILE]: text }));
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(expected.map((e) => `${FILE}:${e}`));
    expect(result.diagnostics[0]!.message).toBe(message);
    expect(result.diagnostics[0]!.hint).toBe(hint);
  });

  it.each(dividingLines)('%s', (_mistake, text) => {
    expect(check(archive([BASE], { [FILE]: text })).diagnostics).toEqual([]);
  });
});
