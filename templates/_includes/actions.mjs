// A table of actions with owner and current status. On narrow screens each row is stacked (see style.css);
// the explicit roles keep it a table for screen readers. Caption and headers are left out of search excerpts. `showMeeting` says which meeting decided each;
// on the group's own page (`showGroup: false`) a meeting with the usual title by its date alone. On the project's own
// page (`showProject: false`) the project is not named under every action, as the group is not on the group's.
// `owner` is the address of the person or organisation whose page it is, who is responsible for every action listed:
// the caption names them, so the column of who is responsible is left out (on an organisation's page it repeated the
// organisation on every row) and anyone responsible with them is named under the action ("Tillsammans med …").
// The action's id is for editors, who write it in a later meeting's follow-ups: it comes last in the row, after the
// status, named for what it is for ("Kod för uppföljning"), so that it does not come between an action and who does it.
// It is shown (`showCode`) where editors look for it, the meeting that decided the action and the page of all open
// actions, and not on the pages of a group, project, person or organisation, whose readers it only held up (a screen
// reader spells "gemensam-utvecklingsgrupp/2016-03-07#1" out in every row); each row there links to its meeting.
// Its due date says "Ska vara klar senast": "Klar senast" put the status word for done under an open action's status.
// A word longer than any name or compound a column should keep whole (a web address in a follow-up's note, an
// organisation's name of 70 letters) may break anywhere: unbroken, it widened the table past its box on a wide screen,
// cut off where no keyboard could scroll. Shorter words stay whole, as a column is never narrower than them.
const LONG_WORD = /(\S{29,})/;

export default function actions({ actions, caption, showMeeting = false, showGroup = true, showProject = true, showCode = true, owner }, { html }) {
  const breakable = (text) => text.split(LONG_WORD).map((part, i) => (i % 2 === 1 ? html`<span class="long-word">${part}</span>` : part));
  const names = (who) => who.map((w, i) => html`${i > 0 ? ', ' : ''}${w.url ? html`<a href="${w.url}">${breakable(w.name)}</a>` : breakable(w.name)}`);
  const others = (a) => a.who.filter((w) => w.url !== owner);
  return html`<div class="table-wrap">
<table class="actions stack" role="table">
<caption data-pagefind-ignore>${caption}</caption>
<thead role="rowgroup" data-pagefind-ignore><tr role="row"><th scope="col" role="columnheader">Åtgärd</th>${owner ? '' : html`<th scope="col" role="columnheader">Ansvarig</th>`}<th scope="col" role="columnheader">Status</th></tr></thead>
<tbody role="rowgroup">
${actions.map(
  (a) => html`<tr role="row"${showMeeting ? '' : html` id="${a.anchor}"`}>
<td role="cell" data-label="Åtgärd">${a.what}${owner && others(a).length > 0 ? html`<br><small>Tillsammans med ${names(others(a))}</small>` : ''}${showMeeting ? html`<br><small>Beslutad på <a href="${a.url}">${showGroup || a.meeting.customTitle ? a.meeting.title : html`mötet ${a.meeting.dateText}`}</a>${a.age ? html`, ${a.age}` : ''}</small>` : ''}${showProject && a.project ? html`<br><small>Projekt: <a href="${a.project.url}">${a.project.name}</a></small>` : ''}</td>
${owner ? '' : html`<td role="cell" data-label="Ansvarig">${names(a.who)}</td>
`}<td role="cell" data-label="Status"><span class="status status-${a.status}">${a.statusText}</span>${a.dueText ? html`<br><small>Ska vara klar senast <time datetime="${a.due}">${a.dueText}</time>${a.overdue ? html` <strong class="overdue">(datumet har passerat)</strong>` : ''}</small>` : ''}${a.statusMeeting ? html`<br><small>Enligt <a href="${a.statusMeeting.url}">mötet ${a.statusMeeting.dateText}</a>${a.statusNote ? html`: ${breakable(a.statusNote)}` : ''}</small>` : ''}${showCode ? html`<br><small class="action-id" data-pagefind-ignore>Kod för uppföljning: <code>${a.id}</code></small>` : ''}</td>
</tr>
`,
)}</tbody>
</table>
</div>`;
}
