// The width and height of an image a browser shows (PNG, JPEG, GIF, WebP, AVIF, HEIC, BMP, ICO, TIFF), read from its
// file's bytes by the image-size package: what an <img> needs so that the page keeps the image's room while it loads.
// Pure; anything else or anything cut short gives none.
import { createRequire } from 'node:module';

// Loaded on the first image, not with the module: `check` and builds of archives without images do not pay for it
// (about 20 ms of a start).
type Package = typeof import('image-size') & typeof import('image-size/types/index') & typeof import('image-size/types/utils');
let loaded: Package | undefined;
const pkg = (): Package => {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = { ...require('image-size'), ...require('image-size/types/index'), ...require('image-size/types/utils') } as Package;
  }
  return loaded;
};

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The formats sized, as image-size names them (a HEIF file by its brand): those some browser shows in an <img>.
 * Not SVG, which the site never publishes (unsafe-attachment), nor the formats of textures and editors (PSD, TGA …).
 */
const SHOWN = new Set(['png', 'jpg', 'gif', 'webp', 'bmp', 'ico', 'tiff', 'avif', 'heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);
const HEIF = new Set(['avif', 'heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);

/** The image's size as a browser shows it (turned as a JPEG's EXIF or a HEIF's irot says), or undefined for an unknown or broken file. */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  // The package reads through its input's whole buffer: a view of part of one would let it read past a file cut short.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  let found: ReturnType<Package['imageSize']>;
  try {
    found = pkg().imageSize(own);
  } catch {
    return undefined;
  }
  const { width, height, type = '' } = found;
  // A lossless WebP's size is read from bytes 21–24 unchecked: cut off before them, it would read as 1 × 1.
  if (type === 'webp' && own.length < 25) return undefined;
  if (!SHOWN.has(type) || !(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) return undefined;
  const turned = (found.orientation !== undefined && found.orientation >= 5 && found.orientation <= 8) || (HEIF.has(type) && heifTurned(own));
  return turned ? { width: height, height: width } : { width, height };
}

/**
 * Enough of most images' files to find their size; a JPEG with large metadata before its frame, or a TIFF with its
 * directory after its pixels, needs more.
 */
export const IMAGE_HEAD_BYTES = 4096;

/**
 * Whether an image whose first bytes `head` give no size may give it anywhere further on, so that only the whole file
 * tells: a TIFF, whose directory may follow its pixels, or a HEIF (AVIF, HEIC), whose metadata may. Not a JPEG, whose
 * frame comes before its image data, which image-size would search byte by byte (seconds for a large broken file).
 */
export function sizeMayFollowPixels(head: Uint8Array): boolean {
  try {
    const { typeHandlers } = pkg();
    return typeHandlers.get('tiff')!.validate(head) || typeHandlers.get('heif')!.validate(head);
  } catch {
    return false;
  }
}

/**
 * Whether a HEIF image is shown turned a quarter (an irot property of 90° or 270°, as a phone's upright photo has),
 * which image-size leaves out. Taken for the primary image's: a file's thumbnail is turned as it is.
 */
function heifTurned(b: Uint8Array): boolean {
  try {
    const { findBox } = pkg();
    const meta = findBox(b, 'meta', 0);
    const iprp = meta && findBox(b, 'iprp', meta.offset + 12);
    const ipco = iprp && findBox(b, 'ipco', iprp.offset + 8);
    const irot = ipco && findBox(b, 'irot', ipco.offset + 8);
    if (!ipco || !irot || irot.size < 9 || irot.offset + irot.size > ipco.offset + ipco.size) return false;
    return (b[irot.offset + 8]! & 1) === 1;
  } catch {
    return false;
  }
}
