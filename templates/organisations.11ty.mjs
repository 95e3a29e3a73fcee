// Every organisation, with how many people and meetings it has: those that exist first, then those that have ended,
// after a sentence saying what the list is (a reader from a link or a search may not know what "organisation" means here).
// None is written "inga personer", "inga möten" ("0 möten" read as a slip), with a capital where it begins the line.
export const data = { permalink: 'organisationer/index.html', layout: 'base.11ty.mjs', title: 'Organisationer', section: 'organisationer', index_page: true, eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html, plural } = this;
  return String(html`<h1>Organisationer</h1>
<p>${plural(site.organisations.length, 'organisation', 'organisationer')} i registret: förvaltningar, föreningar och andra som personerna i protokollen kommer från eller som nämns i dem. Varje organisation har en sida med sina personer och de möten där någon från den var med.</p>
<ul class="cards">
${site.organisations.map(
  (o) => html`<li>
<h2><a href="${o.url}">${o.name}</a></h2>
${o.description ? html`<p>${o.description}</p>\n` : ''}<p class="muted">${o.ended?.past ? html`${o.ended.mark} · ${plural(o.peopleCount, 'person', 'personer', 'inga personer')}` : plural(o.peopleCount, 'person', 'personer', 'Inga personer')} · ${plural(o.meetingCount, 'möte', 'möten', 'inga möten')}</p>
</li>
`,
)}</ul>
`);
}
