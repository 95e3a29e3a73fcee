// Table test of the front-matter split: the YAML block, the body and its offset, for the line endings and
// closing-line forms editors produce. gray-matter on the whole text is the reference: the parser gives it only
// the file's head, and must split every file exactly as gray-matter splits the whole.
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { parseMinutesFile } from '../../src/load/frontmatter.js';

const parse = (text: string) => parseMinutesFile({ path: 'minutes/g/2016-01-01.md', absPath: '/x/minutes/g/2016-01-01.md', text });

const CASES: readonly [string, string][] = [
  ['LF', '---\ngroup: g\n---\nText\n'],
  ['CRLF', '---\r\ngroup: g\r\n---\r\nText\r\n'],
  ['blank line after the block', '---\ngroup: g\n---\n\nText\n'],
  ['CRLF blank line after the block', '---\r\ngroup: g\r\n---\r\n\r\nText\r\n'],
  ['no body', '---\ngroup: g\n---\n'],
  ['no newline after closing line', '---\ngroup: g\n---'],
  ['text after the closing dashes', '---\ngroup: g\n--- \nText\n'],
  ['two carriage returns', '---\ngroup: g\n---\r\r\nText\n'],
  ['language word', '---yaml\ngroup: g\n---\nText\n'],
  ['empty block', '---\n---\nText\n'],
  ['dashes inside the body', '---\ngroup: g\n---\nText\n---\nMore\n'],
  ['long body', `---\ngroup: g\n---\n${'Rad med text, å ä ö.\n'.repeat(2000)}`],
];

describe('front matter split', () => {
  it.each(CASES)('%s', (_name, text) => {
    const reference = matter(text, { engines: { yaml: () => ({}) } } as never);
    const p = parse(text);
    expect(p.findings).toEqual([]);
    expect(p.yaml?.text).toBe(reference.matter);
    expect(p.body).toBe(reference.content);
    expect(p.bodyOffset).toBe(text.length - reference.content.length);
    expect(text.slice(p.bodyOffset)).toBe(p.body);
  });

  // gray-matter reads a language word that ends the file without its last character ("yam") and throws for it: such a
  // file was an internal error of check (exit 2).
  it.each(['---yaml', '---yml', '---yml ', '--- yaml'])('reads %j, a file of one opening line with a language word, as one never closed', (text) => {
    expect(parse(text).findings.map((f) => [f.code, f.where])).toEqual([['front-matter-unclosed', { kind: 'position', line: 1, col: 1 }]]);
  });

  it('reports a block that is never closed where its text begins, with nothing lost from the text and the fields above it read', () => {
    const text = '---\ngroup: g\n\nText without a closing line\n';
    const p = parse(text);
    expect(p.findings.map((f) => [f.code, f.where])).toEqual([['front-matter-unclosed', { kind: 'offset', offset: 14, length: 1 }]]);
    expect(p.body).toBe('Text without a closing line\n');
    expect(text.slice(0, p.bodyOffset) + p.body).toBe(text);
    expect(p.data).toEqual({ group: 'g' });
  });

  it('reports a block that is never closed and has no text at its start, with nothing lost from the text', () => {
    const text = '---\ngroup: g\n\n## Punkt\n';
    const p = parse(text);
    expect(p.findings.map((f) => [f.code, f.where])).toEqual([['front-matter-unclosed', { kind: 'position', line: 1, col: 1 }]]);
    expect(p.body).toBe(text);
  });
});
