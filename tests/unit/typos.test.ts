// typosOf: the registered entries a text is a slip or two from. It compares a text only with names of about its length
// and with the characters to make one; these tests hold it to the plain rule, every name compared, on many texts.
import { describe, expect, it } from 'vitest';
import { checkLoaded } from '../../src/pipeline.js';
import type { SourceFile } from '../../src/load/source.js';
import { extractPeople } from '../../src/validate/documents.js';
import { namesOf, Registry } from '../../src/validate/registry.js';
import { typosOf } from '../../src/validate/typos.js';
import { editDistance } from '../../src/util/suggest.js';
import { foldAccents } from '../../src/util/fold.js';

const NAMES = ['Ia Jonsson', 'Ia Jansson', 'Åke Malmén', 'Leif Redestig', 'David Bergström', 'Bo Ek', 'Ivan Kuzhicov', 'Anna-Karin Øberg', 'Per Lind', 'Per Lund', 'Zoë Ünal 2'];
const people = (): Registry => new Registry({ people: extractPeople('people.yml', Object.fromEntries(NAMES.map((name, i) => [`p${i}`, { name, ...(i === 8 ? { aliases: ['Pelle Lind'] } : {}) }]))), organisations: [], groups: [], projects: [] });

/** The rule itself: a name, alias or id two edits away at most, one in a name of five letters or fewer. */
const plain = (registry: Registry, text: string): string[] => {
  const a = foldAccents(text);
  return registry.people.entries.filter((e) => namesOf(e).some((n) => editDistance(a, foldAccents(n), 2) <= (foldAccents(n).length <= 5 ? 1 : 2))).map((e) => e.id.value);
};

describe('typosOf', () => {
  const registry = people();
  it.each<[string, string[]]>([
    ['Ia Jonson', ['p0', 'p1']],
    ['Ia Jonsen', ['p0']],
    ['Ake Malmen', ['p2']],
    ['åke  malmen', ['p2']],
    ['Leif Redestg', ['p3']],
    ['Lief Redestig', ['p3']],
    ['Bo Ekk', ['p5']],
    ['Bo Ekkk', []],
    ['Anna-Karin Oberg', ['p7']],
    ['Per Lnd', ['p8', 'p9']],
    ['Pelle Lund', ['p8']],
    ['Zoe Unal 3', ['p10']],
    ['ordförande i Ria', []],
    ['från 13.30', []],
  ])('"%s": %j', (text, ids) => {
    expect(typosOf(registry.people, text).map((e) => e.id.value)).toEqual(ids);
    expect(plain(registry, text)).toEqual(ids);
  });

  // Every name with one and two characters changed, dropped, doubled or swapped, as the plain rule finds them.
  it('finds what comparing with every name finds, for thousands of slips', () => {
    const signs = ['a', 'e', 'ö', 'n', ' ', '-', '1', 'Z'];
    let texts = 0;
    for (const name of NAMES) {
      const slips = new Set<string>([name]);
      for (let round = 0; round < 2; round++) {
        for (const t of [...slips]) {
          for (let i = 0; i < t.length; i++) {
            slips.add(t.slice(0, i) + t.slice(i + 1));
            slips.add(t.slice(0, i) + t[i]! + t.slice(i));
            slips.add(t.slice(0, i) + signs[(i + round) % signs.length]! + t.slice(i + 1));
            if (i + 1 < t.length) slips.add(t.slice(0, i) + t[i + 1]! + t[i]! + t.slice(i + 2));
          }
        }
      }
      for (const t of slips) {
        expect(typosOf(registry.people, t).map((e) => e.id.value), t).toEqual(plain(registry, t));
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(2_000);
  });
});

// Each note after an attendee's comma that is two words or more is looked up among the people (is it a misspelt
// one?). Compared with every person's names by `suggest`, 10,500 such notes beside 1,500 people took about 50 s.
describe('notes after the comma beside many people', () => {
  it('checks 10,500 attendees with a note of their own, beside 1,500 people, in seconds', () => {
    const people = Array.from({ length: 1_500 }, (_, i) => `p${i}:\n  name: ${['Anna', 'Bo', 'Karin', 'Lars', 'Maria'][i % 5]} ${['Ekström', 'Lind', 'Bergman', 'Holm'][i % 4]}-${i.toString(36)}\n`).join('');
    const source = (path: string, text: string): SourceFile => ({ path, absPath: `/typos/${path}`, text });
    // Seven meetings, each with everyone there.
    const minutes = Array.from({ length: 7 }, (_, m) => {
      const attendees = Array.from({ length: 1_500 }, (_, i) => `  - "p${i}, ordförande i ${(m * 1_500 + i).toString(36)}"\n`).join('');
      return source(`minutes/styrgruppen/2016-03-0${m + 1}.md`, `---\ngroup: Styrgruppen\ndate: 2016-03-0${m + 1}\nattendees:\n${attendees}---\nText.\n`);
    });
    const start = performance.now();
    const result = checkLoaded({ root: '/typos', minutes, people: source('people.yml', people), organisations: source('organisations.yml', 'groups:\n  styrgruppen:\n    name: Styrgruppen\n'), findings: [] });
    const took = performance.now() - start;
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(took).toBeLessThan(5_000);
  });
});
