// The classical baseline: hair from ridge filtering, no learned model. It is the fallback when
// the ONNX model cannot load, and the bar the model has to beat in `npm run eval`.
//
// Steps: gray → CLAHE (even out lighting) → black-hat (dark hairs on lighter skin) and white
// top-hat (light hairs on darker skin) at two hair scales → Otsu threshold on the ridge
// response, plus Otsu on intensity for dense dark hair (black-hat cannot see a strand inside a
// solid mass of strands) → drop specks. Skin vs background is a YCrCb skin-colour test on
// colour images; near-gray images (dermatoscope close-ups) count all non-hair as skin.
import type { OpenCV } from '@opencvjs/web';
import type { ClassProbabilities, PixelImage } from './image';
import { assertPixelImage } from './image';

export type Cv = typeof OpenCV;

/** Structuring-element sides in pixels at analysis scale: phone hairs (1–4 px) and thicker. */
const RIDGE_KERNELS_PX = [7, 17];
/** Connected hair specks smaller than this share of the image are noise. */
const MIN_SPECK_SHARE = 2e-5;

export function classicalSegment(cv: Cv, image: PixelImage): ClassProbabilities {
  assertPixelImage(image);
  const { widthPx, heightPx, channels } = image;
  const mats: OpenCV.Mat[] = [];
  const mat = <T extends OpenCV.Mat>(m: T): T => {
    mats.push(m);
    return m;
  };
  try {
    const src = mat(new cv.Mat(heightPx, widthPx, channels === 4 ? cv.CV_8UC4 : cv.CV_8UC3));
    src.data.set(image.data);
    const rgb = mat(new cv.Mat());
    cv.cvtColor(src, rgb, channels === 4 ? cv.COLOR_RGBA2RGB : cv.COLOR_RGB2BGR);
    if (channels === 3) cv.cvtColor(rgb, rgb, cv.COLOR_BGR2RGB);
    const gray = mat(new cv.Mat());
    cv.cvtColor(rgb, gray, cv.COLOR_RGB2GRAY);
    const equalised = mat(new cv.Mat());
    const clahe = new cv.CLAHE(2.0, new cv.Size(8, 8));
    clahe.apply(gray, equalised);
    clahe.delete();

    // Ridge responses over the hair scales: black-hat finds dark hairs, top-hat light ones.
    const dark = mat(cv.Mat.zeros(heightPx, widthPx, cv.CV_8UC1));
    const light = mat(cv.Mat.zeros(heightPx, widthPx, cv.CV_8UC1));
    const scratch = mat(new cv.Mat());
    for (const side of RIDGE_KERNELS_PX) {
      // Rectangles, not ellipses: OpenCV erodes with a rectangle in separable row/column passes,
      // about 10× faster in opencv.js at 2048 px, and the ridge response barely changes.
      const kernel = cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(side, side));
      cv.morphologyEx(equalised, scratch, cv.MORPH_BLACKHAT, kernel);
      cv.max(dark, scratch, dark);
      cv.morphologyEx(equalised, scratch, cv.MORPH_TOPHAT, kernel);
      cv.max(light, scratch, light);
      kernel.delete();
    }
    // Dark hairs lead; light ones count at half weight. Choosing the polarity per image was
    // tried and dropped: the skin gaps between dense dark hairs look exactly like light hairs
    // to a top-hat wider than the gaps, so dense dark hair flipped to "light hair on skin".
    const ridge = mat(new cv.Mat());
    cv.convertScaleAbs(light, scratch, 0.5, 0);
    cv.max(dark, scratch, ridge);
    const ridgeMask = mat(new cv.Mat());
    cv.threshold(ridge, ridgeMask, 0, 255, cv.THRESH_BINARY | cv.THRESH_OTSU);

    // Dense dark hair: Otsu on smoothed intensity, kept only when the dark class is clearly
    // darker than the rest (otherwise Otsu splits skin tones and calls half the scalp hair).
    const blurred = mat(new cv.Mat());
    cv.GaussianBlur(gray, blurred, new cv.Size(5, 5), 0);
    const darkMask = mat(new cv.Mat());
    const level = cv.threshold(blurred, darkMask, 0, 255, cv.THRESH_BINARY_INV | cv.THRESH_OTSU);
    const darkMean = cv.mean(blurred, darkMask)[0] ?? 0;
    const notDark = mat(new cv.Mat());
    cv.bitwise_not(darkMask, notDark);
    const lightMean = cv.mean(blurred, notDark)[0] ?? 255;
    const hairMask = mat(new cv.Mat());
    if (lightMean - darkMean > 60 && level < 110) cv.bitwise_or(ridgeMask, darkMask, hairMask);
    else ridgeMask.copyTo(hairMask);

    removeSpecks(cv, hairMask, Math.max(4, Math.round(MIN_SPECK_SHARE * widthPx * heightPx)), mat);

    const skinMask = skinColourMask(cv, rgb, mat);

    // Soft edges: a hair 1–2 px wide covers its border pixels only partly.
    const softHair = mat(new cv.Mat());
    cv.GaussianBlur(hairMask, softHair, new cv.Size(3, 3), 0);

    const pixels = widthPx * heightPx;
    const out: ClassProbabilities = {
      widthPx,
      heightPx,
      hair: new Float32Array(pixels),
      skin: new Float32Array(pixels),
      background: new Float32Array(pixels),
    };
    const hairBytes = softHair.data;
    const skinBytes = skinMask?.data;
    for (let k = 0; k < pixels; k += 1) {
      const h = (hairBytes[k] ?? 0) / 255;
      const isSkin = skinBytes ? (skinBytes[k] ?? 0) > 0 : true;
      out.hair[k] = h;
      out.skin[k] = isSkin ? 1 - h : 0;
      out.background[k] = isSkin ? 0 : 1 - h;
    }
    return out;
  } finally {
    for (const m of mats) m.delete();
  }
}

/** Zeroes connected components of `mask` smaller than `minAreaPx`. */
function removeSpecks(
  cv: Cv,
  mask: OpenCV.Mat,
  minAreaPx: number,
  mat: <T extends OpenCV.Mat>(m: T) => T,
): void {
  const labels = mat(new cv.Mat());
  const stats = mat(new cv.Mat());
  const centroids = mat(new cv.Mat());
  const count = cv.connectedComponentsWithStats(mask, labels, stats, centroids, 8, cv.CV_32S);
  const small = new Uint8Array(count);
  for (let i = 1; i < count; i += 1) {
    if (stats.intAt(i, cv.CC_STAT_AREA) < minAreaPx) small[i] = 1;
  }
  const labelData = labels.data32S;
  const maskData = mask.data;
  for (let k = 0; k < maskData.length; k += 1) if (small[labelData[k] ?? 0]) maskData[k] = 0;
}

/**
 * Skin-coloured pixels (YCrCb box from the skin-detection literature), closed to fill pores and
 * hair gaps. Returns null for near-gray images, where colour says nothing: all non-hair is skin.
 */
function skinColourMask(
  cv: Cv,
  rgb: OpenCV.Mat,
  mat: <T extends OpenCV.Mat>(m: T) => T,
): OpenCV.Mat | null {
  const hsv = mat(new cv.Mat());
  cv.cvtColor(rgb, hsv, cv.COLOR_RGB2HSV);
  const meanSaturation = cv.mean(hsv)[1] ?? 0;
  if (meanSaturation < 25) return null;
  const ycrcb = mat(new cv.Mat());
  cv.cvtColor(rgb, ycrcb, cv.COLOR_RGB2YCrCb);
  const low = mat(new cv.Mat(ycrcb.rows, ycrcb.cols, ycrcb.type(), [0, 133, 77, 0]));
  const high = mat(new cv.Mat(ycrcb.rows, ycrcb.cols, ycrcb.type(), [255, 180, 135, 0]));
  const skin = mat(new cv.Mat());
  cv.inRange(ycrcb, low, high, skin);
  const kernel = cv.getStructuringElement(cv.MORPH_RECT, new cv.Size(15, 15));
  cv.morphologyEx(skin, skin, cv.MORPH_CLOSE, kernel);
  kernel.delete();
  return skin;
}
