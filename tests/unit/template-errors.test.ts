// Eleventy's complaints about a template, turned into template-errors: the same report whatever order Eleventy
// happened to list the templates in.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError, toTemplateError } from '../../src/render/template-errors.js';
import { PROJECT_TEMPLATES } from '../../src/render/templates.js';

const conflict = (files: readonly string[]) =>
  new Error(`Output conflict: multiple input files are writing to \`/tmp/ut/index.html\`. Use distinct \`permalink\` values to resolve this conflict.\n${files.map((f, i) => `  ${i + 1}. ${path.join(PROJECT_TEMPLATES, f)}`).join('\n')}\n`);

describe('two templates writing one page', () => {
  it.each([
    [['index.11ty.mjs', '404.11ty.mjs']],
    [['404.11ty.mjs', 'index.11ty.mjs']],
  ])('listed as %j: reported at the same template with the same message', (files) => {
    const err = toTemplateError(conflict(files), { templatesDir: PROJECT_TEMPLATES, outputDir: '/tmp/ut', site: {} });
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).finding).toMatchObject({
      file: 'templates/404.11ty.mjs',
      message: 'Mallen gick inte att rendera: flera sidor skrivs till samma fil, index.html (från templates/404.11ty.mjs och templates/index.11ty.mjs).',
    });
  });
});
