// `minutes build`: check, then render the site with Eleventy and index it with Pagefind.
import path from 'node:path';
import { build, type ProgressEvent } from '../pipeline.js';
import { hasErrors } from '../diagnostics.js';
import { UserError } from '../errors.js';
import { outputFolder, unsafeOutput } from '../output/target.js';
import type { Command, Io, Values } from './types.js';
import { HELP_OPTION, ROOT_OPTION } from './types.js';
import { printDiagnostics, rootOf, seconds, siteAddress } from './shared.js';
import type { SiteOptions } from '../render/view.js';
import { count, plural } from '../util/plural.js';
import { isValidDate, todayInSweden } from '../util/dates.js';

export const DEFAULT_TITLE = 'Protokoll';

const SITE_OPTIONS = {
  base: { type: 'string' },
  url: { type: 'string' },
  'source-url': { type: 'string' },
  contact: { type: 'string' },
  'accessibility-reviewed': { type: 'string' },
  title: { type: 'string' },
} as const;

const withSlash = (u: string) => (u.endsWith('/') ? u : `${u}/`);

/** Whether a run of %-escapes stands for characters. */
function decodes(escaped: string): boolean {
  try {
    decodeURIComponent(escaped);
    return true;
  } catch {
    return false;
  }
}

/**
 * --base as a browser's address bar gives it (/m%C3%B6ten/) is the same path as written (/möten/), as the path of
 * --url is: decoded alike, so that %2F, %3F and %23 stay escaped and are then refused with any other %.
 */
function decodedBase(written: string): string {
  try {
    return decodeURI(written);
  } catch {
    // The first run of escapes that is no character (%ZZ, or %C3 without the rest of its ö).
    const bad = [...written.matchAll(/(%[0-9a-f]{2})+|%.{0,2}/gis)].map((m) => m[0]).find((run) => !decodes(run)) ?? '%';
    throw new UserError(`--base "${written}" är ingen sökväg: ${bad} står inte för något tecken. Skriv tecknen som de är, till exempel --base /möten/, eller som i webbläsarens adressfält, till exempel --base /m%C3%B6ten/.`);
  }
}

/**
 * --base, --url, --source-url, --contact, --accessibility-reviewed and --title, checked and normalised. Without
 * --base, the site lies under the path of --url; given both, they must agree, or pages and feeds would point at
 * different places. A review cannot have been made after `today`.
 */
export function siteOptions(values: Values, today: string = todayInSweden()): SiteOptions {
  const site = siteAddress(values);
  // The path as written (URL keeps å as %C3%A5); pages link with it as written, and browsers encode it.
  const urlPath = site ? withSlash(decodeURI(site.pathname)) : undefined;
  let base = typeof values.base === 'string' ? decodedBase(values.base) : (urlPath ?? '/');
  if (!base.startsWith('/')) base = `/${base}`;
  base = withSlash(base);
  if (/[\s"'<>\\?#%]|\/\/|(^|\/)\.\.?(\/|$)/.test(base)) throw new UserError(`${values.base === undefined ? 'Sökvägen i --url' : '--base'} "${values.base === undefined ? base : String(values.base)}" är ingen sökväg; skriv till exempel --base /protokoll/.`);
  if (urlPath !== undefined && urlPath !== base) {
    throw new UserError(`--base ${base} och sökvägen i --url (${urlPath}) skiljer sig åt; sidorna skulle länka till en plats och flöden och kalendrar till en annan. Ange samma sökväg i båda, eller bara --url.`);
  }
  const source = typeof values['source-url'] === 'string' ? values['source-url'] : undefined;
  if (source !== undefined && !/^https?:\/\/[^\s"'<>]+$/.test(source)) throw new UserError(`--source-url "${source}" är ingen webbadress.`);
  // An address copied from a link may come with its mailto:, which the about page adds itself; the message quotes
  // what was written ("mailto:" alone is not said as "").
  const written = typeof values.contact === 'string' ? values.contact.trim() : undefined;
  const contact = written?.replace(/^mailto:/i, '');
  if (contact !== undefined && !/^(https?:\/\/[^\s"'<>]+|[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+)$/.test(contact)) {
    throw new UserError(`--contact "${written}" är varken en e-postadress eller en webbadress; skriv till exempel --contact protokoll@exempel.se.`);
  }
  const reviewed = typeof values['accessibility-reviewed'] === 'string' ? values['accessibility-reviewed'].trim() : undefined;
  if (reviewed !== undefined && !isValidDate(reviewed)) {
    throw new UserError(`--accessibility-reviewed "${reviewed}" är inget datum; skriv dagen då redogörelsen för tillgänglighet senast gicks igenom, till exempel --accessibility-reviewed 2025-03-14.`);
  }
  if (reviewed !== undefined && reviewed > today) {
    throw new UserError(`--accessibility-reviewed ${reviewed} ligger efter i dag (${today}); skriv dagen då redogörelsen för tillgänglighet senast gicks igenom.`);
  }
  const title = typeof values.title === 'string' && values.title.trim() !== '' ? values.title.trim() : DEFAULT_TITLE;
  return {
    base,
    title,
    ...(site ? { siteUrl: withSlash(site.href) } : {}),
    ...(source ? { sourceUrl: withSlash(source) } : {}),
    ...(contact ? { contact } : {}),
    ...(reviewed ? { accessibilityReviewed: reviewed } : {}),
  };
}

export function progressPrinter(io: Io, quiet: boolean): (e: ProgressEvent) => void {
  return (e) => {
    // A leftover that could not be removed stays until someone does: say so even when quiet.
    if (e.stage === 'recovered' && e.failed) return io.stderr(`Varning: ${e.what}.`);
    if (quiet) return;
    switch (e.stage) {
      case 'recovered':
        io.stderr(`Städade efter ett avbrutet bygge: ${e.what}.`);
        break;
      case 'checked':
        io.stderr(`Kontrollerade ${plural(e.files, 'fil', 'filer')} (${seconds(e.ms)})`);
        break;
      case 'modelled':
        io.stderr(`Läste in ${count(e.meetings)} protokoll (${seconds(e.ms)})`);
        break;
      case 'rendered':
        io.stderr(`Skrev ${plural(e.pages, 'sida', 'sidor')} (${seconds(e.ms)})`);
        break;
      case 'indexed':
        io.stderr(`Sökindex för ${count(e.pages)} protokoll (${seconds(e.ms)})`);
        break;
    }
  };
}

export const buildCommand: Command = {
  name: 'build',
  options: { ...ROOT_OPTION, ...HELP_OPTION, ...SITE_OPTIONS, out: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  help: `Användning: minutes build [--root MAPP] [--out MAPP] [--base /sökväg/] [--url ADRESS]
                     [--contact ADRESS] [--accessibility-reviewed DATUM]
                     [--source-url ADRESS] [--title TEXT] [--quiet]

Kontrollerar alla protokoll och bygger sedan webbplatsen: en sida per möte,
grupp, person, projekt och organisation, sökindex, Atom-flöden, kalendrar
och öppna data. Vid fel skrivs felen ut och den förra webbplatsen lämnas orörd.

Flaggor:
  --root MAPP          mappen med minutes/, people.yml och organisations.yml (standard: aktuell mapp eller närmaste mapp ovanför med dem)
  --out MAPP           vart webbplatsen skrivs (standard: site/ i roten)
  --base /sökväg/      sökvägen webbplatsen ligger under, till exempel /protokoll/ på GitHub Pages
                       (standard: sökvägen i --url, annars /)
  --url ADRESS         webbplatsens fulla adress, för flöden, kalendrar och sitemap.xml
  --contact ADRESS     e-post- eller webbadress dit läsare kan höra av sig om fel och
                       tillgänglighet (visas på sidan Om webbplatsen)
  --accessibility-reviewed DATUM
                       dagen (ÅÅÅÅ-MM-DD) då redogörelsen för tillgänglighet på sidan
                       Om webbplatsen senast gicks igenom; visas där som ”Redogörelsen
                       uppdaterades senast …” (utan flaggan visas inget datum)
  --source-url ADRESS  adress som källfilens sökväg läggs till, för länken till källan
                       (till exempel https://github.com/org/repo/blob/main/)
  --title TEXT         webbplatsens namn (standard: ${DEFAULT_TITLE})
  --quiet, -q          skriv bara ut fel
  --help, -h           visa den här hjälpen

Mallarna tas från templates/ i roten om den finns (den ersätter minutes egna mallar
helt och behöver alla deras filer), annars från minutes egna.
Ctrl-C avbryter bygget direkt; den förra webbplatsen lämnas orörd.
Slutkod: 0 när webbplatsen byggdes, 1 vid fel i protokoll eller mallar, på kommandoraden
eller när mappen inte kan skrivas (till exempel när ett annat bygge skriver till den),
2 vid internt fel, 130 (Ctrl-C) eller 143 (SIGTERM) när bygget avbröts.`,
  async run(values, _positionals, io) {
    const root = rootOf(values, io);
    const site = siteOptions(values, io.today ?? todayInSweden());
    const outDir = outputFolder(path.resolve(io.cwd, typeof values.out === 'string' ? values.out : path.join(root, 'site')));
    const unsafe = unsafeOutput(root, outDir);
    if (unsafe) throw new UserError(`${unsafe} Välj en ny eller tom mapp med --out.`);
    const quiet = values.quiet === true;
    const started = performance.now();
    const result = await build({ root, outDir, ...site, ...(io.today ? { today: io.today } : {}), onProgress: progressPrinter(io, quiet) });
    if (result.diagnostics.length > 0 && !(quiet && !hasErrors(result.diagnostics))) printDiagnostics(io, result.diagnostics);
    if (!result.ok) {
      io.stderr(`Webbplatsen byggdes inte; ${path.relative(io.cwd, outDir) || outDir} är oförändrad.`);
      return 1;
    }
    if (!quiet) {
      const index = result.timings.index ?? 0;
      io.stderr(`${count(result.meetings)} protokoll, ${plural(result.pages, 'sida', 'sidor')}, sökindex ${seconds(index)}. Klart på ${seconds(performance.now() - started)}: ${path.relative(io.cwd, outDir) || outDir}/`);
      // Swedish public bodies must give readers a way to report accessibility problems (DOS-lagen).
      if (!site.contact) io.stderr('Tips: ange --contact med en e-post- eller webbadress, så att läsare kan rapportera brister i tillgängligheten (sidan Om webbplatsen).');
      // Digg's model statement gives the day it was last reviewed; only the site's owner knows it.
      if (!site.accessibilityReviewed) io.stderr('Tips: ange --accessibility-reviewed med dagen då redogörelsen för tillgänglighet senast gicks igenom, så att sidan Om webbplatsen visar den.');
      // Without it every page is headed "Protokoll", which says nothing of whose minutes they are to a reader who came by a link.
      if (site.title === DEFAULT_TITLE && values.title === undefined) io.stderr(`Tips: ange --title med webbplatsens namn, till exempel --title "${DEFAULT_TITLE} från Exempels kommun", så att läsare ser vems protokollen är (nu heter webbplatsen bara ”${DEFAULT_TITLE}”).`);
    }
    return 0;
  },
};
