// A stored analysis of one photo. Every analysis names the model (and its version)
// that produced it, so numbers from different model versions are never mixed silently.
import type { AnalysisId, BlobId, PhotoId } from './ids';
import type { RecordMeta } from './record';

export interface AnalysisModelRef {
  /** "hairseg" for our ONNX model, "classical" for the OpenCV baseline. */
  name: string;
  /** Model version string from its card, e.g. "hairseg-0.1.0". */
  version: string;
  /** sha256 of the model file that ran, if any. */
  sha256?: string;
  /** Execution backend that actually ran: "webgpu", "wasm", "opencv". */
  backend: string;
}

export interface RegionMetric {
  /** Region name, "whole" for the full scalp area. */
  region: string;
  /** Hair pixels / (hair + scalp-skin pixels), in percent. */
  coveragePct: number;
  /** Hairs per cm², only for trichoscopy with a known field of view. */
  hairsPerCm2?: number;
}

export interface Analysis extends RecordMeta {
  id: AnalysisId;
  photoId: PhotoId;
  model: AnalysisModelRef;
  metrics: RegionMetric[];
  /** Optional stored mask (PNG blob). */
  maskBlobId?: BlobId;
  /** Seconds the analysis took, for diagnostics. */
  durationMs: number;
}
