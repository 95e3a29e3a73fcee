// Every command of the CLI, in the order `minutes --help` lists them. A command's module (and what it
// imports) is loaded only when that command runs, so `minutes check` does not load the renderer or the importer.
import type { Command } from './types.js';

export interface CommandEntry {
  readonly name: string;
  /** One line for `minutes --help`. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'check', summary: 'Kontrollera protokoll och register och visa alla fel på en gång', load: async () => (await import('./check.js')).checkCommand },
  { name: 'build', summary: 'Bygg webbplatsen i site/ (kontrollerar först)', load: async () => (await import('./build.js')).buildCommand },
  { name: 'dev', summary: 'Förhandsgranska webbplatsen lokalt; uppdateras när du sparar', load: async () => (await import('./dev.js')).devCommand },
  { name: 'new', summary: 'Skapa ett nytt protokoll, ifyllt med ledamöter och öppna åtgärder', load: async () => (await import('./new.js')).newCommand },
  { name: 'import', summary: 'Gör utkast till protokoll av gamla anteckningar (.txt, .md, .docx)', load: async () => (await import('./import.js')).importCommand },
];
