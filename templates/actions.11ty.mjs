// Every open action across all groups, with owner, age, due date and latest status; past a limit (see
// ACTIONS_PAGE_LIMIT), how many each group has, with links to the group pages that list them. An official looking for
// their own organisation's actions is led to its page, which lists them with whoever shares them.
export const data = { permalink: 'atgarder/index.html', layout: 'base.11ty.mjs', title: 'Öppna åtgärder', section: 'atgarder', index_page: true, eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html, partial, count } = this;
  const groups = site.openActions;
  const summary = html`<table class="per-group">
<caption>Öppna åtgärder per grupp</caption>
<thead><tr><th scope="col">Grupp</th><th scope="col" class="number">Öppna</th><th scope="col" class="number">Datumet har passerat</th></tr></thead>
<tbody>
${groups.map((g) => html`<tr><th scope="row"><a href="${g.listUrl}">${g.group.name}</a></th><td class="number">${count(g.count)}</td><td class="number">${count(g.overdue)}</td></tr>\n`)}</tbody>
</table>
`;
  return String(html`<h1>Öppna åtgärder</h1>
<p>${site.openActionCount === 0 ? 'Alla åtgärder är klara' : site.openActionCount === 1 ? '1 åtgärd är inte klar' : `${count(site.openActionCount)} åtgärder är inte klara`} enligt protokollen. Åldern räknas i antal möten som gruppen har haft sedan åtgärden beslutades. Status är den senaste som rapporterats i en uppföljning.</p>
<p>Vad en viss organisation eller person ansvarar för står på dess egen sida, under <a href="${site.base}organisationer/">Organisationer</a> och <a href="${site.base}personer/">Personer</a>.</p>
${
  groups.length === 0
    ? html`<p>Inga öppna åtgärder.</p>\n`
    : site.openActionsListed
      ? html`${groups.length > 1 ? summary : ''}${groups.map(
          (g) => html`<section aria-labelledby="${g.anchor}">
<h2 id="${g.anchor}">${g.group.name}</h2>
${partial('actions', { actions: g.actions, caption: `Öppna åtgärder i ${g.group.name}`, showMeeting: true })}
</section>
`,
        )}`
      : html`<p>De är för många för att visas på en sida. Varje grupps öppna åtgärder står på gruppens sida: följ länken till gruppen.</p>
${summary}`
}`);
}
