// What went wrong while rendering templates/, as a template-error at the template's file, line and column: a
// stack frame inside a template, a template that does not parse, or Eleventy's own complaint about a template's
// data (a layout that does not exist, two pages with one address, pagination over data that does not exist).
// Only what names no template at all is an internal error, and a disk that refuses the pages (full, read-only) is
// neither: it is passed on as it is, for the command line to say so.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseJs, type Node } from 'acorn';
import type { Finding } from '../diagnostics.js';
import { diskProblemWords, InternalError } from '../errors.js';
import { closest, didYouMean } from '../util/suggest.js';

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly finding: Finding,
    options: { cause: unknown },
  ) {
    super(finding.message, options);
  }
}

/** What the translation of Eleventy's complaints needs to know about the run. */
export interface RenderContext {
  readonly templatesDir: string;
  readonly outputDir: string;
  /** The global data, for the names pagination may take. */
  readonly site: object;
}

const UNCHANGED = 'webbplatsen har inte ändrats.';

/** Finds where in templates/ the error is and reports it there. */
export function toTemplateError(err: unknown, context: RenderContext): Error {
  const { templatesDir } = context;
  const chain: unknown[] = [];
  for (let e: unknown = err; e && chain.length < 8; e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause) chain.push(e);
  if (chain.some((e) => refusedWrite(e, context.outputDir))) return err instanceof Error ? err : new InternalError(String(err));
  const messages = chain.map((e) => (e instanceof Error ? e.message : String(e)));
  const finding = (file: string, where: { line: number; col: number }, message: string, hint = `Rätta mallen i templates/; ${UNCHANGED}`): TemplateError =>
    new TemplateError({ file: relative(templatesDir, file), where: { kind: 'position', ...where }, code: 'template-error', message, hint }, { cause: err });
  const root = pathToFileURL(templatesDir).href;
  for (const e of [...chain].reverse()) {
    if (!(e instanceof Error) || !e.stack) continue;
    const lines = e.stack.split('\n');
    const first = lines.find((line) => /^\s+at /.test(line));
    for (const line of lines) {
      const m = /(file:\/\/[^\s)]+?|\/[^\s():]+?):(\d+):(\d+)/.exec(line);
      if (!m) continue;
      const url = m[1]!.startsWith('file://') ? m[1]!.split('?')[0]! : pathToFileURL(m[1]!).href;
      if (!url.startsWith(root)) continue;
      const words = e.message.split('\n')[0]!;
      return finding(new URL(url).pathname, { line: Number(m[2]), col: Number(m[3]) }, `Mallen gick inte att rendera: ${line === first && authorsOwn(e) ? words : jsRuntimeMessage(words)}`);
    }
  }
  // No stack frame of its own: a template that does not even parse, or one Eleventy refuses for its data. Either
  // is named in the messages; a JavaScript parser says where a syntax error is.
  const file = templatesNamed(messages, templatesDir)[0];
  if (file === undefined) return new InternalError('Eleventy kunde inte rendera webbplatsen.', { cause: err });
  const syntax = syntaxErrorIn(file);
  if (syntax) return finding(file, syntax, `Mallen gick inte att läsa in: ${syntax.message}`);
  for (const message of messages) {
    const complaint = eleventyComplaint(message, context);
    if (complaint) return finding(complaint.file ?? file, valueIn(complaint.file ?? file, complaint.key), `Mallen gick inte att rendera: ${complaint.message}`, `${complaint.hint} ${UNCHANGED}`);
  }
  for (const message of messages) {
    const imported = importProblem(message, file);
    if (imported) return finding(file, imported.where, `Mallen gick inte att läsa in: ${imported.message}`);
  }
  return finding(file, { line: 1, col: 1 }, `Mallen gick inte att läsa in: ${messages[messages.length - 1]!.split('\n')[0]}`);
}

/**
 * A plain Error made in the template's own code (its stack's first frame): the author's words, thrown on purpose
 * ("Mötet saknar datum."). JavaScript itself throws its kinds (TypeError, RangeError …), Node its errors with a code
 * and from its own frames, and a library from its frames.
 */
function authorsOwn(e: Error): boolean {
  return Object.getPrototypeOf(e) === Error.prototype && !('code' in e);
}

/**
 * An import that Node could not make, in Swedish at the import: a file that is not there ("Cannot find module
 * '/…/templates/_includes/x.mjs' imported from …"), or a name the file does not export.
 */
function importProblem(message: string, file: string): { where: { line: number; col: number }; message: string } | undefined {
  const missing = /^Cannot find module '([^']+)' imported from /.exec(message);
  const unexported = /^The requested module '([^']+)' does not provide an export named '([^']+)'/.exec(message);
  if (!missing && !unexported) return undefined;
  let imports: Node[];
  try {
    const ast = parseJs(fs.readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as { body: Node[] };
    imports = ast.body.filter((n) => n.type === 'ImportDeclaration');
  } catch {
    return undefined;
  }
  type Import = Node & { source: Node & { value: string }; specifiers: (Node & { imported?: { name?: string; value?: string } })[] };
  const at = (n: Node | undefined) => (n?.loc ? { line: n.loc.start.line, col: n.loc.start.column + 1 } : { line: 1, col: 1 });
  if (missing) {
    const target = missing[1]!;
    const decl = (imports as Import[]).find((n) => path.resolve(path.dirname(file), n.source.value) === target);
    return { where: at(decl?.source), message: `filen ${decl?.source.value ?? target} som mallen importerar finns inte.` };
  }
  const [, spec, name] = unexported!;
  const decl = (imports as Import[]).find((n) => n.source.value === spec);
  const specifier = decl?.specifiers.find((s) => (s.imported?.name ?? s.imported?.value) === name);
  return { where: at(specifier ?? decl), message: `${spec} exporterar inget som heter ${name}.` };
}

/**
 * A disk that refused to take the site's pages: full or read-only (which only a write meets), or any disk
 * problem (no permission) with a path in the output folder. Eleventy names the template whose page it was
 * writing, but the template is not at fault.
 */
function refusedWrite(e: unknown, outputDir: string): boolean {
  if (!diskProblemWords(e)) return false;
  const { code, path: at } = e as { code: string; path?: unknown };
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS') return true;
  return typeof at === 'string' && path.resolve(at).startsWith(path.resolve(outputDir) + path.sep);
}

/** A file's path as diagnostics give it: relative to the folder around templates/. */
function relative(templatesDir: string, file: string): string {
  return path.relative(path.dirname(templatesDir), file).split(path.sep).join('/');
}

/** Existing files under templates/ named in messages, in order: quoted, in parentheses or on lines of their own. */
function templatesNamed(messages: readonly string[], templatesDir: string): string[] {
  const found: string[] = [];
  for (const message of messages) {
    for (const m of message.matchAll(/(?:^|[\s"'`(])([^\s"'`()]+\.m?js)(?=$|[\s"'`),:])/gm)) {
      const file = path.resolve(m[1]!);
      if (file.startsWith(templatesDir + path.sep) && fs.existsSync(file) && !found.includes(file)) found.push(file);
    }
  }
  return found;
}

interface Complaint {
  readonly message: string;
  readonly hint: string;
  /** The key of the template's data the complaint is about, to point at its value. */
  readonly key: readonly string[];
  /** The template to report at, when not the first one named. */
  readonly file?: string;
}

/** Eleventy's complaints about a template's data that a template's author can fix, in Swedish. */
function eleventyComplaint(message: string, { templatesDir, outputDir, site }: RenderContext): Complaint | undefined {
  let m = /^You’re trying to use a layout that does not exist: .*\(via `layout: (.+)`\)/.exec(message);
  if (m) {
    const layouts = fs.existsSync(path.join(templatesDir, '_layouts')) ? fs.readdirSync(path.join(templatesDir, '_layouts')) : [];
    const guess = didYouMean(closest(m[1]!, layouts.map((l) => ({ label: l, keys: [l], value: l })), 1).map((c) => c.label));
    return {
      message: `layouten ${m[1]} finns inte i templates/_layouts/.`,
      hint: `${guess ? `${guess} ` : ''}Ange i mallens layout namnet på en fil i templates/_layouts/;`,
      key: ['layout'],
    };
  }
  m = /^Output conflict: multiple input files are writing to `(.+?)`/.exec(message);
  if (m) {
    // Eleventy lists them in the order its pages happened to finish: sorted, the report is the same every time.
    const files = templatesNamed([message], templatesDir).sort();
    const names = files.map((f) => relative(templatesDir, f));
    return {
      message: `flera sidor skrivs till samma fil, ${path.relative(outputDir, m[1]!).split(path.sep).join('/')} (${names.length > 1 ? `från ${names.join(' och ')}` : `alla från ${names[0] ?? 'samma mall'}`}).`,
      hint: 'Ge varje sida en egen adress i permalink; i en mall med pagination ska adressen bero på sidans post (som item.permalink);',
      key: ['permalink'],
      ...(files[0] ? { file: files[0] } : {}),
    };
  }
  m = /^Could not find pagination data.*went looking for: (\S+)/.exec(message);
  if (m) {
    const guess = didYouMean(closest(m[1]!, dataPaths(site).map((p) => ({ label: p, keys: [p], value: p })), 1).map((c) => c.label));
    return {
      message: `${m[1]}, som mallens pagination.data pekar på, finns inte.`,
      hint: `${guess ? `${guess} ` : ''}Ange en lista ur site, som site.pages.meetings;`,
      key: ['pagination', 'data'],
    };
  }
  return undefined;
}

/** The lists of the global data a template may paginate over: `site.x` and `site.pages.x`. */
function dataPaths(site: object): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(site)) {
    if (Array.isArray(v)) out.push(`site.${k}`);
    else if (k === 'pages' && v && typeof v === 'object') for (const p of Object.keys(v)) out.push(`site.pages.${p}`);
  }
  return out;
}

/** Where the value of a key (a path of keys into nested objects) is written in a template; the file's start when it is not. */
function valueIn(file: string, key: readonly string[]): { line: number; col: number } {
  let ast: Node;
  try {
    ast = parseJs(fs.readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  } catch {
    return { line: 1, col: 1 };
  }
  const keyOf = (p: { key?: { type: string; name?: string; value?: unknown } }) => (p.key?.type === 'Identifier' ? p.key.name : p.key?.value);
  const lookup = (node: Node, rest: readonly string[]): Node | undefined => {
    if (node.type !== 'ObjectExpression') return undefined;
    const prop = (node as unknown as { properties: { key?: { type: string }; value: Node }[] }).properties.find((p) => keyOf(p) === rest[0]);
    if (!prop) return undefined;
    return rest.length === 1 ? prop.value : lookup(prop.value, rest.slice(1));
  };
  const visit = (node: unknown): Node | undefined => {
    if (!node || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      for (const n of node) {
        const hit = visit(n);
        if (hit) return hit;
      }
      return undefined;
    }
    const hit = typeof (node as Node).type === 'string' ? lookup(node as Node, key) : undefined;
    if (hit) return hit;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'loc') continue;
      const found = visit(v);
      if (found) return found;
    }
    return undefined;
  };
  const loc = visit(ast)?.loc?.start;
  return loc ? { line: loc.line, col: loc.column + 1 } : { line: 1, col: 1 };
}

/** The first syntax error in a template file, from a JavaScript parser; undefined when it parses. */
function syntaxErrorIn(file: string): { line: number; col: number; message: string } | undefined {
  try {
    parseJs(fs.readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' });
    return undefined;
  } catch (e) {
    const loc = (e as { loc?: { line: number; column: number } }).loc;
    return loc ? { line: loc.line, col: loc.column + 1, message: jsSyntaxMessage((e as Error).message.replace(/ \(\d+:\d+\)$/, '')) } : undefined;
  }
}

/** The JavaScript parser's messages that a template's author is most likely to meet, in Swedish. */
const JS_SYNTAX_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^Unexpected token$/, 'ett oväntat tecken; saknas en parentes, ett kommatecken eller ett citattecken före det?'],
  [/^Unexpected character '(.+)'$/, 'tecknet $1 hör inte hemma här'],
  [/^Unterminated string constant$/, 'en sträng saknar sitt avslutande citattecken'],
  [/^Unterminated template$/, 'en mallsträng (`…`) saknar sitt avslutande `'],
  [/^Unterminated comment$/, 'en kommentar (/* … */) avslutas aldrig'],
  [/^Unterminated regular expression$/, 'ett reguljärt uttryck (/…/) avslutas aldrig'],
  [/^Identifier '(.+)' has already been declared$/, 'namnet $1 är redan deklarerat'],
  [/^Unexpected keyword '(.+)'$/, 'nyckelordet $1 hör inte hemma här'],
  [/^The keyword '(.+)' is reserved$/, '$1 är ett reserverat ord'],
  [/^'(.+)' outside of function$/, '$1 står utanför en funktion'],
];

/** What a template most likely did when it throws while rendering, in Swedish. */
const JS_RUNTIME_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^Cannot read properties of (undefined|null) \(reading '(.+)'\)$/, '$2 läses från ett värde som saknas ($1); är namnet före .$2 rätt stavat, och finns värdet på varje sida?'],
  [/^Cannot set properties of (undefined|null) \(setting '(.+)'\)$/, '$2 sätts på ett värde som saknas ($1)'],
  [/^(.+) is not a function$/, '$1 är ingen funktion; är namnet rätt stavat, och är värdet det mallen tror (en lista för map)?'],
  [/^(.+) is not defined$/, '$1 finns inte; är namnet rätt stavat, eller saknas en import?'],
  [/^(.+) is not iterable\b.*$/, '$1 är ingen lista och kan inte gås igenom (for … of)'],
  [/^(.+) is not a constructor$/, '$1 kan inte användas med new'],
  [/^Cannot access '(.+)' before initialization$/, '$1 används innan det har fått sitt värde'],
  [/^Assignment to constant variable\.$/, 'ett namn deklarerat med const får ett nytt värde; deklarera det med let'],
  [/^Maximum call stack size exceeded$/, 'en funktion anropar sig själv utan slut'],
  [/^Invalid time value$/, 'ett datum som inte finns formateras'],
];

/** A parser message in Swedish where there is a translation, otherwise as the parser gave it. */
export const jsSyntaxMessage = (english: string): string => inSwedish(JS_SYNTAX_MESSAGES, english);

/** What a template threw, in Swedish where there is a translation, otherwise as JavaScript said it. */
export const jsRuntimeMessage = (english: string): string => inSwedish(JS_RUNTIME_MESSAGES, english);

function inSwedish(table: readonly (readonly [RegExp, string])[], english: string): string {
  for (const [pattern, swedish] of table) if (pattern.test(english)) return english.replace(pattern, swedish);
  return `JavaScript-fel (${english})`;
}
