// Table test of YAML errors in front matter: what the note-taker is told, and where (line and column).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseMinutesFile } from '../../src/load/frontmatter.js';
import { Locator } from '../../src/load/locate.js';
import { blanked, jsYamlMessage, parseSlow } from '../../src/load/yaml.js';

const FILE = 'minutes/g/2016-02-08.md';
const TAB = 'Tabbtecken får inte användas för indrag i YAML; använd mellanslag.';

/** Every finding of a file, as `line:col message`. */
function problems(text: string): string[] {
  const parsed = parseMinutesFile({ path: FILE, absPath: `/x/${FILE}`, text });
  const locator = new Locator(new Map([[FILE, { text }]]));
  return parsed.findings.map((f) => locator.locate(f)).map((d) => `${d.line}:${d.col} ${d.message}`);
}

describe('YAML errors in front matter', () => {
  it.each([
    ['a list item indented with a tab', '---\ngroup: g\nattendees:\n\t- Leif\n---\n', [`4:1 ${TAB}`]],
    // The parser also complains about indentation and keys on those lines; one message a line says what is wrong. It
    // says nothing of the second line, which it reads as more of the first: every line is said all the same.
    ['a block of text indented with tabs', '---\ngroup: g\nsummary: |\n\tFörsta raden.\n\tAndra raden.\n---\n', [`4:1 ${TAB}`, `5:1 ${TAB}`]],
    ['a tab after a space', '---\ngroup: g\nsummary: |\n  Första raden.\n \tAndra raden.\n---\n', [`5:2 ${TAB}`]],
    ['an unclosed list (no tab involved): at its bracket', '---\ngroup: g\nattendees: [Leif\n---\n', ['3:12 Listan inom hakparenteser som börjar här avslutas aldrig med ].']],
    ['unclosed braces: at the brace', '---\ngroup: g\nattendees: {Leif\n---\n', ['3:12 Fälten inom klammerparenteser som börjar här avslutas aldrig med }.']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('accepts a tab inside the text of a block, after its indentation', () => {
    expect(problems('---\ngroup: g\nsummary: |\n  Punkt\tett.\n  \tIndraget med tabb.\n---\n')).toEqual([]);
  });

  it('gives a complaint only js-yaml makes, and has no Swedish for, in Swedish, without its English words', () => {
    const [finding, ...more] = parseSlow(FILE, 'group: g\n', 0, 'some future complaint (1:3)').findings;
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ code: 'yaml-syntax', message: 'YAML-koden går inte att läsa här.', hint: 'Jämför raden med raderna runt omkring: indrag, kolon och citattecken.', where: { kind: 'offset', offset: 2 } });
  });

  // Read from js-yaml itself: a complaint a new version adds fails here until it has its Swedish.
  const loader = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('js-yaml/package.json')), 'lib', 'loader.js'), 'utf8');
  const complaints = [...loader.matchAll(/(?:throwError|throwWarning)\(state, ['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  it.each([...new Set([...complaints, 'expected a single document in the stream, but found more'])])('has Swedish of its own for js-yaml\'s "%s"', (english) => {
    expect(complaints.length).toBeGreaterThan(50);
    const { message } = jsYamlMessage(`${english} (2:5)`);
    expect(message).not.toBe('YAML-koden går inte att läsa här.');
    expect(message).not.toMatch(/\b(?:the|of|is|a|an|be|must|not)\b/);
  });

  it('prints nothing of the parser’s own to the terminal (its English warning of a list as a field name)', () => {
    const warning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(problems('---\n[Punkt 1]: Lokal\ngroup: g\ngroup: h\n---\n')).toEqual(['2:1 Fältnamnet står inom hakparenteser, och då läses det i YAML som en lista, inte som ett namn.', '4:1 Fältet "group" står två gånger.']);
      expect(warning).not.toHaveBeenCalled();
    } finally {
      warning.mockRestore();
    }
  });
});

// A lone CR (an old Mac's line end, or one a paste left among LF lines) ends a line for js-yaml, as YAML 1.2 says, and
// for an editor; the `yaml` package takes it for a character of the line. Both read the lines an editor shows: each
// error is told at its line there, once, and a hint quotes that line alone (no CR of it reaches the terminal).
describe('YAML errors after a lone CR', () => {
  const told = (text: string): string[] => {
    const parsed = parseMinutesFile({ path: FILE, absPath: `/x/${FILE}`, text });
    const locator = new Locator(new Map([[FILE, { text, ...(parsed.yaml ? { yaml: parsed.yaml } : {}) }]]));
    return parsed.findings.map((f) => locator.locate(f)).map((d) => `${d.line}:${d.col} ${d.message} | ${d.hint ?? ''}`);
  };
  it.each([
    ['a list item indented with a tab', '---\ngroup: g\rattendees:\r\t- Leif\n---\n', [`4:1 ${TAB} | Skriv två mellanslag i stället för varje tabb i början av raden: "  - Leif"`]],
    ['a quote left open', '---\ngroup: g\rlocation: "Bryggan\rattendees: [Leif]\n---\n', ['3:11 Citattecknet här avslutas aldrig. | Lägg till ett " i slutet av värdet, på samma rad: location: "Bryggan"']],
    ['two commas in a list', '---\ngroup: g\rattendees: [Leif,, Bo]\n---\n', ['3:18 Två kommatecken står i rad, utan något värde mellan dem. | Skriv ett kommatecken mellan två värden: attendees: [Leif, Bo]']],
    ['a list never closed, below a block of text', '---\ngroup: g\nsummary: |\n  Rad ett.\r  Rad två.\rattendees: [Leif\n---\n', ['6:12 Listan inom hakparenteser som börjar här avslutas aldrig med ]. | Lägg till ] efter listans sista värde: attendees: [Leif]']],
    ['an anchor in a list, in a file whose lines all end in a lone CR', '---\rgroup: g\rattendees: [Leif, &Bo]\r---\rText\r', ['3:19 Ett värde som börjar med & läses i YAML som ett namn på värdet (ett ankare), så "&Bo" kommer inte med i texten. | Sätt det inom citattecken: attendees: [Leif, "&Bo"]']],
  ])('%s', (_name, text, expected) => {
    expect(told(text)).toEqual(expected);
  });

  it.each([
    ['a block of text', 'summary: |\n  Rad ett.\r  Rad två.\rlocation: Bryggan\n', { summary: 'Rad ett.\nRad två.\n', location: 'Bryggan' }],
    ['a list', 'attendees:\r  - Leif\r  - Bo\n', { attendees: ['Leif', 'Bo'] }],
  ])('reads %s the same with a lone CR as with LF, and the text the fields are read from has no CR', (_name, fields, data) => {
    const parsed = parseMinutesFile({ path: FILE, absPath: `/x/${FILE}`, text: `---\n${fields}---\n` });
    expect(parsed.data).toEqual(data);
    // gray-matter leaves out the line break before the closing ---.
    expect(parsed.yaml?.text).toBe(`\n${fields.slice(0, -1).replace(/\r/g, '\n')}`);
  });
});

describe('blanking the values of slips, to read the fields around them', () => {
  /** One range at a time, the whole text copied for each, as before (thousands of slips on a long line took seconds). */
  const oneByOne = (text: string, ranges: readonly (readonly [number, number])[]) =>
    ranges.reduce((t, [a, b]) => t.slice(0, a) + t.slice(a, b).replace(/[^\r\n]/g, ' ') + t.slice(b), text);
  const TEXT = 'title: a: b\r\nlocation: "Bryggan\nguests: [*Bo*, Anna]\n';
  it.each<[string, [number, number][]]>([
    ['none', []],
    ['one', [[7, 11]]],
    ['over a CRLF line break, which stays', [[7, 20]]],
    ['out of order', [[30, 35], [7, 11]]],
    ['overlapping', [[7, 15], [10, 25]]],
    ['one inside another', [[7, 30], [10, 12]]],
    ['the same twice', [[46, 52], [46, 52]]],
    ['up to the end', [[40, TEXT.length]]],
  ])('%s', (_, ranges) => {
    expect(blanked(TEXT, ranges)).toBe(oneByOne(TEXT, ranges));
  });
});
