// Nothing executable from content: every hostile payload of corpus.ts in every field a user can write is either
// refused by `minutes check` with a located diagnostic, or built into a site where it is inert text in every
// output: HTML, Atom, iCalendar, JSON, the sitemap and the search index. (hostile-browser.test.ts loads the
// same site in Chromium.)
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/render/markdown.js';
import { INVISIBLE_CONTROLS } from '../../src/util/fold.js';
import { filterValue } from '../../src/render/view.js';
import { cleanTemp, tempDir, writeFiles } from '../helpers/archive.js';
import { allText, listFiles } from '../helpers/site.js';
import { billionLaughs, CONTROL_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS, YAML_PAYLOADS } from './corpus.js';
import { buildInto, expectLocated } from './helpers.js';
import { checkFiles, dateOf, fieldsFor, hostileFiles, names, SITE_ENTRIES, STRICT_FIELDS, TEXT_FIELDS, type Entry } from './hostile.js';
import { atomProblems, icsProblems } from './standards.js';
import { cspOf, decodeEntities, ICS_PROPERTIES, icsLines, icsText, markupProblems, schemeOf, scanTags, xmlElementTexts, xmlProblems } from './inspect.js';

// What the site removes from every text: direction overrides, isolates and marks, and zero-width spaces.
const BIDI = new RegExp(INVISIBLE_CONTROLS.source, 'g');

/** Where each line of the archive holding `needle` is. */
function linesWith(files: Record<string, string>, needle: string | RegExp): { file: string; line: number }[] {
  const out: { file: string; line: number }[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((l, i) => {
      if (typeof needle === 'string' ? l.includes(needle) : needle.test(l)) out.push({ file, line: i + 1 });
    });
  }
  return out;
}

const summary = (r: ReturnType<typeof checkFiles>) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`).join('; ');

describe('hostile input that minutes check refuses, with a located diagnostic', () => {
  const yamlFields = [...TEXT_FIELDS.filter((f) => f !== 'body'), ...STRICT_FIELDS.filter((f) => f !== 'absent' && f !== 'person.publish')];

  it.each(YAML_PAYLOADS)('YAML $name, in every field of minutes and registries', ({ yaml }) => {
    for (const field of yamlFields) {
      const files = hostileFiles([{ i: 1, payload: '', fields: new Set(), rawYaml: { field, yaml } }]);
      const r = checkFiles(files);
      expect(r.ok, field).toBe(false);
      expectLocated(r.diagnostics, files);
      const [at] = linesWith(files, yaml);
      expect(r.diagnostics.some((d) => d.severity === 'error' && d.file === at!.file && d.line === at!.line), `${field} at ${at!.file}:${at!.line}: ${summary(r)}`).toBe(true);
    }
    // `__proto__` and `constructor` keys stay keys: nothing reached the prototypes of this process.
    expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('YAML tags are reported as yaml-tag, at the tag', () => {
    for (const { yaml } of YAML_PAYLOADS.filter((p) => p.yaml.startsWith('!'))) {
      const files = hostileFiles([{ i: 1, payload: '', fields: new Set(), rawYaml: { field: 'summary', yaml } }]);
      const r = checkFiles(files);
      const [at] = linesWith(files, yaml);
      const col = files[at!.file]!.split('\n')[at!.line - 1]!.indexOf(yaml) + 1;
      expect(r.diagnostics.filter((d) => d.code === 'yaml-tag').map((d) => [d.file, d.line, d.col]), yaml).toContainEqual([at!.file, at!.line, col]);
    }
  });

  it('50,000 unknown fields in a minutes file, each reported at its key, quickly', () => {
    const files = hostileFiles([{ i: 1, payload: '', fields: new Set() }]);
    const file = 'minutes/grupp-1/2016-01-02.md';
    const fields = Array.from({ length: 50_000 }, (_, i) => `falt${i}: x\n`).join('');
    files[file] = files[file]!.replace('---\n', `---\n${fields}`);
    const started = performance.now();
    const r = checkFiles(files);
    // Generous, for a shared machine running other tests beside it: about 2.5 s alone here; finding each field's key by
    // searching the map, and the YAML package's check of repeated keys, compared every field with the others (26 s
    // alone, 346 s under the test runner).
    expect(performance.now() - started).toBeLessThan(20_000);
    const unknown = r.diagnostics.filter((d) => d.code === 'unknown-key');
    expect(unknown).toHaveLength(50_000);
    expect(unknown.map((d) => [d.line, d.col])).toEqual(Array.from({ length: 50_000 }, (_, i) => [i + 2, 1]));
  });

  it.each([
    ['a minutes file', 'minutes/grupp-1/2016-01-02.md'],
    ['people.yml', 'people.yml'],
    ['organisations.yml', 'organisations.yml'],
  ])('a billion laughs (aliases of aliases of lists) in %s, quickly', (_, file) => {
    const files = hostileFiles([{ i: 1, payload: '', fields: new Set() }]);
    const laughs = billionLaughs();
    files[file] = file.endsWith('.md') ? files[file]!.replace('---\n', `---\n${laughs}\n`) : `${laughs}\n${files[file]}`;
    const started = performance.now();
    const r = checkFiles(files);
    expect(performance.now() - started).toBeLessThan(2000);
    expectLocated(r.diagnostics, files);
    // At the first alias of a list: where the sharing starts.
    const [at] = linesWith({ [file]: files[file]! }, '*l0');
    const col = files[file]!.split('\n')[at!.line - 1]!.indexOf('*l0') + 1;
    expect(r.diagnostics.filter((d) => d.file === file).map((d) => [d.line, d.col, d.code])).toEqual([[at!.line, col, 'yaml-syntax']]);
  });

  it.each(STRICT_FIELDS)('every hostile text in %s (a date, time, status or reference)', (field) => {
    for (const p of TEXT_PAYLOADS) {
      const files = hostileFiles([{ i: 1, payload: '', fields: new Set(), strict: { field, value: p.text } }]);
      const r = checkFiles(files);
      expect(r.ok, `${p.name} in ${field}`).toBe(false);
      expectLocated(r.diagnostics, files);
      const [at] = linesWith(files, JSON.stringify(p.text));
      expect(r.diagnostics.some((d) => d.severity === 'error' && d.file === at!.file && d.line === at!.line), `${p.name} in ${field}: ${summary(r)}`).toBe(true);
    }
  });

  it.each(CONTROL_PAYLOADS)('control characters ($name) in every field, as control-character on every line that has one', ({ text }) => {
    // In YAML the payload is written with JSON escapes; C1 characters and noncharacters stay as they are.
    const escaped = /\\u00[01][0-9a-f]|\\u007f|\\ud[89ab][0-9a-f]{2}|\\[rbf]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|\r(?!$)/i;
    for (const field of TEXT_FIELDS) {
      const files = hostileFiles([{ i: 1, payload: text, fields: new Set([field]) }]);
      const r = checkFiles(files);
      expectLocated(r.diagnostics, files);
      const expected = linesWith(files, escaped).map(({ file, line }) => `${file}:${line}`);
      const got = [...new Set(r.diagnostics.filter((d) => d.code === 'control-character').map((d) => `${d.file}:${d.line}`))];
      expect(got.sort(), field).toEqual(expected.sort());
      // Only a CRLF line ending in the Markdown text is no control character at all.
      expect(r.ok, field).toBe(expected.length === 0);
      if (expected.length === 0) expect([field, text]).toEqual(['body', 'Rad\r\nBEGIN:VEVENT']);
    }
  });

  it.each(URL_PAYLOADS)('the url $name for a person, an organisation, a group and a project', ({ url, accepted }) => {
    const files = hostileFiles([{ i: 1, payload: '', fields: new Set(), url }]);
    const r = checkFiles(files);
    expectLocated(r.diagnostics, files);
    if (accepted) {
      expect(summary(r)).toBe('');
      return;
    }
    const lines = linesWith(files, `url: ${JSON.stringify(url)}`).map(({ file, line }) => `${file}:${line}`);
    expect(lines).toHaveLength(4);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}`).sort()).toEqual(lines.sort());
    expect(r.diagnostics.every((d) => d.code === 'unsafe-url' || d.code === 'control-character')).toBe(true);
  });

  it.each(TEXT_PAYLOADS.filter((p) => p.unsafeLink))('the $name in the Markdown text, as unsafe-link at the link target', ({ text }) => {
    const files = hostileFiles([{ i: 1, payload: text, fields: new Set(['body']) }]);
    const file = 'minutes/grupp-1/2016-01-02.md';
    const r = checkFiles(files);
    expect(r.ok).toBe(false);
    expectLocated(r.diagnostics, files);
    expect(r.diagnostics.map((d) => d.code)).toEqual(r.diagnostics.map(() => 'unsafe-link'));
    // One for each place the text puts the link: heading, paragraph, list, quote and the closing paragraph;
    // in the code span and the code block it is only text.
    expect(r.diagnostics.length).toBe(5);
    const lines = files[file]!.split('\n');
    for (const d of r.diagnostics) {
      // A long target is quoted shortened around a "…" (its start and its end): the start is at the column, the
      // end after it on the same line.
      const [head, ...rest] = /"(.*?)"/.exec(d.message)![1]!.split('…');
      const at = lines[d.line - 1]!.slice(d.col - 1).replace(/^</, '');
      expect(at.startsWith(head!), `${d.line}:${d.col}: ${head}`).toBe(true);
      if (rest.length > 0) expect(at.slice(head!.length), `${d.line}:${d.col}`).toContain(rest.at(-1)!);
    }
  });

  it.each(TEXT_PAYLOADS.filter((p) => p.unsafeLink))('the $name is not made into a link even without the check', ({ text }) => {
    const { html } = renderBody(`${text}\n\n- ${text}\n`);
    for (const tag of scanTags(html)) {
      for (const a of tag.attrs.filter((x) => x.name === 'href' || x.name === 'src')) expect(['http:', 'https:', 'mailto:']).toContain(schemeOf(a.value, 'http://localhost/sida/'));
    }
  });

  it.each(TEXT_PAYLOADS.filter((p) => p.brokenLink))('the $name in the Markdown text, a relative path to no file, as broken-link', ({ text }) => {
    const files = hostileFiles([{ i: 1, payload: text, fields: new Set(['body']) }]);
    const r = checkFiles(files);
    expect(r.ok).toBe(false);
    expectLocated(r.diagnostics, files);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(Array.from({ length: 5 }, () => 'broken-link'));
  });
});

describe('hostile input that minutes check accepts', () => {
  it('is every other payload, in every free-text and name field (at least fifty payloads)', () => {
    let accepted = 0;
    for (const [i, p] of TEXT_PAYLOADS.entries()) {
      for (const field of fieldsFor(p)) {
        const files = hostileFiles([{ i, payload: p.text, fields: new Set([field]) }]);
        const r = checkFiles(files);
        expect(r.diagnostics.filter((d) => d.severity === 'error'), `${p.name} in ${field}`).toEqual([]);
        expectLocated(r.diagnostics, files);
      }
      if (!p.unsafeLink && !p.brokenLink) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(50);
  });
});

describe('the site built from every accepted payload in every field', () => {
  const entries = SITE_ENTRIES;
  let site: string;
  let texts: Map<string, string>;
  const html = () => [...texts].filter(([f]) => f.endsWith('.html'));
  const own = new Set(['/pagefind/pagefind-ui.js', '/assets/search.js']);
  const collapse = (s: string) => s.replace(BIDI, '').normalize('NFC').replace(/\s+/g, ' ').trim();
  /** What a reader sees: the text between the real tags (content is escaped, so it has none), decoded. */
  const visible = (page: string) => collapse(decodeEntities(page.replace(/<[^>]*>/g, ' ')));
  const meetingPage = (e: Entry) => texts.get(`grupper/grupp-${e.i}/${dateOf(e.i)}/index.html`)!;

  beforeAll(async () => {
    const root = tempDir();
    writeFiles(root, hostileFiles(entries));
    site = path.join(root, 'site');
    // Built on a date before the announced next meetings, so every group's calendar holds its meeting.
    const result = await buildInto(root, site, { siteUrl: 'https://example.org/protokoll/', today: '2016-01-01' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    texts = allText(site);
  });
  afterAll(cleanTemp);

  it('has a page for every hostile meeting, person, group, project and organisation', () => {
    const files = new Set(listFiles(site));
    for (const e of entries) {
      for (const f of [`grupper/grupp-${e.i}/${dateOf(e.i)}/index.html`, `grupper/grupp-${e.i}/index.html`, `personer/person-${e.i}/index.html`, `projekt/projekt-${e.i}/index.html`, `organisationer/org-${e.i}/index.html`]) expect(files.has(f), f).toBe(true);
    }
  });

  it('has no element, event handler, script or link target from content on any page', () => {
    // The <noscript> in each page's head that hides the ways into search is the site's own: exactly that one is set aside.
    const ownNoscript = /<noscript><link rel="stylesheet" href="\/(?:protokoll\/)?assets\/no-script\.css"><\/noscript>/;
    const problems = html().flatMap(([f, text]) => markupProblems(text.replace(ownNoscript, ''), `https://example.org/protokoll/${f}`, own).map((p) => `${f}: ${p}`));
    // The start page's search form is the site's own.
    expect(problems.filter((p) => !/^index\.html: unexpected element <(form|label|input|button)>/.test(p))).toEqual([]);
    for (const [f, text] of html()) expect(text, f).not.toMatch(/<script(?![^>]*\ssrc="\/(pagefind\/pagefind-ui|assets\/search)\.js")/);
    // A disclosure is the site's own only as a feed's explanation (_includes/subscribe.mjs), with its one summary.
    for (const [f, text] of html()) {
      expect(text.match(/<details[\s>]/g)?.length ?? 0, f).toBe(text.match(/<details class="subscribe">\n<summary>/g)?.length ?? 0);
      expect(text.match(/<summary[\s>]/g)?.length ?? 0, f).toBe(text.match(/<details[\s>]/g)?.length ?? 0);
    }
  });

  it('carries on every page one Content-Security-Policy that allows only the site’s own scripts', () => {
    for (const [f, text] of html()) {
      const csp = cspOf(text);
      expect(csp, f).toHaveLength(1);
      const policy = csp[0]!;
      expect(policy.get('script-src'), f).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy.get('default-src'), f).toEqual(["'self'"]);
      expect(policy.get('object-src'), f).toEqual(["'none'"]);
      expect(policy.get('base-uri'), f).toEqual(["'none'"]);
      expect([...policy.values()].flat().filter((v) => v === "'unsafe-inline'" || v === "'unsafe-eval'" || v.includes('*')), f).toEqual([]);
      // Before anything that loads: the policy applies to everything after it in the document.
      const head = text.slice(0, text.indexOf('</head>'));
      expect(head.indexOf('Content-Security-Policy'), f).toBeLessThan(Math.min(...['<link', '<script', '<style'].map((t) => (head.includes(t) ? head.indexOf(t) : Infinity))));
    }
  });

  it('shows every hostile front-matter value on its meeting page as the text it is', () => {
    for (const e of entries) {
      const page = visible(meetingPage(e));
      const n = names(e);
      const shown = [n.title, n.person, n.group];
      for (const f of ['location', 'summary', 'guests', 'decision', 'decision.text', 'action.what', 'followup.note'] as const) if (e.fields.has(f)) shown.push(e.payload);
      for (const s of shown) expect(page, `${e.names.join(' + ')}: ${s.slice(0, 60)}`).toContain(collapse(s));
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(meetingPage(e))![1]!;
      expect(h1).not.toContain('<');
      expect(collapse(decodeEntities(h1))).toBe(collapse(n.title));
      const title = /<title>([\s\S]*?)<\/title>/.exec(meetingPage(e))![1]!;
      expect(collapse(decodeEntities(title))).toBe(collapse(`${n.title} – Protokoll`));
    }
  });

  it('shows every hostile registry value on its page as the text it is', () => {
    for (const e of entries) {
      const n = names(e);
      const p = e.payload;
      const pages: [string, string[]][] = [
        [`personer/person-${e.i}/index.html`, [n.person, ...(e.fields.has('person.role') ? [p] : []), ...(e.fields.has('membership.role') ? [p] : [])]],
        [`grupper/grupp-${e.i}/index.html`, [n.group, ...(e.fields.has('group.description') ? [p] : []), ...(e.fields.has('group.schedule') ? [p] : [])]],
        [`projekt/projekt-${e.i}/index.html`, [n.project, ...(e.fields.has('project.description') ? [p] : [])]],
        [`organisationer/org-${e.i}/index.html`, [n.organisation, ...(e.fields.has('organisation.description') ? [p] : [])]],
      ];
      for (const [file, values] of pages) for (const v of values) expect(visible(texts.get(file)!), `${file}: ${v.slice(0, 60)}`).toContain(collapse(v));
    }
  });

  it('keeps every Atom feed well-formed, with titles as text and entry content free of anything executable', () => {
    const feeds = [...texts].filter(([f]) => f.endsWith('feed.xml'));
    expect(feeds.length).toBeGreaterThan(entries.length);
    for (const [f, xml] of feeds) {
      expect(xmlProblems(xml), f).toEqual([]);
      expect(atomProblems(xml, { absolute: true }), f).toEqual([]);
      for (const content of xmlElementTexts(xml, 'content')) expect(markupProblems(content, 'https://example.org/protokoll/', new Set()), f).toEqual([]);
    }
    const all = texts.get('feed.xml')!;
    const titles = xmlElementTexts(all, 'title').map(collapse);
    for (const e of entries.slice(-50)) expect(titles, e.names.join(' + ')).toContain(collapse(names(e).title));
  });

  it('keeps the sitemap well-formed', () => {
    expect(xmlProblems(texts.get('sitemap.xml')!)).toEqual([]);
  });

  it('adds no line to any calendar: only our own properties, one event each, names escaped', () => {
    const uids = new Map<string, string>();
    for (const e of entries) {
      const file = `grupper/grupp-${e.i}/kalender.ics`;
      const { lines, problems } = icsLines(texts.get(file)!);
      expect(problems, file).toEqual([]);
      expect(icsProblems(texts.get(file)!, uids, file), file).toEqual([]);
      expect(lines.filter((l) => !ICS_PROPERTIES.has(l.split(/[:;]/)[0]!)), file).toEqual([]);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT'), file).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('BEGIN:') || l.startsWith('END:')), file).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']);
      const summaryLine = lines.find((l) => l.startsWith('SUMMARY:'))!;
      expect(collapse(icsText(summaryLine.slice('SUMMARY:'.length))), file).toBe(collapse(names(e).group));
    }
  });

  it('writes open data that parses, with every hostile value as the same string', () => {
    const data = JSON.parse(texts.get('data/minutes.json')!) as {
      meetings: { id: string; title: string; location: string | null; summary: string | null; guests: string[]; decisions: { text: string }[]; actions: { what: string }[]; followups: { note: string | null }[] }[];
      people: { id: string; name: string }[];
    };
    for (const e of entries) {
      const m = data.meetings.find((x) => x.id === `grupp-${e.i}/${dateOf(e.i)}`)!;
      expect(collapse(m.title)).toBe(collapse(names(e).title));
      if (e.fields.has('location')) expect(collapse(m.location!)).toBe(collapse(e.payload));
      if (e.fields.has('summary')) expect(collapse(m.summary!)).toBe(collapse(e.payload));
      if (e.fields.has('guests')) expect(m.guests.map(collapse)).toEqual([collapse(e.payload)]);
      if (e.fields.has('action.what')) expect(m.actions.map((a) => collapse(a.what))).toEqual([collapse(e.payload), collapse(e.payload)]);
      if (e.fields.has('followup.note')) expect(collapse(m.followups[0]!.note!)).toBe(collapse(e.payload));
      expect(collapse(data.people.find((p) => p.id === `person-${e.i}`)!.name)).toBe(collapse(names(e).person));
    }
  });

  it('gives the search index every title and filter as the text it is', () => {
    const fragments = [...texts].filter(([f]) => f.startsWith('pagefind/fragment/')).map(([, t]) => JSON.parse(t.slice(t.indexOf('{'))) as { url: string; meta: { title: string }; filters: Record<string, string[]> });
    for (const e of entries) {
      const fragment = fragments.find((x) => x.url === `/grupp-${e.i}/${dateOf(e.i)}/` || x.url.endsWith(`/grupper/grupp-${e.i}/${dateOf(e.i)}/`));
      expect(fragment, `meeting ${e.i}`).toBeDefined();
      expect(collapse(fragment!.meta.title)).toBe(collapse(names(e).title));
      // Pagefind decodes the filter's content attribute once more than a browser does ("&amp;#106;" -> "j"): the
      // value may be the name with its entities decoded. The search interface shows it as text (hostile-browser).
      const decoded = (s: string) => collapse(decodeEntities(s));
      // Filter values lose the characters < and > (Pagefind's interface inserts them as HTML): see filterValue.
      expect(fragment!.filters.person?.map(decoded), JSON.stringify(fragment!.filters.person)).toContain(decoded(filterValue(names(e).person)));
      expect(fragment!.filters.person?.join('')).not.toMatch(/[<>]/);
    }
  });

  it('leaves no direction override, isolate, direction mark or zero-width space in any output', () => {
    const withBidi = [...texts].filter(([, t]) => new RegExp(INVISIBLE_CONTROLS.source).test(t)).map(([f]) => f);
    expect(withBidi).toEqual([]);
  });
});
