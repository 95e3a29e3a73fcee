// One page per group: what it is (and whether it has ended), its members and schedule, attendance, meetings by year, open actions, decisions.
export const data = {
  pagination: { data: 'site.pages.groups', size: 1, alias: 'item' },
  permalink: (data) => `${data.item.permalink}index.html`,
  layout: 'base.11ty.mjs',
  kind: 'grupp',
  section: 'grupper',
  eleventyExcludeFromCollections: true,
};

export function render({ item: g, site }) {
  const { html, raw, partial, count } = this;
  const lists = [['moten', 'Möten', g.meetingCount], ['oppna-atgarder', 'Öppna åtgärder', g.openActions.length], ['beslut', 'Beslut', g.decisions.length]];
  return String(html`<nav class="breadcrumbs" aria-label="Du är här">
<ol><li><a href="${site.base}grupper/">Grupper</a></li></ol>
</nav>
<h1>${g.name}</h1>
${g.description ? html`<p class="lead">${g.description}</p>\n` : ''}<dl class="facts">
${g.ended ? html`<dt>Status</dt><dd>${g.ended.text}</dd>\n` : ''}${g.organisation ? html`<dt>Organisation</dt><dd><a href="${g.organisation.url}">${g.organisation.name}</a></dd>\n` : ''}${g.schedule ? html`<dt>Mötestider</dt><dd>${g.schedule}</dd>\n` : ''}<dt>Protokoll</dt><dd>${g.meetingCount === 0 ? 'Inga ännu' : count(g.meetingCount)}${g.latest ? html`, senast <a href="${g.latest.url}">${g.latest.dateText}</a>` : ''}</dd>
${g.upcoming ? html`<dt>Nästa möte</dt><dd><time datetime="${g.upcomingDateTime}">${g.upcoming}</time><span class="no-print"> (enligt <a href="${g.upcomingAnnouncedIn.url}">protokollet från ${g.upcomingAnnouncedIn.dateText}</a>; <a href="${g.calendarUrl}">lägg till i kalendern</a>, <a href="${site.base}om/#kalender">så fungerar kalenderfilen</a>)</span></dd>\n` : ''}${g.website ? html`<dt>Webbplats</dt><dd><a href="${g.website}">${g.website}</a></dd>\n` : ''}</dl>
<ul class="actions-bar">
<li>${partial('subscribe', { label: 'Prenumerera på gruppens protokoll som nyhetsflöde', url: g.feedUrl, site })}</li>
${g.meetingCount > 0 ? html`<li class="needs-script"><a href="${g.searchUrl}">Sök i gruppens protokoll</a></li>` : ''}
</ul>
${partial('contents', { lists })}${
  g.members.length > 0
    ? html`<section aria-labelledby="ledamoter">
<h2 id="ledamoter">${g.ended?.past ? 'Fasta ledamöter när gruppen avslutades' : 'Fasta ledamöter'}</h2>
<ul class="people">
${g.members.map((p) => html`<li>${partial('person', { p })}</li>\n`)}</ul>
</section>
`
    : ''
}${g.chart ? html`<section aria-labelledby="narvaro">\n<h2 id="narvaro">Närvaro</h2>\n${raw(g.chart)}\n</section>\n` : ''}<section aria-labelledby="moten">
<h2 id="moten">Möten</h2>
${g.years.length > 0 ? partial('meetings', { years: g.years, label: 'Möten per år' }) : html`<p>Inga protokoll ännu.</p>\n`}</section>
${
  g.openActions.length > 0
    ? html`<section aria-labelledby="oppna-atgarder">
<h2 id="oppna-atgarder">Öppna åtgärder</h2>
${partial('actions', { actions: g.openActions, caption: 'Åtgärder som ännu inte är klara', showMeeting: true, showGroup: false, showCode: false })}
</section>
`
    : ''
}${
    g.decisions.length > 0
      ? html`<section aria-labelledby="beslut">
<h2 id="beslut">Beslut</h2>
${partial('decisions', { years: g.decisionsByYear, showGroup: false })}</section>
`
      : ''
  }`);
}
