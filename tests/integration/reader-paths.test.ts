// What a reader asking a question of the seed site finds on the page they would look at, by following the links:
// each row a question, the page it leads to, and what that page must say (or must not) to answer it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { build } from '../../src/pipeline.js';
import { cleanTemp, seedArchive } from '../helpers/archive.js';
import { read } from '../helpers/site.js';

let site: string;

beforeAll(async () => {
  const root = seedArchive();
  site = path.join(root, 'site');
  // The day after the last seed meeting, when the next meeting it announced (23 January 2017) was still to come.
  const result = await build({ root, outDir: site, base: '/', title: 'Protokoll', today: '2016-12-13' });
  expect(result.ok).toBe(true);
});
afterAll(cleanTemp);

describe('a reader finds the answer on the page the links lead to', () => {
  it.each([
    {
      question: 'what the group decided about a project: each decision on its page names its project, as on its meeting',
      page: 'grupper/gemensam-utvecklingsgrupp/index.html',
      says: [
        '#beslut-2">mötet 7 mars 2016</a>)</span> <span class="tag">Projekt: <a href="/projekt/fritidsbanken/">Fritidsbanken</a></span></li>',
        '#beslut-1">mötet 8 februari 2016</a>)</span> <span class="tag">Projekt: <a href="/projekt/avstamningshalvdag/">Avstämningshalvdag</a></span></li>',
      ],
      // A decision without a project names none.
      lacks: ['#beslut-2">mötet 8 februari 2016</a>)</span> <span class="tag">'],
    },
    {
      question: "the project's own decisions do not name the project again",
      page: 'projekt/fritidsbanken/index.html',
      says: ['#beslut-2">Gemensam utvecklingsgrupp 7 mars 2016</a>)</span></li>'],
      lacks: ['<span class="tag">Projekt:'],
    },
    {
      question: 'where the next meeting is: the group page leads to the minutes that announced it, whose text may say',
      page: 'grupper/gemensam-ledningsgrupp-utveckling/index.html',
      says: ['</time><span class="no-print"> (enligt <a href="/grupper/gemensam-ledningsgrupp-utveckling/2016-12-12/">protokollet från 12 december 2016</a>; <a href="/grupper/gemensam-ledningsgrupp-utveckling/kalender.ics">lägg till i kalendern</a>, <a href="/om/#kalender">så fungerar kalenderfilen</a>)</span>'],
      lacks: [],
    },
    {
      question: "what someone is to do: after their own actions, those given to their organisation, on its page",
      page: 'personer/leif-redestig/index.html',
      says: ['<h2 id="atgarder">Åtgärder (inga öppna)</h2>', '<p><a href="/organisationer/socialforvaltningen/#atgarder">Åtgärder som Socialförvaltningen ansvarar för</a>: 3 öppna.</p>'],
      lacks: [],
    },
    {
      question: 'what someone with no actions of their own is to do: the page says so, and leads to their organisation’s',
      page: 'personer/dinah-abinger/index.html',
      says: ['<h2 id="atgarder">Åtgärder</h2>\n<p>Dinah Åbinger ansvarar inte för någon åtgärd.</p>', '<a href="/organisationer/socialforvaltningen/#atgarder">Åtgärder som Socialförvaltningen ansvarar för</a>: 3 öppna.'],
      lacks: [],
    },
    {
      question: 'someone whose organisation has no open actions, and who has none, gets no actions section',
      page: 'personer/catrin-albrektsson/index.html',
      says: ['<h1>Catrin Albrektsson</h1>'],
      lacks: ['id="atgarder"', 'ansvarar för'],
    },
    {
      question: 'who from our organisation was at the meeting on 7 March: each meeting on its page names who came for it, meetings apart by semicolons',
      page: 'organisationer/socialforvaltningen/index.html',
      says: [
        '<a href="/grupper/gemensam-utvecklingsgrupp/2016-03-07/">7 mars 2016</a> (David Bergström, Johanna Callegari, Allan Hedman, Åke Malmén och Leif Redestig); ',
        '<a href="/grupper/gemensam-utvecklingsgrupp/2015-11-09/">9 november 2015</a> (Johanna Callegari); ',
      ],
      lacks: [],
    },
    {
      question: 'when did we last send someone: the latest meeting on a line of its own, with who came',
      page: 'organisationer/socialforvaltningen/index.html',
      says: ['<p>Senast: Gemensam ledningsgrupp utveckling 12 december 2016, där David Bergström, Anne Eskilsson, Allan Hedman, Pernilla Kvist och Leif Redestig var med.</p>'],
      lacks: [],
    },
    {
      question: 'who came for an organisation is who came for it that day ("Bo Pettersson, Ria/G7"), on each page',
      page: 'organisationer/ria/index.html',
      says: ['där Bo Pettersson var med.</p>'],
      lacks: [],
    },
    {
      question: "a group's latest minutes, from the start page: each group there links to them, as its own page does",
      page: 'index.html',
      says: ['<a href="/grupper/gemensam-utvecklingsgrupp/">Gemensam utvecklingsgrupp</a> <span class="muted">· 4 protokoll, senast <a href="/grupper/gemensam-utvecklingsgrupp/2016-03-07/">7 mars 2016</a></span>'],
      lacks: [],
    },
    {
      question: "a group's latest minutes, from the index of groups",
      page: 'grupper/index.html',
      says: ['4 protokoll, senast <a href="/grupper/gemensam-utvecklingsgrupp/2016-03-07/">7 mars 2016</a>'],
      lacks: [],
    },
    {
      question: 'when a meeting was: its heading names the group and the date, the line under it the weekday, not the date again',
      page: 'grupper/gemensam-utvecklingsgrupp/2016-03-07/index.html',
      says: ['<h1 data-pagefind-meta="title">Gemensam utvecklingsgrupp 7 mars 2016</h1>\n<p class="meta"><time datetime="2016-03-07">måndag</time>'],
      lacks: [],
    },
  ])('$question', ({ page, says, lacks }) => {
    const html = read(site, page);
    for (const s of says) expect(html).toContain(s);
    for (const s of lacks) expect(html).not.toContain(s);
  });
});
