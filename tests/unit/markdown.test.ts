// The minutes' Markdown: raw HTML and template syntax stay text, bare URLs become links, unsafe links do not,
// headings get stable unique anchors, and sections carry their plain text.
import { describe, expect, it } from 'vitest';
import { renderBody, unsafeLinks, isSafeLink } from '../../src/render/markdown.js';
import { html, raw, escapeHtml } from '../../src/render/html.js';
import { NameHider } from '../../src/model/privacy.js';
import LinkifyIt from 'linkify-it';

describe('renderBody', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Text {{ site.title }} och {% raw %} och ${x}', 'Text {{ site.title }} och {% raw %} och ${x}'],
    // A bare address is marked, so printing does not add it again after itself; a written link is not.
    ['Se http://bambuser.com/v/5902615.', '<a href="http://bambuser.com/v/5902615" class="bare">http://bambuser.com/v/5902615</a>'],
    ['Se <https://example.se/a>.', '<a href="https://example.se/a" class="bare">https://example.se/a</a>'],
    ['Se [sidan](https://example.se/a).', '<a href="https://example.se/a">sidan</a>'],
    // A link with nothing to read in it is named by its address, as a bare one.
    ['Se [](https://example.se/tom).', '<a href="https://example.se/tom" class="bare">https://example.se/tom</a>'],
    ['Se [ ](https://example.se/tom).', '<a href="https://example.se/tom" class="bare"> https://example.se/tom</a>'],
    ['Se [](https://sv.wikipedia.org/wiki/Möte).', '<a href="https://sv.wikipedia.org/wiki/M%C3%B6te" class="bare">https://sv.wikipedia.org/wiki/Möte</a>'],
    ['[![](logga.png)](https://example.se/b)', '<a href="https://example.se/b" class="bare"><img src="logga.png" alt="">https://example.se/b</a>'],
    ['[![Logga](logga.png)](https://example.se/b)', '<a href="https://example.se/b"><img src="logga.png" alt="Logga"></a>'],
    ['[](#beslut-1) och [`x`](#x)', '<a href="#beslut-1" class="bare">#beslut-1</a> och <a href="#x"><code>x</code></a>'],
    ['[klicka](javascript:alert(1))', '[klicka](javascript:alert(1))'],
    ['[bild](data:text/html;base64,PHNjcmlwdD4=)', '[bild](data:text/html;base64,PHNjcmlwdD4=)'],
    ['<javascript:alert(1)>', '&lt;javascript:alert(1)&gt;'],
    ['[x](jav&#x61;script:alert(1))', '[x](javascript:alert(1))'],
    ['Ett \u202Eomvänt\u202C ord', 'Ett omvänt ord'],
  ])('%j', (md, expected) => {
    const { html: out } = renderBody(md);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/href="(javascript|data|vbscript):/i);
  });

  it.each([
    ['## A\n\n#### B\n\n## C', ['h2', 'h3', 'h2']],
    ['### A\n\n### B', ['h2', 'h2']],
    ['# A\n\n### B\n\n###### C', ['h2', 'h3', 'h4']],
    ['## A\n\n### B\n\n#### C\n\n## D', ['h2', 'h3', 'h4', 'h2']],
  ])('never skips a heading level below the page title: %j', (md, levels) => {
    const { html: out, sections } = renderBody(md);
    expect([...out.matchAll(/<(h\d) id=/g)].map((m) => m[1])).toEqual(levels);
    expect([...out.matchAll(/<\/(h\d)>/g)].map((m) => m[1])).toEqual(levels);
    // The agenda items are still the headings written at the top level.
    expect(sections.length).toBeGreaterThan(0);
  });

  it.each([
    ['[gruppen](/grupper/gug/)', '/protokoll/', 'href="/protokoll/grupper/gug/"'],
    ['[Leif](/personer/leif-redestig/#narvarande)', '/protokoll/', 'href="/protokoll/personer/leif-redestig/#narvarande"'],
    ['[sök](/sok/?q=sip)', '/protokoll/', 'href="/protokoll/sok/?q=sip"'],
    ['[start](/)', '/protokoll/', 'href="/protokoll/"'],
    ['[flödet](/feed.xml)', '/protokoll/', 'href="/protokoll/feed.xml"'],
    ['## Se [projektet](/projekt/sip/)', '/protokoll/', 'href="/protokoll/projekt/sip/"'],
    // Not the site's own: another page on the same host, a page of another site, a relative link.
    ['[kontakt](/kontakt/)', '/protokoll/', 'href="/kontakt/"'],
    ['[grupperna](/gruppernas-sida/)', '/protokoll/', 'href="/gruppernas-sida/"'],
    ['[cdn](//example.org/grupper/)', '/protokoll/', 'href="//example.org/grupper/"'],
    ['[förra](../2016-02-08/)', '/protokoll/', 'href="../2016-02-08/"'],
    ['[gruppen](/grupper/gug/)', '/', 'href="/grupper/gug/"'],
  ])('puts the site under its base in a link from the root to its own pages: %s under %s', (md, base, expected) => {
    expect(renderBody(md, { base }).html).toContain(expected);
  });

  it('puts a table in a box of its own that scrolls sideways and can be reached by keyboard', () => {
    const { html: out } = renderBody('| Organisation | E-post |\n|---|---|\n| Ria | ria@example.org |\n\nText efter.');
    expect(out).toMatch(/^<div class="table-wrap" role="group" aria-label="Tabell" tabindex="0">\n<table>[\s\S]*<\/table>\n<\/div>\n<p>Text efter\.<\/p>/);
  });

  it('gives headings stable, unique anchors that avoid the page’s own ids', () => {
    const r = renderBody('## Fritidsbank\n\nA\n\n## Fritidsbank\n\nB\n\n## Beslut\n\nC\n\n# Stor rubrik\n', { reservedIds: new Set(['beslut']) });
    expect(r.html).toContain('<h2 id="fritidsbank">Fritidsbank</h2>');
    expect(r.html).toContain('<h2 id="fritidsbank-2">Fritidsbank</h2>');
    expect(r.html).toContain('<h2 id="beslut-2">Beslut</h2>');
    expect(r.html).toContain('<h2 id="stor-rubrik">Stor rubrik</h2>');
    expect(r.html).not.toContain('<h1');
    expect(r.sections.map((s) => [s.anchor, s.heading, s.text])).toEqual([
      ['fritidsbank', 'Fritidsbank', 'A'],
      ['fritidsbank-2', 'Fritidsbank', 'B'],
      ['beslut-2', 'Beslut', 'C'],
      ['stor-rubrik', 'Stor rubrik', ''],
    ]);
  });

  it('keeps text before the first heading as a section of its own', () => {
    const r = renderBody('Inledning.\n\n## Punkt\n\nText.');
    expect(r.sections[0]).toMatchObject({ anchor: '', text: 'Inledning.' });
  });

  it('applies the text transform to every piece of text (hiding names)', () => {
    const r = renderBody('## Per Norbeck\n\nPer Norbeck ska **Per Norbeck** `Per Norbeck` ![Per Norbeck](x.png)', { transformText: (s) => s.replace(/Per Norbeck/g, 'P. N.') });
    expect(r.html).not.toContain('Per Norbeck');
    expect(r.sections[0]!.heading).toBe('P. N.');
  });
});

describe('HTML written in the text, as previewers show it', () => {
  // What the site shows of it (its HTML), and the plain text of its sections (summaries, mentions): a comment is in
  // neither, <br> is a line break, and anything else stays text, as does a comment left open or written in code.
  it.each([
    ['<br> in a paragraph', 'Rad ett<br>rad två', '<p>Rad ett<br>\nrad två</p>', 'Rad ett rad två'],
    ['<br/>, <br /> and <BR> too', 'a<br/>b<br />c<BR>d', '<p>a<br>\nb<br>\nc<br>\nd</p>', 'a b c d'],
    ['<br> in a table cell', '| Punkt | Ansvar |\n|---|---|\n| Lokal | Leif<br>David |', '<td>Leif<br>\nDavid</td>', 'Punkt\nAnsvar\nLokal\nLeif David'],
    ['a comment on lines of its own', '<!-- Ta inte med: Leif var sur i dag -->\nText.', '\n<p>Text.</p>', 'Text.'],
    ['a comment across blank lines', 'Före\n<!-- Ta inte med\n\nLeif var sur\n-->\nEfter', '<p>Före</p>\n\n<p>Efter</p>', 'Före\nEfter'],
    ['a comment inside a paragraph', 'Text <!-- intern anteckning --> efter.', '<p>Text  efter.</p>', 'Text  efter.'],
    ['a comment across lines of a paragraph', 'Text <!-- intern\nanteckning --> efter.', '<p>Text  efter.</p>', 'Text  efter.'],
    ['the text after a comment on its line', '<!-- dold --> synlig\nnästa', '\n<p>synlig</p>\n<p>nästa</p>', 'synlig\nnästa'],
    ['a comment in a heading', '## Lokal <!-- dold -->\n\nText', '<h2 id="lokal">Lokal </h2>', 'Lokal|Text'],
    ['a comment in a list and a quote', '- a\n  <!-- dold -->\n- b\n\n> c\n> <!-- dold\n> rad -->\n> d', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<blockquote>\n<p>c</p>\n\n<p>d</p>\n</blockquote>', 'a\nb\nc\nd'],
    ['the shortest comments', '<!-->a <!---> b', '\n<p>a  b</p>', 'a  b'],
    ['a comment left open stays text', 'Text <!-- öppen\n\n<!-- också öppen', '<p>Text &lt;!-- öppen</p>\n<p>&lt;!-- också öppen</p>', 'Text <!-- öppen\n<!-- också öppen'],
    ['a comment in code stays text', '`<!-- a -->`\n\n```\n<!-- b -->\n```\n\n    <!-- c -->', '<p><code>&lt;!-- a --&gt;</code></p>\n<pre><code>&lt;!-- b --&gt;\n</code></pre>\n<pre><code>&lt;!-- c --&gt;\n</code></pre>', '<!-- a -->\n<!-- b -->\n\n<!-- c -->\n'],
    ['<br> in code stays text', '`<br>`', '<p><code>&lt;br&gt;</code></p>', '<br>'],
    ['other tags stay text', '<u>x</u> <br class="x"> <div>', '<p>&lt;u&gt;x&lt;/u&gt; &lt;br class=&quot;x&quot;&gt; &lt;div&gt;</p>', '<u>x</u> <br class="x"> <div>'],
  ])('%s', (_name, md, expected, text) => {
    const r = renderBody(md);
    expect(r.html).toContain(`${expected}\n`);
    expect(r.html).not.toMatch(/dold|anteckning|Ta inte med|sur/);
    expect(r.sections.map((s) => (s.heading ? `${s.heading}|${s.text}` : s.text)).join('\n')).toBe(text);
  });
});

describe('images on another site', () => {
  // Shown, such an image would be fetched by every reader's browser from that site (check warns: remote-image);
  // it is linked to instead, named by its alt text and the site. The site's own (--url) and the archive's are shown.
  it.each([
    ['![Karta över lokalen](https://example.com/karta.png)', {}, '<p><a class="remote-image" href="https://example.com/karta.png">Bild: Karta över lokalen (på example.com)</a></p>'],
    ['![Skylt](http://Example.com:8080/skylt.jpg)', {}, '<a class="remote-image" href="http://Example.com:8080/skylt.jpg">Bild: Skylt (på example.com:8080)</a>'],
    ['![Entré](//cdn.example.net/entre.jpg)', {}, '<a class="remote-image" href="//cdn.example.net/entre.jpg">Bild: Entré (på cdn.example.net)</a>'],
    ['![](HTTPS://example.com/a.png)', {}, '<a class="remote-image" href="HTTPS://example.com/a.png">Bild (på example.com)</a>'],
    ['![<b>Karta</b> & *plan*](https://räksmörgås.se/a.png)', {}, '<a class="remote-image" href="https://xn--rksmrgs-5wao1o.se/a.png">Bild: &lt;b&gt;Karta&lt;/b&gt; &amp; plan (på räksmörgås.se)</a>'],
    ['![Ritning][r]\n\n[r]: https://example.com/r.png', {}, '<a class="remote-image" href="https://example.com/r.png">Bild: Ritning (på example.com)</a>'],
    // Inside a link no second link can be: the image is named in the link's text.
    ['[![Logga](https://example.com/l.png)](https://example.com/)', {}, '<a href="https://example.com/">Bild: Logga (på example.com)</a>'],
    ['![Karta](karta.png)', {}, '<img src="karta.png" alt="Karta">'],
    ['![Karta](/bilagor/g/karta.png)', {}, '<img src="/bilagor/g/karta.png" alt="Karta">'],
    ['![Karta](https://example.org/protokoll/karta.png)', { siteUrl: 'https://example.org/protokoll/' }, '<img src="https://example.org/protokoll/karta.png" alt="Karta">'],
    ['![Karta](//example.org/karta.png)', { siteUrl: 'https://example.org/protokoll/' }, '<img src="//example.org/karta.png" alt="Karta">'],
    ['![Karta](http://example.org/karta.png)', { siteUrl: 'https://example.org/' }, '<a class="remote-image" href="http://example.org/karta.png">Bild: Karta (på example.org)</a>'],
    // data: stays refused as before: no image, no link.
    ['![x](data:image/png;base64,AAAA)', {}, '<p>![x](data:image/png;base64,AAAA)</p>'],
  ])('%j %j', (md, options, expected) => {
    const { html: out } = renderBody(md, options);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/<img[^>]* src="(?:https?:)?\/\/(?!example\.org\/)/i);
  });
});

describe('text pieces transformed together (a name split by links)', () => {
  // As the site hides "Ia Jonsson" (by initials): the pieces of a paragraph together, what is shown in the first link.
  const hider = new NameHider([{ id: 'ia-jonsson', names: ['Ia Jonsson'], display: 'I. J.' }]);
  const transformPieces = (pieces: readonly string[], inLink: (piece: number) => boolean) => hider.hideAcross(pieces, inLink);
  const linkLabel = (url: string) => (url.endsWith('.pdf') ? 'PDF' : undefined);
  it.each([
    ['a link emptied is taken out, not named by its address', 'Se [Ia](/a/) [Jonsson](/b/) nu.', '<p>Se <a href="/a/">I. J.</a> nu.</p>'],
    ['so is the emphasis around it', 'Se *[Ia](/a/)* *[Jonsson](/b/)* nu.', '<p>Se <em><a href="/a/">I. J.</a></em> nu.</p>'],
    ['and the line break inside the name', 'Se [Ia](/a/)\nJonsson nu.', '<p>Se <a href="/a/">I. J.</a> nu.</p>'],
    ['a link with more in it stays', 'Se [Ia](/a/) [Jonsson och Bo](/b/) nu.', '<p>Se <a href="/a/">I. J.</a><a href="/b/"> och Bo</a> nu.</p>'],
    ['a link with an image stays', 'Se [Ia](/a/) [Jonsson![x](x.png)](/b/) nu.', '<p>Se <a href="/a/">I. J.</a><a href="/b/"><img src="x.png" alt="x"></a> nu.</p>'],
    ['the format of a link taken out is said nowhere', 'Se [Ia](/a/) [Jonsson](b.pdf) och [c](c.pdf).', '<p>Se <a href="/a/">I. J.</a> och <a href="c.pdf">c (PDF)</a>.</p>'],
    ['the format of the link kept is said in it', 'Se [Ia](a.pdf) [Jonsson](/b/) nu.', '<p>Se <a href="a.pdf">I. J. (PDF)</a> nu.</p>'],
    ['a link written empty is still named by its address', 'Se [](/b/) och [Ia](/a/) [Jonsson](/c/).', '<p>Se <a href="/b/" class="bare">/b/</a> och <a href="/a/">I. J</a>.</p>'],
  ])('%s', (_name, md, expected) => {
    expect(renderBody(md, { transformPieces, linkLabel }).html).toBe(`${expected}\n`);
  });
  // The files of the links kept are published, and no other.
  it.each([
    ['the address of a link taken out is not among the links kept', 'Se [Ia](a.pdf) [Jonsson](b.pdf) nu.', ['a.pdf']],
    ['but is where another link has it', 'Se [Ia](a.pdf) [Jonsson](b.pdf) och [b](b.pdf).', ['a.pdf', 'b.pdf']],
    ['and so are the link and the image of a link with an image', 'Se [Ia](a.pdf) [Jonsson![x](x.png)](b.pdf) nu.', ['a.pdf', 'b.pdf', 'x.png']],
    ['the first link kept when the name is in the second', 'Se [Ia](a.pdf) [Jonsson](b.pdf), [c](c.pdf) ![d](d.png).', ['a.pdf', 'c.pdf', 'd.png']],
  ])('%s', (_name, md, expected) => {
    expect(renderBody(md, { transformPieces, linkLabel }).links).toEqual(expected);
  });
});

describe('unsafe links in source', () => {
  it.each([
    ['[a](javascript:alert(1))', 4, 'javascript:alert(1)'],
    ['[a]: vbscript:msgbox\n\n[a]', 5, 'vbscript:msgbox'],
    ['<data:text/html,x>', 1, 'data:text/html,x'],
    ['[a](jav&#x61;script:x)', 4, 'jav&#x61;script:x'],
    ['[a]( JavaScript:x)', 5, 'JavaScript:x'],
  ])('%j at %i', (md, offset, target) => {
    expect(unsafeLinks(md)).toEqual([{ offset, length: target.length, target }]);
  });
  it('accepts ordinary links', () => {
    expect(unsafeLinks('[a](https://example.se) <mailto:a@b.se> [b](/grupper/)')).toEqual([]);
    expect(isSafeLink('https://x.se')).toBe(true);
    expect(isSafeLink(' JAVA\tSCRIPT:x')).toBe(false);
  });
});

describe('html tag', () => {
  it('escapes every interpolated value and joins arrays', () => {
    const out = html`<p title="${'"x"'}">${'<b>'}${['a', html`<i>${'&'}</i>`]}${null}${undefined}${false}${0}</p>`;
    expect(String(out)).toBe('<p title="&quot;x&quot;">&lt;b&gt;a<i>&amp;</i>0</p>');
  });
  it('passes raw markup through', () => expect(String(html`${raw('<em>x</em>')}`)).toBe('<em>x</em>'));
  it.each([
    ["'", '&#39;'],
    ['a&b', 'a&amp;b'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (s, e) => expect(escapeHtml(s)).toBe(e));
});

// renderBody's markdown-it asks linkify-it's pretest of every paragraph through a quicker look first
// (src/render/markdown.ts quickPretest): it must answer as linkify-it's own pretest does, or bare addresses stop
// being links (a false "no") or every text pays the whole pattern again (a true "yes" is harmless but slow).
describe('the quick look for bare addresses', () => {
  const plain = new LinkifyIt();
  it.each([
    ['Se example.se idag.', true],
    ['Se example.se', true],
    ['Se EXAMPLE.SE.', true],
    ['Mer på www.exempel.nu', true],
    ['Skrivaren på 192.168.1.20 fungerar.', true],
    ['Kör localhost:8080', true],
    ['Skriv till lisa@exempel.se', true],
    ['Se https://exempel.se/a', true],
    ['Se //exempel.se/a', true],
    ['Domänen xn--rksmrgs-5wao1o.se', true],
    ['Vi pratade om lokalen. Sedan fika.', false],
    ['Version 1.2 och 3.4 av planen.', false],
    ['Punkt 2.1.3 i dagordningen.', true],
    ['Fritidsbanken öppnar 3 maj kl. 13.30.', true], // '.30.' is shaped as an IP's part
    ['Slutet med punkt.', false],
    ['Det kostar 1.500 kr.', false],
    ['filen.pdf och bilden.png', false],
  ])('%s', (text, link) => {
    expect(plain.pretest(text)).toBe(link);
    expect(renderBody(text).html.includes('<a ')).toBe(plain.test(text));
  });
});
