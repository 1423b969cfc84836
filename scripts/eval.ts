// `npm run eval [-- --eval-dir models/eval --limit N --model F --card F --skip-baseline]`
//   [--count-dir models/eval-count] [--count-model <onnx> --count-card <json>] [--count-only]
// Runs the committed ONNX model (onnxruntime-web wasm in Node, through the same segmentation
// core as the app) and the classical baseline over every subset in models/eval/, prints a
// side-by-side table and writes bench-results/eval.json. Without a model file it says so and
// evaluates the baseline alone. Metric definitions: scripts/node/evalMetrics.ts. The eval set is
// read again at other scales and through worse cameras (scripts/node/zoom.ts, camera.ts). Then
// the trichoscopy hair count on models/eval-count/ (scripts/node/hairCountEval.ts).
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeModel } from '../src/domain/analysis';
import type { ClassProbabilities, PixelImage } from '../src/analysis/worker/image';
import { segmenterCoverage, type Segmenter } from '../src/analysis/worker/segmenter';
import type { ModelQuality } from '../src/analysis/worker/modelMeta';
import {
  assessReading,
  BLOWN_OUT_FLAG_PCT,
  isOutOfFocusSharpness,
  OUT_OF_FOCUS_EDGE_SHARPNESS,
  SMALL_PHOTO_FLAG_SIDE_PX,
  rescaleRecord,
  typicalErrorPp,
} from '../src/analysis/worker/readingQuality';
import { changeError } from '../src/domain/progress';
import { summariseBounds, type BoundedReading, type BoundSummary } from './node/errorBounds';
import {
  flagSide,
  isBlownOut,
  isOutOfFocus,
  summariseFlag,
  type FlagSide,
  type FlagSummary,
} from './node/readingFlags';
import { pinballLoss } from './node/stats';
import { followUpPairs, mapZoomedSamples, sampleTruth, type SweepSample } from './node/sweepSet';
import { decodeForAnalysis, type DecodedForAnalysis } from './node/decode';
import { evaluateHairCounts } from './node/hairCountEval';
import { readLabelFile } from './node/labelFile';
import { scoreImage, summarise, type ImageScores, type SummaryScores } from './node/evalMetrics';
import {
  falseHair,
  hairShareInBox,
  listHairBoxPhotos,
  listNoHairPhotos,
  summariseFalseHair,
} from './node/realPhotos';
import { loadNodeHairCounter } from './node/ort';
import { loadNodeSegmenter } from './node/segmenter';
import { readCrops, sideTable, type SideRow } from './node/smallPhoto';
import {
  DEFOCUS_SIGMAS_PX,
  isMildlyBlurredCloseUp,
  readDefocused,
  sharePct,
  type DefocusReading,
} from './node/defocus';
import { PHONE_FINISHES } from './node/phoneFinish';
import { printTextTable } from './node/textTable';
import { zoomedSample } from './node/zoom';
import { CAMERA_CONDITIONS } from './node/camera';

/** Held-out follow-up pairs (make_followups.py --heldout), git-ignored like the backdrops. */
const HELDOUT_PAIR_DIR = 'models/.cache/eval-pairs';

/** Resampling factors of the scale-robustness table: hair half and twice as wide in pixels. */
const ZOOMS = [0.5, 2, 3] as const;

interface Sample {
  subset: string;
  id: string;
  imagePath: string;
  labelPath: string;
}

async function listSamples(
  evalDir: string,
  limit: number,
): Promise<{ samples: Sample[]; descriptions: Record<string, string> }> {
  const descriptions: Record<string, string> = {};
  let subsets: string[];
  try {
    const index = JSON.parse(await readFile(join(evalDir, 'subsets.json'), 'utf8')) as Record<
      string,
      { description?: string }
    >;
    subsets = Object.keys(index);
    for (const [name, info] of Object.entries(index)) descriptions[name] = info.description ?? '';
  } catch {
    // No index: every folder is a subset.
    subsets = (await readdir(evalDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  }
  const samples: Sample[] = [];
  for (const subset of subsets.sort()) {
    const dir = join(evalDir, subset);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.label.png')).sort();
    for (const labelFile of files.slice(0, limit)) {
      const id = labelFile.slice(0, -'.label.png'.length);
      samples.push({
        subset,
        id,
        imagePath: join(dir, `${id}.jpg`),
        labelPath: join(dir, labelFile),
      });
    }
  }
  return { samples, descriptions };
}

type MethodName = 'model' | 'baseline';

/** A committed sample's photo, decoded as the app decodes it, and its label. */
async function loadLabelled(
  sample: Sample,
): Promise<{ image: PixelImage; label: ClassProbabilities }> {
  const [decoded, label] = await Promise.all([
    decodeForAnalysis(sample.imagePath),
    readLabelFile(sample.labelPath),
  ]);
  return { image: decoded.image, label };
}

interface Row {
  subset: string;
  model?: SummaryScores;
  baseline?: SummaryScores;
}

function fmt(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

function printTable(rows: Row[]): void {
  const header = [
    'subset',
    'n',
    'hairIoU% model',
    'base',
    'skinIoU% model',
    'base',
    'covErr pp model',
    'base',
    'ms/img model',
    'base',
  ];
  const lines = rows.map((r) => [
    r.subset,
    String(r.model?.images ?? r.baseline?.images ?? 0),
    fmt(r.model?.hairIouPct),
    fmt(r.baseline?.hairIouPct),
    fmt(r.model?.skinIouPct),
    fmt(r.baseline?.skinIouPct),
    fmt(r.model?.coverageMaePp, 2),
    fmt(r.baseline?.coverageMaePp, 2),
    fmt(r.model?.msPerImage, 0),
    fmt(r.baseline?.msPerImage, 0),
  ]);
  printTextTable(header, lines);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'eval-dir': { type: 'string', default: 'models/eval' },
      limit: { type: 'string', default: '1000000' },
      model: { type: 'string' },
      card: { type: 'string' },
      'skip-baseline': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results/eval.json' },
      'count-dir': { type: 'string', default: 'models/eval-count' },
      // Another counting network for the count table (e.g. a candidate's export), with its card.
      'count-model': { type: 'string' },
      'count-card': { type: 'string' },
      // A second held-out set, written by today's generator (the eval set is revision E, the
      // shipped model's own training revision): '' to skip it.
      'shift-dir': { type: 'string', default: 'models/eval-g' },
      'count-only': { type: 'boolean', default: false },
    },
  });
  const commandLine = `npm run eval -- ${process.argv.slice(2).join(' ')}`.trim();
  console.log(`command: ${commandLine}`);
  const evalDir = values['eval-dir'];
  const { samples, descriptions } = await listSamples(evalDir, Number(values.limit)).catch(() => ({
    samples: [] as Sample[],
    descriptions: {} as Record<string, string>,
  }));
  if (samples.length === 0) {
    console.error(`no eval samples under ${evalDir} (expected <subset>/<id>.jpg + <id>.label.png)`);
    process.exitCode = 1;
    return;
  }

  const methods: Partial<Record<MethodName, Segmenter>> = {};
  const loaded = await loadNodeSegmenter({ modelPath: values.model, cardPath: values.card });
  if (loaded.segmenter.fallbackReason) {
    console.log(
      `MODEL MISSING — evaluating the classical baseline only. (${loaded.segmenter.fallbackReason})`,
    );
  } else {
    methods.model = loaded.segmenter;
    const m = loaded.segmenter.model;
    console.log(
      `model: ${describeModel(m)} (load ${fmt(loaded.ortModel?.loadMs, 0)} ms; hair from p ≥ ${loaded.segmenter.hairThreshold})`,
    );
  }
  // The app's hair counter for the count table: the learned one, or the rule counter, said.
  const loadCounter = async () => {
    const loadedCounter = await loadNodeHairCounter(values['count-model'], values['count-card']);
    console.log(
      `hair counter: ${loadedCounter.version}${loadedCounter.fallbackReason ? ` (${loadedCounter.fallbackReason})` : ''}`,
    );
    return loadedCounter;
  };
  if (!values['skip-baseline'] || !methods.model)
    methods.baseline = (await loadNodeSegmenter({ baseline: true })).segmenter;

  if (values['count-only']) {
    // The hair-count table alone (e.g. on the validation count set the counter was tuned on).
    await evaluateHairCounts(values['count-dir'], methods, (await loadCounter()).counter);
    return;
  }
  const { run, subsets, rows } = await scoreSet(samples, methods);
  console.log(
    'IoU: hard (hair where p(hair) ≥ the hair threshold, else argmax) vs label argmax, pooled over pixels. covErr: mean |measured − true| soft hair coverage of hair+skin, pp.',
  );
  printTable(rows);

  const zoom = await scoreVariants(samples, subsets, methods, ZOOM_SET);
  const camera = await scoreVariants(samples, subsets, methods, CAMERA_SET);
  const shift = await evaluateShiftSet(values['shift-dir'], Number(values.limit), methods);
  const quality = methods.model?.quality;
  // Each camera condition's readings, and all but the control pooled.
  const cameraGroups = [
    ...camera.runs.map(({ label, run: photographed }) => ({
      name: `camera ${label}`,
      scores: modelScores(photographed),
    })),
    {
      name: 'camera pooled (not control)',
      scores: camera.runs
        .filter(({ label }) => label !== 'control')
        .flatMap(({ run: photographed }) => modelScores(photographed)),
    },
  ];
  const errorBounds = quality
    ? {
        singles: evaluateBounds(
          [
            ...subsets.map((subset) => ({ name: subset, scores: modelScores(run, subset) })),
            { name: 'overall', scores: modelScores(run) },
            ...(shift
              ? [
                  ...shift.subsets.map((subset) => ({
                    name: `G ${subset}`,
                    scores: modelScores(shift.run, subset),
                  })),
                  { name: 'G overall', scores: modelScores(shift.run) },
                ]
              : []),
            ...zoom.runs.map(({ label, run: zoomed }) => ({
              name: `${label} overall`,
              scores: modelScores(zoomed),
            })),
            {
              name: `×${ZOOMS.join('/×')} pooled`,
              scores: zoom.runs.flatMap(({ run: zoomed }) => modelScores(zoomed)),
            },
            ...cameraGroups,
          ],
          quality,
        ),
        changes: methods.model ? await evaluateChangeBounds(methods.model) : null,
      }
    : null;
  const flagGroups = [
    { name: '×1 overall', scores: modelScores(run) },
    ...(shift ? [{ name: 'G overall', scores: modelScores(shift.run) }] : []),
    ...cameraGroups,
  ];
  const blownOutFlag = quality ? evaluateReadingFlag(flagGroups, quality, BLOWN_OUT_FLAG) : null;
  const outOfFocusOnCamera = quality
    ? evaluateReadingFlag(flagGroups, quality, OUT_OF_FOCUS_FLAG)
    : null;
  const smallPhotoFlag = methods.model
    ? await evaluateSmallPhotoFlag(samples, methods.model)
    : null;
  const outOfFocusFlag = methods.model
    ? await evaluateOutOfFocusFlag(samples, methods.model)
    : null;
  const realNoHair = await evaluateNoHairPhotos(methods);
  const realHairBoxes = await evaluateHairBoxes(methods);
  const hairCount = await evaluateHairCounts(
    values['count-dir'],
    methods,
    (await loadCounter()).counter,
  );

  await mkdir(join(values.out, '..'), { recursive: true });
  await writeFile(
    values.out,
    JSON.stringify(
      {
        command: commandLine,
        date: new Date().toISOString(),
        evalDir,
        metrics: {
          iou: 'hard: predicted class (hair where p(hair) >= hairThreshold, else argmax of skin/background) vs label argmax, pooled over all pixels of the subset',
          hairThreshold: {
            model: methods.model?.hairThreshold ?? null,
            baseline: methods.baseline?.hairThreshold ?? null,
          },
          coverageMaePp:
            'mean over images of |measured − true| hair/(hair+skin), soft sums, percentage points',
          coverageBiasPp: 'mean of (measured − true)',
        },
        model: methods.model?.model ?? null,
        modelMissingReason: loaded.segmenter.fallbackReason ?? null,
        baseline: methods.baseline?.model ?? null,
        subsets: Object.fromEntries(subsets.map((s) => [s, descriptions[s] ?? ''])),
        rows,
        perImage: run.perImage,
        zoom: {
          metric:
            'the eval set resampled by each factor (photo lanczos3, soft label triangle filter), scored as above',
          rows: zoom.rows,
        },
        camera: {
          metric:
            'the eval set at ×1 through each condition (scripts/node/camera.ts), label unchanged, scored as above',
          conditions: Object.fromEntries(CAMERA_CONDITIONS.map((c) => [c.name, c.means])),
          rows: camera.rows,
        },
        shift: shift && {
          evalDir: values['shift-dir'],
          metric: "held-out set written by today's generator (revision G), scored as above",
          rows: shift.rows,
          perImage: shift.run.perImage,
        },
        errorBounds,
        blownOutFlag,
        smallPhotoFlag,
        outOfFocusFlag: outOfFocusFlag && { ...outOfFocusFlag, onCamera: outOfFocusOnCamera },
        realNoHair,
        realHairBoxes,
        hairCount,
      },
      null,
      1,
    ),
  );
  console.log(`wrote ${values.out}`);
}

interface SampleRun {
  scores: Record<MethodName, Map<string, ImageScores[]>>;
  times: Record<MethodName, Map<string, number>>;
  perImage: Array<Record<string, unknown>>;
}

/** Segments every sample with every method and scores it against its label. */
async function scoreSamples(
  samples: readonly Sample[],
  methods: Partial<Record<MethodName, Segmenter>>,
  load: (sample: Sample) => Promise<{ image: PixelImage; label: ClassProbabilities }>,
): Promise<SampleRun> {
  const run: SampleRun = {
    scores: { model: new Map(), baseline: new Map() },
    times: { model: new Map(), baseline: new Map() },
    perImage: [],
  };
  for (const [index, sample] of samples.entries()) {
    const { image, label } = await load(sample);
    const entry: Record<string, unknown> = { subset: sample.subset, id: sample.id };
    for (const name of ['model', 'baseline'] as const) {
      const segmenter = methods[name];
      if (!segmenter) continue;
      const started = performance.now();
      const probs = await segmenter.segment(image);
      const ms = performance.now() - started;
      const score = scoreImage(
        probs,
        label,
        segmenter.hairThreshold,
        segmenter.coverageTemperature,
      );
      const list = run.scores[name].get(sample.subset) ?? [];
      list.push(score);
      run.scores[name].set(sample.subset, list);
      run.times[name].set(sample.subset, (run.times[name].get(sample.subset) ?? 0) + ms);
      // The scale a shaft-width pass analysed it at, when one did (shaftRulePass.ts).
      const rescale = probs.shaftRescale ? rescaleRecord(probs.shaftRescale) : {};
      // The noise the noise rule smoothed away, when it did (photoNoise.ts).
      const noise = probs.noiseSmoothing ? { noiseSigma: probs.noiseSmoothing.noiseSigma } : {};
      entry[name] = { ...score, ms: Math.round(ms), ...rescale, ...noise };
    }
    run.perImage.push(entry);
    if (process.stdout.isTTY) process.stdout.write(`\r${index + 1}/${samples.length} images`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  return run;
}

/** A committed set at ×1: every sample scored, its subsets, and its table rows. */
async function scoreSet(
  samples: readonly Sample[],
  methods: Partial<Record<MethodName, Segmenter>>,
  label = '',
): Promise<{ run: SampleRun; subsets: string[]; rows: Row[] }> {
  const run = await scoreSamples(samples, methods, loadLabelled);
  const subsets = [...new Set(samples.map((s) => s.subset))];
  return { run, subsets, rows: tableRows(subsets, run, methods, label) };
}

/** One summary row per subset, then `overall` (prefixed with `label` when given). */
function tableRows(
  subsets: readonly string[],
  run: SampleRun,
  methods: Partial<Record<MethodName, Segmenter>>,
  label = '',
): Row[] {
  const rowFor = (subset: string, pick: (name: MethodName) => [ImageScores[], number]): Row => {
    const row: Row = { subset: `${label}${subset}` };
    for (const name of ['model', 'baseline'] as const) {
      if (!methods[name]) continue;
      const [list, ms] = pick(name);
      row[name] = summarise(list, ms);
    }
    return row;
  };
  const { scores, times } = run;
  return [
    ...subsets.map((subset) =>
      rowFor(subset, (name) => [scores[name].get(subset) ?? [], times[name].get(subset) ?? 0]),
    ),
    rowFor('overall', (name) => [
      [...scores[name].values()].flat(),
      [...times[name].values()].reduce((a, b) => a + b, 0),
    ]),
  ];
}

/** A way of reading every sample of the eval set again (another scale, another camera). */
interface Variant {
  label: string;
  load: (sample: Sample) => Promise<{ image: PixelImage; label: ClassProbabilities }>;
}

interface VariantRuns {
  rows: Row[];
  runs: { label: string; run: SampleRun }[];
}

/** Variants read and printed as one table: a heading, and which rows it prints (all by default). */
interface VariantSet {
  heading: string;
  variants: readonly Variant[];
  shown?: (row: Row) => boolean;
}

/** Every sample read once per variant and scored, table rows labelled by the variant. */
async function scoreVariants(
  samples: readonly Sample[],
  subsets: readonly string[],
  methods: Partial<Record<MethodName, Segmenter>>,
  { heading, variants, shown = () => true }: VariantSet,
): Promise<VariantRuns> {
  const rows: Row[] = [];
  const runs: VariantRuns['runs'] = [];
  for (const { label, load } of variants) {
    const run = await scoreSamples(samples, methods, load);
    rows.push(...tableRows(subsets, run, methods, `${label} `));
    runs.push({ label, run });
  }
  console.log(`\n${heading}`);
  printTable(rows.filter(shown));
  return { rows, runs };
}

/** The same eval set resampled by each of ZOOMS: how much the figures depend on image scale. */
const ZOOM_SET: VariantSet = {
  heading: `Scale robustness: the eval set resampled ×${ZOOMS.join(' and ×')} (hair ${ZOOMS.map((z) => `${z}×`).join(' / ')} as wide in pixels), same metrics`,
  variants: ZOOMS.map((factor) => ({
    label: `×${factor}`,
    load: (sample: Sample) => zoomedSample(sample.imagePath, sample.labelPath, factor),
  })),
};

/**
 * The eval set through each of CAMERA_CONDITIONS (scripts/node/camera.ts) at ×1: what blur,
 * exposure, a colour cast, noise and recompression cost. Only the overall rows are printed.
 */
const CAMERA_SET: VariantSet = {
  heading: `Camera robustness: the eval set at ×1 photographed worse (${CAMERA_CONDITIONS.map((c) => `${c.name}: ${c.means}`).join('; ')}), same metrics, overall rows`,
  variants: CAMERA_CONDITIONS.map((condition) => ({
    label: condition.name,
    load: async (sample: Sample) => ({
      image: await condition.photo(sample.imagePath, Number(sample.id) || 0),
      label: await readLabelFile(sample.labelPath),
    }),
  })),
  shown: (row) => row.subset.endsWith(' overall'),
};

/**
 * The second held-out set (make_eval.py --seed-base 9800000 with today's generator, revision G:
 * full heads of hair among other things), scored like the eval set at ×1; null when absent. Any
 * other set from make_eval.py can stand in (--shift-dir): its seeds, which are its file names,
 * are printed from the files rather than assumed.
 */
async function evaluateShiftSet(
  dir: string | undefined,
  limit: number,
  methods: Partial<Record<MethodName, Segmenter>>,
): Promise<{ subsets: string[]; rows: Row[]; run: SampleRun } | null> {
  if (!dir) return null;
  const { samples } = await listSamples(dir, limit).catch(() => ({ samples: [] as Sample[] }));
  if (samples.length === 0) {
    console.log(`\nheld-out set ${dir}: not found (models/synth/make_eval.py --seed-base 9800000)`);
    return null;
  }
  const { run, subsets, rows } = await scoreSet(samples, methods, 'G ');
  const seeds = samples.map((s) => Number(s.id)).filter(Number.isFinite);
  const seedText = seeds.length
    ? `seeds ${Math.min(...seeds).toLocaleString('en')}–${Math.max(...seeds).toLocaleString('en')}`
    : 'seeds unknown';
  console.log(
    `\nHeld-out set from today's generator (${dir}, revision G, ${seedText}; the model trained on revisions B–E), same metrics`,
  );
  printTable(rows);
  return { subsets, rows, run };
}

/** A reading flag as the held-out tables show it: its heading and the readings it picks. */
interface ReadingFlag {
  heading: string;
  flagged: (s: ImageScores) => boolean;
}

const BLOWN_OUT_FLAG: ReadingFlag = {
  heading: `Blown-out flag on held-out readings: readings whose scalp is at least ${BLOWN_OUT_FLAG_PCT} % blown out (luma ≥ 250) are flagged`,
  flagged: isBlownOut,
};

const OUT_OF_FOCUS_FLAG: ReadingFlag = {
  heading: `Out-of-focus flag on held-out readings as they came and through the camera conditions: readings whose scalp's edge sharpness is at most ${OUT_OF_FOCUS_EDGE_SHARPNESS} are flagged`,
  flagged: isOutOfFocus,
};

/**
 * A reading flag on groups of held-out readings (scripts/node/readingFlags.ts): how many it
 * flags, and the error and stated-error share of the flagged readings beside the rest.
 */
function evaluateReadingFlag(
  groups: readonly { name: string; scores: readonly ImageScores[] }[],
  quality: ModelQuality,
  flag: ReadingFlag,
): Record<string, FlagSummary> {
  const out: Record<string, FlagSummary> = {};
  for (const { name, scores } of groups) out[name] = summariseFlag(scores, quality, flag.flagged);
  console.log(
    `\n${flag.heading}; mean |measured − true| coverage and the share within the stated error, flagged and not`,
  );
  printFlagTable(
    'readings',
    Object.entries(out).map(([name, s]) => ({ name, ...s, rest: s.passed })),
  );
  return out;
}

/** A flag's held-out table: per row, the flagged readings beside the rest. */
function printFlagTable(
  firstColumn: string,
  rows: readonly { name: string; readings: number; flagged: FlagSide; rest: FlagSide }[],
): void {
  printTextTable(
    [firstColumn, 'n', 'flagged', 'error pp flagged', 'within %', 'error pp rest', 'within %'],
    rows.map((r) => [
      r.name,
      String(r.readings),
      String(r.flagged.readings),
      fmt(r.flagged.meanErrorPp, 2),
      fmt(r.flagged.withinPct, 0),
      fmt(r.rest.meanErrorPp, 2),
      fmt(r.rest.withinPct, 0),
    ]),
  );
}

/** `read` on every eval sample, named as the sweeps name theirs, the rows of all in order. */
async function readEachSample<T>(
  samples: readonly Sample[],
  read: (sample: SweepSample) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (const sample of samples) {
    out.push(...(await read({ group: sample.subset, id: sample.id, path: sample.imagePath })));
  }
  return out;
}

/**
 * The small-photo flag on held-out crops (scripts/node/smallPhoto.ts): centred square crops of
 * every eval image read as photos of their own; crops whose side is below the flag's are flagged.
 */
async function evaluateSmallPhotoFlag(
  samples: readonly Sample[],
  segmenter: Segmenter,
): Promise<{ flagSidePx: number; table: SideRow[] }> {
  const readings = await readEachSample(samples, (sample) => readCrops(segmenter, sample));
  const table = sideTable(readings);
  console.log(
    `\nSmall-photo flag on held-out crops: centred square crops of the eval images read as photos of their own; a shorter side below ${SMALL_PHOTO_FLAG_SIDE_PX} px is flagged. Mean |measured − true| coverage and the share within the stated error`,
  );
  printTextTable(
    ['side px', 'readings', 'flagged', 'error pp', 'within %', 'error ÷ whole'],
    table.map((row) => [
      String(row.sidePx),
      String(row.readings),
      row.sidePx < SMALL_PHOTO_FLAG_SIDE_PX ? 'yes' : 'no',
      fmt(row.meanErrorPp, 2),
      fmt(row.withinPct, 0),
      fmt(row.errorRatio, 2),
    ]),
  );
  return { flagSidePx: SMALL_PHOTO_FLAG_SIDE_PX, table };
}

interface FocusRow {
  finish: string;
  sigmaPx: number | 'σ > 0';
  readings: number;
  flagged: FlagSide;
  rest: FlagSide;
}

/**
 * The out-of-focus flag on held-out photos (scripts/node/defocus.ts): every eval image read as it
 * is and blurred by each σ, then finished each way (since stop 32: as it is, and with a phone's
 * grain, sharpening and JPEG after the blur); per finish and σ, the flagged readings against the
 * rest.
 */
async function evaluateOutOfFocusFlag(
  samples: readonly Sample[],
  segmenter: Segmenter,
): Promise<{ edgeSharpnessCut: number; rows: FocusRow[]; closeUpsAtSigma1And2FlaggedPct: number }> {
  const readings: DefocusReading[] = [];
  for (const finish of PHONE_FINISHES) {
    readings.push(
      ...(await readEachSample(samples, (sample) => readDefocused(segmenter, sample, { finish }))),
    );
  }
  // The cut on every reading, close-ups included: the table describes the statistic.
  const flagged = (r: DefocusReading) =>
    r.edgeSharpness !== null && isOutOfFocusSharpness(r.edgeSharpness);
  const row = (finish: string, sigmaPx: FocusRow['sigmaPx'], rows: DefocusReading[]): FocusRow => ({
    finish,
    sigmaPx,
    readings: rows.length,
    flagged: flagSide(rows.filter(flagged)),
    rest: flagSide(rows.filter((r) => !flagged(r))),
  });
  const rows = PHONE_FINISHES.flatMap(({ name }) => {
    const ofFinish = readings.filter((r) => r.finish === name);
    return [
      ...DEFOCUS_SIGMAS_PX.map((sigma) =>
        row(
          name,
          sigma,
          ofFinish.filter((r) => r.sigmaPx === sigma),
        ),
      ),
      row(
        name,
        'σ > 0',
        ofFinish.filter((r) => r.sigmaPx > 0),
      ),
    ];
  });
  const closeUpsAtSigma1And2FlaggedPct = sharePct(readings.filter(isMildlyBlurredCloseUp), flagged);
  console.log(
    `\nOut-of-focus flag on held-out photos: the eval images blurred by a Gaussian of σ px (label unchanged), as they are ('gaussian') or then finished by a phone (grain of 2 or 4 grey levels, sharpening, JPEG); a reading whose scalp's edge sharpness is at most ${OUT_OF_FOCUS_EDGE_SHARPNESS} is flagged. Mean |measured − true| coverage and the share within the stated error, flagged and not; close-ups at σ 1–2 flagged: ${closeUpsAtSigma1And2FlaggedPct.toFixed(0)} %`,
  );
  printFlagTable(
    'finish, blur σ px',
    rows.map((r) => ({ ...r, name: `${r.finish} ${r.sigmaPx}` })),
  );
  return { edgeSharpnessCut: OUT_OF_FOCUS_EDGE_SHARPNESS, rows, closeUpsAtSigma1And2FlaggedPct };
}

/** The bounds compared on held-out readings: the app's and the card's single figure. */
type BoundName = 'stated' | 'singleFigure';

interface BoundsRow {
  summary: Record<BoundName, BoundSummary>;
  /** Mean pinball loss (τ = 0.9) of each bound as the 90th percentile: lower is better. */
  pinball: Record<BoundName, number>;
}

/**
 * The error the app states beside each held-out reading (readingQuality.ts: the card's line in
 * the undecided share) against its real error, beside the card's single figure for every photo.
 */
function evaluateBounds(
  groups: readonly { name: string; scores: readonly ImageScores[] }[],
  quality: ModelQuality,
): Record<string, BoundsRow> {
  const bases: Record<BoundName, (s: ImageScores) => number> = {
    stated: (s) => typicalErrorPp(quality, s.uncertainPct),
    singleFigure: () => quality.coverageErrorP90Pp,
  };
  const out: Record<string, BoundsRow> = {};
  for (const { name, scores } of groups) {
    const errors = scores.map((s) => Math.abs(s.measuredCoveragePct - s.trueCoveragePct));
    const row = { summary: {}, pinball: {} } as BoundsRow;
    for (const [basis, bound] of Object.entries(bases) as [
      BoundName,
      (s: ImageScores) => number,
    ][]) {
      const bounds = scores.map(bound);
      row.summary[basis] = summariseBounds(
        scores.map((s, i) => ({
          errorPp: errors[i]!,
          boundPp: bounds[i]!,
          uncertainPct: s.uncertainPct,
        })),
      );
      row.pinball[basis] = pinballLoss(errors, bounds, 0.9);
    }
    out[name] = row;
  }
  console.log(
    `\nStated error of a reading on held-out sets: share of readings whose |measured − true| coverage is within it (claimed: 9 in 10), and the pinball loss of each bound as the 90th percentile (lower is better). "stated": the app's, from the card's line in the undecided share${quality.coverageErrorP90Line ? '' : ' (this card has none: its single figure)'}; "single": the card's one figure for every photo (${quality.coverageErrorP90Pp} pp). Most undecided: the quarter of readings with the most undecided pixels.`,
  );
  printTextTable(
    [
      'readings',
      'n',
      'within % stated',
      'mean bound pp',
      'pinball',
      'within % single',
      'pinball',
      'most undecided: stated',
      'single',
    ],
    Object.entries(out).map(([name, { summary, pinball }]) => [
      name,
      String(summary.stated.readings),
      fmt(summary.stated.withinPct, 0),
      fmt(summary.stated.meanBoundPp, 1),
      fmt(pinball.stated, 2),
      fmt(summary.singleFigure.withinPct, 0),
      fmt(pinball.singleFigure, 2),
      `${fmt(summary.stated.mostUndecidedWithinPct, 0)} % of ${summary.stated.mostUndecided}`,
      fmt(summary.singleFigure.mostUndecidedWithinPct, 0),
    ]),
  );
  return out;
}

/** The model's scores of a run, of one subset or of all. */
function modelScores(run: SampleRun, subset?: string): ImageScores[] {
  return subset ? (run.scores.model.get(subset) ?? []) : [...run.scores.model.values()].flat();
}

/**
 * The change error the progress chart judges a change against (progress.ts, changeError), on
 * held-out follow-up pairs (make_followups.py --heldout, seeds 9,700,000+); null when not written.
 */
async function evaluateChangeBounds(
  segmenter: Segmenter,
  dir = HELDOUT_PAIR_DIR,
): Promise<Record<string, BoundSummary> | null> {
  const written = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  // The same reading of a sample as npm run calibrate's, whose follow-up pairs set the figure.
  const readings = written
    ? await mapZoomedSamples(dir, [1], async (sample, zoom, { image, label }) => {
        const figures = segmenterCoverage(segmenter, await segmenter.segment(image));
        return {
          ...sampleTruth(sample, zoom, label),
          readPct: figures.hairCoveragePct,
          quality: assessReading(figures, segmenter.quality),
        };
      })
    : [];
  const byKind = new Map<string, BoundedReading[]>();
  for (const [a, b] of followUpPairs(readings, 1)) {
    const boundPp = changeError(a.quality, b.quality);
    if (boundPp === undefined) continue;
    const rows = byKind.get(a.group) ?? [];
    rows.push({
      errorPp: Math.abs(b.readPct - a.readPct - (b.truthPct - a.truthPct)),
      boundPp,
      uncertainPct: Math.max(a.quality.uncertainPct, b.quality.uncertainPct),
    });
    byKind.set(a.group, rows);
  }
  if (byKind.size === 0) {
    console.log(
      `held-out follow-up pairs: not written (run /usr/bin/python3 models/synth/make_followups.py --heldout)`,
    );
    return null;
  }
  const out: Record<string, BoundSummary> = {};
  for (const [kind, rows] of [...byKind].sort()) out[kind] = summariseBounds(rows);
  out.overall = summariseBounds([...byKind.values()].flat());
  console.log(
    `\nStated change error on ${out.overall.readings} held-out follow-up pairs (${dir}): share of pairs whose |measured − true| change in coverage is within what the progress chart judges a change against (claimed: 9 in 10)`,
  );
  printTextTable(
    [
      'pairs',
      'n',
      'mean change error pp',
      'within %',
      'bound pp',
      'most undecided quarter within %',
    ],
    Object.entries(out).map(([name, s]) => [
      name,
      String(s.readings),
      fmt(s.meanErrorPp, 2),
      fmt(s.withinPct, 0),
      fmt(s.meanBoundPp, 1),
      `${fmt(s.mostUndecidedWithinPct, 0)} % of ${s.mostUndecided}`,
    ]),
  );
  return out;
}

interface RealPhotoRow<T> {
  file: string;
  scores: Partial<Record<MethodName, T>>;
}

/** Decodes each real photo once and scores every method's segmentation of it. */
async function scoreRealPhotos<I, T>(
  items: readonly I[],
  pathOf: (item: I) => string,
  methods: Partial<Record<MethodName, Segmenter>>,
  score: (
    probs: ClassProbabilities,
    segmenter: Segmenter,
    decoded: DecodedForAnalysis,
    item: I,
  ) => T,
): Promise<RealPhotoRow<T>[]> {
  const rows: RealPhotoRow<T>[] = [];
  for (const item of items) {
    const decoded = await decodeForAnalysis(pathOf(item));
    const scores: Partial<Record<MethodName, T>> = {};
    for (const name of ['model', 'baseline'] as const) {
      const segmenter = methods[name];
      if (segmenter)
        scores[name] = score(await segmenter.segment(decoded.image), segmenter, decoded, item);
    }
    rows.push({ file: pathOf(item), scores });
  }
  return rows;
}

/** Each method's list of scores, in photo order. */
function byMethod<T>(rows: RealPhotoRow<T>[]): Partial<Record<MethodName, T[]>> {
  const out: Partial<Record<MethodName, T[]>> = {};
  for (const row of rows)
    for (const name of ['model', 'baseline'] as const) {
      const value = row.scores[name];
      if (value !== undefined) (out[name] ??= []).push(value);
    }
  return out;
}

/**
 * Each photo's figure per method: printed one line per photo, returned for the JSON as
 * `{ file, <method>: { <key>: figure } }`.
 */
function perPhotoFigures<T>(
  rows: RealPhotoRow<T>[],
  key: string,
  figure: (score: T) => number,
  digits: number,
): Array<Record<string, unknown>> {
  return rows.map((row) => {
    const figures = (['model', 'baseline'] as const).flatMap((name) => {
      const score = row.scores[name];
      return score === undefined ? [] : [[name, figure(score)] as const];
    });
    const cells = figures.map(([name, value]) => `${name} ${fmt(value, digits)} %`);
    console.log(`  ${row.file.split('/').pop()}: ${cells.join(', ')}`);
    return { file: row.file, ...Object.fromEntries(figures.map(([n, v]) => [n, { [key]: v }])) };
  });
}

/** The false-hair table on real hair-free photos (realPhotos.ts); null when not fetched. */
async function evaluateNoHairPhotos(
  methods: Partial<Record<MethodName, Segmenter>>,
): Promise<Record<string, unknown> | null> {
  const photos = await listNoHairPhotos();
  if (photos.length === 0) {
    console.log(
      'real hair-free photos: not fetched (run /usr/bin/python3 models/synth/fetch_backdrops.py)',
    );
    return null;
  }
  const rows = await scoreRealPhotos(
    photos,
    (path) => path,
    methods,
    (probs, segmenter) => falseHair(probs, segmenter.hairThreshold),
  );
  const summary = Object.fromEntries(
    Object.entries(byMethod(rows)).map(([name, list]) => [name, summariseFalseHair(list)]),
  );
  console.log(
    `\nReal photos with no hair (${photos.length}, never trained on): share of pixels called hair`,
  );
  for (const [name, s] of Object.entries(summary))
    console.log(
      `  ${name.padEnd(8)} pooled ${fmt(s.hairPixelPct, 2)} %  soft ${fmt(s.hairMassPct, 2)} %  worst photo ${fmt(s.worstPhotoHairPixelPct, 1)} %`,
    );
  const perPhoto = perPhotoFigures(
    rows,
    'hairPixelPct',
    (score) => round2((100 * score.hairPixels) / score.pixels),
    1,
  );
  return {
    metric:
      'share of pixels decided hair (p(hair) >= hairThreshold) on real photos without hair: pooled over pixels, soft (mean p(hair)), worst photo',
    summary,
    perPhoto,
  };
}

/**
 * Recall on real head hair, the share of hair-only boxes called hair, beside the false hair in
 * boxes of the same photos that hold none (realPhotos.ts).
 */
async function evaluateHairBoxes(
  methods: Partial<Record<MethodName, Segmenter>>,
): Promise<Record<string, unknown> | null> {
  const photos = await listHairBoxPhotos();
  if (photos.length === 0) return null;
  const rows = await scoreRealPhotos(
    photos,
    (photo) => photo.path,
    methods,
    (probs, segmenter, decoded, photo) => {
      const share = (box: (typeof photo)['box']) =>
        hairShareInBox(
          probs,
          box,
          decoded.originalWidthPx,
          decoded.originalHeightPx,
          segmenter.hairThreshold,
        );
      const notHair = Object.fromEntries(photo.notHair.map((n) => [n.label, share(n.box)]));
      const values = Object.values(notHair);
      return {
        hairPct: share(photo.box),
        notHair,
        notHairPct: values.length ? values.reduce((x, y) => x + y, 0) / values.length : Number.NaN,
      };
    },
  );
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / (list.length || 1);
  const summary = Object.fromEntries(
    Object.entries(byMethod(rows)).map(([name, list]) => [
      name,
      {
        photos: list.length,
        meanHairPct: mean(list.map((s) => s.hairPct)),
        meanNotHairPct: mean(list.map((s) => s.notHairPct)),
      },
    ]),
  );
  console.log(`\nReal photos of people (${photos.length}): share of a hair-only box called hair`);
  const perPhoto = perPhotoFigures(rows, 'hairPct', (s) => round2(s.hairPct), 0).map(
    (entry, k) => ({ ...entry, box: photos[k]?.box }),
  );
  for (const [name, s] of Object.entries(summary))
    console.log(`  ${name.padEnd(8)} mean ${fmt(s.meanHairPct, 1)} %`);
  console.log(
    "Same photos, boxes that hold no hair (skin below the eyebrows, clothes, background): share called hair, mean of a photo's boxes",
  );
  for (const row of rows) {
    const cells = (['model', 'baseline'] as const).flatMap((name) => {
      const score = row.scores[name];
      if (!score) return [];
      const parts = Object.entries(score.notHair).map(([label, v]) => `${label} ${fmt(v, 0)}`);
      return [`${name} ${fmt(score.notHairPct, 0)} % (${parts.join(', ')})`];
    });
    console.log(`  ${row.file.split('/').pop()}: ${cells.join('; ')}`);
  }
  for (const [name, s] of Object.entries(summary))
    console.log(
      `  ${name.padEnd(8)} mean ${fmt(s.meanNotHairPct, 1)} %; hair box minus no-hair boxes ${fmt(s.meanHairPct - s.meanNotHairPct, 1)} points`,
    );
  return {
    metric:
      "share of the pixels of a box holding only head hair (typed in by eye, fetch_backdrops.py HAIR_BOXES) that the segmenter calls hair; notHairPct: the same for boxes in those photos that hold no hair (NOT_HAIR_BOXES), mean over a photo's boxes",
    summary,
    perPhoto: perPhoto.map((entry, k) => ({
      ...entry,
      notHair: Object.fromEntries(
        (['model', 'baseline'] as const).flatMap((name) => {
          const score = rows[k]?.scores[name];
          return score ? [[name, score.notHair]] : [];
        }),
      ),
    })),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.split('\n')[0] : error);
  process.exit(1);
});
