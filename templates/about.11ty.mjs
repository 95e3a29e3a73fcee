// About the site: accessibility, personal data, open data.
export const data = { permalink: 'om/index.html', layout: 'base.11ty.mjs', title: 'Om webbplatsen och tillgänglighet', eleventyExcludeFromCollections: true };

export function render({ site }) {
  const { html } = this;
  return String(html`<h1>Om webbplatsen och tillgänglighet</h1>
<p>Webbplatsen publicerar protokoll och minnesanteckningar från möten. Varje protokoll skrivs av den som för anteckningar vid mötet och kontrolleras automatiskt innan det publiceras.</p>
<h2 id="tillganglighet">Tillgänglighet</h2>
<p>Webbplatsen är gjord för att följa WCAG 2.2 på nivå AA, den standard som lagen om tillgänglighet till digital offentlig service (DOS-lagen) hänvisar till. Den fungerar utan JavaScript, med tangentbord och skärmläsare, på små skärmar, med förstoring och i utskrift. Sidornas mallar granskas med automatiska tester (axe-core) och med tangentbord och smala skärmar innan en ny version tas i bruk.</p>
${site.accessibilityReviewed ? html`<p>Redogörelsen uppdaterades senast den <time datetime="${site.accessibilityReviewed.date}">${site.accessibilityReviewed.text}</time>.</p>\n` : ''}<h3 id="kanda-brister">Kända brister</h3>
<p>Webbplatsen är delvis förenlig med DOS-lagen, på grund av bristerna nedan.</p>
<ul>
<li>Sökfunktionen behöver JavaScript. Allt innehåll går också att nå genom länkar från grupper, personer, projekt och organisationer.</li>
<li>Protokollens text skrivs av mötesdeltagarna och publiceras som den är skriven. Rubriker, länktexter och bildtexter i texten kan därför ha brister.</li>
</ul>
<h3 id="kontakt">Rapportera brister</h3>
<p>Hittar du något som inte fungerar, eller behöver du innehållet i en annan form? ${
    site.contact ? html`Skriv till <a href="${site.contact.href}">${site.contact.text}</a>, så rättar vi det.` : 'Berätta det för den som skrev protokollet (namnet står vid ”Vid pennan” på mötets sida) eller för någon annan som var med på mötet, så rättar vi det.'
  }</p>
<p>Myndigheten för digital förvaltning (Digg) har tillsyn över DOS-lagen. Är du inte nöjd med hur vi tar hand om dina synpunkter kan du <a href="https://www.digg.se/tdosanmalan">anmäla det till Digg</a>.</p>
<h2 id="personuppgifter">Personuppgifter</h2>
<p>Protokollen visar namnen på dem som deltog i mötena. Den som inte vill synas med namn visas med initialer eller bara med vilken organisation hen representerar.</p>
<h2 id="oppna-data">Öppna data</h2>
<p>Allt innehåll finns också som <a href="${site.dataUrl}">öppna data i JSON-format</a>, och de senaste protokollen som <a href="${site.feedUrl}">nyhetsflöde</a> (i formatet Atom) att följa i en nyhetsläsare, som också kallas RSS-läsare. Varje grupp och projekt har ett eget flöde, och varje grupp en kalender med nästa möte, när gruppens senaste protokoll anger ett (då länkar gruppens sida till kalendern).</p>
<p>JSON är ett filformat för datorprogram: datafilen är till för den som vill använda protokollen i egna program eller tjänster, och du behöver den inte för att läsa dem.</p>
`);
}
