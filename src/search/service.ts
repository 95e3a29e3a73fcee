// Pagefind's indexer as a child process of our own, spoken to in the protocol of its `--service` mode (what
// Pagefind's Node API speaks). Owning the process lets us keep what it prints (a panic's backtrace is turned into
// our message instead of reaching the user) and stop it when it has not answered for a long time.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { duration } from '../util/duration.js';
import { plural } from '../util/plural.js';

/** Pagefind's answer to a request: its type, and the fields that type has. */
export interface ServiceAnswer {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** How a request ended without an answer; `said` is what Pagefind printed before it went, if anything. */
export class ServiceFailure extends Error {
  override readonly name = 'ServiceFailure';
  constructor(
    readonly reason: 'died' | 'silent' | 'closed' | 'unstartable',
    readonly said: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The Pagefind program for this computer, found as Pagefind's Node API finds it: PAGEFIND_EXTENDED_BINARY_PATH or
 * PAGEFIND_BINARY_PATH when set, else the npm package @pagefind/<platform>-<arch> (resolved from pagefind's own
 * folder, which depends on it).
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const chosen = env[`${name.toUpperCase()}_BINARY_PATH`];
    if (chosen) return chosen;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@pagefind/${platform}-${env.npm_config_arch || os.arch()}`;
  const require = createRequire(import.meta.resolve('pagefind'));
  for (const name of names) {
    try {
      return require.resolve(`${pkg}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // Not installed; try the next name.
    }
  }
  throw new ServiceFailure('unstartable', '', `npm-paketet ${pkg} finns inte`);
}

/** What Pagefind printed is kept up to this many characters (its first lines say what went wrong). */
const KEPT_OUTPUT = 16_000;

export class PagefindService {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly waiting = new Map<number, { resolve: (a: ServiceAnswer) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private received = '';
  private said = '';
  private gone: ServiceFailure | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  /**
   * Stops Pagefind when we end without closing it (a build stopped by Ctrl-C or SIGTERM ends at once): busy, it would
   * not notice its input close, and go on for as long as its request takes, or for ever when it is stuck.
   */
  private readonly onExit = () => this.child.kill('SIGKILL');

  /**
   * Starts Pagefind. A request left unanswered for `silentMs` (no answer to any request in that time) stops it:
   * Pagefind answers each request when it is done and says nothing in between, so the limit is generous.
   */
  constructor(
    binary: string,
    private readonly silentMs: number,
  ) {
    this.child = spawn(binary, ['--service'], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    process.once('exit', this.onExit);
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.receive(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      if (this.said.length < KEPT_OUTPUT) this.said += chunk.slice(0, KEPT_OUTPUT - this.said.length);
    });
    this.child.stdin.on('error', () => {}); // A write to a process that is gone: 'exit' or 'error' says why.
    this.child.on('error', (err) => this.fail(new ServiceFailure('unstartable', '', err.message)));
    // 'close' rather than 'exit': by then everything it printed has been read.
    this.child.on('close', (code, signal) => this.fail(new ServiceFailure('died', this.said, `Pagefind avslutades oväntat (${signal ?? `slutkod ${code}`})`)));
  }

  /** Sends one request; its answer, or a ServiceFailure when Pagefind goes without giving one. */
  request(payload: Record<string, unknown>): Promise<ServiceAnswer> {
    if (this.gone) return Promise.reject(this.gone);
    const id = ++this.nextId;
    const answer = new Promise<ServiceAnswer>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.child.stdin.write(`${Buffer.from(JSON.stringify({ message_id: id, payload })).toString('base64')},`);
    this.arm();
    return answer;
  }

  /** Stops Pagefind; requests still waiting fail as closed. */
  close(): void {
    this.fail(new ServiceFailure('closed', '', 'Pagefind stoppades'));
  }

  /** (Re)starts the watchdog while requests wait; answers restart it, since they show Pagefind is at work. */
  private arm(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    if (this.waiting.size === 0) return;
    this.watchdog = setTimeout(() => this.fail(new ServiceFailure('silent', this.said, `Pagefind har inte svarat på ${this.silentMs < 60_000 ? duration(this.silentMs) : plural(Math.round(this.silentMs / 60_000), 'minut', 'minuter')} och stoppades`)), this.silentMs);
  }

  private receive(chunk: string): void {
    this.received += chunk;
    let comma: number;
    while ((comma = this.received.indexOf(',')) >= 0) {
      const message = this.received.slice(0, comma);
      this.received = this.received.slice(comma + 1);
      let parsed: { message_id?: unknown; payload?: ServiceAnswer };
      try {
        parsed = JSON.parse(Buffer.from(message, 'base64').toString('utf8')) as typeof parsed;
      } catch {
        this.fail(new ServiceFailure('died', this.said, 'Pagefind svarade med något som inte gick att läsa'));
        return;
      }
      const waiter = typeof parsed.message_id === 'number' ? this.waiting.get(parsed.message_id) : undefined;
      if (waiter && parsed.payload) {
        this.waiting.delete(parsed.message_id as number);
        waiter.resolve(parsed.payload);
      }
    }
    this.arm();
  }

  private fail(failure: ServiceFailure): void {
    if (this.gone) return;
    this.gone = failure;
    clearTimeout(this.watchdog);
    for (const { reject } of this.waiting.values()) reject(failure);
    this.waiting.clear();
    this.child.stdin.destroy();
    this.child.stdout.destroy();
    this.child.stderr.destroy();
    this.child.kill('SIGKILL');
    process.off('exit', this.onExit);
  }
}
