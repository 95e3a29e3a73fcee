// Decisions by year (DecisionsOfYear, newest first), each with the meeting that made it: one list per year under an
// h3 (ids `beslut-2016`; "Beslut 2016" to a screen reader, as in meetings.mjs), after links to each year (see
// years.mjs). On the group's own page (`showGroup: false`) a meeting with the usual title is named by its date alone.
// Each names its project, as on its meeting's page, so that a reader looking down a group's decisions for one project
// finds those whose words do not name it; not on the project's own page (`showProject: false`).
export default function decisions({ years, label = 'Beslut per år', showGroup = true, showProject = true }, { html, partial }) {
  const count = years.reduce((n, y) => n + y.decisions.length, 0);
  return html`${partial('years', { years: years.map((y) => y.year), count, id: 'beslut', label })}${years.map(
    (y) => html`<h3 id="beslut-${y.year}"><span class="visually-hidden">Beslut </span>${y.year}</h3>
<ul class="decisions">
${y.decisions.map((d) => html`<li>${d.text} <span class="muted">(<a href="${d.meeting.url}#${d.anchor}">${showGroup || d.meeting.customTitle ? d.meeting.title : html`mötet ${d.meeting.dateText}`}</a>)</span>${showProject && d.project ? html` <span class="tag">Projekt: <a href="${d.project.url}">${d.project.name}</a></span>` : ''}</li>\n`)}</ul>
`,
  )}`;
}
