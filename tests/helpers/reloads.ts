// Listening to `minutes dev`'s live reload as a page's reload client does, with the dev server's own WebSocket library.
import { createRequire } from 'node:module';

interface Socket {
  on(event: 'message', listener: (data: Buffer) => void): void;
  once(event: 'open', listener: () => void): void;
  close(): void;
}
const WebSocket = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy-dev-server'))('ws') as new (url: string) => Socket;

export interface ReloadListener {
  /** The files each reload sent so far named, in order. */
  readonly reloads: readonly (readonly string[])[];
  /** How many times it said that a new search index is in place (pages that search reload for it). */
  readonly searchIndexChanges: () => number;
  close(): void;
}

/** Connects to the dev server at `url` (http://localhost:…/) and records the reloads it sends. */
export async function listenForReloads(url: string): Promise<ReloadListener> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'));
  const reloads: string[][] = [];
  let searchIndexChanges = 0;
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString('utf8')) as { type?: string; files?: string[]; minutes?: string };
    if (message.type === 'eleventy.reload') reloads.push(message.files ?? []);
    if (message.minutes === 'search-index') searchIndexChanges++;
  });
  await new Promise<void>((resolve) => socket.once('open', resolve));
  return { reloads, searchIndexChanges: () => searchIndexChanges, close: () => socket.close() };
}
