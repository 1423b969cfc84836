// Photo-like JPEGs for benches, generated at run time with sharp (never committed): smooth
// random structure (coarse noise upscaled) plus fine grain, so file sizes and decode cost are
// close to real phone photos rather than flat colour (too cheap) or pure noise (too dear).
import sharp from 'sharp';

export async function makePhotoJpeg(
  widthPx: number,
  heightPx: number,
  orientation?: number,
): Promise<Buffer> {
  const coarse = await sharp({
    create: {
      width: Math.ceil(widthPx / 8),
      height: Math.ceil(heightPx / 8),
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  const grain = await sharp({
    create: {
      width: widthPx,
      height: heightPx,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 10 },
    },
  })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const base = sharp(coarse)
    .resize(widthPx, heightPx, { kernel: 'cubic' })
    .composite([{ input: grain, blend: 'soft-light' }]);
  const jpeg = base.jpeg({ quality: 90, chromaSubsampling: '4:2:0' });
  return orientation ? jpeg.withMetadata({ orientation }).toBuffer() : jpeg.toBuffer();
}
