// A long run of one character inside a line (thousands of spaces pasted by mistake, a row of dots or dashes) is
// imported in time proportional to its length. Patterns such as /\s*:\s*$/ tried such a run from each of its
// positions, and a line with 50,000 spaces took seconds for each pattern that saw it (the five seeds: minutes).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/archive.js';
import { draftOf, missingWords } from './helpers.js';

/** The seed with the most lines, among them attendance, a secretary, actions and headings. */
const SEED = fs.readFileSync(path.join(FIXTURES, 'seeds', '000_d541dcac99ce49a6.txt'), 'utf8');
const RUN = 50_000;
/** Generous: the seed with such runs takes about 0.5 s here; with the patterns that tried every position, minutes. */
const LIMIT_MS = 5_000;

/** Every line of `text` with a run of `fill` put in at `where`: after its first word, in its middle, or at its end. */
function withRuns(text: string, fill: string, where: 'first' | 'middle' | 'end'): string {
  const run = fill.repeat(RUN);
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      if (where === 'end') return line + run;
      const at = where === 'first' ? 1 : Math.floor(words.length / 2);
      return words.length > at ? `${words.slice(0, at).join(' ')}${run}${words.slice(at).join(' ')}` : line;
    })
    .join('\n');
}

describe('a line with a long run of one character', () => {
  const fills = [['spaces', ' '], ['tabs', '\t'], ['no-break spaces', '\u00a0'], ['dots', '.'], ['dashes', '-'], ['commas', ',']] as const;
  it.each(fills.flatMap(([name, fill]) => (['first', 'middle', 'end'] as const).map((where) => [name, where, fill] as const)))('of %s, put in after the first word, in the middle or at the end (%s) of every line of a seed, is imported in linear time', (_, where, fill) => {
    const text = withRuns(SEED, fill, where);
    const started = performance.now();
    const { rendered } = draftOf(text, { yearOption: 2016 });
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    // Nothing of the text is lost for the runs in it.
    expect(missingWords(text, rendered)).toEqual([]);
  });
});
