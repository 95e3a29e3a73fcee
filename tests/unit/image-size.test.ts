// An image's width and height from its file (util/image-size.ts): each format and kind, a JPEG turned by its EXIF
// orientation and a HEIF by its irot, and anything unknown, cut short or broken giving no size, never an error; and
// how much of a file load/ reads for it (readImageSize): its head, and more only when the head says none.
//
// The files in tests/fixtures/images are ImageMagick 6's (convert -size WxH gradient:orange-purple NAME, with
// -define tiff:endian=lsb or msb and -compress none for the TIFFs, whose directory follows their pixels, and
// -define icon:auto-resize=16,32,48 for ikoner.ico).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readImageSize } from '../../src/load/index.js';
import { imageSize } from '../../src/util/image-size.js';
import { cleanTemp, FIXTURES, tempDir } from '../helpers/archive.js';
import { gifHead, heifHead, jpegHead, png, tiff, webpHead } from '../helpers/images.js';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'images', name)));
const svg = (root: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${root}<rect width="10" height="10"/></svg>\n`);

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
  ['JPEG mirrored and turned by its EXIF (orientation 5)', jpegHead(4032, 3024, { orientation: 5 }), { width: 3024, height: 4032 }],
  ['JPEG mirrored and turned by its EXIF (orientation 7, little-endian)', jpegHead(4032, 3024, { orientation: 7, littleEndian: true }), { width: 3024, height: 4032 }],
  ['JPEG upside down by its EXIF (orientation 3)', jpegHead(4032, 3024, { orientation: 3 }), { width: 4032, height: 3024 }],
  ['AVIF', fixture('karta.avif'), { width: 40, height: 30 }],
  ['HEIC', fixture('foto.heic'), { width: 640, height: 480 }],
  ['HEIC turned by its irot (90°)', heifHead('heic', 4032, 3024, { turn: 1 }), { width: 3024, height: 4032 }],
  ['AVIF turned by its irot (270°)', heifHead('avif', 4032, 3024, { turn: 3 }), { width: 3024, height: 4032 }],
  ['AVIF upside down by its irot (180°)', heifHead('avif', 4032, 3024, { turn: 2 }), { width: 4032, height: 3024 }],
  ['BMP', fixture('skiss.bmp'), { width: 36, height: 20 }],
  ['TIFF, little-endian', fixture('skanning-ii.tif'), { width: 40, height: 30 }],
  ['TIFF, big-endian', fixture('skanning-mm.tif'), { width: 40, height: 30 }],
  ['TIFF with a LONG width and a SHORT height', tiff(5000, 300, { bigEndian: true, pixels: 100 }), { width: 5000, height: 300 }],
  ['ICO', fixture('ikon.ico'), { width: 32, height: 16 }],
  ['ICO of three sizes, as its largest', fixture('ikoner.ico'), { width: 48, height: 48 }],
];

/** `bytes` with the byte at `at` set to `to`. */
const withByte = (bytes: Uint8Array, at: number, to: number) => Uint8Array.from(bytes, (b, i) => (i === at ? to : b));

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
    ['a lossless WebP cut off in its size', webpHead('VP8L', 1000, 16383).subarray(0, 23)],
    ['an AVIF of no pixels', heifHead('avif', 0, 30)],
    ['an AVIF cut off in its properties', fixture('karta.avif').subarray(0, 200)],
    ['a HEIF of a brand no browser shows', Uint8Array.from(heifHead('avif', 40, 30), (b, i) => (i >= 8 && i < 12 ? 'xxxx'.charCodeAt(0) : b))],
    ['a BMP cut off in its header', fixture('skiss.bmp').subarray(0, 20)],
    ['a TIFF whose directory lies past its end', fixture('skanning-ii.tif').subarray(0, 4096)],
    // The height's tag (0x0101) made another's (0x0103, compression).
    ['a TIFF without its height', withByte(tiff(40, 30), 22, 0x03)],
    ['an ICO of no images', Uint8Array.from([0, 0, 1, 0, 0, 0])],
    ['an ICO whose second entry is cut off', fixture('ikoner.ico').subarray(0, 30)],
    ['a Photoshop file, which no browser shows', Uint8Array.from([0x38, 0x42, 0x50, 0x53, 0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 30, 0, 0, 0, 40, 0, 8, 0, 3])],
    // Never sized, as the site never publishes an SVG (unsafe-attachment): not in pixels nor in cm, nor by its viewBox.
    ['an SVG of width and height in pixels', svg('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">')],
    ['an SVG of only a viewBox', svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">')],
    ['an SVG in centimetres', svg('<svg xmlns="http://www.w3.org/2000/svg" width="10cm" height="5cm">')],
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
    const heads = [
      [0xff, 0xd8],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
      [...heifHead('avif', 1, 1).subarray(0, 24)],
      [0x42, 0x4d],
      [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0],
      [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8],
      [0, 0, 1, 0, 1, 0],
    ];
    for (const head of heads) {
      for (let k = 0; k < 500; k++) {
        const bytes = Uint8Array.from([...head, ...Array.from({ length: next() }, next)]);
        const got = imageSize(bytes);
        if (got !== undefined) expect(got.width > 0 && got.height > 0).toBe(true);
      }
    }
  });
});

describe('readImageSize', () => {
  afterEach(() => vi.restoreAllMocks());
  afterAll(cleanTemp);

  const write = (bytes: Uint8Array) => {
    const file = path.join(tempDir(), 'bild');
    fs.writeFileSync(file, bytes);
    return file;
  };

  /** The size read of `file`, and the most bytes asked of it at once. */
  function read(file: string): { size: ReturnType<typeof readImageSize>; most: number } {
    const reads: number[] = [];
    const readSync = fs.readSync;
    vi.spyOn(fs, 'readSync').mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => {
      reads.push(length);
      return readSync(fd, buffer, offset, length, position);
    }) as typeof fs.readSync);
    return { size: readImageSize(file), most: Math.max(...reads) };
  }

  it('reads only the head of an image that says its size there, however large the file', () => {
    const big = new Uint8Array(5 << 20);
    big.set(png(40, 30));
    expect(read(write(big))).toEqual({ size: { width: 40, height: 30 }, most: 4096 });
  });

  /** `bytes` at the start of a file of `length` bytes. */
  const padded = (bytes: Uint8Array, length: number) => {
    const out = new Uint8Array(length);
    out.set(bytes);
    return out;
  };

  /** A HEIF file (ftyp, meta) with `n` bytes of pixels (an mdat box) between its type and its metadata. */
  const afterPixels = (heif: Uint8Array, n: number) => {
    const out = new Uint8Array(heif.length + 8 + n);
    out.set(heif.subarray(0, 24));
    new DataView(out.buffer).setUint32(24, 8 + n);
    out.set(new TextEncoder().encode('mdat'), 28);
    out.set(heif.subarray(24), 32 + n);
    return out;
  };
  const lateAvif = afterPixels(heifHead('avif', 40, 30), 2_000_000);

  // A JPEG's frame is looked for in its first MiB; a TIFF's or HEIF's size, which may follow the pixels, in the whole file.
  it.each([
    ['a 5 MB JPEG with 200 kB of metadata before its frame, of its first MiB', padded(jpegHead(800, 600, { filler: 200_000 }), 5 << 20), { width: 800, height: 600 }, 1 << 20],
    ['a TIFF whose directory follows 3 MB of pixels, whole', tiff(3000, 1000, { pixels: 3_000_000 }), { width: 3000, height: 1000 }, 3_000_038],
    ['a big-endian TIFF whose directory follows 7 kB of pixels, whole', fixture('skanning-mm.tif'), { width: 40, height: 30 }, 7464],
    ['an AVIF whose metadata follows 2 MB of pixels, whole', lateAvif, { width: 40, height: 30 }, lateAvif.length],
    // Its reader would search the image data of a JPEG without a frame byte by byte.
    ['a 5 MB JPEG without a frame, only its first MiB', padded(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...new Array<number>(14).fill(0x4a)]), 5 << 20), undefined, 1 << 20],
  ])('reads more of %s, as its head says no size', (_name, bytes, size, most) => {
    expect(read(write(bytes))).toEqual({ size, most });
  });

  it('gives no size to a TIFF larger than 64 MiB whose directory follows its pixels, reading no more of it', () => {
    // A little-endian TIFF's header pointing 64 MiB out, where its directory is, the file sparse between them.
    const far = (64 << 20) + 100;
    const header = Uint8Array.from([0x49, 0x49, 42, 0, far & 0xff, (far >> 8) & 0xff, (far >> 16) & 0xff, far >>> 24]);
    const file = write(header);
    const fd = fs.openSync(file, 'r+');
    const directory = tiff(40, 30).subarray(8);
    fs.writeSync(fd, directory, 0, directory.length, far);
    fs.closeSync(fd);
    expect(read(file)).toEqual({ size: undefined, most: 4096 });
  });

  it('gives no size to an empty file', () => {
    expect(readImageSize(write(new Uint8Array()))).toBeUndefined();
  });
});
