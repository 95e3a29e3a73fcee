// A list of meetings: title (and date and group when the title does not say them), and how many were there. On the
// group's own page (without `showGroup`) a meeting with the usual title is named by its date alone: the page says the group.
// Given `years` (MeetingsOfYear, newest first) instead of `meetings`, one list per year under an h3 (ids `${id}-2016`),
// which a screen reader can jump between, after links to each year labelled `label` (see years.mjs).
export default function meetings({ meetings, years, id = 'ar', label = 'År', showGroup = false }, { html, partial }) {
  if (years) {
    const count = years.reduce((n, y) => n + y.meetings.length, 0);
    return html`${partial('years', { years: years.map((y) => y.year), count, id, label })}${years.map((y) => html`<h3 id="${id}-${y.year}">${y.year}</h3>\n${list(y.meetings, showGroup, html)}\n`)}`;
  }
  return list(meetings, showGroup, html);
}

function list(meetings, showGroup, html) {
  return html`<ul class="meeting-list">
${meetings.map((l) => html`<li>${showGroup || l.customTitle ? html`<a href="${l.url}">${l.title}</a>` : html`<a href="${l.url}"><time datetime="${l.date}">${l.dateText}</time></a>`}${l.customTitle ? html` <span class="muted">· ${showGroup ? html`${l.group.name}, ` : ''}<time datetime="${l.date}">${l.dateText}</time></span>` : ''} <span class="muted">· ${l.attendeeCount} närvarande</span></li>\n`)}</ul>`;
}
