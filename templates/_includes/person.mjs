// A person as a link (when they have a page), with organisation and, where given, role. With `nameOnlyInSearch`
// the search index gets the name alone, so that a search for an organisation finds what was said about it,
// not every meeting someone from it attended.
export default function person({ p, role = true, nameOnlyInSearch = false }, { html }) {
  const name = p.url ? html`<a href="${p.url}">${p.name}</a>` : p.name;
  const rest = html`${p.organisation ? html`, ${p.organisation.name}` : ''}${role && p.role ? html` (${p.role})` : ''}`;
  return nameOnlyInSearch && String(rest) !== '' ? html`${name}<span data-pagefind-ignore>${rest}</span>` : html`${name}${rest}`;
}
