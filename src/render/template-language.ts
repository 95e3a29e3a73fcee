// Every page must say it is in Swedish, `<html lang="sv">`: screen readers choose their voice by it (WCAG 3.1.1)
// and Pagefind its Swedish word stems. An archive's own templates/ that drop it, or name another language, get
// a warning at the tag, found in the templates' text without running them.
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../diagnostics.js';
import { atStart } from '../diagnostics.js';
import { templateFiles } from '../load/template-files.js';

const HTML_TAG = /<html\b[^>]*>/gi;
const LANG = /\blang\s*=\s*(["']?)([^"'\s>]*)\1/i;

/** The template files under `templatesDir` (pages, layouts, partials), relative to it, sorted. */
function scriptFiles(templatesDir: string): string[] {
  return templateFiles(templatesDir).filter((rel) => /\.(?:m|c)?js$/.test(rel) && !rel.split('/').includes('assets'));
}

function position(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** A `template-language` warning for every `<html>` tag in the templates that does not say Swedish, or one when none writes the tag. */
export function templateLanguageFindings(templatesDir: string): Finding[] {
  const folder = path.basename(templatesDir);
  const findings: Finding[] = [];
  let tags = 0;
  for (const rel of scriptFiles(templatesDir)) {
    const text = fs.readFileSync(path.join(templatesDir, rel), 'utf8');
    for (const m of text.matchAll(HTML_TAG)) {
      tags++;
      const lang = LANG.exec(m[0])?.[2];
      // A language given by an expression is the template's own affair.
      if (m[0].includes('${') || /^sv(?:-[a-z]+)?$/i.test(lang ?? '')) continue;
      findings.push({
        file: `${folder}/${rel}`,
        where: { kind: 'position', ...position(text, m.index) },
        code: 'template-language',
        message: lang ? `Sidorna anges vara på språket "${lang}", inte svenska.` : 'Sidorna anger inte att de är på svenska.',
        hint: 'Skriv <html lang="sv">: skärmläsare väljer röst efter det, och sökningen svenska ordformer.',
      });
    }
  }
  if (tags === 0) {
    findings.push({
      file: `${folder}/_layouts`,
      where: atStart,
      code: 'template-language',
      message: 'Ingen mall skriver elementet <html>, så sidorna anger inte att de är på svenska.',
      hint: 'Börja layouten med <!doctype html> och <html lang="sv">: skärmläsare väljer röst efter det, och sökningen svenska ordformer.',
    });
  }
  return findings;
}
