// The typed contract between the UI thread and the analysis worker (STYLE.md rule 4). The worker
// exposes an `AnalysisWorkerApi` object through Comlink; the client bridge calls it. Only this
// file (plus src/domain) is imported by both sides.
import type { AnalysisModelRef, HairCountRecord, ReadingQualityRecord } from '../domain/analysis';

/** Progress stages (STYLE.md rule 6), in order; `loading` happens once per worker. */
export type AnalysisStage = 'loading' | 'ready' | 'running' | 'done';

export interface AnalysisProgress {
  stage: AnalysisStage;
  /** 0..1 within the stage when known (tiles done / tiles total while running). */
  fraction?: number;
  /** Short human-readable detail, e.g. "tile 3 of 12" or "wasm, 2 threads". */
  detail?: string;
}

export type ProgressCallback = (progress: AnalysisProgress) => void;

/** Which segmenter to use: the model (with classical fallback) or the classical baseline only. */
export type AnalysisMethod = 'model' | 'classical';

export interface AnalyzeRequest {
  /** Caller-chosen id, used by `abort(jobId)`. */
  jobId: string;
  /** The photo's working copy (long side ≤ 2048 px); decoded and, if larger, downscaled in the worker. */
  image: Blob;
  method: AnalysisMethod;
  /** Also return the hair mask as a PNG blob (for storing with the Analysis record). */
  wantMaskPng?: boolean;
  /** Also count the hairs (trichoscopy close-ups, where shafts are wide enough to separate). */
  countHairs?: boolean;
}

export interface AnalyzeResult {
  /** Size the analysis ran at (analysis scale). */
  widthPx: number;
  heightPx: number;
  /** Hair probability 0..255 per pixel at widthPx × heightPx, row-major. */
  hairProbability: Uint8Array;
  /** Hair / (hair + skin) in percent, soft (sum of probabilities). */
  hairCoveragePct: number;
  /** How far to trust the figure: undecided pixels, calibration, typical error. */
  quality: ReadingQualityRecord;
  /** Shares of the whole image, in percent. */
  hairPct: number;
  skinPct: number;
  backgroundPct: number;
  model: AnalysisModelRef;
  /** When asked for: the hairs counted in the frame, in pixels (hairs/cm² needs the field of view). */
  hairCount?: HairCountRecord;
  /** Set when the classical method ran because the model could not: says why. */
  fallbackReason?: string;
  /** Hair mask PNG (hair = 255) at analysis scale, when asked for and the worker can encode. */
  maskPng?: Blob;
  durationMs: number;
}

/** What the worker reports about its runtime, for diagnostics and bench rows. */
export interface RuntimeInfo {
  model: AnalysisModelRef | null;
  fallbackReason?: string;
  numThreads: number;
  crossOriginIsolated: boolean;
  modelLoadMs?: number;
  warmupMs?: number;
}

/** Error name used when a job was aborted, so callers can tell it from a failure. */
export const ABORT_ERROR_NAME = 'AbortError';

export interface AnalysisWorkerApi {
  /** Loads the model (once) and reports which backend runs it; resolves even when it falls back. */
  prepare(onProgress?: ProgressCallback): Promise<RuntimeInfo>;
  /** Segments one image. Rejects with an Error named "AbortError" after abort(jobId). */
  analyze(request: AnalyzeRequest, onProgress?: ProgressCallback): Promise<AnalyzeResult>;
  /** Stops a queued or running job at the next tile boundary. */
  abort(jobId: string): void;
}
