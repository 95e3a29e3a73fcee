// What a meeting page shows where its text names someone who is hidden (Per Norbeck, "en representant för Bryggan"
// in the base fixture): the name nowhere, and in its place text that reads well, with no Markdown left showing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
import { renderMeetings } from '../../src/render/view.js';
import { archive, cleanTemp, FIXTURES } from '../helpers/archive.js';

const BASE = path.join(FIXTURES, 'check', '_base');
const FILE = 'minutes/gug/2016-02-08.md';
afterAll(cleanTemp);

/** The HTML of the base meeting's text, with `text` as its only paragraph under the heading. */
function rendered(text: string, people = ''): string {
  const minutes = fs.readFileSync(path.join(BASE, FILE), 'utf8').replace(/## Fritidsbank\n[^]*$/, `## Fritidsbank\n\n${text}\n`);
  const registry: Record<string, string> = people ? { 'people.yml': fs.readFileSync(path.join(BASE, 'people.yml'), 'utf8') + people } : {};
  const result = check(archive([BASE], { ...registry, [FILE]: minutes }));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const model = buildModel(result.validated.minutes, result.validated.registry);
  const html = renderMeetings(model, '/').get('gemensam-utvecklingsgrupp/2016-02-08')!.html;
  expect(html).not.toMatch(/\bper\b|norbeck|[aå]sa|[oö]stlund|\bia\b|jonsson/i);
  return html.slice(html.indexOf('</h2>') + 6);
}

describe('a hidden name written with emphasis', () => {
  const R = 'en representant för Bryggan';
  it.each([
    ['the surname in strong emphasis', 'Sedan ringde Per **Norbeck** igen.', `<p>Sedan ringde <strong>${R}</strong> igen.</p>`],
    ['the surname in strong emphasis, with underscores', 'Sedan ringde Per __Norbeck__ igen.', `<p>Sedan ringde <strong>${R}</strong> igen.</p>`],
    ['the surname in emphasis', 'Sedan ringde Per *Norbeck* igen.', `<p>Sedan ringde <em>${R}</em> igen.</p>`],
    ['the surname struck through', 'Sedan ringde Per ~~Norbeck~~ igen.', `<p>Sedan ringde <s>${R}</s> igen.</p>`],
    ['the surname as code', 'Sedan ringde Per `Norbeck` igen.', `<p>Sedan ringde <code>${R}</code> igen.</p>`],
    ['the first name in emphasis', 'Sedan ringde *Per* Norbeck igen.', `<p>Sedan ringde <em>${R}</em> igen.</p>`],
    ['the first name in strong emphasis', 'Sedan ringde **Per** Norbeck igen.', `<p>Sedan ringde <strong>${R}</strong> igen.</p>`],
    ['the whole name in strong emphasis', 'Sedan ringde **Per Norbeck** igen.', `<p>Sedan ringde <strong>${R}</strong> igen.</p>`],
    ['the whole name in emphasis, with underscores', 'Sedan ringde _Per Norbeck_ igen.', `<p>Sedan ringde <em>${R}</em> igen.</p>`],
    ['each word in emphasis of its own', 'Sedan ringde **Per** **Norbeck** igen.', `<p>Sedan ringde <strong>${R}</strong> igen.</p>`],
    ['a genitive', 'Det blev *Per Norbecks* förslag.', `<p>Det blev <em>${R}s</em> förslag.</p>`],
    ['the surname in strong emphasis, at the start', 'Per **Norbeck** ringde.', `<p><strong>En representant för Bryggan</strong> ringde.</p>`],
    ['the whole name in strong emphasis, at the start', '**Per Norbeck** ringde.', `<p><strong>En representant för Bryggan</strong> ringde.</p>`],
    ['the first name in emphasis, after a full stop', 'Det ringde. *Per* Norbeck svarade.', `<p>Det ringde. <em>En representant för Bryggan</em> svarade.</p>`],
  ])('%s', (_name, text, expected) => {
    expect(rendered(text)).toContain(expected);
  });
});

describe('a hidden name split by a link', () => {
  const G = '/grupper/gemensam-utvecklingsgrupp/';
  const R = 'en representant för Bryggan';
  it.each([
    ['the first name as the link', `Sedan ringde [Per](${G}) Norbeck igen.`, `<p>Sedan ringde <a href="${G}">${R}</a> igen.</p>`],
    ['the surname as the link', `Sedan ringde Per [Norbeck](${G}) igen.`, `<p>Sedan ringde <a href="${G}">${R}</a> igen.</p>`],
    ['the first name as the link, at the start', `[Per](${G}) Norbeck ringde.`, `<p><a href="${G}">En representant för Bryggan</a> ringde.</p>`],
    ['the whole name as the link', `Sedan ringde [Per Norbeck](${G}) igen.`, `<p>Sedan ringde <a href="${G}">${R}</a> igen.</p>`],
    ['the first name in emphasis inside the link', `Sedan ringde [*Per*](${G}) Norbeck igen.`, `<p>Sedan ringde <a href="${G}"><em>${R}</em></a> igen.</p>`],
  ])('%s', (_name, text, expected) => {
    expect(rendered(text)).toBe(`${expected}\n`);
  });

  it('also in a heading, whose anchor a link in the text follows', () => {
    const html = rendered(`Se [förslaget](#per-norbecks-forslag).\n\n## [Per](${G}) Norbecks förslag\n\nText.`);
    expect(html).toContain('<a href="#en-representant-for-bryggans-forslag">förslaget</a>');
    expect(html).toContain(`<h2 id="en-representant-for-bryggans-forslag"><a href="${G}">En representant för Bryggans</a> förslag</h2>`);
  });
});

describe('a name split by links or emphasis, each way it may be written, hidden and by initials', () => {
  const A = 'https://example.org/a';
  const B = 'https://example.org/b';
  // What is shown in the running text, at the start of a sentence, and before the sentence's full stop.
  const people = [
    { who: 'Per Norbeck, hidden', first: 'Per', last: 'Norbeck', shown: 'en representant för Bryggan', start: 'En representant för Bryggan', end: 'en representant för Bryggan', genitive: 'en representant för Bryggans' },
    { who: 'Ia Jonsson, by initials', first: 'Ia', last: 'Jonsson', shown: 'I. J.', start: 'I. J.', end: 'I. J', genitive: 'I. J:s' },
  ];
  type Person = (typeof people)[number];
  const variants: readonly [string, (p: Person) => string, (p: Person) => string][] = [
    ['the first name a link', (p) => `Sedan ringde [${p.first}](${A}) ${p.last} igen.`, (p) => `<p>Sedan ringde <a href="${A}">${p.shown}</a> igen.</p>`],
    ['the surname a link', (p) => `Sedan ringde ${p.first} [${p.last}](${B}) igen.`, (p) => `<p>Sedan ringde <a href="${B}">${p.shown}</a> igen.</p>`],
    ['each word a link of its own', (p) => `Sedan ringde [${p.first}](${A}) [${p.last}](${B}) igen.`, (p) => `<p>Sedan ringde <a href="${A}">${p.shown}</a> igen.</p>`],
    ['the whole name one link', (p) => `Sedan ringde [${p.first} ${p.last}](${A}) igen.`, (p) => `<p>Sedan ringde <a href="${A}">${p.shown}</a> igen.</p>`],
    ['each word a link, at the start', (p) => `[${p.first}](${A}) [${p.last}](${B}) ringde.`, (p) => `<p><a href="${A}">${p.start}</a> ringde.</p>`],
    ['each word a link, at the end', (p) => `Det ringde [${p.first}](${A}) [${p.last}](${B}).`, (p) => `<p>Det ringde <a href="${A}">${p.end}</a>.</p>`],
    ['the first name a link, at the end', (p) => `Det ringde [${p.first}](${A}) ${p.last}.`, (p) => `<p>Det ringde <a href="${A}">${p.end}</a>.</p>`],
    ['each word a link, across a line break', (p) => `Det ringde [${p.first}](${A})\n[${p.last}](${B}) igen.`, (p) => `<p>Det ringde <a href="${A}">${p.shown}</a> igen.</p>`],
    ['each word a link, in the genitive', (p) => `Det blev [${p.first}](${A}) [${p.last}s](${B}) förslag.`, (p) => `<p>Det blev <a href="${A}">${p.genitive}</a> förslag.</p>`],
    ['each word a link in strong emphasis', (p) => `Sedan ringde **[${p.first}](${A})** **[${p.last}](${B})** igen.`, (p) => `<p>Sedan ringde <strong><a href="${A}">${p.shown}</a></strong> igen.</p>`],
    ['each word a link, emphasised inside it', (p) => `Sedan ringde [*${p.first}*](${A}) [*${p.last}*](${B}) igen.`, (p) => `<p>Sedan ringde <a href="${A}"><em>${p.shown}</em></a> igen.</p>`],
    ['each word a reference link', (p) => `Sedan ringde [${p.first}][a] [${p.last}][b] igen.\n\n[a]: ${A}\n[b]: ${B}`, (p) => `<p>Sedan ringde <a href="${A}">${p.shown}</a> igen.</p>`],
    ['each word a link by its own text', (p) => `Sedan ringde [${p.first}] [${p.last}] igen.\n\n[${p.first}]: ${A}\n[${p.last}]: ${B}`, (p) => `<p>Sedan ringde <a href="${A}">${p.shown}</a> igen.</p>`],
    ['each word in brackets, no link', (p) => `Sedan ringde [${p.first}] [${p.last}] igen.`, (p) => `<p>Sedan ringde [${p.shown}] igen.</p>`],
    ['each word in strong emphasis', (p) => `Sedan ringde **${p.first}** **${p.last}** igen.`, (p) => `<p>Sedan ringde <strong>${p.shown}</strong> igen.</p>`],
    ['each word in emphasis', (p) => `Sedan ringde *${p.first}* *${p.last}* igen.`, (p) => `<p>Sedan ringde <em>${p.shown}</em> igen.</p>`],
    ['the first name in emphasis, with underscores', (p) => `Sedan ringde _${p.first}_ ${p.last} igen.`, (p) => `<p>Sedan ringde <em>${p.shown}</em> igen.</p>`],
    ['each word in emphasis, with underscores', (p) => `Sedan ringde _${p.first}_ _${p.last}_ igen.`, (p) => `<p>Sedan ringde <em>${p.shown}</em> igen.</p>`],
    ['each word struck through', (p) => `Sedan ringde ~~${p.first}~~ ~~${p.last}~~ igen.`, (p) => `<p>Sedan ringde <s>${p.shown}</s> igen.</p>`],
    ['each word as code', (p) => `Sedan ringde \`${p.first}\` \`${p.last}\` igen.`, (p) => `<p>Sedan ringde <code>${p.shown}</code> igen.</p>`],
    ['each word in strong emphasis, at the start', (p) => `**${p.first}** **${p.last}** ringde.`, (p) => `<p><strong>${p.start}</strong> ringde.</p>`],
    ['each word in strong emphasis, at the end', (p) => `Det ringde **${p.first}** **${p.last}**.`, (p) => `<p>Det ringde <strong>${p.end}</strong>.</p>`],
    ['each word in emphasis, after a full stop', (p) => `Det ringde. *${p.first}* *${p.last}* svarade.`, (p) => `<p>Det ringde. <em>${p.start}</em> svarade.</p>`],
  ];
  it.each(people.flatMap((p) => variants.map(([how, text, expected]) => [`${p.who}: ${how}`, text(p), expected(p)] as const)))('%s', (_name, text, expected) => {
    expect(rendered(text)).toBe(`${expected}\n`);
  });

  it('keeps the heading, and its anchor, of a name split by links', () => {
    const html = rendered('Se [förslaget](#ia-jonssons-forslag).\n\n## [Ia](https://example.org/a) [Jonssons](https://example.org/b) förslag\n\nText.');
    expect(html).toContain('<a href="#i-j-s-forslag">förslaget</a>');
    expect(html).toContain('<h2 id="i-j-s-forslag"><a href="https://example.org/a">I. J:s</a> förslag</h2>');
  });
});

describe('a hidden name written without its å, ä, ö, as in an address', () => {
  const ASA = 'asa-ostlund:\n  name: Åsa Östlund\n  publish: hidden\n';
  it.each([
    ['in the text', 'Sedan ringde Asa Ostlund igen.', '<p>Sedan ringde en deltagare igen.</p>'],
    ['in the genitive', 'Det blev Asa Ostlunds förslag.', '<p>Det blev en deltagares förslag.</p>'],
    ['in a web address', 'Se https://example.org/asa-ostlund/ nu.', '<a href="https://example.org/endeltagare/" class="bare">https://example.org/endeltagare/</a>'],
    ['in the anchor of a link to a heading', 'Se [förslaget](#asa-ostlunds-forslag).\n\n## Åsa Östlunds förslag', '<a href="#en-deltagares-forslag">förslaget</a>'],
  ])('%s', (_name, text, expected) => {
    expect(rendered(text, ASA)).toContain(expected);
  });
});

describe('a link whose anchor names someone hidden and is no heading', () => {
  it.each([
    ['on the same page', 'Se [punkten](#per-norbeck).', '<p>Se <a href="#">punkten</a>.</p>'],
    ['on the same page, in the genitive', 'Se [punkten](#per-norbecks-forslag).', '<p>Se <a href="#">punkten</a>.</p>'],
    ['on a group page', 'Se [gruppen](/grupper/gemensam-utvecklingsgrupp/#per-norbeck).', '<p>Se <a href="/grupper/gemensam-utvecklingsgrupp/">gruppen</a>.</p>'],
    ['on a meeting page', 'Se [mötet](/grupper/gemensam-utvecklingsgrupp/2016-02-08/#per-norbeck).', '<p>Se <a href="/grupper/gemensam-utvecklingsgrupp/2016-02-08/">mötet</a>.</p>'],
    ['in angle brackets', 'Se [punkten](<#Per Norbeck>).', '<p>Se <a href="#">punkten</a>.</p>'],
  ])('leads to the page, without the anchor: %s', (_name, text, expected) => {
    expect(rendered(text)).toBe(`${expected}\n`);
  });
});
