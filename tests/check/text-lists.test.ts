// Lists written as text: names in a block of text (| or >), a value over several lines, names joined by commas,
// semicolons, "och", "samt", "&" or "+", decisions as text or as fields without their dash. Each row is a minutes
// file's front matter (line 2 on), checked against the valid _base archive, with every diagnostic said exactly:
// its place, code, message and hint. Each name is checked where it stands, at its own line and column.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = `${FIXTURES}/check/_base`;
const FILE = 'minutes/gug/2016-03-07.md';
const HEAD = 'group: GUG\ndate: 2016-03-07\n';
const FIELDS = `${HEAD}attendees: [David Bergström]\n`;
/** What a list item whose dash stands further in than the dashes above it is told as. */
const MSG_IN = 'Strecket står längre in än strecken på raderna ovanför, så raden läses som fortsättningen på raden ovanför och inte som en egen rad i listan.';
afterAll(cleanTemp);

/** "line:col code message", then the hint on a line of its own when there is one. */
type Said = readonly [place: string, code: string, message: string, hint?: string];

const NOT_A_LIST = (key: string) => `Fältet "${key}" ska vara en lista, inte text.`;
const BLOCK = (key: string, sign: string) => `Fältet "${key}" är ett textblock (${sign}), som läses som en enda text och inte som en lista.`;
const PERSON = (name: string, meant: string): readonly [string, string, string] => ['unknown-person', `Hittar inte personen "${name}".`, `Menade du ${meant}?`];
const EACH_PERSON = 'varje person på en egen rad som börjar med -:';
/** The hint for an attendee found nowhere, not even near: the lines to add to people.yml, or guests. */
const ADD_ATTENDEE = (id: string, name: string) => `Lägg till personen i people.yml, på egna rader: "${id}:" och "  name: ${name}". Var hen bara på besök och ska inte finnas i people.yml: skriv hen under guests i stället för attendees.`;

/** What is said of an item of a list at `place` whose dash is missing, `first` its first line, `twice` when read into the item above. */
const UNDASHED = (place: string, code: string, noun: readonly [string, string, string], first: string, lines: string, twice = false): Said => [
  place,
  code,
  `Strecket (-) som inleder ${noun[0]} saknas före "${first}", så ${twice ? `fälten står två gånger i ${noun[1]} ovanför` : `${noun[2]} går inte att läsa`}.`,
  `Börja ${noun[1]} med - och ett mellanslag, lika långt in som strecken i listan: ${lines}`,
];
/** What is said of a list whose lines start with `glyph`, Word's dash or bullet, in place of "- ". */
const PASTED = (key: string, glyph: string) => `Fältet "${key}" ska vara en lista, men raderna börjar med ${glyph} i stället för -, så de läses som en enda text.`;
const ACTION = ['en åtgärd', 'åtgärden', 'den'] as const;
const DECISION = ['ett beslut', 'beslutet', 'det'] as const;
const FOLLOWUP = ['en uppföljning', 'uppföljningen', 'den'] as const;

const rows: [string, string, Said[]][] = [
  // 1. Names in a folded block: one name a line, never one name of them all.
  ['names one a line in a folded block (>): the list to write, one a line', `${HEAD}attendees: >\n  Leif Redestig\n  David Bergström\n`, [['4:12', 'invalid-type', BLOCK('attendees', '>'), `Ta bort > efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergström"`]]],
  [
    'a misspelt name in a folded block: at its own line',
    `${HEAD}attendees: >\n  Leif Redestig\n  David Bergstrm\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '>'), `Ta bort > efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['6:3', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  [
    'a name a line in a folded block (>-), with what each came as after a comma: the lines as items of a list',
    `${HEAD}attendees: >-\n  Leif Redestig\n  Åke Malmén, brukarmentor\n  David Bergström, Bryggen\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '>-'), `Ta bort >- efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig", "  - Åke Malmén, brukarmentor" och "  - David Bergström, Bryggen"`],
      ['7:20', 'unknown-affiliation', '"Bryggen" efter namnet är ingen organisation i organisations.yml.', 'Menade du Bryggan?'],
    ],
  ],
  [
    'two people on a line of a block of text: said as on a line of a list',
    `${HEAD}attendees: |\n  Leif Redestig, David Bergström\n  Åke Malmén\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '|'), `Ta bort | efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig, David Bergström" och "  - Åke Malmén"`],
      ['5:18', 'people-on-one-line', '"David Bergström" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.', `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergström"`],
    ],
  ],
  [
    'a block of text whose lines end in commas: a list in one text, parted by them',
    `${HEAD}attendees: |\n  Leif Redestig,\n  Åke Malmén, Ia Jonson\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '|'), `Ta bort | efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig", "  - Åke Malmén" och "  - Ia Jonson"`],
      ['6:15', ...PERSON('Ia Jonson', 'Ia Jonsson')],
    ],
  ],
  [
    'more than six names in a block: the first six',
    `${HEAD}attendees: |\n  A\n  B\n  C\n  D\n  E\n  F\n  G\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '|'), `Ta bort | efter attendees: och skriv ${EACH_PERSON} "  - A", "  - B", "  - C", "  - D", "  - E", "  - F" och så vidare`],
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n, i): Said => [`${5 + i}:3`, 'unknown-person', `Hittar inte personen "${n}".`, ADD_ATTENDEE(n.toLowerCase(), n)]),
    ],
  ],
  // A block whose header gives its indentation as a digit, with or without a chomping sign, is a block all the same.
  ...(['|2', '>2', '|2-', '>-2', '|+2'] as const).map((sign): [string, string, Said[]] => [
    `names one a line in a block of text with its indentation given (${sign}): the list to write, each name at its line`,
    `${HEAD}attendees: ${sign}\n  Leif Redestig\n  David Bergstrm\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', sign), `Ta bort ${sign} efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['6:3', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ]),
  [
    'a block whose first line stands further in than its digit says (|1): each name at its line all the same',
    `${HEAD}attendees: |1\n   Leif Redestig\n  David Bergstrm\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '|1'), `Ta bort |1 efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['6:3', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  [
    'an owner a line in a block with its indentation given (who: |2), the action a field of a list',
    `${FIELDS}actions:\n  - who: |2\n      Leif Redestig\n      David Bergström\n    what: Boka lokal.\n`,
    [['6:10', 'unknown-owner', '"Leif Redestig" och "David Bergström" är flera ansvariga skrivna som en text.', 'Skriv dem som en lista: who: [Leif Redestig, David Bergström]']],
  ],
  [
    'decisions in a block with its indentation given (|2): a decision a line',
    `${FIELDS}decisions: |2\n  Vi flyttar mötet.\n  Vi köper en soffa.\n`,
    [['5:12', 'invalid-type', BLOCK('decisions', '|2'), 'Ta bort |2 efter decisions: och skriv besluten som en lista, ett per rad som börjar med -: "  - Vi flyttar mötet." och "  - Vi köper en soffa."']],
  ],
  [
    'the absent in a folded block',
    `${FIELDS}absent: >\n  Ia Jonsson\n  Åke Malmen\n`,
    [
      ['5:9', 'invalid-type', BLOCK('absent', '>'), `Ta bort > efter absent: och skriv ${EACH_PERSON} "  - Ia Jonsson" och "  - Åke Malmen"`],
      ['7:3', ...PERSON('Åke Malmen', 'Åke Malmén')],
    ],
  ],
  [
    'projects in a folded block: each project at its line',
    `${FIELDS}projects: >\n  Fritidsbanken\n  Kvalitetsmasan\n`,
    [
      ['5:11', 'invalid-type', BLOCK('projects', '>'), 'Ta bort > efter projects: och skriv varje projekt på en egen rad som börjar med -: "  - Fritidsbanken" och "  - Kvalitetsmasan"'],
      ['7:3', 'unknown-project', 'Hittar inte projektet "Kvalitetsmasan".', 'Lägg till projektet i organisations.yml.'],
    ],
  ],
  [
    'two owners of an action in a folded block: each named',
    `${FIELDS}actions:\n  - who: >\n      Leif Redestig\n      David Bergström\n    what: Boka lokal.\n`,
    [['6:10', 'unknown-owner', '"Leif Redestig" och "David Bergström" är flera ansvariga skrivna som en text.', 'Skriv dem som en lista: who: [Leif Redestig, David Bergström]']],
  ],
  // 2. A plain or quoted value over several lines: each name at its own line and column.
  [
    'names after commas over two lines, plain: the second at its line',
    `${HEAD}attendees: Leif Redestig,\n  David Bergstrm\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['5:3', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  [
    'names over lines with an empty one between them and two on the last',
    `${HEAD}attendees: Leif Redestig,\n  David Bergström,\n\n  Åke Malmén, Ia Jonson\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig", "  - David Bergström", "  - Åke Malmén" och "  - Ia Jonson"`],
      ['7:15', ...PERSON('Ia Jonson', 'Ia Jonsson')],
    ],
  ],
  [
    'names one a line below the field, without commas: never one name of them',
    `${HEAD}attendees:\n  Leif Redestig\n  David Bergstrm\n`,
    [
      ['5:3', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['6:3', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  // "och" or "samt" where a line ends or starts joins names as it does inside a line: it is in no name.
  [
    'names over lines, one ending in "och"',
    `${HEAD}attendees: Leif Redestig,\n  David Bergström och\n  Åke Malmén, Ia Jonson\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig", "  - David Bergström", "  - Åke Malmén" och "  - Ia Jonson"`],
      ['6:15', ...PERSON('Ia Jonson', 'Ia Jonsson')],
    ],
  ],
  [
    'names over lines, the last starting with "samt"',
    `${HEAD}attendees: Leif Redestig\n  samt David Bergstrm\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['5:8', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  [
    'owners in a folded block, the first line ending in "och"',
    `${FIELDS}actions:\n  - who: >-\n      Leif Redestig och\n      David Bergström\n    what: Boka lokal.\n`,
    [['6:10', 'unknown-owner', '"Leif Redestig" och "David Bergström" är flera ansvariga skrivna som en text.', 'Skriv dem som en lista: who: [Leif Redestig, David Bergström]']],
  ],
  [
    'names in double quotes over two lines',
    `${HEAD}attendees: "Leif Redestig,\n   David Bergstrm"\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['5:4', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  [
    'names over two lines in a file saved on Windows',
    `${HEAD}attendees: Leif Redestig,\r\n  David Bergstrm\r\n`.replace(/(?<!\r)\n/g, '\r\n'),
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergstrm"`],
      ['5:3', ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ],
  // 4. Other ways of writing a list on one line: one error with the list to write, each name at its place.
  ...(
    [
      ['a semicolon', 'Leif Redestig; David Bergstrm', '4:27'],
      ['"&"', 'Leif Redestig & David Bergstrm', '4:28'],
      ['"+"', 'Leif Redestig + David Bergstrm', '4:28'],
      ['"samt"', 'Leif Redestig samt David Bergstrm', '4:31'],
      ['commas and "och"', 'Åke Malmén, Leif Redestig och David Bergstrm', '4:42'],
    ] as const
  ).map(([joined, names, at]): [string, string, Said[]] => [
    `names on one line joined by ${joined}`,
    `${HEAD}attendees: ${names}\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv en lista: [${names.replace(/;|\s&|\s\+|\ssamt|\soch/g, ',')}], eller en per rad som börjar med -.`],
      [at, ...PERSON('David Bergstrm', 'David Bergström')],
    ],
  ]),
  // A list written as a sentence: its full stop is no part of the last name, when that name is registered without it.
  ...(
    [
      ['after commas', 'Leif Redestig, David Bergström.', ['Leif Redestig', 'David Bergström']],
      ['after "och"', 'Leif Redestig och David Bergström.', ['Leif Redestig', 'David Bergström']],
      ['after one name', 'David Bergström.', ['David Bergström']],
      ['and blanks after it', 'Leif Redestig, David Bergström. ', ['Leif Redestig', 'David Bergström']],
    ] as const
  ).map(([what, names, list]): [string, string, Said[]] => [
    `a list of names ending in a full stop, ${what}: the last name read without it, and the hint says so`,
    `${HEAD}attendees: ${names}\n`,
    [['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv en lista, utan punkten efter "David Bergström": [${list.join(', ')}], eller en per rad som börjar med -.`]],
  ]),
  ['the absent ending in a full stop', `${FIELDS}absent: Leif Redestig, Åke Malmén.\n`, [['5:9', 'invalid-type', NOT_A_LIST('absent'), 'Skriv en lista, utan punkten efter "Åke Malmén": [Leif Redestig, Åke Malmén], eller en per rad som börjar med -.']]],
  [
    'names a line in a folded block, the last ending in a full stop',
    `${HEAD}attendees: >\n  Leif Redestig\n  David Bergström.\n`,
    [['4:12', 'invalid-type', BLOCK('attendees', '>'), `Ta bort > efter attendees: och skriv ${EACH_PERSON.replace(':', ', utan punkten efter "David Bergström":')} "  - Leif Redestig" och "  - David Bergström"`]],
  ],
  [
    'a misspelt last name before a full stop: read with it, as it is registered neither way, the hint without it',
    `${HEAD}attendees: Leif Redestig, David Bergstrm.\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), 'Skriv en lista, utan punkten efter "David Bergstrm": [Leif Redestig, David Bergstrm], eller en per rad som börjar med -.'],
      ['4:27', ...PERSON('David Bergstrm.', 'David Bergström')],
    ],
  ],
  [
    'an abbreviation with its full stop last ("ordf."): no sentence\'s full stop, kept',
    `${HEAD}attendees: Leif Redestig, ordf.\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), 'Skriv en lista: [Leif Redestig, ordf.], eller en per rad som börjar med -.'],
      ['4:27', 'unknown-person', 'Hittar inte personen "ordf.".', ADD_ATTENDEE('ordf', 'ordf.')],
    ],
  ],
  // A name whose last word is an abbreviation or an initial keeps its full stop: it is the name's own.
  ...(
    [
      ['Karl Berg Jr.', 'karl-berg-jr'],
      ['Anna Ek Sr.', 'anna-ek-sr'],
      ['Svensson A.', 'svensson-a'],
    ] as const
  ).map(([name, id]): [string, string, Said[]] => [
    `a last name ending in an abbreviation or an initial (${name}): its full stop kept, in the hint and the name`,
    `${HEAD}attendees: Leif Redestig, ${name}\n`,
    [
      ['4:12', 'invalid-type', NOT_A_LIST('attendees'), `Skriv en lista: [Leif Redestig, ${name}], eller en per rad som börjar med -.`],
      ['4:27', 'unknown-person', `Hittar inte personen "${name}".`, ADD_ATTENDEE(id, name)],
    ],
  ]),
  [
    'names a line in a folded block, the last ending in an abbreviation (Jr.): its full stop kept',
    `${HEAD}attendees: >\n  Leif Redestig\n  Karl Berg Jr.\n`,
    [
      ['4:12', 'invalid-type', BLOCK('attendees', '>'), `Ta bort > efter attendees: och skriv ${EACH_PERSON} "  - Leif Redestig" och "  - Karl Berg Jr."`],
      ['6:3', 'unknown-person', 'Hittar inte personen "Karl Berg Jr.".', ADD_ATTENDEE('karl-berg-jr', 'Karl Berg Jr.')],
    ],
  ],
  ['a full stop after the last name of a list in brackets: a list, not a sentence, its name as written', `${HEAD}attendees: [Leif Redestig, David Bergström.]\n`, [['4:28', ...PERSON('David Bergström.', 'David Bergström')]]],
  // A guard: a comma after the last name in brackets is YAML's own, and the list reads as meant.
  ['a list in brackets with a comma after its last name: a list, each name at its place', `${HEAD}attendees: [Leif Redestig, David Bergstrm,]\n`, [['4:28', ...PERSON('David Bergstrm', 'David Bergström')]]],
  ...(['; ', ' samt '] as const).map((joined): [string, string, Said[]] => [
    `two registered people as one value in brackets, joined by "${joined.trim()}"`,
    `${HEAD}attendees: [Leif Redestig${joined}David Bergström]\n`,
    [['4:13', 'people-on-one-line', `"Leif Redestig${joined}David Bergström" är två personer skrivna som en, och läses som ett namn som inte finns.`, 'Skriv varje person som ett eget värde i listan: attendees: [Leif Redestig, David Bergström]']],
  ]),
  [
    'two registered people on one line of a list, joined by a semicolon',
    `${HEAD}attendees:\n  - Leif Redestig; David Bergström\n`,
    [['5:5', 'people-on-one-line', '"Leif Redestig; David Bergström" är två personer skrivna som en, och läses som ett namn som inte finns.', `Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergström"`]],
  ],
  // A misspelt full name joined to a registered one: the line parted all the same, the name written as registered.
  [
    'a registered person and a misspelt one on one line of a list, joined by "och": the lines to write, the name put right',
    `${HEAD}attendees:\n  - Åke Malmén och Ia Jonson\n`,
    [['5:5', 'people-on-one-line', '"Åke Malmén och Ia Jonson" är två personer skrivna som en, och läses som ett namn som inte finns.', `Menade du Ia Jonsson? Skriv ${EACH_PERSON} "  - Åke Malmén" och "  - Ia Jonsson"`]],
  ],
  [
    'two misspelt people on one line of a list: both put right, not a choice between them',
    `${HEAD}attendees:\n  - Åke Malmen och Ia Jonson\n`,
    [['5:5', 'people-on-one-line', '"Åke Malmen och Ia Jonson" är två personer skrivna som en, och läses som ett namn som inte finns.', `Menade du Åke Malmén och Ia Jonsson? Skriv ${EACH_PERSON} "  - Åke Malmén" och "  - Ia Jonsson"`]],
  ],
  [
    'a registered person and a misspelt one as one value in brackets, joined by "samt": the list to write, the name put right',
    `${HEAD}attendees: [Leif Redestig samt Ia Jonson]\n`,
    [['4:13', 'people-on-one-line', '"Leif Redestig samt Ia Jonson" är två personer skrivna som en, och läses som ett namn som inte finns.', 'Menade du Ia Jonsson? Skriv varje person som ett eget värde i listan: attendees: [Leif Redestig, Ia Jonsson]']],
  ],
  // Guards: only a full name a slip or two from one registered person is read as one; anything else stays one name.
  ['one unregistered name with "och" in it: one name, not parted', `${HEAD}attendees:\n  - Anna och Co\n`, [['5:5', 'unknown-person', 'Hittar inte personen "Anna och Co".', ADD_ATTENDEE('anna-och-co', 'Anna och Co')]]],
  ['a registered person and a single word joined by "och": one name, not parted', `${HEAD}attendees:\n  - Leif Redestig och Co\n`, [['5:5', ...PERSON('Leif Redestig och Co', 'Leif Redestig')]]],
  ['a registered person and someone unregistered far from anyone: one name, not parted', `${HEAD}attendees:\n  - Leif Redestig och Anna Svensson\n`, [['5:5', ...PERSON('Leif Redestig och Anna Svensson', 'Leif Redestig')]]],
  ['a registered person and an organisation joined by "och": one name, not parted', `${HEAD}attendees:\n  - Leif Redestig och Vorta Drom\n`, [['5:5', ...PERSON('Leif Redestig och Vorta Drom', 'Leif Redestig')]]],
  ['what a person came as, with "och" in it, after the comma: valid', `${HEAD}attendees:\n  - Leif Redestig, Svensson och Co\n`, []],
  // One person twice on a line, by a misspelling or an alias, is no line of two people: its lines would name them twice.
  ['a registered person and one unregistered a slip from them, joined by "och": one name, not that person twice', `${HEAD}attendees:\n  - Ia Jonsson och Ia Jonson\n`, [['5:5', ...PERSON('Ia Jonsson och Ia Jonson', 'Ia Jonsson')]]],
  ['a registered person by name and by alias, joined by "och": one name, not that person twice', `${HEAD}attendees:\n  - Ivan Kuzhicov och Ivan Kuzhikov\n`, [['5:5', ...PERSON('Ivan Kuzhicov och Ivan Kuzhikov', 'Ivan Kuzhicov')]]],
  ['two misspellings of one person joined by "samt" in brackets: one name, not that person twice', `${HEAD}attendees: [David Bergström, Ia Jonson samt Ia Jonsen]\n`, [['4:30', 'unknown-person', 'Hittar inte personen "Ia Jonson samt Ia Jonsen".', 'Skriv varje person för sig, och lägg till den som saknas i people.yml.']]],
  // Guards: free text and what a person came as, with "och" and names near registered ones in them, are valid.
  ['guests joined by "och", near registered names: free text, valid', `${FIELDS}guests:\n  - Anna Svensson och Bo Karlsson\n  - Ia Jonson och Åke Malmen\n`, []],
  ['an organisation with "och" in its name after the comma: valid', `${HEAD}attendees:\n  - Leif Redestig, Stiftelsen Hem och Skola\n  - David Bergström\n`, []],
  // Registered people after the comma of a line of a list: told once for the line, at the first, with all its lines.
  ...(
    [
      ['commas', 'Leif Redestig, David Bergström, Åke Malmén', '5:20'],
      ['a comma and "och"', 'Leif Redestig, David Bergström och Åke Malmén', '5:20'],
    ] as const
  ).map(([joined, line, at]): [string, string, Said[]] => [
    `three registered people on one line of a list, joined by ${joined}: one diagnostic for the line`,
    `${HEAD}attendees:\n  - ${line}\n`,
    [[at, 'people-on-one-line', '"David Bergström" och "Åke Malmén" står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.', `Skriv ${EACH_PERSON} "  - Leif Redestig", "  - David Bergström" och "  - Åke Malmén"`]],
  ]),
  // A full name misspelt among them is one of them too: named in the message, as the hint puts it right.
  [
    'a registered person and a misspelt one after a comma: both named, the misspelt one put right',
    `${HEAD}attendees:\n  - Leif Redestig, David Bergström och Ia Jonson\n`,
    [['5:20', 'people-on-one-line', '"David Bergström" och "Ia Jonson" står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.', `Menade du Ia Jonsson? Skriv ${EACH_PERSON} "  - Leif Redestig", "  - David Bergström" och "  - Ia Jonsson"`]],
  ],
  [
    'a misspelt person first after a comma, then a registered one: both named, at the first',
    `${HEAD}attendees:\n  - Åke Malmén, Ia Jonson, David Bergström\n`,
    [['5:17', 'people-on-one-line', '"Ia Jonson" och "David Bergström" står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.', `Menade du Ia Jonsson? Skriv ${EACH_PERSON} "  - Åke Malmén", "  - Ia Jonsson" och "  - David Bergström"`]],
  ],
  // A misspelt full name alone after the comma: a person too, not what the one before came as.
  [
    'a misspelt person alone after the comma of a registered one: told, the name put right',
    `${HEAD}attendees:\n  - Leif Redestig, Ia Jonson\n`,
    [['5:20', 'people-on-one-line', '"Ia Jonson" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.', `Menade du Ia Jonsson? Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - Ia Jonsson"`]],
  ],
  [
    'a misspelt person alone after the comma, two letters off, in brackets: the list to write',
    `${HEAD}attendees: [David Bergström, "Åke Malmén, Ia Jonsen"]\n`,
    [['4:43', 'people-on-one-line', '"Ia Jonsen" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.', 'Menade du Ia Jonsson? Skriv varje person som ett eget värde i listan: attendees: [David Bergström, Åke Malmén, Ia Jonsson]']],
  ],
  [
    'a misspelt person alone after the comma among the absent: told',
    `${FIELDS}absent:\n  - Leif Redestig, David Bergstrm\n`,
    [['6:20', 'people-on-one-line', '"David Bergstrm" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.', `Menade du David Bergström? Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergström"`]],
  ],
  // Guards: what someone came as is near nobody; a single word, an organisation (also misspelt), the person
  // before the comma spelt another way, or a name near two people, is no person after the comma.
  ...(['brukarmentor', 'ordförande i Ria', 'Socialförvaltningen', 'från 13.30', 'Vorta Drom', 'SOF och Bryggan', 'Stiftelsen Hem och Skola'] as const).map((as): [string, string, Said[]] => [`what a person came as after the comma, "${as}": valid`, `${HEAD}attendees:\n  - Leif Redestig, ${as}\n`, []]),
  ['a single word a letter from a registered name after the comma: what the person came as, valid', `${HEAD}attendees:\n  - Leif Redestig, Jonson\n`, []],
  ['an organisation misspelt a letter off after the comma: the organisation, not a person', `${HEAD}attendees:\n  - Leif Redestig, Vorta Dron\n`, [['5:20', 'unknown-affiliation', '"Vorta Dron" efter namnet är ingen organisation i organisations.yml.', 'Menade du Vorta Drom?']]],
  ['the person before the comma spelt another way after it: one person, valid', `${HEAD}attendees:\n  - Ia Jonsson, Ia Jonson\n`, []],
  ['a misspelt person before the comma spelt another way after it: one person, not found', `${HEAD}attendees:\n  - Ia Jonsen, Ia Jonson\n`, [['5:5', ...PERSON('Ia Jonsen', 'Ia Jonsson')]]],
  [
    'a registered person and a misspelt one after a comma and an organisation: both named',
    `${HEAD}attendees:\n  - Leif Redestig, Bryggan, David Bergström, Ia Jonson\n`,
    [['5:29', 'people-on-one-line', '"David Bergström" och "Ia Jonson" står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.', 'Menade du Ia Jonsson? Skriv varje person på en egen rad som börjar med -.']],
  ],
  [
    'a misspelt person after an organisation after the comma: the one meant, as after one comma',
    `${HEAD}attendees:\n  - Leif Redestig, Bryggan, Ia Jonson\n`,
    [['5:29', 'people-on-one-line', '"Ia Jonson" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.', 'Menade du Ia Jonsson? Skriv varje person på en egen rad som börjar med -.']],
  ],
  [
    'two registered people after a comma, and the organisation the first came as: the people once',
    `${HEAD}attendees:\n  - Leif Redestig, Bryggan, David Bergström, Åke Malmén\n`,
    [['5:29', 'people-on-one-line', '"David Bergström" och "Åke Malmén" står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.', 'Skriv varje person på en egen rad som börjar med -.']],
  ],
  [
    'two registered people after a comma, and an organisation misspelt between them: the people once, the organisation at its place',
    `${HEAD}attendees:\n  - Leif Redestig, David Bergström, Bryggen, Åke Malmén\n`,
    [
      ['5:20', 'people-on-one-line', '"David Bergström" och "Åke Malmén" står efter ett kommatecken och läses som vad personen före kom som, inte som egna personer.', 'Skriv varje person på en egen rad som börjar med -.'],
      ['5:37', 'unknown-affiliation', '"Bryggen" efter namnet är ingen organisation i organisations.yml.', 'Menade du Bryggan?'],
    ],
  ],
  // Items of a list with dashes, a dash further in than the one above it, which YAML reads as the item above run on
  // ("David Bergström - Leif Redestig"): told at that dash, with its line aligned, and each item read as its own (these
  // were told as the run-together value, at the first item, with every line to write).
  [
    'two items of a list, the second dash further in: told at that dash, with its line aligned',
    `${HEAD}attendees:\n  - David Bergström\n   - Leif Redestig\n`,
    [['6:4', 'yaml-syntax', MSG_IN, 'Ställ - rakt under strecken ovanför (2 mellanslag in): "  - Leif Redestig"']],
  ],
  [
    'three items of a list, its dashes first on the line under the key, two further in: each told at its dash, the line as far in as the file writes the first',
    `${HEAD}attendees:\n- David Bergström\n - Leif Redestig\n - Åke Malmén\n`,
    [
      ['6:2', 'yaml-syntax', MSG_IN, 'Ställ - rakt under strecken ovanför (0 mellanslag in): "- Leif Redestig"'],
      ['7:2', 'yaml-syntax', MSG_IN, 'Ställ - rakt under strecken ovanför (0 mellanslag in): "- Åke Malmén"'],
    ],
  ],
  [
    'two items of a list indented four spaces, the second further in: the line four spaces in, as the file writes the list',
    `${HEAD}attendees:\n    - David Bergström\n     - Leif Redestig\n    - Åke Malmén\n`,
    [['6:6', 'yaml-syntax', MSG_IN, 'Ställ - rakt under strecken ovanför (4 mellanslag in): "    - Leif Redestig"']],
  ],
  [
    "two owners, the second further in, in a file that indents four spaces a level: the line as far in as the action's who list",
    `${FIELDS}actions:\n    - who:\n          - David Bergström\n           - Leif Redestig\n      what: Boka lokal.\n`,
    [['8:12', 'yaml-syntax', MSG_IN, 'Ställ - rakt under strecken ovanför (10 mellanslag in): "          - Leif Redestig"']],
  ],
  // Two people in a field for one person (not a list): said so, with the line to write for each, to keep the one meant.
  [
    'two registered people in chair, joined by a dash: the field takes one, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström - Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström - Leif Redestig" är två personer, men chair är en enda person, ordföranden.', 'Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'three registered people in secretary, joined by dashes',
    `${HEAD}attendees: [David Bergström, Leif Redestig, Åke Malmén]\nsecretary: David Bergström - Leif Redestig - Åke Malmén\n`,
    [['5:12', 'unknown-person', '"David Bergström - Leif Redestig - Åke Malmén" är 3 personer, men secretary är en enda person, sekreteraren (vid pennan).', 'Skriv bara sekreteraren (vid pennan): "secretary: David Bergström", "secretary: Leif Redestig" eller "secretary: Åke Malmén"']],
  ],
  // Joined by a comma, "och" or "&", as by a dash: the second is not what the first came as (it would be read so, and
  // the meeting's chair be the first without a word); a misspelt one named as registered.
  [
    'two registered people in chair, joined by a comma: the field takes one, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström, Leif Redestig" är två personer, men chair är en enda person, ordföranden.', 'Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'two registered people in secretary, joined by a comma',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nsecretary: David Bergström, Leif Redestig\n`,
    [['5:12', 'unknown-person', '"David Bergström, Leif Redestig" är två personer, men secretary är en enda person, sekreteraren (vid pennan).', 'Skriv bara sekreteraren (vid pennan): "secretary: David Bergström" eller "secretary: Leif Redestig"']],
  ],
  [
    'a registered person and one misspelt after a comma in chair: the one meant, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, Leif Redestg\n`,
    [['5:8', 'unknown-person', '"David Bergström, Leif Redestg" är två personer, men chair är en enda person, ordföranden.', 'Menade du Leif Redestig? Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  // Joined by a dash, one misspelt: as with a comma, the one meant and the line for each, not the first with more.
  [
    'a registered person and one misspelt after a dash in chair: the one meant, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström - Leif Redestg\n`,
    [['5:8', 'unknown-person', '"David Bergström - Leif Redestg" är två personer, men chair är en enda person, ordföranden.', 'Menade du Leif Redestig? Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'a misspelt person and a registered one after a dash in secretary: the one meant, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nsecretary: Davd Bergström – Leif Redestig\n`,
    [['5:12', 'unknown-person', '"Davd Bergström – Leif Redestig" är två personer, men secretary är en enda person, sekreteraren (vid pennan).', 'Menade du David Bergström? Skriv bara sekreteraren (vid pennan): "secretary: David Bergström" eller "secretary: Leif Redestig"']],
  ],
  // The organisation the first came as between two people: still two people, the lines with the names alone.
  [
    'two registered people in chair, the organisation the first came as between them: two people, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, Bryggan, Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström, Bryggan, Leif Redestig" är två personer, men chair är en enda person, ordföranden.', 'Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'a person with the organisation after a dash, and one misspelt after a comma, in secretary: two people, the one meant',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nsecretary: Leif Redestig - SOF, Davd Bergström\n`,
    [['5:12', 'unknown-person', '"Leif Redestig - SOF, Davd Bergström" är två personer, men secretary är en enda person, sekreteraren (vid pennan).', 'Menade du David Bergström? Skriv bara sekreteraren (vid pennan): "secretary: Leif Redestig" eller "secretary: David Bergström"']],
  ],
  // A misspelt organisation, or the role, between two people: what the first came as, still two people.
  [
    'two registered people in chair, an organisation misspelt between them: two people, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, Bryggen, Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström, Bryggen, Leif Redestig" är två personer, men chair är en enda person, ordföranden.', 'Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'two people in chair joined by dashes, an organisation misspelt between them, the second misspelt: two people, the one meant',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström - Bryggen - Leif Redestg\n`,
    [['5:8', 'unknown-person', '"David Bergström - Bryggen - Leif Redestg" är två personer, men chair är en enda person, ordföranden.', 'Menade du Leif Redestig? Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'two registered people in chair, the role between them: two people, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, ordf., Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström, ordf., Leif Redestig" är två personer, men chair är en enda person, ordföranden.', 'Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'two registered people in secretary, the role between them: two people, the line for each',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nsecretary: Leif Redestig, sekr., David Bergström\n`,
    [['5:12', 'unknown-person', '"Leif Redestig, sekr., David Bergström" är två personer, men secretary är en enda person, sekreteraren (vid pennan).', 'Skriv bara sekreteraren (vid pennan): "secretary: Leif Redestig" eller "secretary: David Bergström"']],
  ],
  // Guards: a misspelt organisation after the last person, or before a single first name, is what that one came as.
  [
    'two registered people in chair, an organisation misspelt after the second: the first with more, as before',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, Leif Redestig, Bryggen\n`,
    [['5:8', 'unknown-person', '"David Bergström, Leif Redestig, Bryggen" är David Bergström med "Leif Redestig, Bryggen" efter namnet, men chair tar bara personen, ordföranden.', 'Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - David Bergström, Leif Redestig, Bryggen" under attendees). Skriv bara namnet: chair: David Bergström']],
  ],
  [
    'a registered person in chair, an organisation misspelt and a first name after: the person with more',
    `${HEAD}attendees: [David Bergström]\nchair: David Bergström, Bryggen, Leif\n`,
    [['5:8', 'unknown-person', '"David Bergström, Bryggen, Leif" är David Bergström med "Bryggen, Leif" efter namnet, men chair tar bara personen, ordföranden.', 'Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - David Bergström, Bryggen, Leif" under attendees). Skriv bara namnet: chair: David Bergström']],
  ],
  [
    'a registered person in chair, a word near no organisation and a person after: the person with more',
    `${HEAD}attendees: [David Bergström]\nchair: David Bergström, Brxyyen, Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström, Brxyyen, Leif Redestig" är David Bergström med "Brxyyen, Leif Redestig" efter namnet, men chair tar bara personen, ordföranden.', 'Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - David Bergström, Brxyyen, Leif Redestig" under attendees). Skriv bara namnet: chair: David Bergström']],
  ],
  // One person written twice in a field for one, joined as two people are, or by name and alias: one person, once.
  ...(
    [
      ['chair', 'David Bergström - David Bergström', 'David Bergström', 'två'],
      ['chair', 'David Bergström, David Bergström', 'David Bergström', 'två'],
      ['secretary', 'David Bergström och David Bergström', 'David Bergström', 'två'],
      ['chair', 'Ivan Kuzhicov - Ivan Kuzhikov', 'Ivan Kuzhicov', 'två'],
      ['secretary', 'Ivan Kuzhikov, Ivan Kuzhicov', 'Ivan Kuzhicov', 'två'],
      ['chair', 'David Bergström - David Bergström - David Bergström', 'David Bergström', '3'],
    ] as const
  ).map(([key, value, name, times]): [string, string, Said[]] => [
    `one person written ${times === 'två' ? 'twice' : 'three times'} in ${key}, "${value}": the person once`,
    `${HEAD}attendees: [David Bergström, Ivan Kuzhicov]\n${key}: ${value}\n`,
    [['5:' + String(key.length + 3), 'duplicate-person', `"${value}" är samma person ${times} gånger.`, `Skriv personen en gång: ${key}: ${name}`]],
  ]),
  [
    'one person written twice in chair, once misspelt: the one meant, the person once',
    `${HEAD}attendees: [David Bergström]\nchair: David Bergström - Davd Bergström\n`,
    [['5:8', 'duplicate-person', '"David Bergström - Davd Bergström" är samma person två gånger.', 'Menade du David Bergström? Skriv personen en gång: chair: David Bergström']],
  ],
  // One person written twice, and another: the two people, the repeat said; not the first with the rest after the name.
  ...(
    [
      ['chair', 'David Bergström, David Bergström, Leif Redestig', 'två', 'David Bergström två gånger', ['David Bergström', 'Leif Redestig']],
      ['secretary', 'David Bergström, David Bergström, Leif Redestig', 'två', 'David Bergström två gånger', ['David Bergström', 'Leif Redestig']],
      ['chair', 'David Bergström, Leif Redestig, David Bergström', 'två', 'David Bergström två gånger', ['David Bergström', 'Leif Redestig']],
      ['chair', 'David Bergström, David Bergström, David Bergström, Leif Redestig', 'två', 'David Bergström 3 gånger', ['David Bergström', 'Leif Redestig']],
      ['chair', 'David Bergström, Leif Redestig, Åke Malmén, Leif Redestig', '3', 'Leif Redestig två gånger', ['David Bergström', 'Leif Redestig', 'Åke Malmén']],
    ] as const
  ).map(([key, value, count, repeat, names]): [string, string, Said[]] => {
    const one = key === 'chair' ? 'ordföranden' : 'sekreteraren (vid pennan)';
    const lines = names.map((n) => `"${key}: ${n}"`);
    return [
      `one person written twice and another in ${key}, "${value}": the people, each once, the repeat said`,
      `${HEAD}attendees: [David Bergström, Leif Redestig, Åke Malmén]\n${key}: ${value}\n`,
      [['5:' + String(key.length + 3), 'unknown-person', `"${value}" är ${count} personer (med ${repeat}), men ${key} är en enda person, ${one}.`, `Skriv bara ${one}: ${lines.slice(0, -1).join(', ')} eller ${lines[lines.length - 1]!}`]],
    ];
  }),
  [
    'one person written twice, once misspelt, and another in secretary: the one meant, the people each once',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nsecretary: Leif Redestig och Davd Bergström och David Bergström\n`,
    [['5:12', 'unknown-person', '"Leif Redestig och Davd Bergström och David Bergström" är två personer (med David Bergström två gånger), men secretary är en enda person, sekreteraren (vid pennan).', 'Menade du David Bergström? Skriv bara sekreteraren (vid pennan): "secretary: Leif Redestig" eller "secretary: David Bergström"']],
  ],
  [
    'one person written twice, the second misspelt, and another in chair: the one meant, as registered',
    `${HEAD}attendees: [David Bergström, Leif Redestig]\nchair: David Bergström, Davd Bergström, Leif Redestig\n`,
    [['5:8', 'unknown-person', '"David Bergström, Davd Bergström, Leif Redestig" är två personer (med David Bergström två gånger), men chair är en enda person, ordföranden.', 'Menade du David Bergström? Skriv bara ordföranden: "chair: David Bergström" eller "chair: Leif Redestig"']],
  ],
  [
    'three registered people in chair, joined by commas and och',
    `${HEAD}attendees: [David Bergström, Leif Redestig, Åke Malmén]\nchair: David Bergström, Leif Redestig och Åke Malmén\n`,
    [['5:8', 'unknown-person', '"David Bergström, Leif Redestig och Åke Malmén" är 3 personer, men chair är en enda person, ordföranden.', 'Skriv bara ordföranden: "chair: David Bergström", "chair: Leif Redestig" eller "chair: Åke Malmén"']],
  ],
  // Guards: a person and an organisation, or a word, after a comma in chair is one person with more after the name.
  ...(['SOF', 'Bryggan', 'Leif', 'Bryggen'] as const).map((more): [string, string, Said[]] => [
    `a registered person and "${more}" after a comma in chair: the person with more, not two`,
    `${HEAD}attendees: [David Bergström]\nchair: David Bergström, ${more}\n`,
    [['5:8', 'unknown-person', `"David Bergström, ${more}" är David Bergström med "${more}" efter namnet, men chair tar bara personen, ordföranden.`, `Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - David Bergström, ${more}" under attendees). Skriv bara namnet: chair: David Bergström`]],
  ]),
  // A misspelt person with more after the name: the one meant, and the field with the name alone, as registered.
  [
    'a misspelt person and an organisation after a dash in chair: the one meant, the line to write',
    `${HEAD}attendees: [David Bergström]\nchair: Davd Bergström - SOF\n`,
    [['5:8', 'unknown-person', 'Hittar inte personen "Davd Bergström - SOF". Det står "SOF" efter namnet, men chair tar bara personen, ordföranden.', 'Menade du David Bergström? Personens organisation står i people.yml, eller efter namnet bland de närvarande ("  - David Bergström, SOF" under attendees). Skriv bara namnet: chair: David Bergström']],
  ],
  [
    'a misspelt person and the role after a comma in secretary: the one meant, the line to write',
    `${HEAD}attendees: [Leif Redestig]\nsecretary: Leif Redestg, sekr.\n`,
    [['5:12', 'unknown-person', 'Hittar inte personen "Leif Redestg, sekr.". Det står "sekr." efter namnet, men secretary tar bara personen, sekreteraren (vid pennan).', 'Menade du Leif Redestig? Att det är sekreteraren (vid pennan) säger fältet. Skriv bara namnet: secretary: Leif Redestig']],
  ],
  [
    "two owners of an action on who's own line, joined by a dash: the list to write",
    `${FIELDS}actions:\n  - who: David Bergström - Leif Redestig\n    what: Boka lokal.\n`,
    [['6:10', 'unknown-owner', '"David Bergström - Leif Redestig" är två namn skrivna som ett.', 'Skriv dem som en lista: who: [David Bergström, Leif Redestig]']],
  ],
  // Guards: a name with a dash that is not two registered people is a name not found, as any other.
  ['a chair whose name has a dash between spaces, not registered', `${FIELDS}chair: Karin Ek - Svensson\n`, [['5:8', 'unknown-person', 'Hittar inte personen "Karin Ek - Svensson".', 'Lägg till personen i people.yml, på egna rader: "karin-ek-svensson:" och "  name: Karin Ek - Svensson".']]],
  ['a chair whose name has a hyphen, not registered', `${FIELDS}chair: Anna-Karin Ek\n`, [['5:8', 'unknown-person', 'Hittar inte personen "Anna-Karin Ek".', 'Lägg till personen i people.yml, på egna rader: "anna-karin-ek:" och "  name: Anna-Karin Ek".']]],
  [
    "two owners of an action, the second further in: the line to write under the action's who",
    `${FIELDS}actions:\n  - who:\n      - David Bergström\n       - Leif Redestig\n    what: Boka lokal.\n`,
    [['8:8', 'yaml-syntax', MSG_IN, 'Ställ - rakt under strecken ovanför (6 mellanslag in): "      - Leif Redestig"']],
  ],
  // A guard: a registered name and what the person came as after a dash is no run of items.
  ['a registered person and an organisation after a dash: what the person came as, after a comma', `${HEAD}attendees:\n  - David Bergström - SOF\n`, [['5:5', 'unknown-person', 'Hittar inte personen "David Bergström - SOF".', 'Skriv det personen kom som efter ett kommatecken: "David Bergström, SOF"']]],
  // 3. Decisions written as text: what to write, at the field.
  [
    'decisions in a folded block: a decision a sentence, one wrapped over two lines kept whole',
    `${FIELDS}decisions: >\n  Vi flyttar mötet\n  till tisdag.\n  Vi köper en soffa.\n`,
    [['5:12', 'invalid-type', BLOCK('decisions', '>'), 'Ta bort > efter decisions: och skriv besluten som en lista, ett per rad som börjar med -: "  - Vi flyttar mötet till tisdag." och "  - Vi köper en soffa."']],
  ],
  [
    'decisions one a line below the field, without dashes',
    `${FIELDS}decisions:\n  Vi flyttar mötet.\n  Vi köper en soffa.\n`,
    [['6:3', 'invalid-type', NOT_A_LIST('decisions'), 'Skriv besluten som en lista, ett per rad som börjar med -: "  - Vi flyttar mötet." och "  - Vi köper en soffa."']],
  ],
  [
    'one decision in a block of text (|): the block to take away too',
    `${FIELDS}decisions: |\n  Vi flyttar mötet.\n`,
    [['5:12', 'invalid-type', BLOCK('decisions', '|'), 'Ta bort | efter decisions: och skriv besluten som en lista, ett per rad som börjar med -: "  - Vi flyttar mötet."']],
  ],
  // Neither text nor a list: the list to write, not how to write one of its lines.
  ...(
    [
      ['a number', '12', 'ett tal'],
      ['yes/no', 'true', 'ja/nej'],
    ] as const
  ).map(([what, value, kind]): [string, string, Said[]] => [
    `decisions as ${what}: the list to write`,
    `${FIELDS}decisions: ${value}\n`,
    [['5:12', 'invalid-type', `Fältet "decisions" ska vara en lista, inte ${kind}.`, 'Skriv besluten som en lista, ett per rad som börjar med -, till exempel "  - Vi flyttar mötet till 13:30."']],
  ]),
  ['a decision of a list as a number: how to write a decision, as before', `${FIELDS}decisions:\n  - 12\n`, [['6:5', 'invalid-type', 'Fältet "decisions" har fel form.', 'Skriv beslutet som text, eller som text: och project:.']]],
  [
    'a decision as fields without its dash: the lines to write with it',
    `${FIELDS}decisions:\n  text: Vi flyttar mötet.\n  project: fritidsbanken\n`,
    [['6:3', 'invalid-type', 'Fältet "decisions" är ett beslut utan - före, och läses som fält och inte som en lista.', 'Skriv - och ett mellanslag före beslutets första fält, och de andra fälten under det, lika långt in: "  - text: Vi flyttar mötet." och "    project: fritidsbanken"']],
  ],
  // A field written above the dash of the item it belongs to: said once, at it, with the item's lines to write.
  [
    "an action's due date above its dash: the action's lines to write, and the fields below checked",
    `${FIELDS}actions:\n  due: 2016-04-01\n  - who: David Bergström\n    what: Boka lokal.\nsecretary: Leif Redestg\n`,
    [
      ['6:3', 'yaml-syntax', 'Fältet "due" står före strecket (-) som inleder åtgärden, så det går inte att läsa.', 'Flytta due: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who: David Bergström", "    what: Boka lokal." och "    due: 2016-04-01"'],
      ['9:12', ...PERSON('Leif Redestg', 'Leif Redestig')],
    ],
  ],
  [
    "an action's due date above its dash, a comment between them: once, at the field",
    `${FIELDS}actions:\n  due: 2016-04-01\n  # vad som ska göras\n  - who: David Bergström\n    what: Boka lokal.\n`,
    [['6:3', 'yaml-syntax', 'Fältet "due" står före strecket (-) som inleder åtgärden, så det går inte att läsa.', 'Flytta due: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who: David Bergström", "    what: Boka lokal." och "    due: 2016-04-01"']],
  ],
  [
    "an action's due date first on its line above its dash: the action's lines to write",
    `${FIELDS}actions:\ndue: 2016-04-01\n  - who: David Bergström\n    what: Boka lokal.\n`,
    [['6:1', 'yaml-syntax', 'Fältet "due" står före strecket (-) som inleder åtgärden, så det går inte att läsa.', 'Flytta due: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who: David Bergström", "    what: Boka lokal." och "    due: 2016-04-01"']],
  ],
  [
    "two fields of an action above its dash, a comment above them and its owners a line each: once, the owners' lines left out",
    `${FIELDS}actions:\n  # först\n  due: 2016-04-01\n  project: Fritidsbanken\n  - who:\n      - David Bergström\n      - Leif Redestig\n    what: Boka lokal.\n`,
    [['7:3', 'yaml-syntax', 'Fälten "due" och "project" står före strecket (-) som inleder åtgärden, så de går inte att läsa.', 'Flytta due: och project: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who:", …, "    what: Boka lokal.", "    due: 2016-04-01" och "    project: Fritidsbanken"']],
  ],
  [
    "a decision's project above its dash: the decision's lines to write",
    `${FIELDS}decisions:\n  project: Fritidsbanken\n  - text: Vi flyttar mötet.\n`,
    [['6:3', 'yaml-syntax', 'Fältet "project" står före strecket (-) som inleder beslutet, så det går inte att läsa.', 'Flytta project: ner bland beslutets fält, under strecket och lika långt in som dem: "  - text: Vi flyttar mötet." och "    project: Fritidsbanken"']],
  ],
  // The parser reads nothing of the list past the first: each other item with a field above its dash is told too,
  // with its own lines, past an item in place between them; the fields below the list are checked.
  [
    "fields above the dashes of two actions, an action in place between them: each, with its lines to write",
    `${FIELDS}actions:\n  due: 2016-04-01\n  - who: David Bergström\n    what: Boka lokal.\n  - who: David Bergström\n    what: Ring.\n  # sist\n  project: Fritidsbanken\n  status: done\n  - who: David Bergström\n    what: Skriv.\nchair: Leif Redestiq\n`,
    [
      ['6:3', 'yaml-syntax', 'Fältet "due" står före strecket (-) som inleder åtgärden, så det går inte att läsa.', 'Flytta due: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who: David Bergström", "    what: Boka lokal." och "    due: 2016-04-01"'],
      ['12:3', 'yaml-syntax', 'Fälten "project" och "status" står före strecket (-) som inleder åtgärden, så de går inte att läsa.', 'Flytta project: och status: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who: David Bergström", "    what: Skriv.", "    project: Fritidsbanken" och "    status: done"'],
      ['16:8', ...PERSON('Leif Redestiq', 'Leif Redestig')],
    ],
  ],
  [
    "a field above a later action's dash that it has already: not moved into it, but told as another action whose dash is missing",
    `${FIELDS}actions:\n  due: 2016-04-01\n  - who: David Bergström\n    what: Boka lokal.\n  what: Ring.\n  - who: David Bergström\n    what: Skriv.\n`,
    [
      ['6:3', 'yaml-syntax', 'Fältet "due" står före strecket (-) som inleder åtgärden, så det går inte att läsa.', 'Flytta due: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  - who: David Bergström", "    what: Boka lokal." och "    due: 2016-04-01"'],
      // The action above has its what already: "what: Ring." is another action's, its dash missing.
      UNDASHED('9:3', 'yaml-syntax', ACTION, 'what: Ring.', '"  - what: Ring."'),
    ],
  ],
  // A guard: due before what, below the dash, is an action's fields in another order, and valid.
  ["an action's due date between its who and its what: valid", `${FIELDS}actions:\n  - who: David Bergström\n    due: 2016-04-01\n    what: Boka lokal.\n`, []],
  // A field its item has already, above the dash, is another item's, whose dash is missing: moved into this one, it
  // would be there twice. Said as the dash missing, with the item's lines to write (the parser said four things of the
  // dash below it).
  ["a second action's who above the dash of the first: its dash is missing", `${FIELDS}actions:\n  who: Leif Redestig\n  - who: David Bergström\n    what: Ring.\n`, [UNDASHED('6:3', 'yaml-syntax', ACTION, 'who: Leif Redestig', '"  - who: Leif Redestig"')]],
  ["a decision's text above the dash of another decision: its dash is missing", `${FIELDS}decisions:\n  text: Vi flyttar mötet.\n  - text: Vi bokar lokal.\n`, [UNDASHED('6:3', 'yaml-syntax', DECISION, 'text: Vi flyttar mötet.', '"  - text: Vi flyttar mötet."')]],
  ["two actions above the dash of a third, no dash between them: each its dash missing", `${FIELDS}actions:\n  who: David Bergström\n  what: Ring.\n  who: David Bergström\n  what: Boka.\n  - who: David Bergström\n    what: Skriv.\n`, [
    UNDASHED('6:3', 'yaml-syntax', ACTION, 'who: David Bergström', '"  - who: David Bergström" och "    what: Ring."'),
    UNDASHED('8:3', 'yaml-syntax', ACTION, 'who: David Bergström', '"  - who: David Bergström" och "    what: Boka."'),
  ]],
  // The next action's dash left out below an action: its who, a second, was told as written twice (or, as far in as
  // the dash, as out of line with the what above, to be written below it), the item's lines left unread.
  ["a second who below an action's what, its dash missing: the action's lines to write, once", `${FIELDS}actions:\n  - who: David Bergström\n    what: Ring.\n    who: Leif Redestig\n    what: Boka.\n`, [
    UNDASHED('8:5', 'yaml-duplicate-key', ACTION, 'who: Leif Redestig', '"  - who: Leif Redestig" och "    what: Boka."', true),
  ]],
  ["three actions, two dashes missing, four spaces in: each action's lines to write", `${FIELDS}actions:\n    - who: David Bergström\n      what: Ring.\n      who: David Bergström\n      what: Boka.\n      due: 2016-04-01\n      who: David Bergström\n      what: Skriv.\n`, [
    UNDASHED('8:7', 'yaml-duplicate-key', ACTION, 'who: David Bergström', '"    - who: David Bergström", "      what: Boka." och "      due: 2016-04-01"', true),
    UNDASHED('11:7', 'yaml-duplicate-key', ACTION, 'who: David Bergström', '"    - who: David Bergström" och "      what: Skriv."', true),
  ]],
  // However long the list, each action whose dash is missing is said alike (from the 26th on, one was once said as
  // its who and what written twice).
  [
    "sixty actions below a dash, none with its own: each action's lines to write, the last as the first",
    `${FIELDS}actions:\n  - who: David Bergström\n    what: Ring 0.\n${Array.from({ length: 59 }, (_, i) => `    who: David Bergström\n    what: Ring ${i + 1}.\n`).join('')}`,
    Array.from({ length: 59 }, (_, i) => UNDASHED(`${8 + 2 * i}:5`, 'yaml-duplicate-key', ACTION, 'who: David Bergström', `"  - who: David Bergström" och "    what: Ring ${i + 1}."`, true)),
  ],
  ["a second decision's text below a decision's, its dash missing", `${FIELDS}decisions:\n  - text: Vi flyttar mötet.\n    text: Vi bokar lokal.\n`, [UNDASHED('7:5', 'yaml-duplicate-key', DECISION, 'text: Vi bokar lokal.', '"  - text: Vi bokar lokal."', true)]],
  ["a second follow-up below a follow-up, its dash missing", `${FIELDS}followups:\n  - action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: done\n    action: gemensam-utvecklingsgrupp/2016-02-08#1\n    status: open\n`, [
    UNDASHED('8:5', 'yaml-duplicate-key', FOLLOWUP, 'action: gemensam-utvecklingsgrupp/2016-02-08#1', '"  - action: gemensam-utvecklingsgrupp/2016-02-08#1" och "    status: open"', true),
  ]],
  ["a second action's fields as far in as the dash above, its dash missing: the action's lines to write", `${FIELDS}actions:\n  - who: David Bergström\n    what: Ring.\n  who: Leif Redestig\n  what: Boka.\ntitle: Extra\n`, [
    UNDASHED('8:3', 'yaml-syntax', ACTION, 'who: Leif Redestig', '"  - who: Leif Redestig" och "    what: Boka."'),
  ]],
  [
    "sixty actions as far in as the dash above, none with its own: each action's lines to write, the last as the first",
    `${FIELDS}actions:\n  - who: David Bergström\n    what: Ring 0.\n${Array.from({ length: 59 }, (_, i) => `  who: David Bergström\n  what: Ring ${i + 1}.\n`).join('')}`,
    Array.from({ length: 59 }, (_, i) => UNDASHED(`${8 + 2 * i}:3`, 'yaml-syntax', ACTION, 'who: David Bergström', `"  - who: David Bergström" och "    what: Ring ${i + 1}."`)),
  ],
  ["a second decision as far in as the dash above, its dash missing", `${FIELDS}decisions:\n  - text: Vi flyttar mötet.\n  text: Vi bokar lokal.\n`, [UNDASHED('7:3', 'yaml-syntax', DECISION, 'text: Vi bokar lokal.', '"  - text: Vi bokar lokal."')]],
  ["two actions as far in as the dash above, then a dash: each its dash missing, said once", `${FIELDS}actions:\n  - who: David Bergström\n    what: Ring.\n  who: David Bergström\n  what: Boka.\n  who: David Bergström\n  what: Skriv.\n  - who: David Bergström\n    what: Läs.\n`, [
    UNDASHED('8:3', 'yaml-syntax', ACTION, 'who: David Bergström', '"  - who: David Bergström" och "    what: Boka."'),
    UNDASHED('10:3', 'yaml-syntax', ACTION, 'who: David Bergström', '"  - who: David Bergström" och "    what: Skriv."'),
  ]],
  // Guards: a field the action above lacks, as far in as its dash, is the action's own, out of line; a field twice
  // that is no item's (an action's what twice is one) is the parser's words.
  ["an action's due as far in as its dash: out of line, not another action", `${FIELDS}actions:\n  - who: David Bergström\n    what: Ring.\n  due: 2016-04-01\n`, [
    ['8:3', 'yaml-syntax', 'Fältet "due" står inte rakt under "what" på raden ovanför, så det går inte att läsa.', 'Ställ due: rakt under what: (4 mellanslag in): "    due: 2016-04-01"'],
  ]],
  ["a title twice: the parser's words", `${FIELDS}title: Möte\ntitle: Extra\n`, [['6:1', 'yaml-duplicate-key', 'Fältet "title" står två gånger.', 'Ta bort eller byt namn på den ena.']]],
  // A tab after the dash: its field is read as after a blank (the tab once threw, asked which fields the item has).
  ["an action's due above a dash with a tab after it: the lines to write", `${FIELDS}actions:\n  due: 2016-04-01\n  -\twho: David Bergström\n    what: Ring.\n`, [
    ['6:3', 'yaml-syntax', 'Fältet "due" står före strecket (-) som inleder åtgärden, så det går inte att läsa.', 'Flytta due: ner bland åtgärdens fält, under strecket och lika långt in som dem: "  -\twho: David Bergström", "    what: Ring." och "    due: 2016-04-01"'],
    ['8:1', 'yaml-syntax', 'Indraget stämmer inte med raderna runt omkring.'],
  ]],
  // 10. Lines of a list pasted from Word, whose typed "- " Word made a dash or a bullet: the lines to write with "- ".
  ['names a line after dashes from Word (–): the lines with "- " in place of the dash', `${HEAD}attendees:\n  – David Bergström\n  – Leif Redestig\n`, [
    ['5:3', 'invalid-type', PASTED('attendees', '"–"'), `Börja varje rad med - och ett mellanslag i stället för "–": "  - David Bergström" och "  - Leif Redestig"`],
  ]],
  ['one name after a dash from Word: the line with "- "', `${HEAD}attendees:\n  – David Bergström\n`, [
    ['5:3', 'invalid-type', 'Fältet "attendees" ska vara en lista, men raden börjar med "–" i stället för -, så den läses som text.', 'Börja raden med - och ett mellanslag i stället för "–": "  - David Bergström"'],
  ]],
  ["absent after Word's own bullet (U+F0B7), its character named", `${FIELDS}absent:\n  \uF0B7 Ivan Kuzhicov\n`, [
    ['6:3', 'invalid-type', 'Fältet "absent" ska vara en lista, men raden börjar med "•" från Word (tecknet U+F0B7) i stället för -, så den läses som text.', 'Börja raden med - och ett mellanslag i stället för "•" från Word (tecknet U+F0B7): "  - Ivan Kuzhicov"'],
  ]],
  ['decisions after em dashes, one over two lines: a decision a dash', `${FIELDS}decisions:\n  — Vi flyttar mötet\n    till 13:30.\n  — Vi bokar lokal.\n`, [
    ['6:3', 'invalid-type', PASTED('decisions', '"—"'), 'Börja varje rad med - och ett mellanslag i stället för "—": "  - Vi flyttar mötet till 13:30." och "  - Vi bokar lokal."'],
  ]],
  ['a name misspelt after a bullet: said without the bullet, at the name', `${HEAD}attendees:\n  • David Bergström\n  • Leif Redestg\n`, [
    ['5:3', 'invalid-type', PASTED('attendees', '"•"'), 'Börja varje rad med - och ett mellanslag i stället för "•": "  - David Bergström" och "  - Leif Redestg"'],
    ['6:5', ...PERSON('Leif Redestg', 'Leif Redestig')],
  ]],
  ['a dash from Word below a line with "- ": the line to write', `${HEAD}attendees:\n  - David Bergström\n  – Leif Redestig\n`, [
    ['6:3', 'yaml-syntax', 'Raden står bland raderna i en lista men börjar med "–" i stället för -, så den går inte att läsa.', 'Börja raden med - och ett mellanslag i stället för "–", som raderna ovanför: "  - Leif Redestig"'],
  ]],
  // Guards: an item's fields in any order and indent, below its dash, are valid.
  ["an action with its due date first, its fields further in: valid", `${FIELDS}actions:\n    - due: 2016-04-01\n      who: David Bergström\n      what: Boka lokal.\n`, []],
  ["an action with blanks after its dash and a comment among its fields: valid", `${FIELDS}actions:\n-   who: David Bergström\n    # vad\n    what: Boka lokal.\n`, []],
];

/** What check says of FILE, with front matter `yaml`, over the _base archive with `files` written over it; nothing of others. */
function expectSaid(yaml: string, said: Said[], files: Record<string, string> = {}): void {
  const result = check(archive([BASE], { ...files, [FILE]: `---\n${yaml}---\nText.\n` }));
  const here = result.diagnostics.filter((d) => d.file === FILE);
  expect(here.map((d) => [`${d.line}:${d.col}`, d.code, d.message, ...(d.hint === undefined ? [] : [d.hint])])).toEqual(said);
  expect(result.diagnostics.filter((d) => d.file !== FILE)).toEqual([]);
}

describe('a list written as text', () => {
  it.each(rows)('%s', (_what, yaml, said) => expectSaid(yaml, said));
});

// Registries where a name after the comma is near more than one entry: it is then no misspelt person. People and an
// organisation added to the _base registries: Anna Lind, and the organisation Anna Lindh; Ia Jansson beside Ia Jonsson.
describe('a name after the comma near more than one registered entry', () => {
  const PEOPLE = `${fs.readFileSync(`${BASE}/people.yml`, 'utf8')}anna-lind:\n  name: Anna Lind\nia-jansson:\n  name: Ia Jansson\n`;
  const ORGANISATIONS = fs.readFileSync(`${BASE}/organisations.yml`, 'utf8').replace('organisations:\n', 'organisations:\n  anna-lindh:\n    name: Anna Lindh\n');
  it.each<[string, string, Said[]]>([
    ['near a person and an organisation: the organisation misspelt', 'Leif Redestig, Anna Lindhs', [['5:20', 'unknown-affiliation', '"Anna Lindhs" efter namnet är ingen organisation i organisations.yml.', 'Menade du Anna Lindh?']]],
    ['near two people: not told which, what the person came as', 'Leif Redestig, Ia Jonson', []],
    // The rows' control: a name near one person only is told.
    ['near one person only: told', 'Leif Redestig, David Bergstrm', [['5:20', 'people-on-one-line', '"David Bergstrm" står efter ett kommatecken och läses som vad personen före kom som, inte som en egen person.', `Menade du David Bergström? Skriv ${EACH_PERSON} "  - Leif Redestig" och "  - David Bergström"`]]],
  ])('%s', (_what, line, said) => expectSaid(`${HEAD}attendees:\n  - ${line}\n`, said, { 'people.yml': PEOPLE, 'organisations.yml': ORGANISATIONS }));
});
