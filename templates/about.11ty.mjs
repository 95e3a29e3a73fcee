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
<h2 id="prenumerera">Följ nya protokoll</h2>
<h3 id="nyhetsfloden">Nyhetsflöden</h3>
<p>Med ett nyhetsflöde får du veta när ett nytt protokoll publiceras, utan att gå in på webbplatsen. Flödet läser du i en nyhetsläsare: en app i mobilen eller datorn, eller en webbtjänst, som samlar nyheter från de webbplatser du väljer. Det finns gratis nyhetsläsare; sök efter ”nyhetsläsare” eller ”RSS-läsare” där du hämtar appar.</p>
<ol>
<li>Öppna ”Prenumerera på … som nyhetsflöde”: längst ner på varje sida för alla protokoll, på en grupps eller ett projekts sida för dess protokoll.</li>
<li>Kopiera flödets adress: högerklicka på den, eller håll fingret på den, och välj att kopiera länken.</li>
<li>Klistra in adressen i nyhetsläsaren, där du lägger till ett nytt flöde eller en ny prenumeration.</li>
</ol>
<p>Öppnar du flödet i webbläsaren visar den bara kod. Det är inget fel: flödet är gjort för nyhetsläsaren.</p>
<h3 id="kalender">Kalendern</h3>
<p>När en grupps senaste protokoll anger nästa möte står mötet på gruppens sida, med länken ”lägg till i kalendern”. Länken öppnar en kalenderfil med mötets dag och tid. I en mobil frågar kalendern oftast om du vill lägga till mötet. På en dator hämtas filen: öppna den, så läggs mötet in i datorns kalender, till exempel Outlook. Mötet läggs in som det står när du öppnar filen; ändras dag eller tid, står den nya på gruppens sida.</p>
<h2 id="oppna-data">Öppna data</h2>
<p>Allt innehåll finns också som <a href="${site.dataUrl}">öppna data i JSON-format</a>, och de senaste protokollen som <a href="${site.feedUrl}">nyhetsflöde</a> (i formatet Atom) att följa i en nyhetsläsare, som också kallas RSS-läsare. Varje grupp och projekt har ett eget flöde, och varje grupp en kalender med nästa möte, när gruppens senaste protokoll anger ett (då länkar gruppens sida till kalendern).</p>
<p>JSON är ett filformat för datorprogram: datafilen är till för den som vill använda protokollen i egna program eller tjänster, och du behöver den inte för att läsa dem.</p>
`);
}
