// Decisions by year (DecisionsOfYear, newest first), each with the meeting that made it: one list per year under an
// h3 (ids `beslut-2016`; "Beslut 2016" to a screen reader, as in meetings.mjs), after links to each year (see
// years.mjs). On the group's own page (`showGroup: false`) a meeting with the usual title is named by its date alone.
export default function decisions({ years, label = 'Beslut per år', showGroup = true }, { html, partial }) {
  const count = years.reduce((n, y) => n + y.decisions.length, 0);
  return html`${partial('years', { years: years.map((y) => y.year), count, id: 'beslut', label })}${years.map(
    (y) => html`<h3 id="beslut-${y.year}"><span class="visually-hidden">Beslut </span>${y.year}</h3>
<ul class="decisions">
${y.decisions.map((d) => html`<li>${d.text} <span class="muted">(<a href="${d.meeting.url}#${d.anchor}">${showGroup || d.meeting.customTitle ? d.meeting.title : html`mötet ${d.meeting.dateText}`}</a>)</span></li>\n`)}</ul>
`,
  )}`;
}
