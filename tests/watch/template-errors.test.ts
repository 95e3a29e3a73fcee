// A template that breaks while the preview runs is reported as a template error, also by the saves of minutes
// that follow it (which rebuild only some pages), and the preview recovers when the template is fixed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DevSession } from '../../src/watch/session.js';
import { PROJECT_TEMPLATES } from '../../src/render/templates.js';
import { cleanTemp, seedArchive, tempDir } from '../helpers/archive.js';

afterAll(cleanTemp);

describe('a broken template in watch mode', () => {
  it('stays a template error through later saves of minutes, and is gone once fixed', async () => {
    const root = seedArchive();
    fs.cpSync(PROJECT_TEMPLATES, path.join(root, 'templates'), { recursive: true });
    const session = new DevSession({ root, outDir: path.join(tempDir(), 'site'), base: '/', title: 'Protokoll' });
    expect((await session.start()).kind).toBe('rendered');

    const template = path.join(root, 'templates', 'meeting.11ty.mjs');
    const good = fs.readFileSync(template, 'utf8');
    fs.writeFileSync(template, good.replace('const { html, raw, partial } = this;', 'const { html, raw, partial } = this;\n  if (m.date) throw new Error("trasig mall");'));
    const broken = await session.update([template]);
    expect(broken.kind).toBe('errors');
    expect(broken.diagnostics.map((d) => [d.file, d.code])).toContainEqual(['templates/meeting.11ty.mjs', 'template-error']);

    const minutes = path.join(root, 'minutes', 'gemensam-utvecklingsgrupp', '2016-02-08.md');
    fs.writeFileSync(minutes, fs.readFileSync(minutes, 'utf8').replace('Kan vi samla sport-', 'Ändrat: kan vi samla sport-'));
    const saved = await session.update([minutes]);
    expect(saved.kind).toBe('errors');
    expect(saved.diagnostics.map((d) => [d.file, d.code])).toContainEqual(['templates/meeting.11ty.mjs', 'template-error']);

    fs.writeFileSync(template, good);
    const fixed = await session.update([template]);
    expect(fixed.kind).toBe('rendered');
    expect(fixed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
