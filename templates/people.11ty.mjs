// Everyone who may be named, alphabetically.
export const data = { permalink: 'personer/index.html', layout: 'base.11ty.mjs', title: 'Personer', section: 'personer', index_page: true, eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html } = this;
  return String(html`<h1>Personer</h1>
<p>${site.counts.people} ${site.counts.people === 1 ? 'person' : 'personer'} i registret: de som har deltagit i möten, har uppdrag eller nämns i protokollen. Personer som inte vill synas med namn finns inte med här.</p>
<ul class="people columns-list">
${site.people.map((p) => html`<li><a href="${p.url}">${p.name}</a>${p.organisation ? html`, ${p.organisation.name}` : ''}</li>\n`)}</ul>
`);
}
