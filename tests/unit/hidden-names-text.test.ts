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
  expect(html).not.toMatch(/\bper\b|norbeck|[aå]sa|[oö]stlund/i);
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
    ['each word in emphasis of its own', 'Sedan ringde **Per** **Norbeck** igen.', `<p>Sedan ringde <strong><strong>${R}</strong></strong> igen.</p>`],
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
