// Image files as cameras and editors write them, small enough to build in a test: what an <img> is sized from.
import zlib from 'node:zlib';

const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): number[] {
  const body = Uint8Array.from([...ascii(type), ...data]);
  return [...u32be(data.length), ...body, ...u32be(crc32(body))];
}

/** A complete grey PNG of `width` × `height` pixels that browsers show. */
export function png(width: number, height: number): Uint8Array {
  const row = [0, ...new Array<number>(width).fill(0x99)];
  const pixels = zlib.deflateSync(Uint8Array.from(Array.from({ length: height }, () => row).flat()));
  return Uint8Array.from([0x89, ...ascii('PNG\r\n\x1a\n'), ...chunk('IHDR', Uint8Array.from([...u32be(width), ...u32be(height), 8, 0, 0, 0, 0])), ...chunk('IDAT', pixels), ...chunk('IEND', new Uint8Array())]);
}

/**
 * The start of a JPEG up to its frame header (enough to size it, not to show it): `filler` bytes of metadata (an
 * APP1 segment of XMP, as a camera writes before the frame), and an EXIF orientation when given (6: turned a quarter).
 */
export function jpegHead(width: number, height: number, options: { filler?: number; orientation?: number; littleEndian?: boolean } = {}): Uint8Array {
  const out = [0xff, 0xd8];
  if (options.orientation !== undefined) {
    const le = options.littleEndian ?? false;
    const u16 = (n: number) => (le ? u16be(n).reverse() : u16be(n));
    const u32 = (n: number) => (le ? u32be(n).reverse() : u32be(n));
    // TIFF header, then one IFD with a second tag before the orientation (0x0112, SHORT, 1).
    const tiff = [...ascii(le ? 'II' : 'MM'), ...u16(42), ...u32(8), ...u16(2), ...u16(0x010f), ...u16(2), ...u32(4), ...ascii('Cam\0'), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(options.orientation), 0, 0, ...u32(0)];
    const exif = [...ascii('Exif\0\0'), ...tiff];
    out.push(0xff, 0xe1, ...u16be(exif.length + 2), ...exif);
  }
  for (let left = options.filler ?? 0; left > 0; left -= 60000) {
    const n = Math.min(left, 60000);
    out.push(0xff, 0xe1, ...u16be(n + 2), ...new Array<number>(n).fill(0x20));
  }
  // A quantisation table, then the baseline frame: precision, height, width, components.
  out.push(0xff, 0xdb, ...u16be(4), 0, 0);
  out.push(0xff, 0xc0, ...u16be(11), 8, ...u16be(height), ...u16be(width), 1, 1, 0x11, 0);
  return Uint8Array.from(out);
}

/** A GIF's header and logical screen. */
export const gifHead = (width: number, height: number): Uint8Array => Uint8Array.from([...ascii('GIF89a'), width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 0, 0]);

/** The start of a WebP of each kind: lossy (VP8), lossless (VP8L) or extended (VP8X). */
export function webpHead(kind: 'VP8 ' | 'VP8L' | 'VP8X', width: number, height: number): Uint8Array {
  const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const le24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
  const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];
  const payload =
    kind === 'VP8 ' ? [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height)]
    : kind === 'VP8L' ? [0x2f, ...le32(((width - 1) | ((height - 1) << 14)) >>> 0)]
    : [0x10, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)];
  return Uint8Array.from([...ascii('RIFF'), ...le32(4 + 8 + payload.length), ...ascii('WEBP'), ...ascii(kind), ...le32(payload.length), ...payload, 0, 0]);
}

/**
 * A TIFF of `width` × `height` whose directory follows `pixels` bytes of image data, as a scanner's program writes it:
 * its size is found only that far into the file. The width a LONG, the height a SHORT, as either may be.
 */
export function tiff(width: number, height: number, options: { bigEndian?: boolean; pixels?: number } = {}): Uint8Array {
  const be = options.bigEndian ?? false;
  const u16 = (n: number) => (be ? u16be(n) : u16be(n).reverse());
  const u32 = (n: number) => (be ? u32be(n) : u32be(n).reverse());
  const pixels = options.pixels ?? 0;
  const entry = (tag: number, type: number, value: number[]) => [...u16(tag), ...u16(type), ...u32(1), ...value, ...new Array<number>(4 - value.length).fill(0)];
  const ifd = [...u16(2), ...entry(0x0100, 4, u32(width)), ...entry(0x0101, 3, u16(height)), ...u32(0)];
  const out = new Uint8Array(8 + pixels + ifd.length);
  out.set([...ascii(be ? 'MM' : 'II'), ...u16(42), ...u32(8 + pixels)]);
  out.set(ifd, 8 + pixels);
  return out;
}

/**
 * The start of a HEIF file (AVIF, HEIC) up to its image's properties: its size (ispe), and a turn (irot: 1 is 90°
 * anticlockwise, 3 is 270°) when given, as a phone's photo taken upright has.
 */
export function heifHead(brand: 'avif' | 'heic', width: number, height: number, options: { turn?: number } = {}): Uint8Array {
  const box = (type: string, body: number[]) => [...u32be(8 + body.length), ...ascii(type), ...body];
  const full = [0, 0, 0, 0];
  const properties = [...box('ispe', [...full, ...u32be(width), ...u32be(height)]), ...(options.turn === undefined ? [] : box('irot', [options.turn]))];
  const meta = box('meta', [...full, ...box('iprp', box('ipco', properties))]);
  return Uint8Array.from([...box('ftyp', [...ascii(brand), 0, 0, 0, 0, ...ascii('mif1'), ...ascii(brand)]), ...meta]);
}
