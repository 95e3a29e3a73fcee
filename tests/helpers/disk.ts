// A disk that fills up part-way through a write, planted in-process: the write whose text `matches` says so
// stores the first half of it, then fails with ENOSPC, as a real full disk (or a kill at that moment) leaves it.
import fs from 'node:fs';
import { vi } from 'vitest';

export function diskFillsUpWriting(matches: (text: string) => boolean): void {
  const write = fs.writeFileSync;
  vi.spyOn(fs, 'writeFileSync').mockImplementation((file, data, options) => {
    const text = typeof data === 'string' ? data : Buffer.from(data as Uint8Array).toString('utf8');
    if (!matches(text)) return write(file, data, options);
    write(file, text.slice(0, text.length >> 1), options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  });
}
