// Small synthetic scalp-like images for the analysis tests: dark stripes ("hairs") on a skin
// tone, encoded with sharp so they go through the real decode path.
import sharp from 'sharp';

export async function stripedJpeg(
  widthPx = 300,
  heightPx = 200,
  periodPx = 10,
  hairPx = 2,
): Promise<Blob> {
  const data = Buffer.alloc(widthPx * heightPx * 3);
  for (let y = 0; y < heightPx; y += 1) {
    for (let x = 0; x < widthPx; x += 1) {
      const k = 3 * (y * widthPx + x);
      const hair = x % periodPx < hairPx;
      data[k] = hair ? 40 : 220;
      data[k + 1] = hair ? 30 : 170;
      data[k + 2] = hair ? 25 : 150;
    }
  }
  const jpeg = await sharp(data, { raw: { width: widthPx, height: heightPx, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  return new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' });
}
