// The bench's line about the search download: its size, or why it was not measured. Pure.

/** The search download measured (bytes of Pagefind files fetched), or why it was not: a line's reason. */
export type SearchDownload = { readonly bytes: number } | { readonly notMeasured: string };

/**
 * Why the search download cannot be measured, or undefined when it can: no Chromium was found, or playwright-core
 * (`loadError`, what importing it threw) could not be loaded, in its own words.
 */
export function searchNotMeasured(chrome: string | undefined, loadError?: unknown): string | undefined {
  if (!chrome) return 'no Chromium';
  if (loadError === undefined) return undefined;
  const message = loadError instanceof Error ? loadError.message : String(loadError);
  return `playwright-core could not be loaded: ${message.split('\n')[0]}`;
}

/** The line the bench prints for the search download at `meetings` minutes. */
export function searchLine(search: SearchDownload, meetings: number): string {
  return 'notMeasured' in search ? `search download: not measured (${search.notMeasured})` : `search for "möte" at N = ${meetings}: ${(search.bytes / 1024).toFixed(0)} KiB of Pagefind files fetched`;
}
