// Minutes that came by e-mail: a forwarded mail's header above them, a greeting, a signature, "Skickat från min
// iPhone", minutes quoted whole in a reply. The mail's lines are set aside in comments, the minutes are read as if
// the mail were not there, the header's subject names them when their text does not, and the draft passes check.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTemp, PROJECT, tempDir } from '../helpers/archive.js';
import { missingWords, run, split } from './helpers.js';

afterAll(cleanTemp);

interface Case {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** Where the draft goes under minutes/. */
  readonly draft: string;
  readonly body: string;
  readonly data?: Record<string, unknown>;
  /** Comments the front matter must have. */
  readonly notes?: readonly RegExp[];
  /** The group is no registered one: check's one error is that, for the user to register it. */
  readonly unregistered?: true;
}

const CASES: readonly Case[] = [
  {
    name: "a forwarded mail's header above a title of a group not registered",
    file: 'vb.txt',
    text: [
      '---------- Vidarebefordrat meddelande ---------',
      'Från: David Bergström <david.bergstrom@helsingborg.se>',
      'Datum: tis 8 mars 2016 kl 09:12',
      'Ämne: Protokoll arbetsgruppen',
      'Till: Leif Redestig <leif.redestig@helsingborg.se>',
      '',
      'Protokoll Arbetsgruppen 7 mars 2016',
      '',
      'Närvarande',
      'David Bergström',
      'Leif Redestig',
      '',
      'Lokalen',
      'Vi tittade på lokalen.',
      '',
    ].join('\n'),
    draft: 'arbetsgruppen/2016-03-07.md',
    body: '## Lokalen\n\nVi tittade på lokalen.\n',
    data: { group: 'Arbetsgruppen', date: '2016-03-07', attendees: ['David Bergström', 'Leif Redestig'] },
    unregistered: true,
    notes: [/E-posthuvud i källan, som inte står med i texten: "---------- Vidarebefordrat meddelande ---------", "Från: David Bergström <david.bergstrom@helsingborg.se>", "Datum: tis 8 mars 2016 kl 09:12"/],
  },
  {
    name: "Outlook's header, a greeting and a signature, the group and date only in the subject",
    file: 'outlook.txt',
    text: [
      'From: Anne Eskilsson',
      'Sent: den 15 februari 2016 10:04',
      'To: Leif Redestig; David Bergström',
      'Subject: VB: Minnesanteckningar Gemensam utvecklingsgrupp 8 februari',
      '',
      'Hej!',
      'Här kommer anteckningarna från måndagens möte.',
      '',
      'Närvarande: Anne Eskilsson, Leif Redestig och Allan Hedman',
      '',
      'Brukarrådet',
      'Allan Hedman berättade om brukarrådets arbete.',
      '',
      'Med vänliga hälsningar',
      'Anne Eskilsson',
      'Socialförvaltningen',
      'Tel 042-10 50 00',
      '',
    ].join('\n'),
    draft: 'gemensam-utvecklingsgrupp/2016-02-08.md',
    body: '## Brukarrådet\n\nAllan Hedman berättade om brukarrådets arbete.\n',
    data: { group: 'Gemensam utvecklingsgrupp', date: '2016-02-08' },
    notes: [
      /E-postens egen text i källan, som inte står med i texten: "Hej!", "Här kommer anteckningarna från måndagens möte\."/,
      /E-postsignatur i källan, som inte står med i texten: "Med vänliga hälsningar", "Anne Eskilsson", "Socialförvaltningen", "Tel 042-10 50 00"\./,
      /Rubrik: gruppen och datumet kommer från mejlets ämnesrad/,
      /2016 kommer från mejlets datum/,
    ],
  },
  {
    name: "the mail's date, never the meeting's",
    file: 'datum.txt',
    text: [
      'Från: Per Norbeck',
      'Datum: 13 december 2016',
      'Till: Leif Redestig',
      'Ämne: Anteckningar från i måndags',
      '',
      'Gemensam ledningsgrupp utveckling',
      '',
      'Närvarande',
      'Per Norbeck',
      'Leif Redestig',
      '',
      'Uppstart',
      'Gruppen bildades.',
      '',
    ].join('\n'),
    draft: 'gemensam-ledningsgrupp-utveckling/datum.md',
    body: '## Uppstart\n\nGruppen bildades.\n',
    data: { group: 'Gemensam ledningsgrupp utveckling', date: 'ÅÅÅÅ-MM-DD' },
    notes: [/Datum: mejlet skickades 2016-12-13 \("13 december 2016"\), men det är inte mötets datum; mötet var den dagen eller tidigare\./],
  },
  {
    name: 'a year the subject leaves out, from a mail sent the year after',
    file: 'nyar.txt',
    text: [
      '-----Ursprungligt meddelande-----',
      'Från: Per Norbeck',
      'Skickat: den 2 januari 2017 08:30',
      'Till: Leif Redestig',
      'Ämne: SV: Protokoll Gemensam ledningsgrupp utveckling 26 december',
      '',
      'Närvarande',
      'Per Norbeck',
      'Leif Redestig',
      '',
      'Julen',
      'Inget möte i januari.',
      '',
    ].join('\n'),
    draft: 'gemensam-ledningsgrupp-utveckling/2016-12-26.md',
    body: '## Julen\n\nInget möte i januari.\n',
    data: { group: 'Gemensam ledningsgrupp utveckling', date: '2016-12-26' },
    notes: [/Datum: året står inte i texten \("26 december"\); 2016 kommer från mejlets datum/],
  },
  {
    name: 'minutes quoted whole in a reply from a phone',
    file: 'citat.txt',
    text: [
      'Hej Leif,',
      '',
      'Här är protokollet, se nedan.',
      '',
      'Skickat från min iPhone',
      '',
      '> Protokoll Gemensam utvecklingsgrupp 12 december 2016',
      '>',
      '> Närvarande',
      '> Johanna Callegari',
      '> Pernilla Kvist',
      '>',
      '> 1. Lokalfrågan',
      '> Vi tittade på en lokal i källarplan.',
      '>> Den är för liten, skrev Ivan.',
      '>',
      '> 2. Övrigt',
      '> Inget.',
      '>',
      '> Vid pennan',
      '> Johanna Callegari',
      '',
    ].join('\n'),
    draft: 'gemensam-utvecklingsgrupp/2016-12-12.md',
    body: '## 1. Lokalfrågan\n\nVi tittade på en lokal i källarplan.\n\n\\> Den är för liten, skrev Ivan.\n\n## 2. Övrigt\n\nInget.\n',
    data: { group: 'Gemensam utvecklingsgrupp', date: '2016-12-12', secretary: 'Johanna Callegari', attendees: ['Johanna Callegari', 'Pernilla Kvist'] },
    notes: [/E-postens egen text i källan, som inte står med i texten: "Hej Leif,", "Här är protokollet, se nedan\."/, /E-postsignatur i källan, som inte står med i texten: "Skickat från min iPhone"\./],
  },
  {
    name: 'a "-- " signature under the minutes',
    file: 'sig.txt',
    text: [
      'Gemensam utvecklingsgrupp 31 augusti 2015',
      '',
      'Närvarande',
      'Gösta Strand',
      'Herbert Tinz',
      '',
      'Kvalitetsmässan',
      'Vi åker tillsammans.',
      '',
      '-- ',
      'Herbert Tinz',
      'Bryggan',
      '070-123 45 67',
      '',
    ].join('\n'),
    draft: 'gemensam-utvecklingsgrupp/2015-08-31.md',
    body: '## Kvalitetsmässan\n\nVi åker tillsammans.\n',
    notes: [/E-postsignatur i källan, som inte står med i texten: "--", "Herbert Tinz", "Bryggan", "070-123 45 67"\./],
  },
  {
    name: 'a forwarded .md with a sign-off and a phone\'s line',
    file: 'fwd.md',
    text: [
      '---------- Forwarded message ---------',
      'From: Ia Jonsson <ia.jonsson@example.se>',
      'Date: Mon, 9 Nov 2015 at 16:40',
      'Subject: Minnesanteckningar Gemensam utvecklingsgrupp 9 november',
      'To: David Bergström <david.bergstrom@helsingborg.se>',
      '',
      '# Gemensam utvecklingsgrupp 9 november 2015',
      '',
      '**Närvarande:** Ia Jonsson, David Bergström, Bo Pettersson',
      '',
      '## Kvalitetsmässan',
      'Bo Pettersson berättade om *mässan*.',
      '',
      'Hälsningar',
      'Ia',
      '',
      'Skickat från min iPhone',
      '',
    ].join('\n'),
    draft: 'gemensam-utvecklingsgrupp/2015-11-09.md',
    body: '## Kvalitetsmässan\n\nBo Pettersson berättade om *mässan*.\n',
    notes: [/E-posthuvud i källan/, /E-postsignatur i källan, som inte står med i texten: "Hälsningar", "Ia", "Skickat från min iPhone"\./],
  },
  {
    name: 'a "Till:" wrapped onto a second line',
    file: 'wrap.txt',
    text: 'From: Anne Eskilsson\nSent: den 15 februari 2016 10:04\nTo: Leif Redestig; David Bergström; Allan Hedman; Pernilla Kvist;\n    Johanna Callegari\nSubject: Protokoll Gemensam utvecklingsgrupp 8 februari\n\nNärvarande: Anne Eskilsson, Leif Redestig\n\nBrukarrådet\nBra.\n',
    draft: 'gemensam-utvecklingsgrupp/2016-02-08.md',
    body: '## Brukarrådet\n\nBra.\n',
    notes: [/"To: Leif Redestig; David Bergström; Allan Hedman; Pernilla Kvist;", "Johanna Callegari", "Subject: /],
  },
  {
    name: 'minutes quoted whole under a "… skrev:" line',
    file: 'svar.txt',
    text: 'Ok!\n\nDen 12 dec. 2016 kl. 15:02 skrev Johanna Callegari <johanna@example.se>:\n\n> Protokoll Gemensam utvecklingsgrupp 12 december 2016\n>\n> Närvarande\n> Johanna Callegari\n> Leif Redestig\n>\n> Lokalen\n> Vi tittade på en lokal.\n',
    draft: 'gemensam-utvecklingsgrupp/2016-12-12.md',
    body: '## Lokalen\n\nVi tittade på en lokal.\n',
    data: { attendees: ['Johanna Callegari', 'Leif Redestig'] },
    notes: [/E-postens egen text i källan, som inte står med i texten: "Ok!", "Den 12 dec\. 2016 kl\. 15:02 skrev Johanna Callegari <johanna@example\.se>:"\./],
  },
  {
    name: 'a forward of a forward, a line of the forwarder\'s above',
    file: 'vbvb.txt',
    text: 'Fwd: se nedan\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Leif Redestig\nDatum: 9 mars 2016\nÄmne: VB: protokoll\nTill: Bo Pettersson\n\n---------- Vidarebefordrat meddelande ---------\nFrån: David Bergström\nDatum: 8 mars 2016\nÄmne: Protokoll Gemensam utvecklingsgrupp 7 mars\nTill: Leif Redestig\n\nNärvarande\nLeif Redestig\n\nLokalen\nBra.\n',
    draft: 'gemensam-utvecklingsgrupp/2016-03-07.md',
    body: '## Lokalen\n\nBra.\n',
    notes: [/E-postens egen text i källan, som inte står med i texten: "Fwd: se nedan"\./, /2016 kommer från mejlets datum, "8 mars 2016"/],
  },
  // A sign-off with the name on its line ("Mvh Leif", "Hälsningar, Ia") stayed in the text; alone on its line with the
  // name under it, it was a signature already. "Hälsningar från …" in the minutes' own text is no sign-off.
  ...(
    [
      ['"Hälsningar, Ia" at the end of the text', 'hals.txt', 'Hälsningar, Ia', ['"Hälsningar, Ia"']],
      ['"Mvh Leif" with the organisation and phone under it', 'mvh.txt', 'Mvh Leif\nSocialförvaltningen\nTel 042-10 50 00', ['"Mvh Leif"', '"Socialförvaltningen"', '"Tel 042-10 50 00"']],
      ['"Med vänliga hälsningar, Åke Malmén" and a phone\'s line under it', 'mvh2.txt', 'Med vänliga hälsningar, Åke Malmén\n\nSkickat från min iPhone', ['"Med vänliga hälsningar, Åke Malmén"', '"Skickat från min iPhone"']],
    ] as const
  ).map(([name, file, signature, quoted]): Case => ({
    name,
    file,
    text: `Gemensam utvecklingsgrupp 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nLokalen\nHälsningar från Bryggan framfördes.\n\n${signature}\n`,
    draft: 'gemensam-utvecklingsgrupp/2016-03-07.md',
    body: '## Lokalen\n\nHälsningar från Bryggan framfördes.\n',
    notes: [new RegExp(`E-postsignatur i källan, som inte står med i texten: ${quoted.join(', ')}\\.`)],
  })),
  {
    name: 'a sign-off with the name on its line above a quoted mail',
    file: 'ovan.txt',
    text: 'Gemensam utvecklingsgrupp 7 mars 2016\n\nNärvarande\nLeif Redestig\n\nLokalen\nBra.\n\nMvh /David\n\n> Kan du skicka protokollet?\n',
    draft: 'gemensam-utvecklingsgrupp/2016-03-07.md',
    body: '## Lokalen\n\nBra.\n\n\\> Kan du skicka protokollet?\n',
    notes: [/E-postsignatur i källan, som inte står med i texten: "Mvh \/David"\./],
  },
];

function root(file: string, text: string): string {
  const dir = tempDir();
  for (const f of ['people.yml', 'organisations.yml']) fs.copyFileSync(path.join(PROJECT, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('minutes that came by e-mail', () => {
  it.each(CASES)('$name', async ({ file, text, draft, body, data, notes, unregistered }) => {
    const dir = root(file, text);
    const r = await run(['import', file, '--out', 'minutes'], dir);
    expect(r.code).toBe(0);
    const rendered = fs.readFileSync(path.join(dir, 'minutes', draft), 'utf8');
    const got = split(rendered);
    expect(got.body).toBe(body);
    expect(got.data).toMatchObject(data ?? {});
    for (const n of notes ?? []) expect(got.comments).toMatch(n);
    // Nothing is lost: every word of the mail is in the draft, in its text or its comments.
    expect(missingWords(text, rendered)).toEqual([]);
    // A date the draft does not know yet is one check refuses, so that it shows; every other draft passes.
    const checked = await run(['check'], dir);
    if (got.data['date'] === 'ÅÅÅÅ-MM-DD') expect(checked.code).toBe(1);
    else if (unregistered) expect(checked.stdout + checked.stderr).toMatch(/unknown-group {2}Hittar inte gruppen "Arbetsgruppen"[^]*\n1 fel och 0 varningar/);
    else expect([checked.code, checked.stdout + checked.stderr]).toEqual([0, expect.stringContaining('Inga fel.')]);
  });
});
