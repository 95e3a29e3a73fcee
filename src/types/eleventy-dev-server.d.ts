// @11ty/eleventy-dev-server ships no type declarations; this is the part of its API watch mode uses.
declare module '@11ty/eleventy-dev-server' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  interface Options {
    port?: number;
    liveReload?: boolean;
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    showVersion?: boolean;
    messageOnStart?: (info: { hosts: string[] }) => string | false;
    logger?: { info: (msg: string) => void; log: (msg: string) => void; error: (msg: string) => void };
    middleware?: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void | Promise<void>)[];
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: Options): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    readonly server: Server;
    reload(event?: { files?: string[]; subtype?: string }): void;
    /** Sends a message to every open page (what `reload` sends its reload with). */
    sendUpdateNotification(message: object): void;
    close(): Promise<void>;
  }
}
