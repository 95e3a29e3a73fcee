// Links in the minutes text to other minutes, to files beside them and to anchors must lead somewhere on the site:
// a missing file is an error (broken-link), a path out of minutes/ or to a hidden file is refused (it would
// publish what is not minutes), an anchor no heading has is a warning. Across the archive: a link depends on the
// files there are. Only the links each text has are resolved (most have none); their targets' headings are read
// only for a link with an anchor.
import type { Finding, Where } from '../../diagnostics.js';
import type { ParsedFile } from '../../load/frontmatter.js';
import { headingAnchors, linkUrl, type BodyLink } from '../../render/markdown.js';
import { reservedIdsOf } from '../../model/page-ids.js';
import { ATTACHMENTS, attachmentPath, isWindowsPath, publishedFileTarget, relativeTo, resolveLink, type KnownFiles, type LinkTarget } from '../../model/links.js';
import { fileAddress, pageAddress, type SitePages } from '../../model/page-paths.js';
import { attachHint } from './body-links.js';
import { attachmentClashFindings, type AttachmentLink } from './attachment-clash.js';
import { RENAME_HINT, type PrivateNameFinder } from './private-names.js';
import { closest, didYouMean } from '../../util/suggest.js';
import { clip } from '../../util/clip.js';
import type { MinutesDoc } from '../documents.js';

/** A minutes text with its links, and its front matter when it could be read (its actions and decisions have anchors). */
export interface LinkingText {
  readonly parsed: ParsedFile;
  readonly links: readonly BodyLink[];
  readonly doc?: MinutesDoc;
}

/**
 * A link to an address of the site that no page or file is known to have, but that the archive's own templates may
 * write (link-unchecked): the build tells whether they did (see written-links.ts).
 */
export interface UncheckedLink {
  readonly file: string;
  readonly where: Where;
  /** The address from the site's root, percent-decoded: a page's ("om/historia/") or a file's ("data/medlemmar.csv"). */
  readonly address: string;
  readonly kind: 'page' | 'file';
  /** The meeting's page a relative link is read from ("grupper/x/2016-02-08/"). */
  readonly here?: string;
}

const AS_TEXT = 'Spara den som PDF, eller programkod som text (.txt), och länka till den.';

/**
 * What to do instead of linking to a file a browser runs, by what the file is (its extension, lower case, without the
 * dot): a map is shown on a map service, a feed read where it is published, a script kept as text; a page, a picture
 * or any other XML type saved as PDF, PNG or JPEG.
 */
const BROWSER_HINTS: readonly (readonly [extensions: readonly string[], hint: string])[] = [
  [['kml', 'gpx', 'gml', 'osm'], 'Länka till platsen på en karttjänst (som OpenStreetMap eller Google Maps), eller skriv i texten var den är.'],
  [['rss', 'atom'], 'Länka till flödet där det publiceras, med dess webbadress (https://…), i stället för till en kopia av det.'],
  [['js', 'mjs'], AS_TEXT],
];
const browserHint = (extension: string): string => {
  const bare = extension.slice(1).toLowerCase();
  return BROWSER_HINTS.find(([extensions]) => extensions.includes(bare))?.[1] ?? 'Spara den som PDF, eller en bild som PNG eller JPEG, och länka till den.';
};

/** What unsafe-attachment says, by who would run the file. */
const RUNS = {
  browser: (file: string, extension: string) => ({
    message: `${file} är en fil som webbläsaren öppnar som en webbsida, som kan köra skript på webbplatsens adress (${extension}); den publiceras inte och blir ingen länk.`,
    hint: browserHint(extension),
  }),
  server: (file: string, extension: string) => ({
    message: `${file} är en fil som många webbservrar kör som ett program när någon öppnar den (${extension}); den publiceras inte och blir ingen länk.`,
    hint: AS_TEXT,
  }),
  guess: (file: string) => ({
    message: `${file} har ingen filändelse, så många webbservrar låter webbläsaren gissa vad den är, och som en webbsida kan den köra skript på webbplatsens adress; den publiceras inte och blir ingen länk.`,
    hint: 'Ge filen den filändelse den ska ha (.pdf, .txt, .docx …) och länka till det nya namnet.',
  }),
} as const;

const CASE_HINT = 'webbplatsen skiljer på stora och små bokstäver i filnamn, även om din dator kanske inte gör det';

/**
 * The findings about the links of the texts, and the attachments they link to (paths from the root). `names` finds
 * the names of people not published in full, which an attachment's path must not hold: it is its address on the site.
 */
export function localLinkFindings(texts: readonly LinkingText[], known: KnownFiles, names?: PrivateNameFinder, sitePages?: () => SitePages): { findings: Finding[]; attached: Set<string>; attachedBy: Map<string, string[]>; unchecked: UncheckedLink[] } {
  const out: Finding[] = [];
  const uncheckedLinks: UncheckedLink[] = [];
  const attached = new Set<string>();
  const attachedBy = new Map<string, string[]>();
  const attachmentLinks: AttachmentLink[] = [];
  let byFile: Map<string, LinkingText> | undefined;
  const textOf = (file: string) => (byFile ??= new Map(texts.map((t) => [t.parsed.source.path, t]))).get(file);
  let pages: SitePages | undefined;
  const published: PublishedAddressLink[] = [];
  for (const text of texts) {
    const from = text.parsed.source.path;
    for (const link of text.links) {
      let target = resolveLink(from, link.url, known);
      const at = { kind: 'offset' as const, offset: text.parsed.bodyOffset + link.offset, length: link.length };
      const shown = (file: string) => clip(relativeTo(from, file));
      // The minutes to offer for minutes that are not there: those of the other groups' meetings on the day named
      // (`sameDay`, see SitePages.sameDayFiles) first, since the day is seldom what was mistyped, then the nearest
      // name; each as a path from here.
      const nearMinutes = (file: string, nearest: string | undefined, sameDay?: readonly string[]): string[] => {
        if (sameDay === undefined) pages ??= sitePages?.();
        const day = (sameDay ?? pages?.sameDayFiles(file, from) ?? []).slice(0, 2);
        return [...day.map((f) => `${shown(f)} (samma dag)`), ...(nearest !== undefined && !day.includes(nearest) ? [shown(nearest)] : [])];
      };
      // A path written with \ between folders, as Windows shows it ("..\..\people.yml"), where Markdown reads "\." as
      // an escaped "." and the browser "\" as part of a name: told by the path it was meant to be.
      const backslashed = WORKS.has(target.kind) ? undefined : withSlashes(text.parsed.body, link);
      const meant = backslashed === undefined ? undefined : resolveLink(from, linkUrl(backslashed), known);
      if (meant !== undefined && WORKS.has(meant.kind)) {
        out.push({ file: from, where: at, code: 'broken-link', message: 'Sökvägen är skriven med \\ mellan mapparna, som i Windows; en webbadress skiljer mappar åt med /, så länken leder ingenstans.', hint: `Skriv ${clip(backslashed ?? '')}.` });
        continue;
      }
      if (meant !== undefined) target = meant;
      const report = (f: Omit<Finding, 'file' | 'where'>) => out.push({ file: from, where: at, ...f, ...(meant !== undefined ? { hint: `Skriv / mellan mapparna, inte \\. ${f.hint ?? ''}`.trim() } : {}) });
      switch (target.kind) {
        case 'missing': {
          const what = target.minutesFile ? 'Protokollet' : 'Filen';
          const hint = target.otherCase !== undefined
            ? `Filen heter ${shown(target.otherCase)}: ${CASE_HINT}.`
            : (didYouMean(target.minutesFile ? nearMinutes(target.file, target.nearest) : target.nearest !== undefined ? [shown(target.nearest)] : []) ?? `Rätta namnet (sökvägen läses från protokollets mapp)${target.minutesFile ? '' : `, eller lägg filen i ${clip(target.file.slice(0, target.file.lastIndexOf('/') + 1))}`}.`);
          report({ code: 'broken-link', message: `${what} ${shown(target.file)} finns inte (${clip(target.file)}), så länken leder ingenstans.`, hint });
          break;
        }
        case 'outside':
          report({
            code: 'link-outside-minutes',
            message: known.attachments.has(target.file)
              ? `${shown(target.file)} är en symbolisk länk till en fil utanför minutes/; den publiceras inte och blir ingen länk.`
              : `Länken leder till ${clip(target.file)}, utanför minutes/; det publiceras inte och blir ingen länk.`,
            hint: known.attachments.has(target.file) || !isWindowsPath(link.url) ? 'Bara filer i minutes/ publiceras: lägg en kopia av filen där, gärna bredvid protokollet, och länka till den.' : attachHint(target.file),
          });
          break;
        case 'active':
          report({ code: 'unsafe-attachment', ...RUNS[target.runs](shown(target.file), target.extension) });
          break;
        case 'hidden':
          report({ code: 'link-hidden-file', message: `${shown(target.file)} är en dold fil eller en kopia som en redigerare gör; den publiceras inte och blir ingen länk.`, hint: 'Länka till filen själv, eller ge den ett namn som inte börjar med punkt eller slutar med ~ om den ska publiceras.' });
          break;
        case 'attachment': {
          attached.add(target.file);
          const by = attachedBy.get(target.file);
          if (by === undefined) attachedBy.set(target.file, [from]);
          else if (!by.includes(from)) by.push(from);
          attachmentLinks.push({ file: target.file, from, where: at });
          const published = attachmentPath(target.file);
          const named = names?.find(published).find((hit) => hit.part === 'name');
          if (named) {
            report({
              code: 'private-name-in-path',
              message: `Bilagan skulle publiceras som /${clip(published)}, och namnet "${clip(published.slice(named.start, named.end))}" i adressen ska inte stå på webbplatsen; namn i filnamn kan inte döljas.`,
              hint: RENAME_HINT,
            });
          }
          break;
        }
        case 'minutes':
        case 'anchor': {
          const page = target.kind === 'anchor' ? text : textOf(target.file);
          const unknown = target.anchor && page ? unknownAnchor(page, target.anchor, target.kind === 'anchor' ? 'på sidan' : `i protokollet ${shown(target.file)}`) : undefined;
          if (unknown) report(unknown);
          break;
        }
        case 'page': {
          if (!sitePages) break;
          pages ??= sitePages();
          // A relative address is read from the meeting's page; minutes without one (no group or date) say so themselves.
          const here = target.relative ? pages.pageOf(from) : '';
          if (here === undefined) break;
          const file = target.relative ? undefined : fileAddress(target.path, known.site);
          if (file !== undefined) {
            if (file.startsWith(ATTACHMENTS)) published.push({ from, url: link.url, address: file, report });
            else if (!pages.hasFile(file)) {
              const nearest = pages.moved(file) ?? pages.nearestFile(file);
              // A name near one of the site's own files' is taken for a slip of it, whatever templates may write.
              const templates = nearest === undefined ? pages.mayBeWrittenBy(file) : [];
              if (templates.length > 0) {
                report(unchecked(`Filen /${clip(file)}`, 'filer', templates));
                uncheckedLinks.push({ file: from, where: at, address: file, kind: 'file' });
              } else report(noFile(file, nearest));
            }
            break;
          }
          const address = pageAddress(target.path, here, known.site);
          const unpublished = address === undefined || pages.has(address) ? undefined : pages.unpublished(address);
          if (unpublished !== undefined) {
            report(unpublishedPerson(address!, unpublished));
            break;
          }
          if (address !== undefined && pages.has(address)) {
            const minutes = pages.fileOf(address);
            const page = minutes === undefined ? undefined : textOf(minutes);
            const unknown = target.anchor && page ? unknownAnchor(page, target.anchor, `på sidan /${clip(address)}`) : undefined;
            if (unknown) report(unknown);
            break;
          }
          const templates = address === undefined ? [] : pages.mayBeWrittenBy(address);
          if (templates.length > 0) {
            report(unchecked(`Sidan /${clip(address ?? '')}`, 'sidor', templates));
            uncheckedLinks.push({ file: from, where: at, address: address!, kind: 'page', ...(target.relative ? { here } : {}) });
            break;
          }
          // A meeting of another group on the day named is offered first: the day is seldom what was mistyped. Each
          // page is offered as the link was written: from the root, or from the meeting's page.
          const nearest = address === undefined ? undefined : (pages.moved(address) ?? pages.nearest(address));
          const readFrom = target.relative ? here : undefined;
          const sameDay = address === undefined ? [] : pages.sameDay(address);
          const offered = [...sameDay.slice(0, 2).map((p) => `${linkForm(p, readFrom)} (samma dag)`), ...(nearest !== undefined ? [linkForm(nearest, readFrom)] : [])];
          // "2016-02-08/" meant the minutes 2016-02-08.md, or the ones nearest to that name: those of the day the
          // page's address names ("../2016-12-12/"), else the day the file's name does ("2016-12-12/", under the page).
          const sameDayFiles = sameDay.map((p) => pages!.fileOf(p)!);
          const minutesHint = (file: string) => {
            const found = known.find(file);
            if (found !== undefined && known.minutes.has(found)) return `Länka till protokollets fil, ${shown(found)}: då leder länken till mötets sida.`;
            const near = didYouMean(nearMinutes(file, known.nearest(from, file, true), sameDayFiles.length > 0 ? sameDayFiles : undefined));
            return near === undefined ? undefined : `${near} Länka till protokollets fil: då leder länken till mötets sida.`;
          };
          report(noPage(address === undefined ? target.path : `/${address}`, readFrom, (target.asMinutes !== undefined ? minutesHint(target.asMinutes) : undefined) ?? didYouMean(offered)));
          break;
        }
        default:
          break;
      }
    }
  }
  // Only now is it known which attachments the minutes publish.
  for (const link of published) {
    const finding = publishedAddressFinding(link, known, attached);
    if (finding) link.report(finding);
  }
  out.push(...attachmentClashFindings(attachmentLinks, known));
  return { findings: out, attached, attachedBy, unchecked: uncheckedLinks };
}

/**
 * The broken-link of a link to `to` (an address of the site, "/om/histora/", or a path no address: as written) that is
 * no page of the site; `here`: the meeting's page a relative link is read from. `hint`: the pages to offer, if any.
 */
export function noPage(to: string, here: string | undefined, hint: string | undefined): Omit<Finding, 'file' | 'where'> {
  return {
    code: 'broken-link',
    message: here !== undefined
      ? `Länken leder till ${clip(to)}, som inte är någon sida på webbplatsen: en adress som slutar med / läses från mötets sida (/${here}), inte från protokollets mapp.`
      : `Sidan ${clip(to)} finns inte på webbplatsen, så länken leder ingenstans.`,
    hint: hint ?? PAGE_HINT,
  };
}

/** The broken-link of a link to `file` (from the site's root) that is no file of the site, with the `nearest` one. */
export function noFile(file: string, nearest: string | undefined): Omit<Finding, 'file' | 'where'> {
  return { code: 'broken-link', message: `Filen /${clip(file)} finns inte på webbplatsen, så länken leder ingenstans.`, hint: didYouMean(nearest !== undefined ? [`/${nearest}`] : []) ?? FILE_HINT };
}

/** A page of the site (from its root) as a link offers it: from the root, or from the meeting's page `here`, as a relative link is read. */
export const linkForm = (page: string, here: string | undefined): string => (here === undefined ? `/${page}` : relativeTo(`${here}index.html`, page) || './');

/** What links lead to where the site makes them: no path written with \\ need be read another way. */
const WORKS: ReadonlySet<LinkTarget['kind']> = new Set(['minutes', 'attachment', 'anchor', 'page', 'external']);

/** The destination of `link` as written in `body` with / for each \\, when it has any and is no path from a disk's root ("C:\\…"). */
function withSlashes(body: string, link: BodyLink): string | undefined {
  const written = body.slice(link.offset, link.offset + link.length).replace(/^<(.*)>$/, '$1');
  return written.includes('\\') && !isWindowsPath(link.url) ? written.replace(/\\/g, '/') : undefined;
}

/** What broken-link says of an address of the site's own that is no page, and no near one either. */
const PAGE_HINT = 'Sidornas adresser bildas av id:n i organisations.yml och people.yml (/grupper/<id>/, /personer/<id>/, /projekt/<id>/, /organisationer/<id>/); länka till ett möte genom dess protokoll (2016-02-08.md).';

/** What broken-link says of an address of a file of the site's own that is none, and no near one either. */
const FILE_HINT = 'Webbplatsens egna filer är flödena /feed.xml, /grupper/<id>/feed.xml och /projekt/<id>/feed.xml, kalendrarna /grupper/<id>/kalender.ics och de öppna data /data/minutes.json; länka till en bilaga genom filen (bilaga.pdf).';

/** A link to an attachment's address on the site ("/bilagor/g/bilaga.pdf"), told once every link is resolved. */
interface PublishedAddressLink {
  readonly from: string;
  readonly url: string;
  /** The address from the site's root, percent-decoded ("bilagor/g/bilaga.pdf"). */
  readonly address: string;
  readonly report: (f: Omit<Finding, 'file' | 'where'>) => void;
}

/**
 * A link to an attachment's address on the site leads somewhere only while minutes link to the file itself, which
 * publishes it: then it is left (check tells it once they no longer do). Otherwise it is a broken-link, with the
 * file to link by its path, as every attachment is, so that it is published and checked.
 */
function publishedAddressFinding(link: PublishedAddressLink, known: KnownFiles, attached: ReadonlySet<string>): Omit<Finding, 'file' | 'where'> | undefined {
  const target = publishedFileTarget(link.from, link.url, known);
  if (target.kind === 'attachment' && attached.has(target.file)) return undefined;
  const file = target.kind === 'missing' ? (target.otherCase ?? target.nearest) : 'file' in target ? target.file : undefined;
  const shown = file === undefined ? undefined : clip(relativeTo(link.from, file));
  const near = target.kind === 'missing' && shown !== undefined ? `Menade du ${shown}? ` : '';
  return {
    code: 'broken-link',
    message: target.kind === 'missing'
      ? `Filen /${clip(link.address)} finns inte på webbplatsen (det finns ingen fil ${clip(target.file)}), så länken leder ingenstans.`
      : `/${clip(link.address)} är adressen en bilaga får på webbplatsen när ett protokoll länkar till filen, men inget protokoll gör det, så länken leder ingenstans.`,
    hint: `${near}Länka till filen med dess sökväg från protokollets mapp${shown === undefined || near !== '' ? '' : ` (${shown})`}, som till varje bilaga: då publiceras den och länken leder dit.`,
  };
}

/**
 * The finding of a link to an address of the site (`what`: "Sidan /om/styrelse/", one of its `kind`) that it is not
 * known to have, but that `templates` of the archive's own may write: whether they do is known only once they have run.
 */
function unchecked(what: string, kind: 'sidor' | 'filer', templates: readonly string[]): Omit<Finding, 'file' | 'where'> {
  const named = templates.length === 1 ? `mallen ${templates[0]}` : `mallarna ${templates.join(', ')}`;
  return {
    code: 'link-unchecked',
    message: `${what} finns inte bland webbplatsens kända ${kind}, men ${named} får ${templates.length === 1 ? 'sin adress' : 'sina adresser'} först när webbplatsen byggs, så länken gick inte att kontrollera.`,
    hint: `Se efter att länken leder rätt på den byggda webbplatsen (minutes dev). Har mallen bara en sida: skriv dess permalink som text ('om/styrelse/index.html'), så kontrolleras länken.`,
  };
}

/** The finding of a link to the page a person's id would have, who is published by initials or not at all. */
function unpublishedPerson(address: string, publish: 'initials' | 'hidden'): Omit<Finding, 'file' | 'where'> {
  const id = clip(address.slice(address.indexOf('/') + 1, -1));
  return {
    code: 'private-name-in-path',
    message: publish === 'hidden'
      ? `Länken leder till sidan för ${id} i people.yml, men personen ska inte publiceras och har ingen sida; id:t i länkens adress skulle visa vem det är på webbplatsen.`
      : `Länken leder till sidan för ${id} i people.yml, men personen visas bara med initialer och hens sida har en adress utan namnet; id:t i länkens adress skulle visa namnet på webbplatsen.`,
    hint: 'Ta bort länken och låt bara texten stå kvar.',
  };
}

/** The finding of a link to the anchor `anchor` of the page of `page`, when no heading or item there has it. */
function unknownAnchor(page: LinkingText, anchor: string, where: string): Omit<Finding, 'file' | 'where'> | undefined {
  if (!page.doc) return undefined;
  const anchors = anchorsOf(page.parsed, page.doc);
  if (anchors.has(anchor)) return undefined;
  const near = closest(anchor, [...anchors].map((a) => ({ label: `#${a}`, keys: [a], value: a })), 1).map((c) => c.label);
  return { code: 'unknown-anchor', message: `Det finns ingen rubrik med ankaret #${clip(anchor)} ${where}, så länken leder till sidans början.`, hint: didYouMean(near) ?? 'Ankaret är rubrikens text med små bokstäver, å, ä, ö som a, a, o och bindestreck i stället för mellanslag: ## Fritidsbank → #fritidsbank.' };
}

/** The anchors of a meeting's page: its headings' and its own (decisions, actions, sections). Kept per parsed file. */
const anchorCache = new WeakMap<ParsedFile, ReadonlySet<string>>();

function anchorsOf(parsed: ParsedFile, doc: MinutesDoc): ReadonlySet<string> {
  let anchors = anchorCache.get(parsed);
  if (!anchors) {
    anchors = headingAnchors(parsed.body, reservedIdsOf(doc, doc.followups.map((f) => f.action.value.trim())));
    anchorCache.set(parsed, anchors);
  }
  return anchors;
}
