// Eleventy ships no type declarations; this is the part of its programmatic API we use.
declare module '@11ty/eleventy' {
  /** The part of Eleventy's configuration API the adapter calls. */
  export interface UserConfig {
    ignores: Set<string>;
    benchmarkManager: { setVerboseOutput(verbose: boolean): void; getAll(): Record<string, { setIsVerbose(verbose: boolean): void }> };
    setTemplateFormats(formats: string[]): void;
    setIncludesDirectory(dir: string): void;
    setLayoutsDirectory(dir: string): void;
    setDataDirectory(dir: string): void;
    setUseGitIgnore(enabled: boolean): void;
    setQuietMode(quiet: boolean): void;
    setUseTemplateCache(enabled: boolean): void;
    addGlobalData(name: string, data: unknown): void;
    addJavaScriptFunction(name: string, fn: (...args: never[]) => unknown): void;
    addTransform(name: string, fn: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  }

  /** Eleventy's importer of templates and data files (cache-busted once its event bus is told a file changed); `returnRaw` gives the module's namespace. */
  export function ImportFile(path: string, type: 'esm' | 'cjs', options?: { returnRaw?: boolean }): Promise<unknown>;

  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; configPath?: string | false; loader?: 'esm' | 'cjs' | 'auto'; config?: (config: UserConfig) => void });
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
