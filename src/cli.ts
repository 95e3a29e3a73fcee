#!/usr/bin/env node
// The command line: arguments -> command -> exit code. The only place that exits the process.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError, describeInternal, diskProblem } from './errors.js';
import { stoppedBy, type Io, type StopSignal } from './commands/types.js';
import { COMMANDS } from './commands/index.js';
import { closest, didYouMean } from './util/suggest.js';

const USAGE = `Användning: minutes <kommando> [flaggor]

Kommandon:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Varje kommando har --help, till exempel: minutes check --help
minutes --version (-v) visar versionen.`;

/** The version in package.json (one level above dist/ and src/), so it never drifts from what was installed. */
function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'okänd version';
}

/** Runs the CLI and returns the exit code: 0 success, 1 user error or bad input, 2 internal error, 130 (143) stopped by Ctrl-C (SIGTERM). */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  // "minutes help check", as npm and git take it: the command's own help.
  if (argv[0] === 'help' && argv.length > 1) return runCli([...argv.slice(1), '--help'], io);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`minutes ${version()}`);
    return 0;
  }
  if (name.startsWith('-')) {
    // "minutes --root . check": the flag is the command's, written before it.
    const before = flagBeforeCommand(argv);
    const hint = before ?? didYouMean(nearFlags(name, TOP_FLAGS));
    io.stderr(`${before ? `Flaggan ${name} står före kommandot.` : `Okänd flagga ${name}.`}${hint ? ` ${hint}` : ''}\n\n${USAGE}`);
    return 1;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const near = closest(name, COMMANDS.map((c) => ({ label: c.name, keys: [c.name], value: c.name })), 1).map((c) => c.label);
    io.stderr(`Okänt kommando "${name}".${near.length > 0 ? ` ${didYouMean(near)}` : ''}\n\n${USAGE}`);
    return 1;
  }
  try {
    const command = await entry.load();
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: command.allowPositionals ?? false, strict: true });
    } catch (err) {
      // The error and how the command is used, not all of its help: the error would scroll out of sight.
      const flags = Object.entries(command.options).map(([flag, o]) => ({ flag: `--${flag}`, ...(o.short ? { short: `-${o.short}` } : {}) }));
      throw new UserError(`${translateArgError(err, flags)}\n\n${command.help.split('\n\n')[0]}\n\nMer hjälp: minutes ${name} --help`);
    }
    if (parsed.values.help) {
      io.stdout(command.help);
      return 0;
    }
    const running = command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
    if (!io.interrupted || command.handlesInterrupt) return await running;
    // Ctrl-C stops a build at once: its work is in a temporary folder, and the site is left as it was.
    const first = await Promise.race([running, io.interrupted.then((signal) => ({ signal }))]);
    if (typeof first === 'number') return first;
    io.stderr('Avbrutet.');
    return stoppedBy(first.signal);
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(err.message);
      return 1;
    }
    const disk = diskProblem(err);
    if (disk) {
      io.stderr(disk);
      return 1;
    }
    io.stderr(describeInternal(err));
    return 2;
  }
}

interface Flag {
  readonly flag: string;
  readonly short?: string;
}

const TOP_FLAGS: readonly Flag[] = [
  { flag: '--help', short: '-h' },
  { flag: '--version', short: '-v' },
];

/** The flags closest to an unknown one ("--fromat" -> "--format", "-Q" -> "--quiet"). */
const nearFlags = (written: string, flags: readonly Flag[]): string[] =>
  closest(written.replace(/=.*/, ''), flags.map((f) => ({ label: f.flag, keys: f.short ? [f.flag, f.short] : [f.flag], value: f.flag })), 1).map((c) => c.label);

/** "minutes --root x check": a flag before the command; says how to write it. */
function flagBeforeCommand(argv: readonly string[]): string | undefined {
  const command = argv.find((a) => COMMANDS.some((c) => c.name === a));
  if (command === undefined) return undefined;
  const quoted = (a: string) => (/^[\p{L}\p{N}_./:=@%+,-]+$/u.test(a) ? a : `"${a.replace(/(["\\$`])/g, '\\$1')}"`);
  return `Skriv kommandot före flaggorna: minutes ${[command, ...argv.filter((a) => a !== command)].map(quoted).join(' ')}`;
}

function translateArgError(err: unknown, flags: readonly Flag[]): string {
  const msg = err instanceof Error ? err.message : String(err);
  const unknown = /Unknown option '([^']+)'/.exec(msg);
  if (unknown) {
    const near = didYouMean(nearFlags(unknown[1]!, flags));
    return `Okänd flagga ${unknown[1]}.${near ? ` ${near}` : ''}`;
  }
  const positional = /Unexpected argument '([^']+)'/.exec(msg);
  if (positional) return `Oväntat argument "${positional[1]}".`;
  const missing = /Option '([^']+)'.*argument missing/.exec(msg);
  if (missing) return `Flaggan ${flagName(missing[1]!)} behöver ett värde.`;
  // "--port -1": the value starts with a dash, so it could be another flag.
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(msg);
  if (ambiguous) {
    const flag = flagName(ambiguous[1]!);
    return `Flaggan ${flag} behöver ett värde; det som följer börjar med - och läses som en flagga. Skriv ${flag}=VÄRDE om värdet börjar med -.`;
  }
  // "--quiet=ja": a flag that is on or off.
  const valueless = /Option '([^']+)' does not take an argument/.exec(msg);
  if (valueless) return `Flaggan ${flagName(valueless[1]!)} tar inget värde; skriv bara ${flagName(valueless[1]!)}.`;
  return msg;
}

/** The flag as node:util names it ("-q, --quiet", "--port <value>"), as the user writes it: "--quiet", "--port". */
const flagName = (option: string): string => option.replace(/^-\w, /, '').replace(/ <value>$/, '');

/**
 * Writes a line to `stream`. When its reader goes away (`minutes build 2>&1 | head -1`), the rest of the output is
 * dropped and the work goes on: unhandled, the write error would end a build halfway with a stack trace.
 */
function lineWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', () => (closed = true));
  return (t) => {
    if (!closed) stream.write(t.endsWith('\n') ? t : `${t}\n`);
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain || process.argv[1]?.endsWith('/minutes')) {
  const interrupted = new Promise<StopSignal>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const io: Io = {
    stdout: lineWriter(process.stdout),
    stderr: lineWriter(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    interrupted,
    isTTY: process.stderr.isTTY === true,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
      // Exit once everything printed has been taken by the reader (process.exit drops what a pipe, 64 KiB at a
      // time, has not taken yet), and make sure nothing (a watcher, a child process) keeps us alive.
      process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
    },
    (err) => {
      process.stderr.write(`${describeInternal(err)}\n`);
      process.exit(2);
    },
  );
}
