// The page around every page: Swedish, a strict content security policy, skip link, header with the main
// menu, the page's content, footer. `this.html` escapes everything it is given unless marked `this.raw`.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'";

// Pagefind decodes an attribute's entities once more than a browser does, so filter values are escaped twice.
const escapeTwice = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function render(data) {
  const { html, raw, partial } = this;
  const { site, item, content } = data;
  const name = item ? (item.title ?? item.name) : data.title;
  // A group's, person's, project's or organisation's page says in its title what kind of page it is (the page's
  // `kind`), so that a project and a group of one name do not share a title: "Fritidsbanken (projekt)".
  const title = item && data.kind ? `${name} (${data.kind})` : name;
  const description = item ? item.description : data.description;
  const filters = item?.filters;
  // The page's own absolute address, when the site's is known (--url): to cite it, and to say on paper where a
  // printed copy came from. Not for the 404 page, which is served at addresses that are not its own.
  const path = data.page?.url;
  const address = site.url && typeof path === 'string' && path.endsWith('/') ? site.url + path.replace(/^\//, '') : undefined;
  // The page's own address under the base: the header's and footer's links to it say so, as the main menu does.
  const own = typeof path === 'string' ? site.base + path.replace(/^\//, '') : undefined;
  const current = (url) => (url === own ? raw(' aria-current="page"') : '');
  // The feed of the page's own group or project comes first: feed readers given a page's address (NetNewsWire,
  // Inoreader) subscribe to the first feed it names, and a group's page is for following that group.
  const ownFeed = item?.feedUrl ? { name: `${name}: protokoll`, url: item.feedUrl } : item?.groupFeed;
  return String(html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${title} – ${site.title}</title>
${description ? html`<meta name="description" content="${description}">\n` : ''}${address ? html`<link rel="canonical" href="${address}">\n` : ''}<link rel="icon" href="data:,">
<link rel="stylesheet" href="${site.base}assets/style.css">
<noscript><link rel="stylesheet" href="${site.base}assets/no-script.css"></noscript>
${(data.stylesheets ?? []).map((css) => html`<link rel="stylesheet" href="${site.base}${css}">\n`)}${ownFeed ? html`<link rel="alternate" type="application/atom+xml" title="${ownFeed.name}" href="${ownFeed.url}">\n` : ''}<link rel="alternate" type="application/atom+xml" title="${site.title}: alla protokoll" href="${site.feedUrl}">
${filters ? html`${filters.map((f) => html`<meta data-pagefind-filter="${f.name}[content]" content="${escapeTwice(f.value)}">\n`)}<meta data-pagefind-sort="datum[content]" content="${item.date}">
<meta data-pagefind-meta="datum[content]" content="${item.link.dateText}">
` : ''}</head>
<body>
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<header class="site-header">
<div class="wrap">
<a class="site-title" href="${site.base}"${current(site.base)}>${site.title}</a>
${address ? html`<p class="print-only page-address">Sidans adress: ${address}</p>\n` : ''}<nav aria-label="Huvudmeny">
<ul>
${site.nav.map((n) => html`<li><a href="${n.url}"${n.section === data.section ? raw(` aria-current="${data.index_page ? 'page' : 'true'}"`) : ''}>${n.name}</a></li>\n`)}</ul>
</nav>
</div>
</header>
<main id="innehall" tabindex="-1" class="wrap">
${raw(content)}
</main>
<footer class="site-footer">
<div class="wrap">
<ul>
<li>${partial('subscribe', { label: 'Prenumerera på alla protokoll som nyhetsflöde', url: site.feedUrl, site })}</li>
<li><a href="${site.dataUrl}">Alla protokoll som datafil (JSON, för utvecklare)</a></li>
<li><a href="${site.base}om/"${current(`${site.base}om/`)}>Om webbplatsen och tillgänglighet</a></li>
</ul>
</div>
</footer>
</body>
</html>
`);
}
