// Links to each year of a list divided by year under headings with ids `${id}-2016`, labelled `label`, so that no
// one scrolls through a decade to reach one year. Left out for one year, or for fewer than YEAR_LINKS_FROM entries
// (`count`), which are read as quickly as the links.
const YEAR_LINKS_FROM = 30;

export default function years({ years, count, id = 'ar', label }, { html }) {
  return years.length > 1 && count >= YEAR_LINKS_FROM
    ? html`<nav class="years" aria-label="${label}">
<ul class="inline-list">
${years.map((year) => html`<li><a href="#${id}-${year}">${year}</a></li>\n`)}</ul>
</nav>
`
    : '';
}
