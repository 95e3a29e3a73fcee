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

/** "internal error" and the chain of causes, for reports. */
export function describeInternal(err: unknown): string {
  const lines = ['internt fel (internal error): det här är en bugg i minutes, inte ett fel i protokollen.'];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && depth < 10; depth++) {
    if (e instanceof Error) {
      lines.push(`${depth === 0 ? '' : 'orsak: '}${e.stack ?? `${e.name}: ${e.message}`}`);
      e = e.cause;
    } else {
      lines.push(`${depth === 0 ? '' : 'orsak: '}${String(e)}`);
      break;
    }
  }
  return lines.join('\n');
}
