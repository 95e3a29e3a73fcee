// One page per person who may be named: organisation and role, memberships, groups, actions (open first),
// meetings attended, missed, chaired and written, and a search preset to the minutes they were in. The meetings are
// listed by year and, within a year, by group, as on an organisation's page: a line each made a page 157 KB.
export const data = {
  pagination: { data: 'site.pages.people', size: 1, alias: 'item' },
  permalink: (data) => `${data.item.permalink}index.html`,
  layout: 'base.11ty.mjs',
  kind: 'person',
  section: 'personer',
  eleventyExcludeFromCollections: true,
};

export function render({ item: p, site }) {
  const { html, partial, plural } = this;
  /** A list of meetings under its own heading, by year and group; left out when there are none, unless `empty` says what to write. */
  const section = (id, heading, meetings, years, empty) =>
    meetings.length > 0 || empty
      ? html`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${meetings.length > 0 ? partial('meetings', { years, id, label: `${heading}, per år`, what: heading, byGroup: true }) : html`<p>${empty}</p>`}
</section>
`
      : '';
  const lists = [
    ['atgarder', 'Åtgärder', p.actions.length],
    ['narvarande', 'Närvarande vid', p.attended.length],
    ['franvarande', 'Frånvarande vid', p.missed.length],
    ['ordforande', 'Ordförande vid', p.chaired.length],
    ['vid-pennan', 'Vid pennan', p.wrote.length],
  ];
  // "Närvarande vid 4 möten, frånvarande vid 1 möte": only the parts that are not zero; no line for someone in no attendance list.
  // Its first word has a capital, as every other fact's ("Har tagits upp på 3 möten" on a project's page).
  const parts = [p.attended.length > 0 ? `närvarande vid ${plural(p.attended.length, 'möte', 'möten')}` : '', p.missed.length > 0 ? `frånvarande vid ${plural(p.missed.length, 'möte', 'möten')}` : ''].filter(Boolean).join(', ');
  const attendance = parts.charAt(0).toUpperCase() + parts.slice(1);
  // Actions given to the person's organisation rather than to anyone by name are on its page only: a line leads there.
  const orgActions = p.organisationOpenActions;
  return String(html`<nav class="breadcrumbs" aria-label="Du är här">
<ol><li><a href="${site.base}personer/">Personer</a></li></ol>
</nav>
<h1>${p.name}</h1>
<dl class="facts">
${p.organisation ? html`<dt>Organisation</dt><dd><a href="${p.organisation.url}">${p.organisation.name}</a></dd>\n` : ''}${p.role ? html`<dt>Roll</dt><dd>${p.role}</dd>\n` : ''}${p.website ? html`<dt>Webbplats</dt><dd><a href="${p.website}">${p.website}</a></dd>\n` : ''}${attendance ? html`<dt>Möten</dt><dd>${attendance}</dd>` : ''}
</dl>
${partial('contents', { lists })}${
  p.memberships.length > 0
    ? html`<h2 id="uppdrag">Uppdrag</h2>
<ul>
${p.memberships.map((ms) => html`<li><a href="${ms.what.url}">${ms.what.name}</a>, ${ms.role ?? 'medlem'}${ms.period ? html` <span class="muted">(${ms.period})</span>` : ''}</li>\n`)}</ul>
`
    : ''
}${
    p.groups.length > 0
      ? html`<h2 id="grupper">Grupper</h2>
<ul class="inline-list">
${p.groups.map((g) => html`<li><a href="${g.url}">${g.name}</a></li>\n`)}</ul>
`
      : ''
  }${p.attended.length > 0 ? html`<p class="needs-script"><a href="${p.searchUrl}">Sök i protokoll där ${p.name} var med</a></p>` : ''}
${
  p.actions.length > 0 || orgActions
    ? html`<section aria-labelledby="atgarder">
<h2 id="atgarder">Åtgärder${p.actions.length > 0 ? html` (${plural(p.openCount, 'öppen', 'öppna', 'inga öppna')})` : ''}</h2>
${p.actions.length > 0 ? partial('actions', { actions: p.actions, caption: `Åtgärder som ${p.name} ansvarar för, öppna först`, showMeeting: true, owner: p.url, showCode: false }) : html`<p>${p.name} ansvarar inte för någon åtgärd.</p>\n`}${
        orgActions ? html`<p><a href="${orgActions.url}">Åtgärder som ${p.organisation.name} ansvarar för</a>: ${plural(orgActions.count, 'öppen', 'öppna')}.</p>\n` : ''
      }</section>
`
    : ''
}${section('narvarande', 'Närvarande vid', p.attended, p.attendedByYear, 'Inga möten.')}${section('franvarande', 'Frånvarande vid', p.missed, p.missedByYear)}${section('ordforande', 'Ordförande vid', p.chaired, p.chairedByYear)}${section('vid-pennan', 'Vid pennan (skrev protokollet)', p.wrote, p.wroteByYear)}`);
}
