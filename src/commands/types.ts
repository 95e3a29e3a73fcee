// The shape of a CLI command and the I/O it is given (so tests can run commands in-process).
import type { ParseArgsConfig } from 'node:util';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Resolves with the signal when the user asks to stop (Ctrl-C, or SIGTERM); long-running commands wait on it. */
  readonly interrupted?: Promise<StopSignal>;
  readonly isTTY?: boolean;
  /** The day the command runs on, YYYY-MM-DD; default: today in Sweden (dev, which runs for days, reads the clock at every rebuild). Tests fix it so they do not depend on the clock. */
  readonly today?: string;
}

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The exit code of a process stopped by a signal, as shells report it: 128 + the signal's number. */
export const stoppedBy = (signal: StopSignal): number => (signal === 'SIGINT' ? 130 : 143);

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  readonly name: string;
  /** Full help text, shown by `--help`. */
  readonly help: string;
  readonly options: Options;
  readonly allowPositionals?: boolean;
  /** The command waits on `io.interrupted` itself; others are stopped at once (exit code 130, or 143 for SIGTERM). */
  readonly handlesInterrupt?: boolean;
  run(values: Values, positionals: string[], io: Io): Promise<number>;
}

export const ROOT_OPTION = { root: { type: 'string' } } as const satisfies Options;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;
