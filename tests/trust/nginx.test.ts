// The README's nginx lines for hosting (Hosting: error_page, add_header) in a real nginx (Debian's, run unprivileged
// on a free port in a scratch folder): every answer, the 404 page too, carries the headers the README promises.
// nginx sends add_header only with 2xx and 3xx answers unless `always` is given, so its 404 page had no
// Cache-Control, and a browser kept it after the page came into being. Skipped, loudly, without nginx.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, cleanTemp, tempDir } from '../helpers/archive.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
if (!NGINX) console.warn('\n!! NGINX TESTS SKIPPED: no nginx found (apt-get install -y nginx).\n');

/** The nginx directives the README's Hosting section gives in backticks (`add_header …;`, `error_page …;`). */
function readmeDirectives(): string[] {
  const readme = fs.readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
  const hosting = readme.slice(readme.indexOf('\n## Hosting'), readme.indexOf('\n## ', readme.indexOf('\n## Hosting') + 1));
  return [...new Set([...hosting.matchAll(/`((?:add_header|error_page) [^`]*;)`/g)].map((m) => m[1]!))];
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe.skipIf(!NGINX)("the README's nginx configuration", () => {
  let nginx: ChildProcess;
  let url: string;
  const directives = readmeDirectives();

  beforeAll(async () => {
    const dir = tempDir('minutes-nginx-');
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'grupper'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Start</title>');
    fs.writeFileSync(path.join(site, 'grupper', 'index.html'), '<!doctype html><title>Grupper</title>');
    fs.writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Sidan finns inte</title>');
    // nginx's workers run as another user (nobody) when it is started as root.
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    const conf = path.join(dir, 'nginx.conf');
    fs.writeFileSync(
      conf,
      [
        'daemon off;',
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log;`,
        'events {}',
        'http {',
        '  include /etc/nginx/mime.types;',
        `  access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
        `  server { listen 127.0.0.1:${port}; root ${site};`,
        ...directives.map((d) => `    ${d}`),
        '  }',
        '}',
      ].join('\n'),
    );
    execFileSync(NGINX!, ['-t', '-c', conf, '-e', `${dir}/error.log`], { stdio: 'pipe' });
    nginx = spawn(NGINX!, ['-c', conf, '-e', `${dir}/error.log`], { stdio: 'ignore' });
    url = `http://127.0.0.1:${port}/`;
    for (let i = 0; ; i++) {
      try {
        await fetch(url);
        break;
      } catch (e) {
        if (i > 100) throw e;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  afterAll(() => {
    nginx?.kill();
    cleanTemp();
  });

  it('gives the 404 page, the headers and their values', () => {
    expect(directives).toEqual(expect.arrayContaining(['error_page 404 /404.html;']));
    expect(directives.filter((d) => d.startsWith('add_header')).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['a page', '', 200],
    ['a folder', 'grupper/', 200],
    ['a missing address, answered with the site\'s 404 page', 'finns-inte/', 404],
  ] as const)('sends Cache-Control: no-cache and nosniff with %s', async (_name, address, status) => {
    const response = await fetch(url + address);
    expect(response.status).toBe(status);
    if (status === 404) expect(await response.text()).toContain('Sidan finns inte');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
