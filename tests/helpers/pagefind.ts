// A stand-in for Pagefind's program (chosen with PAGEFIND_BINARY_PATH), for the ways it fails that the real one
// cannot be made to show on demand: it answers in Pagefind's service protocol until the request named `at`, and
// then either never answers (`hang`: busy or stuck, it no longer reads what it is sent, so it goes on when its input
// closes) or prints `stderr` and exits with `exit`, as a panicking Pagefind does.
import fs from 'node:fs';
import path from 'node:path';

export type FakeFailure = { readonly at: 'AddDir' | 'WriteFiles' } & ({ readonly hang: true } | { readonly stderr: string; readonly exit: number });

/** The answers the fake gives to the requests before `at`. */
const ANSWERS = { NewIndex: { type: 'NewIndex', index_id: 0 }, AddDir: { type: 'IndexedDir', page_count: 1 } };

/** Writes the fake into `dir` and returns its path; it writes its process id into `<path>.pid`, and `<path>.hung` when it hangs. */
export function fakePagefind(dir: string, failure: FakeFailure): string {
  const file = path.join(dir, 'fake-pagefind.mjs');
  fs.writeFileSync(
    file,
    `#!${process.execPath}
import fs from 'node:fs';
const failure = ${JSON.stringify(failure)};
const answers = ${JSON.stringify(ANSWERS)};
fs.writeFileSync(${JSON.stringify(`${file}.pid`)}, String(process.pid));
let received = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  received += chunk;
  let comma;
  while ((comma = received.indexOf(',')) >= 0) {
    const { message_id, payload } = JSON.parse(Buffer.from(received.slice(0, comma), 'base64').toString());
    received = received.slice(comma + 1);
    if (payload.type === failure.at) {
      if (failure.hang) {
        setInterval(() => {}, 60_000);
        fs.writeFileSync(${JSON.stringify(`${file}.hung`)}, payload.type);
        return;
      }
      process.stderr.write(failure.stderr);
      process.exit(failure.exit);
    }
    process.stdout.write(Buffer.from(JSON.stringify({ message_id, payload: answers[payload.type] })).toString('base64') + ',');
  }
});
`,
    { mode: 0o755 },
  );
  return file;
}

/** Whether the process with id `pid` is still running. */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
