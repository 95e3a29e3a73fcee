// The `yaml` package, loaded when first used. It places problems (positions, errors with places); minutes without
// problems are read by js-yaml alone, so a check that finds none never needs it, and loading it (some 70 modules)
// is a tenth of Node's start. Loaded as CommonJS, the build Node also gets for `import 'yaml'`: an ES module cannot be
// loaded on demand synchronously.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const load = createRequire(import.meta.url);
let loaded: typeof Yaml | undefined;
const lib = (): typeof Yaml => (loaded ??= load('yaml') as typeof Yaml);

const USED = ['isAlias', 'isCollection', 'isMap', 'isNode', 'isPair', 'isScalar', 'isSeq', 'LineCounter', 'parseDocument', 'visit', 'YAMLParseError'] as const;

/** What this program uses of the package, each loaded on first use: `Y.parseDocument(…)`, `new Y.LineCounter()`. */
export const Y = {} as Pick<typeof Yaml, (typeof USED)[number]>;
for (const name of USED) Object.defineProperty(Y, name, { get: () => lib()[name] });
