// Every project, with how many meetings have taken it up: those still going first, then those that have ended.
export const data = { permalink: 'projekt/index.html', layout: 'base.11ty.mjs', title: 'Projekt', section: 'projekt', index_page: true, eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html, plural } = this;
  return String(html`<h1>Projekt</h1>
<ul class="cards">
${site.projects.map(
  (p) => html`<li>
<h2><a href="${p.url}">${p.name}</a></h2>
${p.description ? html`<p>${p.description}</p>\n` : ''}<p class="muted">${p.ended?.past ? html`${p.ended.mark} · ` : ''}${p.meetingCount === 0 ? 'Har inte tagits upp på något möte ännu' : `Har tagits upp på ${plural(p.meetingCount, 'möte', 'möten')}`}${p.organisation ? html` · ${p.organisation.name}` : ''}</p>
</li>
`,
)}</ul>
`);
}
