// The width and height of a PNG, JPEG, GIF or WebP image, read from the first bytes of its file: what an <img>
// needs so that the page keeps the image's room while it loads. Pure; anything else or anything cut short gives none.

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/** The image's size as a browser shows it (a JPEG's EXIF rotation applied), or undefined for an unknown or broken file. */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const size = png(bytes) ?? gif(bytes) ?? webp(bytes) ?? jpeg(bytes);
  return size && size.width > 0 && size.height > 0 ? size : undefined;
}

/** Enough of most images' files to find their size; a JPEG with large metadata before its frame may need more. */
export const IMAGE_HEAD_BYTES = 4096;

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const ascii = (b: Uint8Array, at: number, text: string) => text.split('').every((ch, i) => b[at + i] === ch.charCodeAt(0));

function png(b: Uint8Array): ImageSize | undefined {
  if (b.length < 24 || !ascii(b, 0, '\x89PNG\r\n\x1a\n') || !ascii(b, 12, 'IHDR')) return undefined;
  return { width: view(b).getUint32(16), height: view(b).getUint32(20) };
}

function gif(b: Uint8Array): ImageSize | undefined {
  if (b.length < 10 || !(ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'))) return undefined;
  return { width: view(b).getUint16(6, true), height: view(b).getUint16(8, true) };
}

function webp(b: Uint8Array): ImageSize | undefined {
  if (b.length < 25 || !ascii(b, 0, 'RIFF') || !ascii(b, 8, 'WEBP')) return undefined;
  const v = view(b);
  // Lossy: a key frame's start code, then 14-bit sizes.
  if (ascii(b, 12, 'VP8 ') && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
  // Lossless: a signature byte, then 14 bits each of width - 1 and height - 1.
  if (ascii(b, 12, 'VP8L') && b[20] === 0x2f) {
    const bits = v.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  // Extended (with alpha, animation or metadata): 24 bits each of the canvas's width - 1 and height - 1.
  if (ascii(b, 12, 'VP8X') && b.length >= 30) return { width: uint24(b, 24) + 1, height: uint24(b, 27) + 1 };
  return undefined;
}

const uint24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

/** Start-of-frame markers, which hold the size: C0–CF but for DHT (C4), JPG (C8) and DAC (CC). */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpeg(b: Uint8Array): ImageSize | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  const v = view(b);
  let turned = false;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    // Fill bytes before a marker, and markers without a segment.
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = v.getUint16(i + 2);
    if (length < 2) return undefined;
    if (marker === 0xe1) turned ||= rotated(b.subarray(i + 4, i + 2 + length));
    if (isFrame(marker)) {
      if (i + 9 > b.length) return undefined;
      const height = v.getUint16(i + 5);
      const width = v.getUint16(i + 7);
      return turned ? { width: height, height: width } : { width, height };
    }
    i += 2 + length;
  }
  return undefined;
}

/** Whether an APP1 segment's EXIF says the picture is shown turned a quarter (orientations 5–8): width and height swap. */
function rotated(seg: Uint8Array): boolean {
  if (seg.length < 14 || !ascii(seg, 0, 'Exif\0\0')) return false;
  const tiff = seg.subarray(6);
  const little = ascii(tiff, 0, 'II');
  if (!little && !ascii(tiff, 0, 'MM')) return false;
  const v = view(tiff);
  const ifd = v.getUint32(4, little);
  if (ifd + 2 > tiff.length) return false;
  const count = v.getUint16(ifd, little);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > tiff.length) return false;
    if (v.getUint16(entry, little) !== 0x0112) continue;
    const orientation = v.getUint16(entry + 8, little);
    return orientation >= 5 && orientation <= 8;
  }
  return false;
}
