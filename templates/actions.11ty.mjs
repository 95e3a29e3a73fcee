// Every open action across all groups, with owner, age, due date and latest status.
export const data = { permalink: 'atgarder/index.html', layout: 'base.11ty.mjs', title: 'Öppna åtgärder', section: 'atgarder', index_page: true, eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html, partial } = this;
  return String(html`<h1>Öppna åtgärder</h1>
<p>${site.openActionCount === 0 ? 'Alla åtgärder är klara' : site.openActionCount === 1 ? '1 åtgärd är inte klar' : `${site.openActionCount} åtgärder är inte klara`} enligt protokollen. Åldern räknas i antal möten som gruppen har haft sedan åtgärden beslutades. Status är den senaste som rapporterats i en uppföljning.</p>
${
  site.openActions.length > 0
    ? site.openActions.map(
        (g, i) => html`<section aria-labelledby="grupp-${i + 1}">
<h2 id="grupp-${i + 1}">${g.group.name}</h2>
${partial('actions', { actions: g.actions, caption: `Öppna åtgärder i ${g.group.name}`, showMeeting: true })}
</section>
`,
      )
    : html`<p>Inga öppna åtgärder.</p>\n`
}`);
}
