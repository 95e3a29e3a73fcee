// An image's width and height from the first bytes of its file (util/image-size.ts): each format and kind, a
// JPEG turned by its EXIF orientation, and anything unknown, cut short or broken giving no size, never an error.
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../src/util/image-size.js';
import { gifHead, jpegHead, png, webpHead } from '../helpers/images.js';

const SIZED: [string, Uint8Array, { width: number; height: number }][] = [
  ['PNG', png(40, 30), { width: 40, height: 30 }],
  ['a tall PNG', png(2, 5000), { width: 2, height: 5000 }],
  ['GIF', gifHead(320, 200), { width: 320, height: 200 }],
  ['lossy WebP', webpHead('VP8 ', 640, 480), { width: 640, height: 480 }],
  ['lossless WebP', webpHead('VP8L', 1000, 16383), { width: 1000, height: 16383 }],
  ['extended WebP', webpHead('VP8X', 4000, 3000), { width: 4000, height: 3000 }],
  ['JPEG', jpegHead(1024, 768), { width: 1024, height: 768 }],
  ['JPEG with 200 kB of metadata before its frame', jpegHead(800, 600, { filler: 200_000 }), { width: 800, height: 600 }],
  ['JPEG upright by its EXIF (orientation 1)', jpegHead(4032, 3024, { orientation: 1 }), { width: 4032, height: 3024 }],
  // A phone's photo taken upright is stored lying down, and shown turned: its width is the stored height.
  ['JPEG turned by its EXIF (orientation 6, big-endian)', jpegHead(4032, 3024, { orientation: 6 }), { width: 3024, height: 4032 }],
  ['JPEG turned by its EXIF (orientation 8, little-endian)', jpegHead(4032, 3024, { orientation: 8, littleEndian: true }), { width: 3024, height: 4032 }],
];

describe('imageSize', () => {
  it.each(SIZED)('reads %s', (_name, bytes, size) => {
    expect(imageSize(bytes)).toEqual(size);
  });

  it.each([
    ['no bytes', new Uint8Array()],
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n')],
    ['text named .png', new TextEncoder().encode('png')],
    ['a PNG without IHDR first', Uint8Array.from([...png(4, 4).subarray(0, 12), 0x49, 0x44, 0x41, 0x54, ...new Array<number>(8).fill(1)])],
    ['a PNG of no pixels', png(0, 10)],
    ['a JPEG with a segment of length 0', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1])],
    ['a JPEG whose segments lose their markers', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 1, 2, 0x12, 0x34, 0, 0])],
    ['a WebP of an unknown kind', Uint8Array.from([...webpHead('VP8 ', 1, 1)].map((b, i) => (i === 15 ? 0x41 : b)))],
  ])('gives no size for %s', (_name, bytes) => {
    expect(imageSize(bytes)).toBeUndefined();
  });

  // A file cut off anywhere (a save in progress, a broken download) gives its size or none, and never throws.
  it.each(SIZED)('gives %s cut short its size or none', (_name, bytes, size) => {
    for (let n = 0; n < Math.min(bytes.length, 400); n++) {
      const got = imageSize(bytes.subarray(0, n));
      if (got !== undefined) expect(got).toEqual(size);
    }
  });

  it('never throws on random bytes after a signature', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    for (const head of [[0xff, 0xd8], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]]) {
      for (let k = 0; k < 500; k++) {
        const bytes = Uint8Array.from([...head, ...Array.from({ length: next() }, next)]);
        const got = imageSize(bytes);
        if (got !== undefined) expect(got.width > 0 && got.height > 0).toBe(true);
      }
    }
  });
});
