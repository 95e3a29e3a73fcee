// Atom feeds: the whole site, each group and each project, newest meetings first; the site's with the full minutes.
// Every address in an entry's content comes resolved against the meeting's page (in full with --url, else from the
// site's root): many feed readers ignore xml:base and would resolve #beslut-1 or ../2016-02-08/ against feed.xml.
export const data = {
  pagination: { data: 'site.pages.feeds', size: 1, alias: 'feed' },
  permalink: (data) => data.feed.permalink,
  eleventyExcludeFromCollections: true,
};

export function render({ feed, site }) {
  const { html, raw } = this;
  // A feed reader shows the content, not the summary: the site-wide feed's content is the minutes as the meeting's
  // page has them, summary first and the decisions and actions after the text. (An action's status is left out:
  // it changes with later meetings, while the entry stays as it was written.) Its due date is worded as on the pages,
  // "ska vara klar senast".
  const who = (links) => links.map((w, i) => html`${i > 0 ? ', ' : ''}${w.url ? html`<a href="${w.url}">${w.name}</a>` : w.name}`);
  const project = (p) => html`<a href="${p.url}">${p.name}</a>`;
  const minutes = (e) =>
    String(html`${e.lead ? html`<p>${e.lead}</p>\n` : ''}${raw(e.html)}${
      e.decisions.length > 0
        ? html`<h2>Beslut</h2>\n<ol>\n${e.decisions.map((d) => html`<li>${d.text}${d.project ? html`<br><small>Projekt: ${project(d.project)}</small>` : ''}</li>\n`)}</ol>\n`
        : ''
    }${
      e.actions.length > 0
        ? html`<h2>Åtgärder</h2>\n<ol>\n${e.actions.map(
            (a) => html`<li>${a.what}<br><small>Ansvarig: ${who(a.who)}${a.dueText ? html`, ska vara klar senast ${a.dueText}` : ''}${a.project ? html`, projekt: ${project(a.project)}` : ''}</small></li>\n`,
          )}</ol>\n`
        : ''
    }`);
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
${e.html !== undefined ? html`<content type="html">${minutes(e)}</content>\n` : ''}</entry>
`,
)}</feed>
`);
}
