// Links to a long page's lists ("På sidan"), each with how many entries it has, so that a reader reaches the
// decisions or the meetings without scrolling past hundreds of actions. `lists` are [id, heading, count]; lists
// without entries are left out, and so is the whole, on a page whose lists hold fewer than LONG_PAGE entries.
const LONG_PAGE = 30;

export default function contents({ lists }, { html, count }) {
  const shown = lists.filter(([, , n]) => n > 0);
  return shown.reduce((sum, [, , n]) => sum + n, 0) >= LONG_PAGE
    ? html`<nav class="toc" aria-labelledby="pa-sidan">
<h2 id="pa-sidan">På sidan</h2>
<ul>
${shown.map(([id, name, n]) => html`<li><a href="#${id}">${name}</a> (${count(n)})</li>\n`)}</ul>
</nav>
`
    : '';
}
