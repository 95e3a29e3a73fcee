// A list of meetings: title (and date and group when the title does not say them), and how many were there. On the
// group's own page (without `showGroup`) a meeting with the usual title is named by its date alone: the page says the group.
// Given `years` (MeetingsOfYear, newest first) instead of `meetings`, one list per year under an h3 (ids `${id}-2016`),
// which a screen reader can jump between, after links to each year labelled `label` (see years.mjs). The h3 says the
// year; to a screen reader it says `what` too ("Möten 2016", "Närvarande vid 2016"), since in a list of a page's
// headings a bare "2016" for each of its lists cannot be told apart.
// With `byGroup`, each year's meetings are listed by group instead, the group's name once and its meetings by date:
// an organisation's representatives sit in thousands of meetings, and a line each made its page 400 KB (a
// person's page lists their meetings so too). How many were there is then on the group's page and the meeting's.
// A meeting with `representatives` (on an organisation's page) names after its day who came for the organisation.
export default function meetings({ meetings, years, id = 'ar', label = 'År', what = 'Möten', showGroup = false, byGroup = false }, { html, partial, plural }) {
  if (years) {
    const count = years.reduce((n, y) => n + y.meetings.length, 0);
    const of = (y) => (byGroup ? groupList(y, html, plural) : list(y.meetings, showGroup, html));
    return html`${partial('years', { years: years.map((y) => y.year), count, id, label })}${years.map((y) => html`<h3 id="${id}-${y.year}"><span class="visually-hidden">${what} </span>${y.year}</h3>\n${of(y)}\n`)}`;
  }
  return list(meetings, showGroup, html);
}

/**
 * One year's meetings (newest first) by group, the group with the latest meeting first: "Grupp 3 (2 möten): 12 november 2016, 3 mars 2016".
 * After a meeting that names who came, a semicolon: "7 mars 2016 (Ann, Bo och Cia); 8 februari 2016 (Bo)", as commas separate the names.
 * Each date has its year, as on a group's page, though the h3 says it: a screen reader's list of a page's links reads a
 * link alone, where an organisation's "9 augusti" of three years could not be told apart (and a phone's reader has
 * scrolled the h3 away). Five bytes a meeting; the same year visually hidden was 43.
 */
function groupList({ meetings }, html, plural) {
  const groups = new Map();
  for (const l of meetings) groups.set(l.group.url, [...(groups.get(l.group.url) ?? []), l]);
  return html`<ul class="meeting-list">
${[...groups.values()].map((ls) => html`<li><a href="${ls[0].group.url}">${ls[0].group.name}</a> (${plural(ls.length, 'möte', 'möten')}): ${ls.map((l, i) => html`${i > 0 ? (ls[i - 1].representatives ? '; ' : ', ') : ''}<a href="${l.url}">${l.customTitle ? html`${l.title} ${l.dateText}` : l.dateText}</a>${l.representatives ? html` (${l.representatives})` : ''}`)}</li>\n`)}</ul>`;
}

function list(meetings, showGroup, html) {
  return html`<ul class="meeting-list">
${meetings.map((l) => html`<li>${showGroup || l.customTitle ? html`<a href="${l.url}">${l.title}</a>` : html`<a href="${l.url}"><time datetime="${l.date}">${l.dateText}</time></a>`}${l.customTitle ? html` <span class="muted">· ${showGroup ? html`${l.group.name}, ` : ''}<time datetime="${l.date}">${l.dateText}</time></span>` : ''} <span class="muted">· ${l.attendeeCount} närvarande</span></li>\n`)}</ul>`;
}
