// Atom feeds: the whole site, each group and each project, newest meetings first, with the full minutes.
// The minutes' own links (#beslut-1, ../2016-02-08/) are relative to the meeting's page: xml:base says so.
export const data = {
  pagination: { data: 'site.pages.feeds', size: 1, alias: 'feed' },
  permalink: (data) => data.feed.permalink,
  eleventyExcludeFromCollections: true,
};

export function render({ feed, site }) {
  const { html } = this;
  return String(html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
<title>${feed.title}</title>
<id>${feed.id}</id>
<link rel="alternate" type="text/html" href="${feed.url}"/>
<link rel="self" type="application/atom+xml" href="${feed.selfUrl}"/>
<updated>${feed.updated}</updated>
<author><name>${site.title}</name></author>
${feed.entries.map(
  (e) => html`<entry>
<title>${e.title}</title>
<id>${e.id}</id>
<link rel="alternate" type="text/html" href="${e.url}"/>
<updated>${e.updated}</updated>
<summary>${e.summary}</summary>
${e.html ? html`<content type="html" xml:base="${e.url}">${e.html}</content>\n` : ''}</entry>
`,
)}</feed>
`);
}
