// The benchmark's baseline: plain Eleventy 3.1.7 rendering the archive's Markdown files with one trivial layout
// and nothing else (default settings, so Liquid pre-processes the Markdown as it would for anyone).
// Usage: node dist/bench/baseline.js INPUT OUTPUT  (INPUT holds minutes/ and _layouts/base.liquid)
import fs from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';

export function prepareBaselineInput(archive: string, input: string): void {
  fs.rmSync(input, { recursive: true, force: true });
  fs.mkdirSync(path.join(input, '_layouts'), { recursive: true });
  fs.writeFileSync(path.join(input, '_layouts', 'base.liquid'), '<!doctype html>\n<html lang="sv"><head><meta charset="utf-8"><title>{{ title | default: group }}</title></head><body><main>{{ content }}</main></body></html>\n');
  fs.cpSync(path.join(archive, 'minutes'), path.join(input, 'minutes'), { recursive: true });
}

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: baseline.js INPUT OUTPUT');
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    configPath: false,
    config(config: { addGlobalData(name: string, value: unknown): void; setLayoutsDirectory(dir: string): void }) {
      config.setLayoutsDirectory('_layouts');
      config.addGlobalData('layout', 'base.liquid');
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
