// Every page template and layout must export a `render` function (or a default export). Eleventy renders one
// without it as an empty page and says nothing, so a misspelt `export function rendr` would publish a site of
// empty pages; this finds it before anything is rendered, from the file's text, without running it.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJs, type Node } from 'acorn';
import type { Finding } from '../diagnostics.js';
import { closest } from '../util/suggest.js';

interface Exported {
  readonly name: string;
  readonly line: number;
  readonly col: number;
}

/** The names a module exports, or undefined when it cannot say (a default export, `export *`, a syntax error). */
function exportedNames(source: string): Exported[] | undefined {
  let ast: Node & { body: Node[] };
  try {
    ast = parseJs(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as Node & { body: Node[] };
  } catch {
    // Reported when Eleventy loads it, with the parser's position.
    return undefined;
  }
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

/** The page templates and layouts (`*.11ty.mjs`, `.js`, `.cjs`) under `templatesDir`, relative to it. */
function pageTemplates(templatesDir: string): string[] {
  return (fs.readdirSync(templatesDir, { recursive: true }) as string[])
    .filter((rel) => /\.11ty\.(?:m|c)?js$/.test(rel) && !rel.split(path.sep).includes('_includes'))
    .sort();
}

/** A template-error for each page template or layout that exports no `render`. */
export function templatesWithoutRender(templatesDir: string): Finding[] {
  const folder = path.basename(templatesDir);
  const findings: Finding[] = [];
  for (const rel of pageTemplates(templatesDir)) {
    const names = exportedNames(fs.readFileSync(path.join(templatesDir, rel), 'utf8'));
    if (!names || names.some((n) => n.name === 'render')) continue;
    const near = closest('render', names.filter((n) => n.name !== 'data').map((n) => ({ label: n.name, keys: [n.name], value: n })), 1)[0]?.value;
    findings.push({
      file: `${folder}/${rel.split(path.sep).join('/')}`,
      where: { kind: 'position', line: near?.line ?? 1, col: near?.col ?? 1 },
      code: 'template-error',
      message: 'Mallen exporterar ingen funktion render, så dess sidor skulle bli tomma.',
      hint: `${near ? `Byt namnet ${near.name} mot render. ` : ''}Exportera sidans HTML från en funktion: export function render(data) { … }; webbplatsen har inte ändrats.`,
    });
  }
  return findings;
}
