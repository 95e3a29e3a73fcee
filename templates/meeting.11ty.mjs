// One page per meeting: when and where, the list of agenda items (before who was there, whose list fills a phone's
// first screens), who was there, the minutes with anchored agenda items, decisions,
// actions with their current status, follow-ups, projects, and the group's previous and next meeting.
// Each follow-up's item has an id made of the action it follows up (`uppfoljning-gug-2016-02-08-1`, `f.anchor`), which
// "Enligt mötet …" under that action's status on other pages leads to, and which reordering the follow-ups keeps.
export const data = {
  pagination: { data: 'site.pages.meetings', size: 1, alias: 'item' },
  permalink: (data) => `${data.item.permalink}index.html`,
  layout: 'base.11ty.mjs',
  section: 'grupper',
  eleventyExcludeFromCollections: true,
};

export function render({ item: m, site }) {
  const { html, raw, partial } = this;
  const who = (p) => (p.url ? html`<a href="${p.url}">${p.name}</a>` : p.name);
  const people = (list) => html`<ul class="people">
${list.map((p) => html`<li>${partial('person', { p })}</li>\n`)}</ul>`;
  // The sections after the minutes' text, linked from the list of agenda items: on a phone the decisions and
  // actions, what most readers come for, are otherwise several screens further down.
  const after = [
    ['beslut', 'Beslut', m.decisions.length],
    ['atgarder', 'Åtgärder', m.actions.length],
    ['uppfoljningar', 'Uppföljningar', m.followups.length],
  ].filter(([, , count]) => count > 0);
  return String(html`<nav class="breadcrumbs" aria-label="Du är här">
<ol><li><a href="${site.base}grupper/">Grupper</a></li><li><a href="${m.group.url}">${m.group.name}</a></li></ol>
</nav>
<article class="meeting" data-pagefind-body>
<header class="page-header">
<h1 data-pagefind-meta="title">${m.title}</h1>
<p class="meta"><time datetime="${m.dateTime}">${m.when}</time>${m.location ? html` · ${m.location}` : ''}</p>
${m.summary ? html`<p class="summary">${m.summary}</p>\n` : ''}${m.note ? html`<p class="note" data-pagefind-ignore><strong>Anmärkning:</strong> ${m.note}</p>\n` : ''}</header>
${
  m.toc.length > 2
    ? html`<nav class="toc" aria-labelledby="dagordning" data-pagefind-ignore>
<h2 id="dagordning">Punkter</h2>
<ol>
${m.toc.map((s) => html`<li><a href="#${s.anchor}">${s.heading}</a></li>\n`)}</ol>
${after.length > 0 ? html`<ul class="toc-after">\n${after.map(([id, name, count]) => html`<li><a href="#${id}">${name}</a> (${count})</li>\n`)}</ul>\n` : ''}</nav>
`
    : ''
}<section class="participants" aria-labelledby="deltagare" data-pagefind-ignore>
<h2 id="deltagare">Deltagare</h2>
<h3 id="narvarande">Närvarande (${m.attendees.length})</h3>
${people(m.attendees)}
${m.absent.length > 0 ? html`<h3 id="franvarande">Frånvarande (${m.absent.length})</h3>\n${people(m.absent)}\n` : ''}${
    m.guests.length > 0 ? html`<h3>Gäster</h3>\n<ul class="people">\n${m.guests.map((g) => html`<li>${g}</li>\n`)}</ul>\n` : ''
  }${
    m.chair || m.secretary
      ? html`<dl class="roles">${m.chair ? html`<dt>Ordförande</dt><dd>${who(m.chair)}</dd>` : ''}${m.secretary ? html`<dt>Vid pennan</dt><dd>${who(m.secretary)}</dd>` : ''}</dl>\n`
      : ''
  }</section>
<div id="protokoll" class="minutes-text">
${raw(m.html)}</div>
${
  m.decisions.length > 0
    ? html`<section aria-labelledby="beslut">
<h2 id="beslut">Beslut</h2>
<ol>
${m.decisions.map((d) => html`<li id="${d.anchor}">${d.text}${d.project ? html` <span class="tag">Projekt: <a href="${d.project.url}">${d.project.name}</a></span>` : ''}</li>\n`)}</ol>
</section>
`
    : ''
}${
    m.actions.length > 0
      ? html`<section aria-labelledby="atgarder">
<h2 id="atgarder">Åtgärder</h2>
${partial('actions', { actions: m.actions, caption: 'Åtgärder som beslutades på mötet, med status i dag' })}
</section>
`
      : ''
  }${
    m.followups.length > 0
      ? html`<section aria-labelledby="uppfoljningar">
<h2 id="uppfoljningar">Uppföljningar</h2>
<ul class="followups">
${m.followups.map((f) => html`<li id="${f.anchor}"><a href="${f.action.url}">${f.action.what}</a> (från <a href="${f.action.meeting.url}">mötet ${f.action.meeting.dateText}</a>): <strong>${f.statusText}</strong>${f.note ? html`. ${f.note}` : ''}</li>\n`)}</ul>
</section>
`
      : ''
  }${
    m.projects.length > 0
      ? html`<section aria-labelledby="projekt" data-pagefind-ignore>
<h2 id="projekt">Projekt</h2>
<ul class="inline-list">
${m.projects.map((p) => html`<li><a href="${p.url}">${p.name}</a></li>\n`)}</ul>
</section>
`
      : ''
  }${m.nextMeeting ? html`<p class="next-meeting"><strong>Nästa möte:</strong> <time datetime="${m.nextMeetingDateTime}">${m.nextMeeting}</time></p>\n` : ''}</article>
${
  m.previous || m.next
    ? html`<nav class="pager" aria-labelledby="fler-moten">
<h2 id="fler-moten" class="visually-hidden">Fler möten i ${m.group.name}</h2>
<ul>
${m.previous ? html`<li class="previous">Föregående: <a href="${m.previous.url}">${m.previous.title}</a></li>\n` : ''}${m.next ? html`<li class="next">Nästa: <a href="${m.next.url}">${m.next.title}</a></li>\n` : ''}</ul>
</nav>
`
    : ''
}<p class="source" id="kalla">För den som rättar protokollet: filen ${m.source.url ? html`<a href="${m.source.url}">${m.source.path}</a>` : html`<code>${m.source.path}</code>`}</p>
`);
}
