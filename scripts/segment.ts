// `npm run segment -- <images or folders> --out <folder> [--baseline] [--threads N] [--model F]
//   [--count] [--fov-mm W]`
// Segments any photos with the app's own code path (same segmenter as the worker) and writes,
// per image, `<name>.mask.png` at the original upright size (hair = 255) plus one JSON line in
// `<out>/results.jsonl`: coverage and, for close-ups, the app's (experimental) hair count, with
// hairs/cm² when the photos' field-of-view width is given. This is how the model is checked on
// real photos, so a bad file is reported and skipped, never fatal.
import { appendFile, mkdir, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, parse, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeModel, readingNeedsCheck, type HairCountRecord } from '../src/domain/analysis';
import { fieldOfViewProblem, hairsPerCm2, shaftWidthUm } from '../src/domain/density';
import { hairProbabilityBytes } from '../src/analysis/worker/coverage';
import { countingPlanes } from '../src/analysis/worker/countPhoto';
import { countGate } from '../src/analysis/worker/hairCount';
import { APP_RULES, segmenterCoverage } from '../src/analysis/worker/segmenter';
import { NOISE_RULE } from '../src/analysis/worker/photoNoise';
import { assessReading } from '../src/analysis/worker/readingQuality';
import { CLOSE_UP_SHAFT_WIDTH_PX } from './node/closeUpGuess';
import { decodeForAnalysis } from './node/decode';
import { writeHairMaskPng } from './node/mask';
import { loadNodeHairCounter } from './node/ort';
import { loadNodeSegmenter } from './node/segmenter';

const IMAGE_EXTENSIONS = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.tif',
  '.tiff',
  '.avif',
  '.heic',
  '.heif',
  '.gif',
  '.bmp',
  '.jfif',
]);

const USAGE = `usage: npm run segment -- <image files or folders> --out <folder> [--baseline] [--threads N] [--model file.onnx --card file.json] [--count] [--fov-mm W] [--scope-frame] [--no-noise-rule]\n  --count: count hairs in every photo, taking each for a close-up as the app takes its trichoscopy view (counted, and not flagged out of focus: close-ups read well through blur that erases a phone photo's hair); without --count a photo is counted when its shafts are at least ${CLOSE_UP_SHAFT_WIDTH_PX} px wide, a rough guess (on validation it counted 14 of 144 photos that were not close-ups and missed 7 of 24 close-ups: MODEL_CARD.md, Hair count), so pass --count or --fov-mm for dermatoscope photos\n  --fov-mm W: the width in mm that each photo shows (a dermatoscope close-up), for hairs/cm² and shaft widths in µm; implies --count\n  --scope-frame: read everything outside a dermatoscope's round field of view (dark surround, banner text) as background, where one is found; off by default and in the app, as it did not earn its place on validation (MODEL_CARD.md, Scope frame)\n  --no-noise-rule: read a grainy photo as it is; by default, as in the app, a photo whose noise on its skin is above ${NOISE_RULE.thresholdSigma} grey levels is read again smoothed (MODEL_CARD.md, Noise rule)`;

async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) {
      console.error(`skip ${input}: no such file or folder`);
    } else if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true });
      for (const entry of entries.sort()) {
        const path = join(input, entry);
        // Our own masks (when --out sits inside the input folder) and eval labels are not photos.
        if (
          IMAGE_EXTENSIONS.has(extname(entry).toLowerCase()) &&
          !/\.(mask|label)\.png$/.test(entry)
        )
          files.push(path);
      }
    } else {
      files.push(input);
    }
  }
  return files;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      threads: { type: 'string' },
      model: { type: 'string' },
      card: { type: 'string' },
      'fov-mm': { type: 'string' },
      count: { type: 'boolean', default: false },
      'scope-frame': { type: 'boolean', default: false },
      'no-noise-rule': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.out || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const fieldOfViewMm = values['fov-mm'] === undefined ? undefined : Number(values['fov-mm']);
  if (fieldOfViewMm !== undefined) {
    const problem = fieldOfViewProblem(fieldOfViewMm);
    if (problem) {
      console.error(`--fov-mm ${values['fov-mm']}: ${problem}`);
      return 2;
    }
  }
  const outDir = resolve(values.out);
  await mkdir(outDir, { recursive: true });
  const files = await expandInputs(positionals);
  if (files.length === 0) {
    console.error('no images found');
    return 1;
  }
  const { segmenter } = await loadNodeSegmenter({
    baseline: values.baseline,
    modelPath: values.model,
    cardPath: values.card,
    numThreads: values.threads ? Number(values.threads) : undefined,
    rules: { ...APP_RULES, scopeFrame: values['scope-frame'], noiseRule: !values['no-noise-rule'] },
  });
  const { model } = segmenter;
  console.log(`segmenter: ${describeModel(model)}`);
  const hairCounter = await loadNodeHairCounter();
  if (hairCounter.fallbackReason)
    console.log(`NOTE: rule counter in use — ${hairCounter.fallbackReason}`);
  if (segmenter.fallbackReason)
    console.log(`NOTE: classical fallback in use — ${segmenter.fallbackReason}`);

  const resultsPath = join(outDir, 'results.jsonl');
  const usedNames = new Set<string>();
  let failures = 0;
  for (const file of files) {
    const started = performance.now();
    try {
      const decoded = await decodeForAnalysis(file);
      const probs = await segmenter.segment(decoded.image);
      const figures = segmenterCoverage(segmenter, probs);
      const forced = values.count || fieldOfViewMm !== undefined;
      // Asked to count, the photos are close-ups, as the app's trichoscopy view is.
      const quality = assessReading(figures, segmenter.quality, probs, { closeUp: forced });
      // Unasked, a photo is taken for a close-up by its shaft width alone (the counters' own
      // gate), so nothing is counted only to be dropped, nor counted twice.
      const counted = forced || 'stats' in countGate(probs, CLOSE_UP_SHAFT_WIDTH_PX);
      // A close-up is counted as the app counts it: on at most the count photo's size
      // (countPhoto.ts), so a large one is segmented again, smaller.
      const countPlanes = counted
        ? await countingPlanes(decoded.image, (photo) => segmenter.segment(photo), probs)
        : undefined;
      const count: HairCountRecord | undefined = countPlanes && {
        ...(await hairCounter.counter(countPlanes)),
        analysisWidthPx: countPlanes.widthPx,
        analysisHeightPx: countPlanes.heightPx,
      };
      // a.jpg and a.png in one run would overwrite each other's mask: keep the extension then.
      let name = parse(file).name;
      if (usedNames.has(name)) name = basename(file);
      usedNames.add(name);
      await writeHairMaskPng(
        hairProbabilityBytes(probs),
        probs.widthPx,
        probs.heightPx,
        decoded.originalWidthPx,
        decoded.originalHeightPx,
        join(outDir, `${name}.mask.png`),
        segmenter.hairThreshold,
      );
      const line = {
        file,
        widthPx: decoded.originalWidthPx,
        heightPx: decoded.originalHeightPx,
        hairCoveragePct: round(figures.hairCoveragePct),
        // The mask marks hair where its probability reaches this (model card, from validation).
        hairThreshold: segmenter.hairThreshold,
        // How far to trust it: undecided pixels, and the model card's validation error.
        uncertainPct: round(quality.uncertainPct),
        // A cut-off file reads its missing part as flat grey, a blown-out scalp shows no hair, a
        // tiny photo shows the model too little and blur erases fine hair: never confident.
        lowConfidence: readingNeedsCheck(quality) || decoded.incomplete,
        ...(decoded.incomplete ? { incomplete: true } : {}),
        ...(quality.typicalErrorPp !== undefined ? { typicalErrorPp: quality.typicalErrorPp } : {}),
        // Hair too wide or too thin for the model: analysed at this scale (shaftRulePass.ts).
        ...(quality.analysedAtScale !== undefined
          ? { analysedAtScale: quality.analysedAtScale }
          : {}),
        ...(quality.shaftWidthPx !== undefined ? { shaftWidthPx: quality.shaftWidthPx } : {}),
        ...(quality.ridgeSigmaPx !== undefined ? { ridgeSigmaPx: quality.ridgeSigmaPx } : {}),
        // A grainy photo was read again smoothed (photoNoise.ts, the noise rule).
        ...(quality.noiseSigma !== undefined ? { noiseSigma: quality.noiseSigma } : {}),
        // Much of the scalp was blown out to white (photoExposure.ts): this share of it.
        ...(quality.blownOutPct !== undefined ? { blownOutPct: quality.blownOutPct } : {}),
        // Too small for the model to see enough scalp (readingQuality.ts): its shorter side, px.
        ...(quality.smallPhotoSidePx !== undefined
          ? { smallPhotoSidePx: quality.smallPhotoSidePx }
          : {}),
        // The scalp's edges are soft: out of focus (photoFocus.ts); its edge sharpness, 0–1.
        ...(quality.edgeSharpness !== undefined ? { edgeSharpness: quality.edgeSharpness } : {}),
        // --scope-frame found a round field of view: this share of the frame was left out.
        ...(quality.outsideScopePct !== undefined
          ? { outsideScopePct: quality.outsideScopePct }
          : {}),
        // Hairs in the frame where shafts are wide enough to tell apart (close-ups), else why not.
        ...(count ? countFields(count, fieldOfViewMm) : {}),
        skinPct: round(figures.skinPct),
        backgroundPct: round(figures.backgroundPct),
        model: { name: model.name, version: model.version, backend: model.backend },
        ...(segmenter.fallbackReason ? { fallbackReason: segmenter.fallbackReason } : {}),
        ms: Math.round(performance.now() - started),
      };
      await appendFile(resultsPath, `${JSON.stringify(line)}\n`);
      console.log(
        `${file}: coverage ${line.hairCoveragePct.toFixed(1)} %${line.lowConfidence ? ' (low confidence)' : ''}${count?.hairs !== undefined ? `, ${count.hairs} hairs counted` : ''} (${line.widthPx}×${line.heightPx}, ${line.ms} ms)`,
      );
      if (decoded.incomplete) {
        console.warn(
          `WARNING ${file}: the file ends before its end marker (cut off?); the missing part was read as grey, so this reading is low confidence (the app refuses such a file at import)`,
        );
      }
    } catch (error) {
      failures += 1;
      console.error(`FAILED ${file}: ${firstLine(error)}`);
    }
  }
  console.log(
    `${files.length - failures} of ${files.length} images segmented; results in ${resultsPath}`,
  );
  return failures === files.length ? 1 : 0;
}

/** Emscripten errors carry whole function bodies; the first line is the message. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** The count (or why none), and hairs/cm² and shaft µm when the field of view was given. */
function countFields(count: HairCountRecord, fieldOfViewMm: number | undefined) {
  const fields = {
    // Experimental: MODEL_CARD.md, "Hair count", has its measured error.
    hairCount: count.hairs ?? null,
    ...(count.reason ? { hairCountReason: count.reason } : {}),
    ...(count.shaftWidthPx !== undefined ? { countShaftWidthPx: round(count.shaftWidthPx) } : {}),
    ...(count.counter ? { hairCounter: count.counter } : {}),
  };
  if (fieldOfViewMm === undefined) return fields;
  const perCm2 = hairsPerCm2(count, fieldOfViewMm);
  const widthUm = shaftWidthUm(count, fieldOfViewMm);
  return {
    ...fields,
    fieldOfViewMm,
    hairsPerCm2: perCm2 === undefined ? null : Math.round(perCm2),
    ...(widthUm !== undefined ? { shaftWidthUm: Math.round(widthUm) } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(firstLine(error));
    process.exit(1);
  },
);
