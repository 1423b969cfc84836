// Browser side of the import bench: a page that exposes the real import pipeline (worker,
// decode, encode, IndexedDB storage) to Playwright as window.trichotrackBench. Built by Vite
// exactly like the app, so the worker and libheif chunks are the production ones.
import type { PatientId, SessionId } from '../../../src/domain/ids';
import type { PhotoView } from '../../../src/domain/photo';
import { importPhotos, type ImportReport } from '../../../src/import';
import { stopImportWorker } from '../../../src/import/client/importWorkerClient';
import { blobRepo } from '../../../src/storage';

export interface BenchImportResult {
  elapsedMs: number;
  /** Milliseconds per pipeline stage, summed over the batch. */
  stageMs: Record<string, number>;
  report: {
    fileName: string;
    status: string;
    message?: string;
    working?: { widthPx: number; heightPx: number; blobId: string };
    sizePx?: [number, number];
    capturedAt?: string;
    capturedAtSource?: string;
  }[];
}

export interface PixelProbe {
  widthPx: number;
  heightPx: number;
  /** RGB at fractional positions [x, y]. */
  samples: [number, number, number][];
}

async function fetchAsFile(url: string): Promise<File> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const name = decodeURIComponent(url.split('/').pop() ?? 'photo');
  return new File([await res.blob()], name, { lastModified: Date.UTC(2026, 0, 2, 3, 4, 5) });
}

function summarise(report: ImportReport) {
  return report.outcomes.map((o) =>
    o.status === 'stored'
      ? {
          fileName: o.fileName,
          status: o.status,
          working: {
            widthPx: o.photo.working.widthPx,
            heightPx: o.photo.working.heightPx,
            blobId: o.photo.working.blobId,
          },
          sizePx: [o.photo.widthPx, o.photo.heightPx] as [number, number],
          capturedAt: o.photo.capturedAt,
          capturedAtSource: o.photo.capturedAtSource,
        }
      : { fileName: o.fileName, status: o.status, message: o.message },
  );
}

let prefetched: File[] = [];

interface BenchTarget {
  patientId: string;
  sessionId: string;
  view: PhotoView;
}

async function timedImport(files: File[], target: BenchTarget): Promise<BenchImportResult> {
  // Time spent in each stage, summed over files: a stage lasts until the next progress event.
  const stageMs: Record<string, number> = {};
  let last: { stage: string; at: number } | undefined;
  const t0 = performance.now();
  const report = await importPhotos(
    files,
    {
      patientId: target.patientId as PatientId,
      sessionId: target.sessionId as SessionId,
      view: target.view,
    },
    {
      onProgress: (p) => {
        const now = performance.now();
        if (last) stageMs[last.stage] = (stageMs[last.stage] ?? 0) + now - last.at;
        last = p.current ? { stage: p.current.stage, at: now } : undefined;
      },
    },
  );
  return { elapsedMs: performance.now() - t0, stageMs, report: summarise(report) };
}

const api = {
  /** Fetches the files first (not timed), then times importPhotos over all of them. */
  async importUrls(urls: string[], target: BenchTarget): Promise<BenchImportResult> {
    return timedImport(await Promise.all(urls.map(fetchAsFile)), target);
  },

  /** Fetches files into page memory, so a later import can be measured on its own. */
  async prefetch(urls: string[]): Promise<number> {
    prefetched = await Promise.all(urls.map(fetchAsFile));
    return prefetched.reduce((sum, f) => sum + f.size, 0);
  },

  importPrefetched(target: BenchTarget): Promise<BenchImportResult> {
    return timedImport(prefetched, target);
  },

  /** Decodes a stored blob and samples pixels, to check orientation and colour. */
  async probeBlob(blobId: string, points: [number, number][]): Promise<PixelProbe> {
    const blob = await blobRepo.get(blobId as Parameters<typeof blobRepo.get>[0]);
    if (!blob) throw new Error(`blob ${blobId} not found`);
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const samples = points.map(([fx, fy]) => {
      const d = ctx.getImageData(
        Math.min(bitmap.width - 1, Math.floor(fx * bitmap.width)),
        Math.min(bitmap.height - 1, Math.floor(fy * bitmap.height)),
        1,
        1,
      ).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    });
    return { widthPx: bitmap.width, heightPx: bitmap.height, samples };
  },

  stopWorker: stopImportWorker,
};

declare global {
  interface Window {
    trichotrackBench: typeof api;
  }
}

window.trichotrackBench = api;
