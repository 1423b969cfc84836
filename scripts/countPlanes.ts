// `npx tsx scripts/countPlanes.ts <count set folder>... --out <folder>`
// Writes the learned hair counter's inputs (src/analysis/worker/countInput.ts) for sets of
// trichoscopy close-ups with true counts (models/synth/make_count_eval.py): each photo through
// the app's segmenter, then shrunk to the counter's shaft width. models/train/count_train.py
// trains and evaluates on what this writes, so the counter learns from the planes the app will
// hand it, not from PyTorch's.
//   <out>/planes.bin: per image, hair then skin as uint8 (p × 255, rounded), row-major
//   <out>/index.json: per image id, true count, cut, input size and scale, byte offset, shaft
//   width, the rule counter's reading, and where each counted hair is first and last seen when
//   the set has it
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { downscaleArea } from '../src/lib/areaDownscale';
import { fitLongSide } from '../src/lib/imageSize';
import { countInput } from '../src/analysis/worker/countInput';
import { countingPlanes, countPhoto } from '../src/analysis/worker/countPhoto';
import type { PixelImage } from '../src/analysis/worker/image';
import { shrinkProbabilities } from '../src/analysis/worker/resample';
import {
  countHairs,
  DEFAULT_HAIR_COUNT_OPTIONS,
  MIN_COUNT_SHAFT_WIDTH_PX,
} from '../src/analysis/worker/hairCount';
import { decodeForAnalysis } from './node/decode';
import { loadNodeSegmenter } from './node/segmenter';

const { values, positionals: sets } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    // --small-side N: also count, for photos whose long side exceeds N px, (A) on the planes
    // area-shrunk to an N-px long side and (B) on the photo segmented again at that size
    // (`ruleShrunkPlanes`, `ruleSmallPhoto`): the counter's settings were chosen on 512-px photos.
    'small-side': { type: 'string' },
    // --segment-side N: photos whose long side exceeds N px are area-shrunk to an N-px long side
    // and segmented there, and the planes written are those (hair ends scaled to match): a
    // close-up counted at the size the count sets are rendered at, whatever its own.
    'segment-side': { type: 'string' },
    // --thin-fallback (with --segment-side): where the smaller copy's shafts read too thin to
    // count, the photo is segmented at its own size instead (stop 30's candidate T').
    'thin-fallback': { type: 'boolean', default: false },
  },
});
const out = values.out;
if (!out) throw new Error('usage: countPlanes.ts <sets>... --out <dir>');
const smallSide = values['small-side'] === undefined ? undefined : Number(values['small-side']);
const segmentSide =
  values['segment-side'] === undefined ? undefined : Number(values['segment-side']);
await mkdir(out, { recursive: true });

const { segmenter } = await loadNodeSegmenter();
const segment = (pixels: PixelImage) => segmenter.segment(pixels);
const chunks: Uint8Array[] = [];
const entries: Record<string, unknown>[] = [];
let offset = 0;
const quantise = (p: Float32Array) =>
  Uint8Array.from(p, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
for (const dir of sets) {
  const { images } = JSON.parse(await readFile(join(dir, 'counts.json'), 'utf8')) as {
    images: { id: string; hairCount: number; cut: boolean; countEnds?: number[][] }[];
  };
  for (const image of images) {
    const { image: photo } = await decodeForAnalysis(join(dir, `${image.id}.jpg`));
    // --thin-fallback is the app's own choice of planes (countPhoto.ts countingPlanes).
    const probs =
      segmentSide !== undefined && values['thin-fallback']
        ? await countingPlanes(photo, segment, undefined, segmentSide)
        : await segment(segmentSide === undefined ? photo : countPhoto(photo, segmentSide));
    const shrink = probs.widthPx / photo.widthPx;
    const input = countInput(probs, MIN_COUNT_SHAFT_WIDTH_PX);
    const entry: Record<string, unknown> = {
      id: image.id,
      truth: image.hairCount,
      cut: image.cut,
      analysisWidthPx: probs.widthPx,
      analysisHeightPx: probs.heightPx,
      // The rule counter on the same planes, uncalibrated: what count_calibrate.py fits on and
      // the baseline a learned counter must beat.
      rule: countHairs(probs, { ...DEFAULT_HAIR_COUNT_OPTIONS, calibrate: false }),
    };
    if (smallSide !== undefined && Math.max(probs.widthPx, probs.heightPx) > smallSide) {
      const { widthPx: w, heightPx: h } = fitLongSide(probs, smallSide);
      entry.ruleShrunkPlanes = countHairs(shrinkProbabilities(probs, w, h));
      const pixels = shrink < 1 ? countPhoto(photo, segmentSide!) : photo;
      const small = downscaleArea(pixels, w, h);
      entry.ruleSmallPhoto = countHairs(
        await segmenter.segment({ ...small, channels: small.channels }),
      );
    }
    if ('hair' in input) {
      const bytes = new Uint8Array(2 * input.hair.length);
      bytes.set(quantise(input.hair), 0);
      bytes.set(quantise(input.skin), input.hair.length);
      chunks.push(bytes);
      Object.assign(entry, {
        widthPx: input.widthPx,
        heightPx: input.heightPx,
        offset,
        shaftWidthPx: input.shaftWidthPx,
        hairAreaPx: input.hairAreaPx,
        scale: input.scale,
        // Where each counted hair is first and last seen, px of the photo (make_count_eval.py
        // --ends), for the density target; the photo is analysed at its own size (≤ 2048 px).
        ...(image.countEnds
          ? { countEnds: image.countEnds.map((end) => end.map((v) => v * shrink)) }
          : {}),
      });
      offset += bytes.length;
    } else {
      entry.reason = 'reason' in input ? input.reason : 'empty';
    }
    entries.push(entry);
    if (entries.length % 100 === 0) console.log(`${entries.length} images`);
  }
}
const all = new Uint8Array(offset);
let at = 0;
for (const c of chunks) {
  all.set(c, at);
  at += c.length;
}
await writeFile(join(out, 'planes.bin'), all);
await writeFile(join(out, 'index.json'), JSON.stringify({ sets, images: entries }, null, 1));
console.log(`${entries.length} images, ${chunks.length} with an input → ${out}`);
