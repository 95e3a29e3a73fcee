// The indexes list names as a reader counts: "Grupp 2" before "Grupp 10", not after it as text sorts them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { builtSite } from '../helpers/build.js';
import { read } from '../helpers/site.js';

let site: string;

beforeAll(async () => {
  const root = seedArchive();
  const file = path.join(root, 'organisations.yml');
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  for (const n of [10, 2, 1]) {
    doc.setIn(['groups', `grupp-${n}`], { name: `Grupp ${n}` });
    doc.setIn(['projects', `etapp-${n}`], { name: `Etapp ${n}` });
    doc.setIn(['organisations', `omrade-${n}`], { name: `Område ${n}` });
  }
  fs.writeFileSync(file, doc.toString());
  site = await builtSite(root);
});
afterAll(cleanTemp);

describe('the order of numbered names', () => {
  it.each([
    ['grupper/index.html', '/grupper/grupp-'],
    ['projekt/index.html', '/projekt/etapp-'],
    ['organisationer/index.html', '/organisationer/omrade-'],
    ['index.html', '/grupper/grupp-'],
  ])('%s lists 1, 2, 10 in that order', (page, prefix) => {
    const html = read(site, page);
    const order = [...html.matchAll(new RegExp(`href="${prefix}(\\d+)/"`, 'g'))].map((m) => m[1]);
    expect(order).toEqual(['1', '2', '10']);
  });
});
