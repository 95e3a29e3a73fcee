// Table test of YAML errors in front matter: what the note-taker is told, and where (line and column).
import { describe, expect, it, vi } from 'vitest';
import { parseMinutesFile } from '../../src/load/frontmatter.js';
import { Locator } from '../../src/load/locate.js';
import { parseSlow } from '../../src/load/yaml.js';

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
    // The parser also complains about indentation and keys on those lines; one message says what is wrong.
    ['a block of text indented with tabs', '---\ngroup: g\nsummary: |\n\tFörsta raden.\n\tAndra raden.\n---\n', [`4:1 ${TAB}`]],
    ['a tab after a space', '---\ngroup: g\nsummary: |\n  Första raden.\n \tAndra raden.\n---\n', [`5:2 ${TAB}`]],
    ['an unclosed list (no tab involved)', '---\ngroup: g\nattendees: [Leif\n---\n', ['3:17 Ett ] saknas i slutet av listan eller fälten inom hakparenteser ovanför.']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('accepts a tab inside the text of a block, after its indentation', () => {
    expect(problems('---\ngroup: g\nsummary: |\n  Punkt\tett.\n  \tIndraget med tabb.\n---\n')).toEqual([]);
  });

  it('gives a complaint only js-yaml makes, and has no Swedish for, in Swedish, its English words only in the hint', () => {
    const [finding, ...more] = parseSlow(FILE, 'group: g\n', 0, 'some future complaint (1:3)').findings;
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ code: 'yaml-syntax', message: 'YAML-koden går inte att läsa här.', where: { kind: 'offset', offset: 2 } });
    expect(finding!.hint).toContain('"some future complaint"');
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
