// A list of meetings: title (and date and group when the title does not say them), and how many were there.
// Given `years` (MeetingsOfYear, newest first) instead of `meetings`, one list per year under an h3 (ids `${id}-2016`),
// which a screen reader can jump between; a long list (YEAR_LINKS_FROM meetings, several years) gets links to
// each year first, labelled `label`, so that no one scrolls through a decade to reach one year.
const YEAR_LINKS_FROM = 30;

export default function meetings({ meetings, years, id = 'ar', label = 'År', showGroup = false }, { html }) {
  if (years) {
    const count = years.reduce((n, y) => n + y.meetings.length, 0);
    return html`${
      years.length > 1 && count >= YEAR_LINKS_FROM
        ? html`<nav class="years" aria-label="${label}">
<ul class="inline-list">
${years.map((y) => html`<li><a href="#${id}-${y.year}">${y.year}</a></li>\n`)}</ul>
</nav>
`
        : ''
    }${years.map((y) => html`<h3 id="${id}-${y.year}">${y.year}</h3>\n${list(y.meetings, showGroup, html)}\n`)}`;
  }
  return list(meetings, showGroup, html);
}

function list(meetings, showGroup, html) {
  return html`<ul class="meeting-list">
${meetings.map((l) => html`<li><a href="${l.url}">${l.title}</a>${l.customTitle ? html` <span class="muted">· ${showGroup ? html`${l.group.name}, ` : ''}<time datetime="${l.date}">${l.dateText}</time></span>` : ''} <span class="muted">· ${l.attendeeCount} närvarande</span></li>\n`)}</ul>`;
}
