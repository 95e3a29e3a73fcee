// One page per organisation: its people (those who may be named, those who have left it last), groups, projects, actions (its own, and those of
// its people who are not named, who have no page) and the meetings its representatives attended, each with who came
// for it, the latest first on a line of its own ("when did we last send someone?").
export const data = {
  pagination: { data: 'site.pages.organisations', size: 1, alias: 'item' },
  permalink: (data) => `${data.item.permalink}index.html`,
  layout: 'base.11ty.mjs',
  kind: 'organisation',
  section: 'organisationer',
  eleventyExcludeFromCollections: true,
};

export function render({ item: o, site }) {
  const { html, partial, plural } = this;
  const actionCount = o.actions.length + o.actionsOfUnnamed.length;
  const peopleCount = o.people.length + o.formerPeople.length;
  // Someone with their role there (the organisation is the page's own, so it is not repeated).
  const person = (p) => html`${p.url ? html`<a href="${p.url}">${p.name}</a>` : p.name}${p.role ? html` (${p.role})` : ''}`;
  const lists = [['personer', 'Personer', peopleCount], ['atgarder', 'Åtgärder', actionCount], ['moten', 'Möten', o.meetings.length]];
  // The latest meeting someone came to for it, and who; not a link, as the list below starts with it (and counts it once).
  const latest = (l) => html`<p>Senast: ${l.title}${l.customTitle ? html` (${l.group.name}, <time datetime="${l.date}">${l.dateText}</time>)` : ''}, där ${l.representatives} var med.</p>\n`;
  const hidden = o.hiddenPeople === 1 ? 'En person visas inte med namn.' : `${o.hiddenPeople} personer visas inte med namn.`;
  return String(html`<nav class="breadcrumbs" aria-label="Du är här">
<ol><li><a href="${site.base}organisationer/">Organisationer</a></li></ol>
</nav>
<h1>${o.name}</h1>
${o.description ? html`<p class="lead">${o.description}</p>\n` : ''}${o.ended ? html`<p>${o.ended.text}</p>\n` : ''}${o.website ? html`<p>Webbplats: <a href="${o.website}">${o.website}</a></p>\n` : ''}${o.meetings.length > 0 ? html`<p class="needs-script"><a href="${o.searchUrl}">Sök i protokoll där ${o.name} var med</a></p>` : ''}
${partial('contents', { lists })}<section aria-labelledby="personer">
<h2 id="personer">Personer</h2>
${o.people.length > 0 ? html`<ul class="people">\n${o.people.map((p) => html`<li>${person(p)}</li>\n`)}</ul>\n` : ''}${
    // People who have left it, with the role they had there and their last day, after those who are in it now.
    o.formerPeople.length > 0 ? html`<h3 id="tidigare">Tidigare</h3>\n<ul class="people">\n${o.formerPeople.map((p) => html`<li>${person(p)} <span class="muted">${p.until}</span></li>\n`)}</ul>\n` : ''
  }${o.hiddenPeople > 0 ? html`<p class="muted">${hidden}</p>\n` : ''}${peopleCount === 0 && o.hiddenPeople === 0 ? html`<p>Inga personer registrerade.</p>\n` : ''}</section>
${o.groups.length > 0 ? html`<h2 id="grupper">Grupper</h2>\n<ul class="inline-list">${o.groups.map((g) => html`<li><a href="${g.url}">${g.name}</a></li>`)}</ul>\n` : ''}${
    o.projects.length > 0 ? html`<h2 id="projekt">Projekt</h2>\n<ul class="inline-list">${o.projects.map((p) => html`<li><a href="${p.url}">${p.name}</a></li>`)}</ul>\n` : ''
  }${
    actionCount > 0
      ? html`<section aria-labelledby="atgarder">
<h2 id="atgarder">Åtgärder (${plural(o.openCount, 'öppen', 'öppna', 'inga öppna')})</h2>
${o.actions.length > 0 ? html`${partial('actions', { actions: o.actions, caption: `Åtgärder som ${o.name} ansvarar för, öppna först`, showMeeting: true, showCode: false, owner: o.url })}\n` : ''}${
          // People who are not named have no page: their actions are listed here, with whoever is responsible.
          o.actionsOfUnnamed.length > 0 ? html`${partial('actions', { actions: o.actionsOfUnnamed, caption: `Åtgärder som en representant för ${o.name} ansvarar för, öppna först`, showMeeting: true, showCode: false })}\n` : ''
        }</section>
`
      : ''
  }<section aria-labelledby="moten">
<h2 id="moten">Möten med representanter för ${o.name}</h2>
${o.meetings.length > 0 ? html`${latest(o.meetings[0])}${partial('meetings', { years: o.meetingsByYear, byGroup: true, label: 'Möten per år' })}` : html`<p>Inga möten.</p>`}
</section>
`);
}
