// The analysis API object the worker exposes through Comlink. Environment-specific pieces
// (how to fetch the model, import ort, decode a Blob, encode a PNG) come in as `deps`, so tests
// call this object directly in Node with no real Worker.
import {
  ABORT_ERROR_NAME,
  type AnalysisWorkerApi,
  type AnalyzeRequest,
  type AnalyzeResult,
  type ProgressCallback,
  type RuntimeInfo,
} from '../protocol';
import type { HairCountRecord } from '../../domain/analysis';
import { hairMaskBytes, hairProbabilityBytes } from './coverage';
import type { CountModel } from './countModel';
import { countingPlanes } from './countPhoto';
import { loadHairCounter, RULE_HAIR_COUNTER, type LoadedHairCounter } from './learnedHairCount';
import type { ClassProbabilities, PixelImage } from './image';
import { assessReading } from './readingQuality';
import {
  classicalSegmenter,
  loadSegmenter,
  segmenterCoverage,
  type LoadedSegmenter,
  type Segmenter,
  type SegmenterSources,
} from './segmenter';

export interface AnalysisApiDeps extends SegmenterSources {
  /** Decodes an image blob to pixels at analysis scale (long side ≤ 2048 px). */
  decode: (blob: Blob) => Promise<PixelImage>;
  /** Encodes a gray hair mask as PNG; absent where no encoder exists. */
  encodeMaskPng?: (mask: Uint8Array, widthPx: number, heightPx: number) => Promise<Blob>;
  numThreads: number;
  crossOriginIsolated: boolean;
  /**
   * Loads the learned hair counter (countModel.ts); absent, or when it fails, close-ups are
   * counted by the rule counter and the count says which counter made it.
   */
  loadCountModel?: () => Promise<CountModel>;
}

function abortError(jobId: string): Error {
  const error = new Error(`analysis ${jobId} aborted`);
  error.name = ABORT_ERROR_NAME;
  return error;
}

/** The progress detail while the count's smaller copy is segmented (the Chromium bench times from it). */
export const COUNT_COPY_PROGRESS_DETAIL = 'hair count: reading a smaller copy';

export function createAnalysisApi(deps: AnalysisApiDeps): AnalysisWorkerApi {
  let loaded: Promise<LoadedSegmenter> | null = null;
  let classical: Promise<Segmenter> | null = null;
  let counter: Promise<LoadedHairCounter> | null = null;
  const loadCounterOnce = (): Promise<LoadedHairCounter> => {
    const load = deps.loadCountModel;
    counter ??= load ? loadHairCounter(load) : Promise.resolve(RULE_HAIR_COUNTER);
    return counter;
  };
  // One job at a time: an ORT session must not run two graphs at once, and two 2048² jobs
  // side by side would only double peak memory.
  let queue: Promise<unknown> = Promise.resolve();
  const aborted = new Set<string>();

  const loadOnce = (onProgress?: ProgressCallback): Promise<LoadedSegmenter> => {
    if (!loaded) {
      onProgress?.({ stage: 'loading', detail: 'loading the segmentation model' });
      loaded = loadSegmenter(deps);
    }
    return loaded;
  };

  const runtimeInfo = ({ segmenter, ortModel }: LoadedSegmenter): RuntimeInfo => ({
    model: segmenter.model,
    fallbackReason: segmenter.fallbackReason,
    numThreads: deps.numThreads,
    crossOriginIsolated: deps.crossOriginIsolated,
    modelLoadMs: ortModel?.loadMs,
    warmupMs: ortModel?.warmupMs,
  });

  const pickSegmenter = async (request: AnalyzeRequest, onProgress?: ProgressCallback) => {
    if (request.method === 'classical') {
      classical ??= deps.loadCv().then((cv) => classicalSegmenter(cv));
      return classical;
    }
    return (await loadOnce(onProgress)).segmenter;
  };

  // The count is made on planes of at most the count photo's size (countPhoto.ts), so a large
  // close-up is segmented a second time, smaller; its size is what the count's field of view spans.
  const countHairsOf = async (
    image: PixelImage,
    probs: ClassProbabilities,
    segmenter: Segmenter,
    throwIfAborted: () => void,
    onProgress?: ProgressCallback,
  ): Promise<HairCountRecord> => {
    const planes = await countingPlanes(
      image,
      (photo) => {
        onProgress?.({
          stage: 'running',
          fraction: 1,
          detail: COUNT_COPY_PROGRESS_DETAIL,
        });
        return segmenter.segment(photo, { throwIfAborted });
      },
      probs,
    );
    throwIfAborted();
    return {
      ...(await (await loadCounterOnce()).counter(planes)),
      analysisWidthPx: planes.widthPx,
      analysisHeightPx: planes.heightPx,
    };
  };

  const run = async (
    request: AnalyzeRequest,
    onProgress?: ProgressCallback,
  ): Promise<AnalyzeResult> => {
    const throwIfAborted = () => {
      if (aborted.has(request.jobId)) throw abortError(request.jobId);
    };
    throwIfAborted();
    const segmenter = await pickSegmenter(request, onProgress);
    onProgress?.({
      stage: 'ready',
      detail: `${segmenter.model.name} on ${segmenter.model.backend}`,
    });
    const started = performance.now();
    const image = await deps.decode(request.image);
    throwIfAborted();
    onProgress?.({ stage: 'running', fraction: 0 });
    const probs = await segmenter.segment(image, {
      throwIfAborted,
      onTile: (done, total, again) =>
        onProgress?.({
          stage: 'running',
          fraction: done / total,
          detail: again
            ? `second pass, photo ${again}: tile ${done} of ${total}`
            : `tile ${done} of ${total}`,
        }),
    });
    const figures = segmenterCoverage(segmenter, probs);
    const hairProbability = hairProbabilityBytes(probs);
    let maskPng: Blob | undefined;
    if (request.wantMaskPng && deps.encodeMaskPng) {
      const mask = hairMaskBytes(hairProbability, segmenter.hairThreshold);
      maskPng = await deps.encodeMaskPng(mask, probs.widthPx, probs.heightPx);
    }
    const hairCount = request.countHairs
      ? await countHairsOf(image, probs, segmenter, throwIfAborted, onProgress)
      : undefined;
    const result: AnalyzeResult = {
      widthPx: probs.widthPx,
      heightPx: probs.heightPx,
      hairProbability,
      hairCoveragePct: figures.hairCoveragePct,
      hairPct: figures.hairPct,
      skinPct: figures.skinPct,
      backgroundPct: figures.backgroundPct,
      quality: assessReading(figures, segmenter.quality, probs, {
        closeUp: request.countHairs === true,
      }),
      model: segmenter.model,
      ...(hairCount ? { hairCount } : {}),
      fallbackReason: segmenter.fallbackReason,
      maskPng,
      durationMs: performance.now() - started,
    };
    onProgress?.({ stage: 'done', fraction: 1 });
    return result;
  };

  return {
    async prepare(onProgress) {
      const result = await loadOnce(onProgress);
      const info = runtimeInfo(result);
      onProgress?.({
        stage: 'ready',
        detail: `${info.model?.name ?? '?'} on ${info.model?.backend ?? '?'}, ${info.numThreads} thread(s)`,
      });
      return info;
    },
    analyze(request, onProgress) {
      const job = queue.then(() => run(request, onProgress));
      // The queue continues after a failed job; the caller still sees the rejection.
      queue = job.catch(() => undefined);
      return job.finally(() => aborted.delete(request.jobId));
    },
    abort(jobId) {
      aborted.add(jobId);
    },
  };
}
