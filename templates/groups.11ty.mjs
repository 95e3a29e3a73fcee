// Every group, with what it is and how active it is: those still active first, then those that have ended.
export const data = { permalink: 'grupper/index.html', layout: 'base.11ty.mjs', title: 'Grupper', section: 'grupper', index_page: true, eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html, count } = this;
  return String(html`<h1>Grupper</h1>
<ul class="cards">
${site.groups.map(
  (g) => html`<li>
<h2><a href="${g.url}">${g.name}</a></h2>
${g.description ? html`<p>${g.description}</p>\n` : ''}<p class="muted">${g.ended?.past ? html`${g.ended.mark} · ` : ''}${g.meetingCount === 0 ? 'Inga protokoll ännu' : html`${count(g.meetingCount)} protokoll`}${g.latest ? html`, senast <a href="${g.latest.url}">${g.latest.dateText}</a>` : ''}${g.organisation ? html` · ${g.organisation.name}` : ''}</p>
</li>
`,
)}</ul>
`);
}
