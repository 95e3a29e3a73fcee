// Addresses in a feed entry's content, resolved against the meeting's page: every link and image of the rendered
// minutes, and nothing that only looks like one (raw HTML is shown as text, code, a link's title).
import { describe, expect, it } from 'vitest';
import { feedAddress, withAddresses } from '../../src/render/feed-addresses.js';
import { renderBody } from '../../src/render/markdown.js';

const SITE = { base: '/protokoll/', siteUrl: 'https://example.org/protokoll/' };
const PAGE = '/protokoll/grupper/gug/2016-02-22/';
const FULL = `https://example.org${PAGE}`;

describe('feedAddress', () => {
  it.each([
    ['#beslut-1', `${FULL}#beslut-1`, `${PAGE}#beslut-1`],
    ['../2016-02-08/#lokal', 'https://example.org/protokoll/grupper/gug/2016-02-08/#lokal', '/protokoll/grupper/gug/2016-02-08/#lokal'],
    // "Enligt mötet …" under an action's status, to the follow-up on that meeting's page.
    ['/protokoll/grupper/gug/2016-03-07/#uppfoljning-gug-2016-02-08-1', 'https://example.org/protokoll/grupper/gug/2016-03-07/#uppfoljning-gug-2016-02-08-1', '/protokoll/grupper/gug/2016-03-07/#uppfoljning-gug-2016-02-08-1'],
    ['/protokoll/bilagor/gug/Budget%202016.pdf', 'https://example.org/protokoll/bilagor/gug/Budget%202016.pdf', '/protokoll/bilagor/gug/Budget%202016.pdf'],
    ['/protokoll/sok/?q=sip&grupp=GUG', 'https://example.org/protokoll/sok/?q=sip&grupp=GUG', '/protokoll/sok/?q=sip&grupp=GUG'],
    // Another site on the same host.
    ['/kontakt/', 'https://example.org/kontakt/', '/kontakt/'],
    ['', FULL, PAGE],
    ['https://other.example/x', 'https://other.example/x', 'https://other.example/x'],
    ['mailto:a@example.org', 'mailto:a@example.org', 'mailto:a@example.org'],
    ['//other.example/x', 'https://other.example/x', '//other.example/x'],
  ])('%j: %s with the site address, %s without', (href, full, fromRoot) => {
    expect(feedAddress(href, PAGE, SITE)).toBe(full);
    expect(feedAddress(href, PAGE, { base: SITE.base })).toBe(fromRoot);
  });

  it('takes a base written with å as the site address has it, percent-encoded', () => {
    const site = { base: '/möten/', siteUrl: 'https://example.org/m%C3%B6ten/' };
    expect(feedAddress('/möten/bilagor/a.pdf', '/möten/grupper/gug/2016-02-22/', site)).toBe('https://example.org/m%C3%B6ten/bilagor/a.pdf');
    expect(feedAddress('#beslut-1', '/möten/grupper/gug/2016-02-22/', site)).toBe('https://example.org/m%C3%B6ten/grupper/gug/2016-02-22/#beslut-1');
  });
});

describe('withAddresses over rendered minutes', () => {
  const full = (md: string) => withAddresses(renderBody(md).html, (href) => feedAddress(href, PAGE, SITE));
  it.each([
    ['a link', '[beslutet](#beslut-1)', `<p><a href="${FULL}#beslut-1">beslutet</a></p>\n`],
    ['an image', '![Karta](/protokoll/bilagor/gug/karta.png "Karta")', '<p><img src="https://example.org/protokoll/bilagor/gug/karta.png" alt="Karta" title="Karta"></p>\n'],
    ['an address with & in it', '[sök](/protokoll/sok/?q=a&b=c)', '<p><a href="https://example.org/protokoll/sok/?q=a&amp;b=c">sök</a></p>\n'],
    ['a link whose title looks like an attribute', '[x](#a "y href=\\"#b\\"")', `<p><a href="${FULL}#a" title="y href=&quot;#b&quot;">x</a></p>\n`],
    ['raw HTML, shown as text', '<a href="#a">x</a> <img src="b.png">', '<p>&lt;a href=&quot;#a&quot;&gt;x&lt;/a&gt; &lt;img src=&quot;b.png&quot;&gt;</p>\n'],
    ['code', '`<a href="#a">` och\n\n    <img src="b.png">', '<p><code>&lt;a href=&quot;#a&quot;&gt;</code> och</p>\n<pre><code>&lt;img src=&quot;b.png&quot;&gt;\n</code></pre>\n'],
    ['a bare address', 'https://example.com/a?b=1', '<p><a href="https://example.com/a?b=1" class="bare">https://example.com/a?b=1</a></p>\n'],
  ])('%s', (_, md, html) => {
    expect(full(md)).toBe(html);
  });
});
