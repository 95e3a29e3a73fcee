// The start page: search, the latest and the announced meetings, the groups (each with a link to its latest minutes).
export const data = { permalink: 'index.html', layout: 'base.11ty.mjs', title: 'Start', eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html, partial, count } = this;
  return String(html`<h1>${site.title}</h1>
<p class="lead">Här finns protokoll och minnesanteckningar från ${site.counts.groups} ${site.counts.groups === 1 ? 'grupp' : 'grupper'}: vad som sades, vad som beslutades och vem som ska göra vad.</p>
<form class="search-form needs-script" role="search" action="${site.searchUrl}" method="get">
<label for="sokord">Sök i protokollen</label>
<div class="search-row"><input type="search" id="sokord" name="q" autocomplete="off"><button type="submit">Sök</button></div>
</form>
<div class="columns">
<section aria-labelledby="senaste">
<h2 id="senaste">Senaste mötena</h2>
${partial('meetings', { meetings: site.latest, showGroup: true })}
</section>
<section aria-labelledby="kommande">
<h2 id="kommande">Kommande möten</h2>
${
  site.upcoming.length > 0
    ? html`<ul>
${site.upcoming.map((u) => html`<li><a href="${u.group.url}">${u.group.name}</a>: <time datetime="${u.dateTime}">${u.text}</time></li>\n`)}</ul>
<p class="muted">Enligt det senaste protokollet från varje grupp.${
        site.upcomingCount > site.upcoming.length ? html` Här visas de ${count(site.upcoming.length)} närmaste av ${count(site.upcomingCount)}; varje grupps nästa möte står på gruppens sida.` : ''
      }</p>`
    : html`<p>${site.noUpcoming}</p>`
}
</section>
</div>
<section aria-labelledby="grupperna">
<h2 id="grupperna">Grupper</h2>
<ul class="cards">
${site.groups.map((g) => html`<li><a href="${g.url}">${g.name}</a> <span class="muted">·${g.ended?.past ? html` ${g.ended.mark.toLowerCase()},` : ''} ${g.meetingCount === 0 ? 'inga protokoll ännu' : html`${count(g.meetingCount)} protokoll`}${g.latest ? html`, senast <a href="${g.latest.url}">${g.latest.dateText}</a>` : ''}</span></li>\n`)}</ul>
</section>
<p><a href="${site.base}atgarder/">Alla öppna åtgärder (${site.openActionCount === 0 ? 'inga' : count(site.openActionCount)})</a></p>
`);
}
