// A list of meetings: title (and date and group when the title does not say them), and how many were there.
export default function meetings({ meetings, showGroup = false }, { html }) {
  return html`<ul class="meeting-list">
${meetings.map((l) => html`<li><a href="${l.url}">${l.title}</a>${l.customTitle ? html` <span class="muted">· ${showGroup ? html`${l.group.name}, ` : ''}<time datetime="${l.date}">${l.dateText}</time></span>` : ''} <span class="muted">· ${l.attendeeCount} närvarande</span></li>\n`)}</ul>`;
}
