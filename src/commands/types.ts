// The shape of a CLI command and the I/O it is given (so tests can run commands in-process).
import type { ParseArgsConfig } from 'node:util';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Resolves when the user asks to stop (Ctrl-C); long-running commands wait on it. */
  readonly interrupted?: Promise<void>;
  readonly isTTY?: boolean;
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  readonly name: string;
  /** Full help text, shown by `--help`. */
  readonly help: string;
  readonly options: Options;
  readonly allowPositionals?: boolean;
  /** The command waits on `io.interrupted` itself; others are stopped at Ctrl-C with exit code 130. */
  readonly handlesInterrupt?: boolean;
  run(values: Values, positionals: string[], io: Io): Promise<number>;
}

export const ROOT_OPTION = { root: { type: 'string' } } as const satisfies Options;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;
