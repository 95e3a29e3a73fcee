// The catalogue of diagnostic codes: stable, searchable names with their severity and a one-line Swedish description.
// Codes never change meaning once published; add new ones instead. The README lists them all (a test keeps it so).

export const CODES = {
  // Reading files
  'file-unreadable': { severity: 'error', summary: 'Filen kunde inte läsas.' },
  'file-binary': { severity: 'error', summary: 'Filen är inte text (UTF-8).' },
  'file-large': { severity: 'warning', summary: 'Filen är ovanligt stor.' },
  'file-outside-minutes': { severity: 'error', summary: 'Filen ligger utanför mappen minutes/.' },
  'file-missing': { severity: 'error', summary: 'En fil som behövs saknas.' },
  'symlink-loop': { severity: 'warning', summary: 'En symbolisk länk pekar i en slinga och hoppades över.' },
  'file-ignored': { severity: 'warning', summary: 'En textfil i minutes/ läses inte, eftersom namnet inte slutar på .md.' },
  'file-name-windows': { severity: 'warning', summary: 'Namnet på en fil eller mapp i minutes/ går inte att använda i Windows.' },
  // Front matter and YAML
  'front-matter-missing': { severity: 'error', summary: 'Filen börjar inte med fälten (group, date …) mellan två rader med ---.' },
  'front-matter-unclosed': { severity: 'error', summary: 'Fälten överst i filen avslutas aldrig med en rad ---.' },
  'front-matter-language': { severity: 'error', summary: 'Fälten överst i filen måste vara skrivna i YAML.' },
  'yaml-syntax': { severity: 'error', summary: 'YAML-koden går inte att läsa.' },
  'yaml-duplicate-key': { severity: 'error', summary: 'Samma fält eller id står två gånger.' },
  'yaml-tag': { severity: 'error', summary: 'YAML-taggar (till exempel !!js/function) är inte tillåtna.' },
  'not-a-mapping': { severity: 'error', summary: 'Innehållet måste vara fält med värden (fält: värde).' },
  // Shape
  'unknown-key': { severity: 'error', summary: 'Okänt fält.' },
  'missing-field': { severity: 'error', summary: 'Ett obligatoriskt fält saknas.' },
  'invalid-type': { severity: 'error', summary: 'Fältet har fel typ av värde.' },
  'invalid-value': { severity: 'error', summary: 'Värdet är inte ett av de tillåtna.' },
  'invalid-date': { severity: 'error', summary: 'Datumet är felskrivet eller finns inte.' },
  'invalid-time': { severity: 'error', summary: 'Klockslaget är felskrivet.' },
  'invalid-id': { severity: 'error', summary: 'Ett id får bara innehålla små bokstäver a–z, siffror och bindestreck.' },
  'empty-value': { severity: 'error', summary: 'Värdet är tomt.' },
  'comment-in-value': { severity: 'warning', summary: 'Slutet av värdet läses som en kommentar och kommer inte med.' },
  // References
  'unknown-group': { severity: 'error', summary: 'Gruppen finns inte i organisations.yml.' },
  'unknown-person': { severity: 'error', summary: 'Personen finns inte i people.yml.' },
  'people-on-one-line': { severity: 'error', summary: 'Två personer på samma rad i en lista över deltagare.' },
  'unknown-organisation': { severity: 'error', summary: 'Organisationen finns inte i organisations.yml.' },
  'unknown-project': { severity: 'error', summary: 'Projektet finns inte i organisations.yml.' },
  'unknown-owner': { severity: 'error', summary: 'Ansvarig är varken en person eller en organisation i registren.' },
  'duplicate-owner': { severity: 'warning', summary: 'Samma ansvarig står två gånger för en åtgärd.' },
  'unknown-action': { severity: 'error', summary: 'Uppföljningen pekar på en åtgärd som inte finns.' },
  'duplicate-followup': { severity: 'error', summary: 'Samma åtgärd följs upp två gånger i ett protokoll.' },
  'action-renumbered': { severity: 'warning', summary: 'Uppföljningen pekar på en annan åtgärd än den kommentaren från minutes new beskriver.' },
  'followup-order': { severity: 'error', summary: 'Uppföljningen står i ett möte som inte är senare än åtgärden.' },
  // Meetings
  'present-and-absent': { severity: 'error', summary: 'Samma person står både som närvarande och frånvarande.' },
  'duplicate-person': { severity: 'error', summary: 'Samma person står två gånger.' },
  'registered-guest': { severity: 'warning', summary: 'En person i people.yml står bland gästerna i stället för bland de närvarande.' },
  'duplicate-meeting': { severity: 'error', summary: 'Två möten i samma grupp samma dag utan egna titlar.' },
  'secretary-not-present': { severity: 'warning', summary: 'Sekreteraren (Vid pennan) står inte bland de närvarande.' },
  'chair-not-present': { severity: 'warning', summary: 'Ordföranden står inte bland de närvarande.' },
  'due-before-meeting': { severity: 'warning', summary: 'En åtgärd ska vara klar före mötet där den beslutades.' },
  'next-meeting-before-meeting': { severity: 'warning', summary: 'Nästa möte ligger före det här mötet.' },
  'meeting-after-end': { severity: 'warning', summary: 'Mötet, eller nästa möte, är efter att gruppen avslutades.' },
  'future-date': { severity: 'warning', summary: 'Mötets datum har inte varit än.' },
  'date-not-filename': { severity: 'warning', summary: 'Datumet stämmer inte med datumet i filens namn.' },
  'group-not-folder': { severity: 'warning', summary: 'Protokollet ligger i en annan grupps mapp.' },
  'unknown-affiliation': { severity: 'warning', summary: 'Organisationen efter en deltagares namn liknar en registrerad men är inte den.' },
  // Registries
  'duplicate-id': { severity: 'error', summary: 'Samma id används av två poster.' },
  'ambiguous-name': { severity: 'error', summary: 'Ett namn eller alias hör till två poster.' },
  'membership-ends-before-start': { severity: 'warning', summary: 'Ett medlemskap slutar innan det börjar.' },
  'standing-member-ended': { severity: 'warning', summary: 'En fast ledamot under members har ett medlemskap i gruppen som slutar.' },
  'ended-before-first-meeting': { severity: 'warning', summary: 'Gruppen avslutades före sitt första protokoll.' },
  // Former ids (registries and minutes)
  'invalid-former-id': { severity: 'error', summary: 'Ett tidigare id under former_ids är inget id.' },
  'former-id-taken': { severity: 'error', summary: 'Ett tidigare id är en annan posts eller ett annat mötes id, eller tidigare id för två.' },
  'former-id-own': { severity: 'warning', summary: 'Ett tidigare id under former_ids är postens eller mötets eget id.' },
  // Trust
  'unsafe-link': { severity: 'error', summary: 'Länken har ett otillåtet mål (javascript:, vbscript:, data: eller file:).' },
  'unsafe-url': { severity: 'error', summary: 'Adressen måste börja med https://, http:// eller mailto:.' },
  'private-name': { severity: 'warning', summary: 'Namnet på en person som inte ska publiceras står i texten.' },
  'invisible-character': { severity: 'warning', summary: 'Texten innehåller osynliga styrtecken.' },
  'placeholder-text': { severity: 'warning', summary: 'Platshållartexten från minutes new står kvar i protokollet.' },
  'bullet-character': { severity: 'warning', summary: 'En rad börjar med en punkt från Word (•), som inte blir en lista.' },
  'control-character': { severity: 'error', summary: 'Texten innehåller ett styrtecken (till exempel U+001B eller U+007F) som inte får förekomma.' },
  // Building
  'template-error': { severity: 'error', summary: 'En mall gick inte att rendera.' },
  'template-missing': { severity: 'error', summary: 'En egen templates/ saknar en av minutes mallar.' },
  'template-folder-name': { severity: 'error', summary: 'Mallarnas mapp har ett tecken i sökvägen som Eleventy läser som ett mönster.' },
  'template-language': { severity: 'warning', summary: 'Mallarna anger inte att sidorna är på svenska (<html lang="sv">).' },
  'search-index-error': { severity: 'error', summary: 'Sökindexet gick inte att bygga.' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; summary: string }>;

export type Code = keyof typeof CODES;
export type Severity = 'error' | 'warning';
