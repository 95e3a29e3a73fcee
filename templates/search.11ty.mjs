// The search page: Pagefind's interface, started by assets/search.js; without JavaScript, a note and links.
export const data = {
  permalink: 'sok/index.html',
  layout: 'base.11ty.mjs',
  title: 'Sök',
  section: 'sok',
  index_page: true,
  stylesheets: ['pagefind/pagefind-ui.css'],
  eleventyExcludeFromCollections: true,
};

export function render({ site }) {
  const { html } = this;
  return String(html`<h1>Sök i protokollen</h1>
<p class="notice" id="utan-javascript">Sökningen behöver JavaScript, som inte är påslaget i din webbläsare. Allt innehåll går ändå att nå genom att bläddra bland <a href="${site.base}grupper/">grupper</a>, <a href="${site.base}personer/">personer</a>, <a href="${site.base}projekt/">projekt</a> och <a href="${site.base}organisationer/">organisationer</a>.</p>
<p class="search-sort" hidden>Sortera: <a href="?" id="sortera-relevans">mest relevant först</a> · <a href="?sortera=datum" id="sortera-datum">nyast först</a></p>
<div id="sok" data-bundle="${site.base}pagefind/" data-aliases="${JSON.stringify(site.searchAliases)}" data-pages="${JSON.stringify(site.searchPages)}"></div>
<section id="filtrerat" class="filtered"></section>
<script src="${site.base}pagefind/pagefind-ui.js"></script>
<script src="${site.base}assets/search.js"></script>
`);
}
