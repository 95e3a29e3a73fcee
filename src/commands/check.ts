// `minutes check`: validate everything and print every problem.
import path from 'node:path';
import { checkArchive } from '../pipeline.js';
import { checkNamedFiles, isNamed } from '../load/index.js';
import { locateAll } from '../pipeline.js';
import { moveTargets } from '../validate/stray-minutes.js';
import { hasErrors } from '../diagnostics.js';
import type { Command } from './types.js';
import { plural } from '../util/plural.js';
import { todayInSweden } from '../util/dates.js';
import { HELP_OPTION, ROOT_OPTION } from './types.js';
import { formatOf, printDiagnostics, rootOf, seconds, siteAddress } from './shared.js';

export const checkCommand: Command = {
  name: 'check',
  options: { ...ROOT_OPTION, ...HELP_OPTION, format: { type: 'string' }, url: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  allowPositionals: true,
  help: `Användning: minutes check [FIL…] [--root MAPP] [--url ADRESS] [--format text|json] [--quiet]

Kontrollerar alla protokoll i minutes/ mot people.yml och organisations.yml
och skriver ut varje problem, sorterat efter fil och rad:

  minutes/grupp/2016-02-08.md:12:5  fel  unknown-person  Hittar inte personen "Leif Redestg".
      tips: Menade du Leif Redestig?

Med FIL… (protokoll, mappar i minutes/, people.yml eller organisations.yml)
visas bara problemen i de filerna och i bilagorna de länkar till. Hela arkivet
kontrolleras ändå, eftersom uppföljningar och dubbletter hänger ihop mellan filer.

Flaggor:
  --root MAPP       mappen med minutes/, people.yml och organisations.yml (standard: aktuell mapp eller närmaste mapp ovanför med dem)
  --url ADRESS      webbplatsens fulla adress, som för minutes build: bilder där
                    hämtas inte från en annan webbplats
  --format FORMAT   text (standard) eller json
  --quiet, -q       skriv inget när allt är rätt (--format json skrivs ändå)
  --help, -h        visa den här hjälpen

Under GITHUB_ACTIONS=true skrivs problemen också som GitHub-annoteringar.
Slutkod: 0 utan fel (varningar tillåts), 1 vid fel i protokoll eller register eller
på kommandoraden, 2 vid en bugg i minutes, 130 (Ctrl-C) eller 143 (SIGTERM) när
kontrollen avbröts.`,
  async run(values, positionals, io) {
    const root = rootOf(values, io);
    const format = formatOf(values);
    const site = siteAddress(values);
    const started = performance.now();
    const result = await checkArchive(root, io.today ?? todayInSweden(), undefined, site?.href);
    const named = checkNamedFiles(root, positionals.map((p) => path.resolve(io.cwd, p)), moveTargets(result.validated));
    let diagnostics = result.diagnostics;
    if (positionals.length > 0) {
      // An attachment's problems (a hidden name in protokoll.txt) are those of the minutes that link to it.
      const attachedBy = result.validated.attachedBy;
      const shown = (file: string) => isNamed(file, named.files) || (attachedBy.get(file)?.some((from) => isNamed(from, named.files)) ?? false);
      diagnostics = [...locateAll(named.findings, []), ...diagnostics.filter((d) => shown(d.file))];
    }
    // --quiet silences what people read; JSON is for programs, which need it even when it lists nothing.
    if (format === 'json') printDiagnostics(io, diagnostics, { format });
    else if (!(values.quiet && diagnostics.length === 0)) {
      printDiagnostics(io, diagnostics, { format });
      io.stderr(`Kontrollerade ${plural(result.fileCount, 'fil', 'filer')} på ${seconds(performance.now() - started)}.`);
    }
    return hasErrors(diagnostics) ? 1 : 0;
  },
};
