// Everyone who may be named, by surname as a Swedish register; a long list by the surname's first letter, with links to each letter first.
export const data = { permalink: 'personer/index.html', layout: 'base.11ty.mjs', title: 'Personer', section: 'personer', index_page: true, eleventyExcludeFromCollections: true };

/** From how many people the list is divided by letter: fewer read best as one list (about two screens of a phone). */
const LETTERS_FROM = 50;

export function render({ site }) {
  const { html } = this;
  const list = (people) => html`<ul class="people columns-list">
${people.map((p) => html`<li><a href="${p.url}">${p.name}</a>${p.organisation ? html`, ${p.organisation.name}` : ''}</li>\n`)}</ul>
`;
  return String(html`<h1>Personer</h1>
<p>${site.counts.people} ${site.counts.people === 1 ? 'person' : 'personer'} i registret: de som har deltagit i möten, har uppdrag eller nämns i protokollen, i bokstavsordning efter efternamn. Personer som inte vill synas med namn finns inte med här.</p>
${
  site.people.length >= LETTERS_FROM
    ? html`<nav class="letters" aria-label="Personer efter första bokstaven i efternamnet">
<ul class="inline-list">
${site.peopleByLetter.map((l) => html`<li><a href="#${l.anchor}">${l.letter === '#' ? 'Övriga' : l.letter}</a></li>\n`)}</ul>
</nav>
${site.peopleByLetter.map((l) => html`<h2 id="${l.anchor}">${l.letter === '#' ? 'Övriga' : l.letter}</h2>\n${list(l.people)}`)}`
    : list(site.people)
}`);
}
