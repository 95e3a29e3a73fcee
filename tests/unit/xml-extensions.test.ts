// The extensions refused as XML (model/xml-extensions.ts) against the web servers' type tables on this machine:
// each extension a table gives an XML type must be refused (unsafe-attachment). A table not installed is skipped.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runnable } from '../../src/model/links.js';
import { XML_EXTENSIONS } from '../../src/model/xml-extensions.js';

/** What a browser may open as an XML document: text/xml, application/xml and every +xml type. */
const isXml = (type: string) => /^(?:text|application)\/xml$|\+xml$/i.test(type);

/** The extensions of an XML type in a table: /etc/mime.types' rows ("type ext ext"), or nginx's ("type ext ext;"). */
function xmlExtensions(table: string): string[] {
  const found: string[] = [];
  for (const line of table.split('\n')) {
    const [type, ...extensions] = line.replace(/#.*/, '').replace(/;/g, ' ').trim().split(/\s+/);
    if (type !== undefined && isXml(type)) found.push(...extensions.map((e) => e.toLowerCase()));
  }
  return found;
}

describe('the extensions of an XML type', () => {
  it('reads them from a table', () => {
    const table = '# application/cdfx+xml\napplication/rss+xml\t\trss\napplication/xml-dtd\tdtd mod\ntext/xml xml;\nimage/svg+xml svg svgz;\n';
    expect(xmlExtensions(table)).toEqual(['rss', 'xml', 'svg', 'svgz']);
  });

  it('are lower case and listed once', () => {
    expect(XML_EXTENSIONS.filter((e, i) => e !== e.toLowerCase() || XML_EXTENSIONS.indexOf(e) !== i)).toEqual([]);
  });

  // Debian's table, which Apache reads (TypesConfig), and nginx's own. One not installed is reported as skipped, not passed.
  for (const path of ['/etc/mime.types', '/etc/nginx/mime.types']) {
    const installed = fs.existsSync(path);
    if (!installed) console.warn(`${path} is not installed: its XML types are not checked (skipped).`);
    it.skipIf(!installed)(`holds every one of ${path}`, () => {
      const missing = xmlExtensions(fs.readFileSync(path, 'utf8')).filter((e) => runnable(`minutes/g/bilaga.${e}`)?.runs !== 'browser');
      expect(missing).toEqual([]);
    });
  }
});
