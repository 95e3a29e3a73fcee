// The hostile corpus: text meant to run script, break out of markup, spoof what readers see or trip the YAML
// and template machinery. Every payload that could run sets window.__pwned or opens a dialog, so the browser
// test notices. Each is placed in every field a user can write (see hostile.ts).

export interface Payload {
  readonly name: string;
  readonly text: string;
  /** A link `minutes check` refuses (`unsafe-link`) wherever it lands in the Markdown text. */
  readonly unsafeLink?: boolean;
  /** A link that is no scheme but a relative path to no file (`broken-link`) in the Markdown text: harmless, but broken. */
  readonly brokenLink?: boolean;
}

const PWN = 'window.__pwned=1';

/** Strings: placed as YAML string values (quoted) in every free-text and name field, and as-is in the Markdown text. */
export const TEXT_PAYLOADS: readonly Payload[] = [
  // Script and markup
  { name: 'script tag', text: `<script>${PWN}</script>` },
  { name: 'script tag with src', text: `<script src="data:text/javascript,${PWN}"></script>` },
  { name: 'img onerror', text: `<img src=x onerror="${PWN}">` },
  { name: 'img onerror alert', text: '<img src=x onerror=alert(1)>' },
  { name: 'svg onload', text: '<svg onload=alert(1)>' },
  { name: 'body onload', text: `<body onload="${PWN}">` },
  { name: 'details ontoggle', text: '<details open ontoggle=alert(1)>' },
  { name: 'input autofocus onfocus', text: '<input autofocus onfocus=alert(1)>' },
  { name: 'broken-out double-quoted attribute', text: '"><img src=x onerror=alert(1)>' },
  { name: 'broken-out single-quoted attribute', text: "' autofocus onfocus='alert(1)" },
  { name: 'broken-out double-quoted autofocus', text: '" autofocus onfocus="alert(1)' },
  { name: 'broken-out unquoted attribute', text: 'x onmouseover=alert(1) y' },
  { name: 'closing title', text: '</title><script>alert(1)</script>' },
  { name: 'closing textarea', text: '</textarea><script>alert(1)</script>' },
  { name: 'closing comment', text: '--><script>alert(1)</script><!--' },
  { name: 'closing CDATA', text: ']]><script>alert(1)</script>' },
  { name: 'iframe javascript', text: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'anchor javascript', text: '<a href="javascript:alert(1)">klicka</a>' },
  { name: 'anchor entity-encoded javascript', text: '<a href="&#106;avascript:alert(1)">klicka</a>' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'meta refresh to this site', text: '<meta http-equiv="refresh" content="0;url=/pwned">' },
  { name: 'tracking image', text: '<img src="https://example.org/pixel.gif" alt="">' },
  { name: 'object data', text: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed data URL', text: '<embed src="data:text/html,<script>alert(1)</script>">' },
  { name: 'form action', text: '<form action="javascript:alert(1)"><button>skicka</button></form>' },
  { name: 'base href', text: '<base href="javascript:alert(1)//">' },
  { name: 'style import', text: "<style>@import 'javascript:alert(1)';</style>" },
  { name: 'nested script split', text: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'noscript breakout', text: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'template element', text: '<template><script>alert(1)</script></template>' },
  { name: 'pre-escaped entities', text: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#0; &#xD800;' },
  // SVG and MathML
  { name: 'svg script', text: '<svg><script>alert(1)</script></svg>' },
  { name: 'svg xlink', text: '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="10">x</text></a></svg>' },
  { name: 'svg animate onbegin', text: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  { name: 'svg foreignObject', text: '<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>' },
  { name: 'mathml mutation', text: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>' },
  { name: 'mathml href', text: '<math href="javascript:alert(1)">x</math>' },
  // Link-shaped text (in fields it is text; in the Markdown it is a link attempt)
  { name: 'javascript URL as text', text: 'javascript:alert(1)' },
  { name: 'Markdown link javascript', text: '[klicka](javascript:alert(1))', unsafeLink: true },
  { name: 'Markdown link mixed case', text: '[klicka](JaVaScRiPt:alert(1))', unsafeLink: true },
  { name: 'Markdown link vbscript', text: '[klicka](vbscript:msgbox(1))', unsafeLink: true },
  { name: 'Markdown link data', text: '[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', unsafeLink: true },
  { name: 'Markdown image javascript', text: '![bild](javascript:alert(1))', unsafeLink: true },
  { name: 'Markdown image svg data', text: '![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', unsafeLink: true },
  { name: 'Markdown reference link', text: '[klicka][ref]\n\n[ref]: javascript:alert(1)', unsafeLink: true },
  { name: 'Markdown autolink javascript', text: '<javascript:alert(1)>', unsafeLink: true },
  { name: 'Markdown autolink vbscript', text: '<vbscript:msgbox(1)>', unsafeLink: true },
  { name: 'Markdown link hex entity', text: '[klicka](jav&#x61;script:alert(1))', unsafeLink: true },
  { name: 'Markdown link decimal entity and colon', text: '[klicka](jav&#97;script&colon;alert(1))', unsafeLink: true },
  { name: 'Markdown link tab inside scheme', text: '[klicka](<java\tscript:alert(1)>)', brokenLink: true },
  { name: 'Markdown link leading space', text: '[klicka](< javascript:alert(1)>)', unsafeLink: true },
  { name: 'Markdown link newline entity', text: '[klicka](java&#x0A;script:alert(1))', brokenLink: true },
  { name: 'Markdown link entity colon', text: '[klicka](javascript&#58;alert(1))', unsafeLink: true },
  { name: 'Markdown link file', text: '[klicka](file:///etc/passwd)', unsafeLink: true },
  { name: 'Markdown link attribute breakout', text: '[klicka](https://example.org/"onmouseover="alert(1))' },
  { name: 'Markdown link title breakout', text: '[klicka](https://example.org "x\\" onmouseover=\\"alert(1)")' },
  // Template syntax of every engine a site generator might run
  { name: 'Nunjucks/Liquid expression', text: "{{ constructor.constructor('alert(1)')() }}" },
  { name: 'Liquid tag', text: '{% raw %}{{ 7*7 }}{% endraw %}{% include "/etc/passwd" %}' },
  { name: 'JavaScript template literal', text: '${alert(1)} ${7*7}' },
  { name: 'EJS', text: '<%= 7*7 %><%- "<script>alert(1)</script>" %>' },
  { name: 'Handlebars block', text: '{{#each this}}{{this}}{{/each}}' },
  { name: 'Ruby/Pug interpolation', text: '#{7*7} !{"<script>alert(1)</script>"}' },
  // Unicode tricks
  { name: 'right-to-left override', text: 'Bilaga \u202Egnp.exe' },
  { name: 'isolates', text: '\u2066isolerad\u2069 text \u2067x\u2069' },
  { name: 'zero-width characters', text: 'no\u200Bll\u200Cnoll\u200D\u2060\uFEFF' },
  { name: 'Cyrillic look-alike name', text: 'L\u0435if R\u0435d\u0435stig' },
  { name: 'fullwidth brackets', text: '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E' },
  { name: 'combining marks', text: 'a\u0301\u0301\u0301\u0301\u0301 Zalgo' },
  { name: 'astral characters', text: '😀 𝕏 𝒜 \u{10FFFF}' },
  { name: 'line and paragraph separators', text: 'före\u2028efter\u2029slut' },
  // Output formats' own syntax
  { name: 'iCalendar line injection', text: 'Rad\nBEGIN:VEVENT\nSUMMARY:Falskt möte\nEND:VEVENT' },
  { name: 'iCalendar special characters', text: 'a;b,c\\d:e' },
  { name: 'JSON breakout', text: '"}]},{"id":"falsk' },
  { name: 'XML declaration', text: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;' },
  { name: 'prototype keys', text: '__proto__ constructor prototype toString' },
  { name: 'very long word', text: 'A'.repeat(3000) },
];

/** Control characters: refused everywhere with `control-character` (they break XML and calendars). */
export const CONTROL_PAYLOADS: readonly Payload[] = [
  { name: 'NUL inside javascript', text: 'java\u0000script:alert(1)' },
  { name: 'terminal escape sequence', text: 'röd \u001b[31mtext\u001b[0m \u0007' },
  { name: 'carriage return (calendar line)', text: 'Rad\r\nBEGIN:VEVENT' },
  { name: 'vertical tab and form feed', text: 'a\u000bb\u000cc' },
  { name: 'C1 next line', text: 'a\u0085b' },
  { name: 'noncharacter', text: 'a\uFFFEb' },
  { name: 'lone surrogate', text: 'a\uD800b' },
];

/** URLs for the registries' url fields: either refused with `unsafe-url` (or `control-character`) or escaped. */
export const URL_PAYLOADS: readonly { name: string; url: string; accepted: boolean }[] = [
  { name: 'javascript', url: 'javascript:alert(1)', accepted: false },
  { name: 'javascript upper case', url: 'JAVASCRIPT:alert(1)', accepted: false },
  { name: 'javascript after space', url: ' javascript:alert(1)', accepted: false },
  { name: 'javascript with tab', url: 'java\tscript:alert(1)', accepted: false },
  { name: 'javascript entity', url: '&#106;avascript:alert(1)', accepted: false },
  { name: 'vbscript', url: 'vbscript:msgbox(1)', accepted: false },
  { name: 'data', url: 'data:text/html,<script>alert(1)</script>', accepted: false },
  { name: 'protocol-relative', url: '//evil.example/', accepted: false },
  { name: 'http without slashes', url: 'https:alert(1)', accepted: false },
  { name: 'attribute breakout with space', url: "https://example.org/' onmouseover='alert(1)", accepted: false },
  { name: 'NUL', url: 'https://exa\u0000mple.org/', accepted: false },
  { name: 'attribute breakout without space', url: 'https://example.org/"><script>alert(1)</script>', accepted: true },
  { name: 'fragment breakout', url: 'https://example.org/#"onmouseover=alert(1)//', accepted: true },
  { name: 'mailto with markup', url: 'mailto:a@example.org?subject=<script>alert(1)</script>', accepted: true },
];

/** YAML itself: tags, anchors and aliases, prototype keys, merge keys, deep nesting. Placed raw as a value. */
export const YAML_PAYLOADS: readonly { name: string; yaml: string }[] = [
  { name: '!!js/function', yaml: `!!js/function "function () { ${PWN} }"` },
  { name: '!!js/undefined', yaml: "!!js/undefined ''" },
  { name: '!!js/regexp', yaml: '!!js/regexp /x/g' },
  { name: '!!python/object/apply', yaml: '!!python/object/apply:os.system ["echo pwned"]' },
  { name: '!!python/name', yaml: '!!python/name:os.system' },
  { name: 'custom local tag', yaml: '!eval "alert(1)"' },
  { name: 'verbatim tag', yaml: '!<tag:yaml.org,2002:js/function> "function () {}"' },
  { name: '!!binary', yaml: '!!binary PHNjcmlwdD4=' },
  { name: '!!set', yaml: '!!set {a, b}' },
  { name: '!!timestamp', yaml: '!!timestamp 2016-02-08' },
  { name: 'anchor and alias of a list', yaml: '&a [x, *a]' },
  { name: 'prototype key in a mapping', yaml: '{__proto__: {polluted: true}}' },
  { name: 'constructor key in a mapping', yaml: '{constructor: {prototype: {polluted: true}}}' },
  { name: 'merge key', yaml: '{<<: {polluted: true}}' },
  { name: 'deep nesting', yaml: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { name: 'type confusion: number', yaml: '.inf' },
  { name: 'type confusion: mapping', yaml: '{a: b}' },
];

/** Billion laughs: every level doubles; a parser that expanded aliases would never finish. */
export function billionLaughs(levels = 12): string {
  const lines = ['lol0: &l0 ["lol", "lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`lol${i}: &l${i} [*l${i - 1}, *l${i - 1}, *l${i - 1}, *l${i - 1}]`);
  return lines.join('\n');
}
