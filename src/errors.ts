// Two kinds of failure: a user error (bad arguments, bad input: exit 1) and everything else (a bug: exit 2).

/** A problem the user can fix; its message is shown as it is, without a stack trace. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Wraps an error from an outside tool with what we were doing, keeping the original as `cause`. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What the system says when it cannot write, in words for the reader; these are not bugs. */
const DISK_PROBLEMS: Record<string, string> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EROFS: 'disken är skrivskyddad',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  ENOTDIR: 'en del av sökvägen är en fil, inte en mapp',
};

/** The words for a disk error's code ("behörighet saknas (EACCES)"), or undefined for other errors. */
export function diskProblemWords(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && DISK_PROBLEMS[code] ? `${DISK_PROBLEMS[code]}, ${code}` : undefined;
}

/** The errors an error was caused by, itself first (`cause`, and Eleventy's `originalError`). */
function chain(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e: unknown = err; e !== undefined && e !== null && out.length < 10; ) {
    out.push(e);
    e = (e as { cause?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return out;
}

/**
 * When `err` comes from the disk refusing a write (full, read-only, no permission), a message that says so
 * (exit 1, no stack trace); otherwise undefined.
 */
export function diskProblem(err: unknown): string | undefined {
  for (const e of chain(err)) {
    const { code, path } = (e ?? {}) as { code?: unknown; path?: unknown };
    if (typeof code === 'string' && DISK_PROBLEMS[code]) {
      return `Det gick inte att skriva${typeof path === 'string' ? ` ${path}` : ''}: ${DISK_PROBLEMS[code]} (${code}). Inget publicerat har ändrats.`;
    }
  }
  return undefined;
}

/** "internal error" and the chain of causes (`cause`, and Eleventy's `originalError`), for reports. */
export function describeInternal(err: unknown): string {
  const lines = ['internt fel (internal error): det här är en bugg i minutes, inte ett fel i protokollen.'];
  chain(err).forEach((e, depth) => lines.push(`${depth === 0 ? '' : 'orsak: '}${e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e)}`));
  return lines.join('\n');
}
