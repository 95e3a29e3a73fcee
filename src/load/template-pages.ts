// The pages an archive's own templates/ adds to minutes' own (a template `historia.11ty.mjs` with the permalink
// "om/historia/"), read from the templates' text without running them, so that `check` knows the addresses links
// in the minutes may name. What only running tells (a permalink computed from data, pagination, a data file that
// may set it) is not guessed: the template is named as one whose addresses are unknown.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Node } from 'acorn';
import { paths, ROOT_FILES, SiteRoot, type TemplatePages } from '../model/page-paths.js';
import { PROJECT_TEMPLATES, TEMPLATES_DIR, templateFiles } from './template-files.js';

/** What a template writes: its output path from the site's root ("om/historia/index.html"), nothing (false), or unknown (undefined). */
export type Written = string | false | undefined;

type Props = { type: string; key?: Node & { name?: string; value?: unknown }; computed?: boolean; value?: Node }[];
type AnyNode = Node & Record<string, unknown>;

/** Files Eleventy renders as pages: JavaScript templates outside its folders of layouts, partials and data. */
const PAGE_TEMPLATE = /\.11ty\.(?:m|c)?js$/;
const NOT_PAGES = new Set(['_includes', '_layouts', '_data']);
/** Data files that may give templates a permalink from outside them: a folder's or a template's, and global data. */
const DATA_FILE = /\.11tydata\.(?:json|m?js|cjs)$/;
const GLOBAL_PERMALINK = /^_data\/(?:permalink|eleventyComputed)\.(?:json|m?js|cjs)$/;

/**
 * What the archive's own templates at `templatesDir` add: undefined for minutes' own folder, which adds nothing.
 * Templates minutes' own set lacks are read, and those it has when their text is not minutes' own: a copy whose
 * permalink was changed writes its page elsewhere (see model/page-paths.ts).
 */
export function readTemplatePages(templatesDir: string): TemplatePages | undefined {
  if (path.resolve(templatesDir) === path.resolve(PROJECT_TEMPLATES)) return undefined;
  const own = new Set(templateFiles(PROJECT_TEMPLATES));
  const all = templateFiles(templatesDir);
  const dataDirs = all.filter((rel) => DATA_FILE.test(rel)).map((rel) => rel.slice(0, rel.lastIndexOf('/') + 1));
  const globalPermalink = all.some((rel) => GLOBAL_PERMALINK.test(rel));
  const pages: string[] = [];
  const files: string[] = [];
  const unknown: string[] = [];
  const moved: { from: string; to?: string }[] = [];
  const add = (written: Written, rel: string): string | undefined => {
    if (written === undefined) unknown.push(`${TEMPLATES_DIR}/${rel}`);
    const address = typeof written === 'string' ? outputAddress(written) : undefined;
    if (address) (address.page ? pages : files).push(address.path);
    return address?.path;
  };
  for (const rel of all) {
    if (!PAGE_TEMPLATE.test(rel) || NOT_PAGES.has(rel.split('/')[0]!)) continue;
    const text = fs.readFileSync(path.join(templatesDir, rel), 'utf8');
    const theirs = own.has(rel) ? fs.readFileSync(path.join(PROJECT_TEMPLATES, rel), 'utf8') : undefined;
    if (text === theirs) continue;
    // A data file in the template's folder or one above it may set or compute its permalink.
    const fromData = globalPermalink || dataDirs.some((dir) => rel.startsWith(dir));
    const written = fromData ? undefined : templateOutput(text, rel);
    if (theirs === undefined) {
      add(written, rel);
      continue;
    }
    const was = templateOutput(theirs, rel);
    const from = typeof was === 'string' ? outputAddress(was)?.path : undefined;
    if (written === was || (typeof written === 'string' && from !== undefined && outputAddress(written)?.path === from)) continue;
    const to = add(written, rel);
    if (from !== undefined) moved.push({ from, ...(to !== undefined ? { to } : {}) });
  }
  return { pages, files, unknown, moved };
}

/** The asset files of minutes' own templates, listed once. */
let projectAssets: readonly string[] | undefined;

/**
 * The site's files at its root and under assets/, and the folders at its root that the archive's own templates
 * (`pages`, read from `templatesDir`) add: see SiteRoot.
 */
export function readSiteRoot(templatesDir: string, pages?: TemplatePages): SiteRoot {
  const assetsOf = (dir: string) => (fs.existsSync(path.join(dir, 'assets')) ? templateFiles(path.join(dir, 'assets')).map((rel) => `assets/${rel}`) : []);
  const assets = path.resolve(templatesDir) === path.resolve(PROJECT_TEMPLATES) ? (projectAssets ??= assetsOf(PROJECT_TEMPLATES)) : assetsOf(templatesDir);
  const moved = new Set(pages?.moved?.map((m) => m.from));
  const files = [paths.feed, ...ROOT_FILES].filter((f) => !moved.has(f));
  return new SiteRoot([...files, ...assets, ...(pages?.files ?? [])], pages?.pages ?? [], moved);
}

/**
 * Where the template `rel` (its path in the templates folder) with the JavaScript `source` writes its page, as
 * Eleventy decides it: its `permalink` when that is written as plain text or false, else the path Eleventy makes of
 * the template's own ("om/ledning.11ty.mjs" -> "om/ledning/index.html"). Undefined when only running it would tell.
 */
export function templateOutput(source: string, rel: string): Written {
  const program = parse(source);
  if (!program) return undefined;
  const data = dataObject(program);
  if (data === undefined) return undefined;
  const props: Props = data === null ? [] : (data.properties as Props);
  // A spread or a computed name may hold a permalink.
  if (props.some((p) => p.type !== 'Property' || p.computed)) return undefined;
  const named = (name: string) => props.filter((p) => p.key?.name === name || p.key?.value === name).at(-1)?.value as AnyNode | undefined;
  const computed = named('eleventyComputed');
  if (computed && (computed.type !== 'ObjectExpression' || (computed.properties as Props).some((p) => p.type !== 'Property' || p.computed || p.key?.name === 'permalink' || p.key?.value === 'permalink'))) return undefined;
  const permalink = named('permalink');
  if (permalink === undefined || (permalink.type === 'Literal' && permalink.value === '')) {
    // Eleventy numbers the pages of a paginated template under its path.
    return named('pagination') ? undefined : defaultOutput(rel);
  }
  if (permalink.type === 'Literal' && (typeof permalink.value === 'string' || permalink.value === false)) return permalink.value as string | false;
  const quasis = permalink.type === 'TemplateLiteral' && (permalink.expressions as unknown[]).length === 0 ? (permalink.quasis as { value: { cooked: string } }[]) : undefined;
  return quasis?.[0]?.value.cooked || undefined;
}

/** The path Eleventy gives a template without a permalink: its own, its name a folder but for "index" or its folder's name. */
function defaultOutput(rel: string): string {
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
  const name = rel.slice(rel.lastIndexOf('/') + 1).replace(PAGE_TEMPLATE, '');
  const own = name !== 'index' && dir.slice(dir.lastIndexOf('/') + 1) !== name;
  return `${dir ? `${dir}/` : ''}${own ? `${name}/` : ''}index.html`;
}

/** The site's address of the output path `written`: a page's ("om/historia/"), a file's as it is; undefined out of the site. */
function outputAddress(written: string): { readonly path: string; readonly page: boolean } | undefined {
  const segments: string[] = [];
  for (const s of written.normalize('NFC').split('/')) {
    if (s === '..') {
      if (segments.pop() === undefined) return undefined;
    } else if (s !== '' && s !== '.') segments.push(s);
  }
  const last = written.endsWith('/') ? 'index.html' : segments.pop();
  if (last === undefined) return undefined;
  const dir = segments.map((s) => `${s}/`).join('');
  if (last === 'index.html') return { path: dir, page: true };
  // A file without an extension is served at its address as a page is ("/om/x").
  return last.includes('.') ? { path: `${dir}${last}`, page: false } : { path: `${dir}${last}/`, page: true };
}

/** acorn, loaded only for an archive with templates of its own, so that `check` of any other starts as fast as before. */
let acorn: typeof import('acorn') | undefined;

function parse(source: string): AnyNode | undefined {
  acorn ??= createRequire(import.meta.url)('acorn') as typeof import('acorn');
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return acorn.parse(source, { ecmaVersion: 'latest', sourceType }) as unknown as AnyNode;
    } catch {
      // A CommonJS template may not parse as a module; one that parses as neither is reported when Eleventy loads it.
    }
  }
  return undefined;
}

/**
 * The object literal a template exports as its `data`: as `export const data = {…}`, `export function data() {
 * return {…}; }`, `export default {data: …}`, `module.exports = {data: …}` or `module.exports.data = …`. Null for a
 * template that exports none (no data, so no permalink); undefined when it is exported some other way (a class, a
 * variable, a function that does more than return it) or more than once.
 */
function dataObject(program: AnyNode): AnyNode | null | undefined {
  const found: (AnyNode | null | undefined)[] = [];
  let opaque = false;
  for (const node of program.body as AnyNode[]) {
    if (node.type === 'ExportNamedDeclaration') {
      const decl = node.declaration as AnyNode | null;
      if (decl?.type === 'FunctionDeclaration' && (decl.id as { name?: string }).name === 'data') found.push(returned(decl));
      for (const d of (decl?.declarations as { id: { name?: string }; init?: AnyNode }[] | undefined) ?? []) if (d.id.name === 'data') found.push(d.init && asObject(d.init));
      if ((node.specifiers as { exported: { name?: string } }[]).some((s) => s.exported.name === 'data')) opaque = true;
    } else if (node.type === 'ExportDefaultDeclaration') {
      found.push(dataIn(node.declaration as AnyNode));
    } else if (node.type === 'ExportAllDeclaration') opaque = true;
    else if (node.type === 'ExpressionStatement' && (node.expression as AnyNode).type === 'AssignmentExpression') {
      const { left, right } = node.expression as { left: AnyNode; right: AnyNode };
      const target = memberPath(left);
      if (target === 'module.exports') found.push(dataIn(right));
      else if (target === 'module.exports.data' || target === 'exports.data') found.push(asObject(right));
      else if (target?.startsWith('module.exports') || target?.startsWith('exports')) opaque ||= target.endsWith('.permalink');
    }
  }
  if (opaque || found.length > 1) return undefined;
  return found.length === 0 ? null : found[0];
}

/** The `data` of an exported object literal: null when it has none, undefined for anything else exported (a class, a function). */
function dataIn(exported: AnyNode): AnyNode | null | undefined {
  if (exported.type !== 'ObjectExpression') return undefined;
  const props = exported.properties as Props;
  if (props.some((p) => p.type !== 'Property' || p.computed)) return undefined;
  const data = props.filter((p) => p.key?.name === 'data' || p.key?.value === 'data').at(-1)?.value as AnyNode | undefined;
  return data === undefined ? null : asObject(data);
}

/** An object literal, or a function whose only work is to return one. */
function asObject(node: AnyNode): AnyNode | undefined {
  if (node.type === 'ObjectExpression') return node;
  if (node.type === 'ArrowFunctionExpression' && (node.body as AnyNode).type === 'ObjectExpression') return node.body as AnyNode;
  if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return returned(node);
  return undefined;
}

function returned(fn: AnyNode): AnyNode | undefined {
  const body = fn.body as AnyNode;
  const only = body.type === 'BlockStatement' && (body.body as AnyNode[]).length === 1 ? (body.body as AnyNode[])[0] : undefined;
  return only?.type === 'ReturnStatement' && (only.argument as AnyNode | null)?.type === 'ObjectExpression' ? (only.argument as AnyNode) : undefined;
}

/** "module.exports.data" for that member expression; undefined for anything else. */
function memberPath(node: AnyNode): string | undefined {
  if (node.type === 'Identifier') return node.name as string;
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  const object = memberPath(node.object as AnyNode);
  return object === undefined ? undefined : `${object}.${(node.property as { name: string }).name}`;
}
