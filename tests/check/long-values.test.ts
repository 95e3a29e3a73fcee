// A value of 200,000 characters (a paste gone wrong) is quoted in a message or hint shortened around "…", as every
// value a message quotes is: the message stays a line or two and still says what is wrong. One row per message that
// quoted such a value in full.
import { afterAll, describe, expect, it } from 'vitest';
import { checkLoaded } from '../../src/pipeline.js';
import type { SourceFile } from '../../src/load/source.js';
import { KnownFiles } from '../../src/model/links.js';
import { cleanTemp, tempDir, writeFiles } from '../helpers/archive.js';

afterAll(cleanTemp);

const LONG = 'a'.repeat(200_000);
/** Far above a quoted value clipped (120 characters) and the words around it, far below the value itself. */
const MAX_CHARS = 700;

const PEOPLE = 'leif-redestig:\n  name: Leif Redestig\n';
const ORGANISATIONS = 'groups:\n  gug:\n    name: GUG\n';

interface Case {
  /** Front matter after group, date and attendees. */
  readonly fields?: string;
  /** The whole minutes file, in place of the front matter and text made of `fields`. */
  readonly whole?: string;
  readonly body?: string;
  readonly people?: string;
  readonly organisations?: string;
  /** Attachments under minutes/ (path from the root -> text); written to disk when `written`, else only known. */
  readonly files?: Record<string, string>;
  readonly written?: boolean;
}

function check(c: Case) {
  const text = c.whole ?? `---\ngroup: gug\ndate: 2016-03-07\nattendees: [Leif Redestig]\n${c.fields ?? ''}---\n${c.body ?? '## Punkt\n\nText.\n'}`;
  const source = (path: string, t: string): SourceFile => ({ path, absPath: `/long/${path}`, text: t });
  const files = c.files ?? {};
  const root = c.written ? tempDir() : '/long';
  if (c.written) writeFiles(root, files);
  return checkLoaded({
    root,
    minutes: [source('minutes/gug/2016-03-07.md', text)],
    people: source('people.yml', c.people ?? PEOPLE),
    organisations: source('organisations.yml', c.organisations ?? ORGANISATIONS),
    files: new KnownFiles(new Set(['minutes/gug/2016-03-07.md']), new Map(Object.keys(files).map((f) => [f, { outside: false }]))),
    findings: [],
  }, {}, '2020-01-01').diagnostics;
}

describe('a value of 200,000 characters is quoted shortened', () => {
  it.each<[string, Case, string]>([
    ['invalid-date', { whole: `---\ngroup: gug\ndate: ${LONG}\nattendees: [Leif Redestig]\n---\nText.\n` }, 'är inget datum'],
    ['invalid-date', { whole: `---\ngroup: gug\ndate: 2016-02-30 ${LONG}\nattendees: [Leif Redestig]\n---\nText.\n` }, 'finns inte'],
    ['invalid-date', { fields: `actions:\n  - who: Leif Redestig\n    what: Boka lokal.\n    due: ${LONG}\n` }, 'är inget datum'],
    ['invalid-time', { fields: `time: "${LONG}"\n` }, 'är inget klockslag'],
    ['invalid-value', { fields: `actions:\n  - who: Leif Redestig\n    what: Boka lokal.\n    status: ${LONG}\n` }, 'är inte ett tillåtet värde för status'],
    ['unknown-action', { fields: `followups:\n  - action: ${LONG}\n    status: done\n` }, 'är inget åtgärds-id'],
    ['unknown-action', { fields: `followups:\n  - action: gug${LONG}/2015-01-01#1\n    status: done\n` }, 'det finns inget protokoll från'],
    ['unknown-key', { fields: `${LONG}: 1\n` }, 'Okänt fält'],
    ['invalid-former-id', { fields: `former_ids: [${LONG}]\n` }, 'är inget mötes-id'],
    ['invalid-type', { fields: `decisions: ${LONG}\n` }, 'ska vara en lista'],
    ['invalid-type', { fields: `decisions:\n  - Beslut: ${LONG}\n` }, 'innehåller ett kolon'],
    ['invalid-type', { fields: `absent:\n  -${LONG}\n` }, 'saknas ett mellanslag efter -'],
    ['curly-quotes', { fields: `location: ”${LONG}”\n` }, 'citattecken från en ordbehandlare'],
    ['comment-in-value', { fields: `location: a #${LONG}\n` }, 'läses som en kommentar'],
    ['present-and-absent', { fields: `absent: ["Leif Redestig, ${LONG}"]\n` }, 'både som närvarande'],
    ['unsafe-url', { people: `${PEOPLE}  url: ${LONG}\n` }, 'är inte tillåten'],
    ['invalid-id', { people: `${PEOPLE}Y${LONG}:\n  name: Y Z\n` }, 'är inte tillåtet'],
    ['ambiguous-name', { people: `${PEOPLE}y-z:\n  name: Y Z\n  aliases: [${LONG}]\nz-z:\n  name: Z Z\n  aliases: [${LONG}]\n` }, 'hör redan till'],
    ['front-matter-language', { whole: `---${LONG}\ngroup: gug\n---\n` }, 'kan inte skrivas på språket'],
    ['broken-link', { body: `[protokollet](${LONG}.md)\n` }, 'finns inte'],
    ['broken-link', { body: `[gruppen](/grupper/${LONG}/)\n` }, 'finns inte på webbplatsen'],
    ['broken-link', { body: `[bilagan](/bilagor/${LONG}.pdf)\n` }, 'finns inte på webbplatsen'],
    ['broken-link', { body: `[mötet](${LONG}/)\n` }, 'inte är någon sida på webbplatsen'],
    ['unknown-anchor', { body: `## Punkt\n\n[punkten](#${LONG})\n` }, 'ingen rubrik med ankaret'],
    ['link-with-spaces', { body: `[bilagan](${LONG} b.pdf)\n` }, 'blir ingen länk'],
    ['link-outside-minutes', { body: `[registret](../../${LONG}.yml)\n` }, 'utanför minutes/'],
    ['link-hidden-file', { body: `[bilagan](.${LONG}.pdf)\n` }, 'dold fil'],
    ['image-without-alt', { body: `![](${LONG}.png)\n` }, 'ingen alternativtext'],
    ['meeting-after-end', { fields: 'next_meeting: 2016-04-04\n', organisations: `groups:\n  gug:\n    name: ${LONG}\n    ended: 2016-03-07\n` }, 'är efter att'],
    ['meeting-after-end', { fields: 'next_meeting: 2016-04-04\n', organisations: `groups:\n  gug${LONG}:\n    name: GUG\n    ended: 2016-03-07\n` }, 'är efter att'],
    ['group-not-folder', { whole: '---\ngroup: x\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\nText.\n', organisations: `${ORGANISATIONS}  x:\n    name: ${LONG}\n` }, 'mappen för GUG'],
    ['group-not-folder', { whole: `---\ngroup: ${LONG}\ndate: 2016-03-07\nattendees: [Leif Redestig]\n---\nText.\n`, organisations: `${ORGANISATIONS}  x${LONG}:\n    name: ${LONG}\n` }, 'mappen för GUG'],
    ['private-name', { body: `Ia ${LONG} berättade.\n`, people: `${PEOPLE}ia:\n  name: Ia ${LONG}\n  publish: initials\n` }, 'ska bara visas med initialer'],
    ['private-name', { body: 'Jonsson berättade.\n', people: `${PEOPLE}ia:\n  name: Ia${LONG} Jonsson\n  publish: initials\n` }, 'kan vara efternamnet på'],
    ['private-name-in-path', { body: `[sök](/sok/?q=Ia+${LONG})\n`, people: `${PEOPLE}ia:\n  name: Ia ${LONG}\n  publish: hidden\n` }, 'Länkens adress innehåller namnet'],
    ['private-name-in-path', { body: `https://example.org/Ia%20${LONG}.pdf\n`, people: `${PEOPLE}ia:\n  name: Ia ${LONG}\n  publish: hidden\n` }, 'skrivet med %-koder'],
    ['private-name-in-attachment', { body: '[bilagan](bilaga.txt)\n', files: { 'minutes/gug/bilaga.txt': `Ia ${LONG} var där.\n` }, written: true, people: `${PEOPLE}ia:\n  name: Ia ${LONG}\n  publish: hidden\n` }, 'ska inte stå på webbplatsen'],
    ['attachment-name-clash', { body: `[a](${LONG}.pdf) [b](${LONG.toUpperCase()}.pdf)\n`, files: { [`minutes/gug/${LONG}.pdf`]: '', [`minutes/gug/${LONG.toUpperCase()}.pdf`]: '' } }, 'skiljer sig bara i stora och små bokstäver'],
    ['attachment-name-clash', { body: `[a](${LONG}M\u00f6te.pdf)\n`, files: { [`minutes/gug/${LONG}M\u00f6te.pdf`]: '', [`minutes/gug/${LONG}Mo\u0308te.pdf`]: '' } }, 'med å, ä eller ö skrivna på två sätt'],
  ])('%s (row %#)', (code, c, says) => {
    const diagnostics = check(c);
    const found = diagnostics.find((d) => d.code === code);
    expect(found, diagnostics.map((d) => d.code).join(', ')).toBeDefined();
    expect(found!.message).toContain(says);
    for (const d of diagnostics) {
      expect(d.message.length, `${d.code}: ${d.message.slice(0, 200)}`).toBeLessThan(MAX_CHARS);
      expect(d.hint?.length ?? 0, `${d.code}: ${d.hint?.slice(0, 200)}`).toBeLessThan(MAX_CHARS);
    }
    expect(`${found!.message} ${found!.hint ?? ''}`).toContain('…');
  });
});

describe('a line of 200,000 characters with a slip every few of them', () => {
  // Thousands of parser errors on the line: the fields around the slips are read once, the text blanked in one pass,
  // not copied once more in full for each (9 s before; the blanking itself is compared with the old way in
  // tests/unit/yaml.test.ts). Where the parser gives up as too deep depends on the stack, so only the first is placed.
  it('gives the slip at its place, and nothing from the rest of the line but that it is too deep', () => {
    const diagnostics = check({ fields: `title: ${'a: '.repeat(70_000)}\n` });
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)[0]).toBe('5:8 yaml-syntax');
    expect(diagnostics[0]!.message).toBe('Värdet innehåller ett kolon följt av mellanslag, och då läses det som ett nytt fält.');
    const rest = diagnostics.slice(1);
    expect(rest.length).toBeGreaterThan(0);
    for (const d of rest) expect(`${d.line} ${d.message}`).toMatch(/^5 (Listorna eller fälten ligger i för många nivåer|YAML-taggar)/);
  });
});
