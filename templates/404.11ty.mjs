// The page a static host shows for an address that does not exist.
export const data = { permalink: '404.html', layout: 'base.11ty.mjs', title: 'Sidan finns inte', eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html } = this;
  return String(html`<h1>Sidan finns inte</h1>
<p>Adressen kan vara felskriven, eller så har sidan flyttats.</p>
<ul>
<li><a href="${site.base}">Till startsidan</a></li>
<li class="needs-script"><a href="${site.searchUrl}">Sök i protokollen</a></li>
<li><a href="${site.base}grupper/">Alla grupper</a></li>
</ul>
`);
}
