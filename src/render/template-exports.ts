// Every page template and layout must export a `render` function (or a default export). Eleventy renders one
// without it as an empty page and says nothing, so a misspelt `export function rendr` would publish a site of
// empty pages, and so would a render that forgets its `return`; this finds both before anything is rendered, from
// the file's text, without running it.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJs, type Node } from 'acorn';
import type { Finding } from '../diagnostics.js';
import { closest } from '../util/suggest.js';
import { templateFiles } from '../load/template-files.js';

interface Exported {
  readonly name: string;
  readonly line: number;
  readonly col: number;
}

type Module = Node & { body: Node[] };

/** The module's syntax tree; undefined for a syntax error (reported when Eleventy loads it, with the parser's position). */
function parseModule(source: string): Module | undefined {
  try {
    return parseJs(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as Module;
  } catch {
    return undefined;
  }
}

/**
 * The names a module exports, or undefined when it cannot say (a default export, `export *`, or a `.js` file with
 * no import or export statement: CommonJS, whose module.exports Eleventy reads).
 */
function exportedNames(ast: Module, file: string): Exported[] | undefined {
  if (!file.endsWith('.mjs') && !ast.body.some((n) => /^(?:Import|Export\w*)Declaration$/.test(n.type))) return undefined;
  const names: Exported[] = [];
  const add = (id: Node | null | undefined) => {
    const name = (id as { name?: unknown } | null | undefined)?.name;
    if (id?.loc && typeof name === 'string') names.push({ name, line: id.loc.start.line, col: id.loc.start.column + 1 });
  };
  for (const node of ast.body) {
    if (node.type === 'ExportDefaultDeclaration' || node.type === 'ExportAllDeclaration') return undefined;
    if (node.type !== 'ExportNamedDeclaration') continue;
    const { declaration, specifiers } = node as unknown as { declaration?: Node & { id?: Node; declarations?: { id: Node }[] }; specifiers: { exported: Node }[] };
    add(declaration?.id);
    for (const d of declaration?.declarations ?? []) add(d.id);
    for (const s of specifiers) add(s.exported);
  }
  return names;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Whether `node` holds a `return` with a value, outside the functions nested in it. */
function returnsValue(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(returnsValue);
  const n = node as { type?: unknown; argument?: unknown };
  if (typeof n.type !== 'string') return false;
  if (n.type === 'ReturnStatement') return n.argument !== null;
  if (FUNCTIONS.has(n.type)) return false;
  return Object.entries(n).some(([key, child]) => key !== 'loc' && returnsValue(child));
}

/**
 * The exported `render` when it is a function with a block body that returns nothing (a forgotten `return`):
 * Eleventy would publish its pages empty. Undefined otherwise, also where it cannot tell.
 */
function silentRender(ast: Module): Exported | undefined {
  for (const node of ast.body) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    const declaration = (node as unknown as { declaration?: Node & { id?: Node; body?: Node; declarations?: { id: Node & { name?: string }; init?: Node & { body?: Node } }[] } }).declaration;
    const candidates: { id?: Node; fn?: { body?: Node } }[] = [
      { ...(declaration?.id ? { id: declaration.id } : {}), ...(declaration?.type === 'FunctionDeclaration' ? { fn: declaration } : {}) },
      ...(declaration?.declarations ?? []).map((d) => ({ id: d.id, ...(d.init && FUNCTIONS.has(d.init.type) ? { fn: d.init } : {}) })),
    ];
    for (const { id, fn } of candidates) {
      if ((id as { name?: unknown } | undefined)?.name !== 'render' || !fn?.body || fn.body.type !== 'BlockStatement' || returnsValue(fn.body)) continue;
      return { name: 'render', line: id!.loc!.start.line, col: id!.loc!.start.column + 1 };
    }
  }
  return undefined;
}

/** The page templates and layouts (`*.11ty.mjs`, `.js`, `.cjs`) under `templatesDir`, relative to it. */
function pageTemplates(templatesDir: string): string[] {
  return templateFiles(templatesDir).filter((rel) => /\.11ty\.(?:m|c)?js$/.test(rel) && !rel.split('/').includes('_includes'));
}

/** A template-error for each page template or layout that exports no `render`, or one that returns nothing. */
export function templatesWithoutRender(templatesDir: string): Finding[] {
  const folder = path.basename(templatesDir);
  const findings: Finding[] = [];
  for (const rel of pageTemplates(templatesDir)) {
    const file = `${folder}/${rel}`;
    // A .cjs template is CommonJS: its render is on module.exports, which Eleventy reads.
    const ast = rel.endsWith('.cjs') ? undefined : parseModule(fs.readFileSync(path.join(templatesDir, rel), 'utf8'));
    const names = ast && exportedNames(ast, rel);
    if (!ast || !names) continue;
    if (names.some((n) => n.name === 'render')) {
      const silent = silentRender(ast);
      if (silent) {
        findings.push({
          file,
          where: { kind: 'position', line: silent.line, col: silent.col },
          code: 'template-error',
          message: 'Funktionen render lämnar inte tillbaka något (return saknas), så mallens sidor skulle bli tomma.',
          hint: 'Skriv return före sidans HTML, till exempel return String(html`…`); webbplatsen har inte ändrats.',
        });
      }
      continue;
    }
    const near = closest('render', names.filter((n) => n.name !== 'data').map((n) => ({ label: n.name, keys: [n.name], value: n })), 1)[0]?.value;
    findings.push({
      file,
      where: { kind: 'position', line: near?.line ?? 1, col: near?.col ?? 1 },
      code: 'template-error',
      message: 'Mallen exporterar ingen funktion render, så dess sidor skulle bli tomma.',
      hint: `${near ? `Byt namnet ${near.name} mot render. ` : ''}Exportera sidans HTML från en funktion: export function render(data) { … }; webbplatsen har inte ändrats.`,
    });
  }
  return findings;
}
