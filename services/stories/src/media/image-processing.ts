import sharp from 'sharp';

/** Longest side of a stored photo, in pixels: sharp enough for print, far smaller than camera originals. */
export const MAX_PHOTO_SIDE = 3000;

/** Images with more pixels than this are refused before decoding (a small file can decode to gigabytes). */
export const MAX_INPUT_PIXELS = 60_000_000;

export interface ReencodedImage {
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  byteSize: number;
}

/**
 * Decodes the uploaded image and writes a new one: turned upright by its EXIF orientation first,
 * scaled down to at most MAX_PHOTO_SIDE, and written without any metadata — no EXIF (GPS position,
 * camera serial, date), no XMP, no IPTC, no ICC comments: sharp keeps none unless asked. JPEG, or
 * PNG when the image has transparency. Throws when the bytes are not a decodable image.
 */
export async function reencodeImage(inputPath: string, outputPath: string): Promise<ReencodedImage> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  const { hasAlpha } = await sharp(inputPath, options).metadata();
  const pipeline = sharp(inputPath, options)
    .rotate()
    .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true });
  const encoded = hasAlpha
    ? pipeline.png({ compressionLevel: 9 })
    : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true });
  const info = await encoded.toFile(outputPath);
  return {
    contentType: hasAlpha ? 'image/png' : 'image/jpeg',
    width: info.width,
    height: info.height,
    byteSize: info.size,
  };
}
