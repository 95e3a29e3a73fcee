// `minutes dev`: a live preview for editors — build, serve on localhost, rebuild what a save affects.
import path from 'node:path';
import { UserError } from '../errors.js';
import { outputFolder, unsafeOutput } from '../output/target.js';
import type { Command, StopSignal } from './types.js';
import { HELP_OPTION, ROOT_OPTION, stoppedBy } from './types.js';
import { printDiagnostics, rootOf } from './shared.js';
import { DEFAULT_TITLE, siteOptions } from './build.js';
import { todayInSweden } from '../util/dates.js';
import { firstProblems, SHOWN_PROBLEMS } from '../diagnostics.js';

export const devCommand: Command = {
  name: 'dev',
  options: {
    ...ROOT_OPTION,
    ...HELP_OPTION,
    port: { type: 'string' },
    open: { type: 'boolean' },
    out: { type: 'string' },
    title: { type: 'string' },
    contact: { type: 'string' },
    'accessibility-reviewed': { type: 'string' },
    'source-url': { type: 'string' },
  },
  help: `Användning: minutes dev [--root MAPP] [--port N] [--open] [--out MAPP] [--title TEXT]
                   [--contact ADRESS] [--accessibility-reviewed DATUM] [--source-url ADRESS]

Bygger webbplatsen, visar den på http://localhost:8080/ och bevakar minutes/,
people.yml, organisations.yml och templates/. När du sparar en fil byggs de
sidor om som ändringen påverkar och webbläsaren laddas om. Fel i protokollen
skrivs ut här och visas överst på sidorna tills de är rättade (de första 50;
minutes check visar alla); servern fortsätter att gå. Sökindexet uppdateras i
bakgrunden efter några sekunder. En sida som står öppen medan du startar om
minutes dev laddas om av sig själv när servern är igång igen.

Flaggor:
  --root MAPP   mappen med minutes/, people.yml och organisations.yml (standard: aktuell mapp eller närmaste mapp ovanför med dem)
  --port N      port att lyssna på (standard: 8080; upptagen port ger nästa lediga)
  --open        öppna webbläsaren
  --out MAPP    vart webbplatsen skrivs (standard: site/ i roten)
  --title TEXT  webbplatsens namn (standard: ${DEFAULT_TITLE})
  --contact ADRESS
                som för minutes build: adressen dit läsare kan höra av sig (sidan
                Om webbplatsen)
  --accessibility-reviewed DATUM
                som för minutes build: dagen (ÅÅÅÅ-MM-DD) då redogörelsen för
                tillgänglighet senast gicks igenom
  --source-url ADRESS
                som för minutes build: adress som källfilens sökväg läggs till,
                för länken till källan
  --help, -h    visa den här hjälpen

Avsluta med Ctrl-C. Sidorna, öppna data och sökindexet för de senaste ändringarna
görs först klara om det hinns på högst 3 sekunder, annars står det vad som inte
hann göras (nästa minutes dev eller minutes build gör det); Ctrl-C en gång till
avslutar direkt.
Slutkod: 0 när du avslutar efter första bygget, 1 vid fel på kommandoraden eller när
mappen inte kan skrivas (till exempel när ett annat bygge skriver till den), 2 vid en bugg
i minutes, 130 (Ctrl-C) eller 143 (SIGTERM) när första bygget avbröts.`,
  handlesInterrupt: true,
  async run(values, _positionals, io) {
    const root = rootOf(values, io);
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port "${String(values.port)}" är inget portnummer.`);
    const outDir = outputFolder(path.resolve(io.cwd, typeof values.out === 'string' ? values.out : path.join(root, 'site')));
    const unsafe = unsafeOutput(root, outDir);
    if (unsafe) throw new UserError(`${unsafe} Välj en ny eller tom mapp med --out.`);
    // The site's particulars as build takes and checks them, but always at the root (no --base, no --url): the
    // preview is served from localhost.
    const { title, contact, 'accessibility-reviewed': reviewed, 'source-url': source } = values;
    const site = siteOptions({ title, contact, 'accessibility-reviewed': reviewed, 'source-url': source }, io.today ?? todayInSweden());
    const { startDev } = await import('../watch/dev.js');
    const starting = startDev({
      root,
      outDir,
      ...site,
      port,
      open: values.open === true,
      log: (m) => io.stderr(m),
      // The first SHOWN_PROBLEMS, as the pages show them: an emptied registry once printed 2 MB at every change.
      printDiagnostics: (result, session) => {
        if (result.diagnostics.length === 0) return;
        const frames = new Map<string, string>();
        for (const d of firstProblems(result.diagnostics).shown) {
          const src = session.sourceOf(d.file);
          if (src !== undefined) frames.set(d.file, src);
        }
        printDiagnostics(io, result.diagnostics, { frames, most: SHOWN_PROBLEMS });
      },
    });
    const interrupted = io.interrupted ?? new Promise<StopSignal>(() => {});
    // Ctrl-C during the first build ends at once (the build works in a temporary folder).
    const first = await Promise.race([starting, interrupted.then((signal) => ({ signal }))]);
    if ('signal' in first) {
      io.stderr('Avbrutet.');
      return stoppedBy(first.signal);
    }
    const handle = first;
    await interrupted;
    io.stderr('Avslutar …');
    await handle.close();
    return 0;
  },
};
