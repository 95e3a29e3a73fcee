// The templates' assets as the site gets them: style sheets minified (comments and spaces out, every rule kept in
// its place), anything else, and a style sheet that cannot be read as text, byte for byte as written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyAsset, copyAssets, minifyStyleSheets, siteAsset } from '../../src/render/assets.js';

const CSS = `/* Colours: change them here. */
:root {
  --link: #0a4f96;
}
/*! Licence: keep this. */
a { color: var(--link); }

@media (forced-colors: active) {
  a { forced-color-adjust: auto; }
}
`;

const dirs: string[] = [];
const scratch = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-assets-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('siteAsset', () => {
  it.each([
    ['style.css', CSS, ':root{--link:#0a4f96}\n/*! Licence: keep this. */\na{color:var(--link)}@media (forced-colors:active){a{forced-color-adjust:auto}}'],
    ['STIL.CSS', 'p {\n  margin: 0 0 1rem 0;\n}\n', 'p{margin:0 0 1rem 0}'],
    ['search.js', '/* a comment */\nvar a = 1;\n', '/* a comment */\nvar a = 1;\n'],
    ['logo.svg', '<svg>  <!-- kept --> </svg>', '<svg>  <!-- kept --> </svg>'],
  ])('%s', (name, text, expected) => {
    expect(siteAsset(name, Buffer.from(text)).toString('utf8')).toBe(expected);
  });

  it('keeps a style sheet that is not UTF-8 text as written', () => {
    const latin1 = Buffer.from('/* f\xf6rg */ p { color: red; }', 'latin1');
    expect(siteAsset('style.css', latin1).equals(latin1)).toBe(true);
  });
});

describe('copying assets', () => {
  it('copies a style sheet minified and anything else as it is, making the folder', () => {
    const from = scratch();
    const to = scratch();
    fs.writeFileSync(path.join(from, 'style.css'), CSS);
    fs.writeFileSync(path.join(from, 'search.js'), '/* kept */\n');
    copyAsset(path.join(from, 'style.css'), path.join(to, 'assets', 'style.css'));
    copyAsset(path.join(from, 'search.js'), path.join(to, 'assets', 'js', 'search.js'));
    expect(fs.readFileSync(path.join(to, 'assets', 'style.css'), 'utf8')).not.toContain('Colours');
    expect(fs.readFileSync(path.join(to, 'assets', 'js', 'search.js'), 'utf8')).toBe('/* kept */\n');
    expect(fs.readFileSync(path.join(from, 'style.css'), 'utf8')).toBe(CSS);
  });

  it('minifies the style sheets of a copied folder in place, also in subfolders, never through a symbolic link', () => {
    const templates = scratch();
    const site = scratch();
    fs.writeFileSync(path.join(templates, 'linked.css'), CSS);
    fs.mkdirSync(path.join(site, 'extra'));
    fs.writeFileSync(path.join(site, 'style.css'), CSS);
    fs.writeFileSync(path.join(site, 'extra', 'print.css'), CSS);
    fs.symlinkSync(path.join(templates, 'linked.css'), path.join(site, 'linked.css'));
    minifyStyleSheets(site);
    expect(fs.readFileSync(path.join(site, 'style.css'), 'utf8')).not.toContain('Colours');
    expect(fs.readFileSync(path.join(site, 'extra', 'print.css'), 'utf8')).not.toContain('Colours');
    expect(fs.readFileSync(path.join(templates, 'linked.css'), 'utf8')).toBe(CSS);
  });

  describe('a whole assets folder', () => {
    /** The templates' assets: a style sheet, a script, two in a subfolder, a symbolic link and an editor's files. */
    const templates = (): string => {
      const from = scratch();
      fs.mkdirSync(path.join(from, 'extra'));
      fs.writeFileSync(path.join(from, 'style.css'), CSS);
      fs.writeFileSync(path.join(from, 'search.js'), '/* kept */\n');
      fs.writeFileSync(path.join(from, 'extra', 'print.css'), CSS);
      fs.writeFileSync(path.join(from, 'extra', 'logo.svg'), '<svg/>');
      fs.writeFileSync(path.join(from, '.style.css.swp'), 'swap');
      fs.writeFileSync(path.join(from, 'extra', 'print.css~'), 'backup');
      fs.symlinkSync('style.css', path.join(from, 'linked.css'));
      return from;
    };
    /** Every entry under `dir`: its kind and bytes (a link's target), and what shows whether it was written. */
    const tree = (dir: string): Record<string, { text: string; ino: number; mtimeMs: number }> =>
      Object.fromEntries(
        (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((rel) => {
          const p = path.join(dir, rel);
          const st = fs.lstatSync(p);
          const text = st.isSymbolicLink() ? `-> ${fs.readlinkSync(p)}` : st.isDirectory() ? '/' : fs.readFileSync(p, 'utf8');
          return [rel, { text, ino: st.ino, mtimeMs: st.mtimeMs }];
        }),
      );
    const texts = (dir: string) => Object.fromEntries(Object.entries(tree(dir)).map(([rel, e]) => [rel, e.text]));

    it('is copied into a site without one as before: style sheets minified, links kept as links, no editor files', () => {
      const from = templates();
      const to = path.join(scratch(), 'assets');
      copyAssets(from, to);
      const minified = siteAsset('style.css', Buffer.from(CSS)).toString('utf8');
      expect(texts(to)).toEqual({
        extra: '/',
        'extra/logo.svg': '<svg/>',
        'extra/print.css': minified,
        'linked.css': `-> ${path.join(from, 'style.css')}`,
        'search.js': '/* kept */\n',
        'style.css': minified,
      });
      expect(fs.readFileSync(path.join(from, 'style.css'), 'utf8')).toBe(CSS);
    });

    it('leaves what the site has as it would be written alone, and writes what differs or is missing', () => {
      const from = templates();
      const to = path.join(scratch(), 'assets');
      copyAssets(from, to);
      const first = tree(to);
      copyAssets(from, to);
      expect(tree(to)).toEqual(first);

      fs.appendFileSync(path.join(from, 'extra', 'print.css'), 'b { color: red; }\n');
      fs.writeFileSync(path.join(to, 'search.js'), 'changed in the site');
      fs.rmSync(path.join(to, 'style.css'));
      fs.rmSync(path.join(to, 'linked.css'));
      copyAssets(from, to);
      const fresh = path.join(scratch(), 'assets');
      copyAssets(from, fresh);
      expect(texts(to)).toEqual(texts(fresh));
      expect(texts(to)['extra/print.css']).toContain('b{color:red}');
      const after = tree(to);
      expect(after['extra/logo.svg']).toEqual(first['extra/logo.svg']);
      for (const rel of ['extra/print.css', 'search.js', 'style.css', 'linked.css']) expect(after[rel], rel).not.toEqual(first[rel]);
    });
  });
});
