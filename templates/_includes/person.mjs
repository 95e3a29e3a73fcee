// A person as a link (when they have a page), with organisation and, where given, role.
export default function person({ p, role = true }, { html }) {
  return html`${p.url ? html`<a href="${p.url}">${p.name}</a>` : p.name}${p.organisation ? html`, ${p.organisation.name}` : ''}${role && p.role ? html` (${p.role})` : ''}`;
}
