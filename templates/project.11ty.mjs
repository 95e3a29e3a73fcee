// One page per project: its decisions and actions, then a timeline by year of every agenda item about it across all meetings.
export const data = {
  pagination: { data: 'site.pages.projects', size: 1, alias: 'item' },
  permalink: (data) => `${data.item.permalink}index.html`,
  layout: 'base.11ty.mjs',
  kind: 'projekt',
  section: 'projekt',
  eleventyExcludeFromCollections: true,
};

export function render({ item: p, site }) {
  const { html, partial, plural } = this;
  // What was decided, and who is to do what, before the timeline of every meeting that spoke of the project: the
  // answer a reader comes for first, which on a phone was the third screen down, after the whole timeline.
  const lists = [['beslut', 'Beslut', p.decisions.length], ['atgarder', 'Åtgärder', p.actions.length], ['tidslinje', 'Tidslinje', p.timeline.length]];
  return String(html`<nav class="breadcrumbs" aria-label="Du är här">
<ol><li><a href="${site.base}projekt/">Projekt</a></li></ol>
</nav>
<h1>${p.name}</h1>
${p.description ? html`<p class="lead">${p.description}</p>\n` : ''}<dl class="facts">
${p.ended ? html`<dt>Status</dt><dd>${p.ended.text}</dd>\n` : ''}${p.organisation ? html`<dt>Organisation</dt><dd><a href="${p.organisation.url}">${p.organisation.name}</a></dd>\n` : ''}${p.website ? html`<dt>Webbplats</dt><dd><a href="${p.website}">${p.website}</a></dd>\n` : ''}<dt>Möten</dt><dd>${p.meetingCount === 0 ? 'Har inte tagits upp på något möte ännu' : `Har tagits upp på ${plural(p.meetingCount, 'möte', 'möten')}`}</dd>
</dl>
<ul class="actions-bar">
<li>${partial('subscribe', { label: `Prenumerera på protokoll om ${p.name} som nyhetsflöde`, url: p.feedUrl, site })}</li>
${p.meetingCount > 0 ? html`<li class="needs-script"><a href="${p.searchUrl}">Sök i protokoll om ${p.name}</a></li>` : ''}
</ul>
${partial('contents', { lists })}${
  p.decisions.length > 0
    ? html`<section aria-labelledby="beslut">
<h2 id="beslut">Beslut</h2>
${partial('decisions', { years: p.decisionsByYear, showProject: false })}</section>
`
    : ''
}${
  p.actions.length > 0
    ? html`<section aria-labelledby="atgarder">
<h2 id="atgarder">Åtgärder (${plural(p.openCount, 'öppen', 'öppna', 'inga öppna')})</h2>
${partial('actions', { actions: p.actions, caption: 'Åtgärder i projektet, öppna först', showMeeting: true, showProject: false, showCode: false })}
</section>
`
    : ''
}<section aria-labelledby="tidslinje">
<h2 id="tidslinje">Tidslinje</h2>
${
  p.timeline.length > 0
    ? html`${partial('years', { years: p.timelineByYear.map((y) => y.year), count: p.timeline.length, label: 'Tidslinjen per år' })}${p.timelineByYear.map(
        (y) => html`<h3 id="ar-${y.year}"><span class="visually-hidden">Tidslinje </span>${y.year}</h3>
<ol class="timeline">
${y.entries.map(
  (t) => html`<li>
<h4><time datetime="${t.meeting.date}">${t.meeting.dateText}</time>: <a href="${t.url}">${t.heading !== '' ? t.heading : meetingName(t.meeting)}</a></h4>
${t.heading !== '' ? html`<p class="muted">${meetingName(t.meeting)}</p>\n` : ''}${t.excerpt !== '' ? html`<p>${t.excerpt}</p>\n` : ''}</li>
`,
)}</ol>
`,
      )}`
    : html`<p>Projektet har inte tagits upp i något protokoll ännu.</p>\n`
}</section>
`);
}

/** A meeting named after the date its entry begins with: by its group, not by its usual title, which says the date again. */
function meetingName(m) {
  return m.customTitle ? m.title : m.group.name;
}
