// Eleventy ships no type declarations; this is the part of its programmatic API we use.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; configPath?: string | false; loader?: 'esm' | 'cjs' | 'auto'; config?: (config: any) => void });
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}
