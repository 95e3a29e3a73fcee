// The column of a list item's dash, asked of every item with " - " in it: read from its line where the item stands
// plain on it, without reading the front matter again with positions (a valid archive paid for it at every file).
import { describe, expect, it, vi } from 'vitest';
import { dashColumn } from '../../src/validate/value-lines.js';
import { extractMinutes } from '../../src/validate/documents.js';
import { parse } from 'yaml';

const read = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/load/yaml.js', async (original) => {
  const real = await original<typeof import('../../src/load/yaml.js')>();
  return { ...real, parsePositioned: (...args: Parameters<typeof real.parsePositioned>) => (read.calls++, real.parsePositioned(...args)) };
});

describe('dashColumn', () => {
  it.each([
    ['guests:\n  - Bo Ek - Bryggan\n', ['guests', 0], 2],
    ['guests:\n- Bo Ek - Bryggan\n', ['guests', 0], 0],
    ['guests:\r\n    - Bo Ek - Bryggan  # gäst\r\n', ['guests', 0], 4],
    ['guests:\n  - "Bo Ek - Bryggan"\n', ['guests', 0], 2],
    ['attendees:\n  - David Bergström\n   - Leif Redestig\n', ['attendees', 0], 2],
  ] as const)('%j', (yaml, path, column) => {
    const value = (parse(yaml) as Record<string, string[]>)[path[0]]![path[1]]!;
    expect(dashColumn(yaml, [...path], value)).toBe(column);
  });

  it('reads no front matter again with positions for an item written plain on its line', () => {
    const yaml = 'group: gug\ndate: 2016-03-07\nattendees:\n  - David Bergström\nguests:\n  - Bo Ek - Bryggan\nactions:\n  - who: David Bergström - Leif Redestig\n    what: Boka.\n';
    read.calls = 0;
    const doc = extractMinutes('minutes/gug/2016-03-07.md', parse(yaml) as Record<string, unknown>, '', 0, yaml);
    expect(doc.guests.map((g) => g.dash)).toEqual([2]);
    expect(doc.actions[0]!.who.map((w) => w.dash)).toEqual([undefined]);
    expect(read.calls).toBe(0);
  });
});
