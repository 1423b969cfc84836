// Model bench rows measured in headless system Chromium (no GPU, so the wasm backend), on a
// page built by Vite with the app's config and served by `vite preview` with COOP/COEP:
//   model.chromium.wasm1.msPerTile / wasmN.msPerTile   ort on one 512² tile, 1 vs all threads
//   model.chromium.wasm1.shaftProbeMs2048x1536         the once-per-photo wide-shaft probe
//   model.chromium.wasm1.passMsPerTile2048x1536        the per-tile path within a 20-tile pass
//   model.chromium.worker.msPerPhoto                   the app's client → worker path on a 2048×1536 PNG
//   model.chromium.worker.peakPssDeltaMiB              Chromium process tree PSS during that run
//   model.chromium.worker.msPerCloseUp2048x1536        the same path on a trichoscopy close-up, count included
//   hairCount.chromium.worker.countMs2048x1536         that close-up's count: its 1,024-px copy segmented again, then the counter
//   classical.chromium.msPerTile                       the baseline on one 512² tile
// Also checks that nothing is fetched from another origin (no CDN for the .wasm files).
// BENCH_MODEL_PATH / BENCH_CARD_PATH override the model files served at /models/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { build, preview } from 'vite';
import { describeModel } from '../../src/domain/analysis';
import { benchTile, median } from '../node/benchTiles';
import { CLOSE_UP_SOURCE, closeUpPhoto } from './lib/benchCloseUp';
import { repoRoot } from './lib/benchPage';
import { launchChromium } from './lib/chromium';
import { sampleTreePss, treePssKiB } from './lib/procMemory';
import type { BenchRow } from './lib/types';

const outDir = join(repoRoot, 'bench-results', 'model-page');
const PAGE = '/scripts/bench/page/model-bench.html';
const RUNS = 7;
const PASS_PAGES = 2;
const PASS_RUNS = 3;
const BENCH_PHOTO = 'bench-photo.png';
const BENCH_CLOSE_UP = 'bench-close-up.png';

interface PassTiming {
  backend: string;
  tiles: number;
  timesMs: number[];
  runTileMs: number[];
}

/** What the worker's photo row ran, from the scale the reading says it was analysed at. */
function photoPasses(analysedAtScale: number | undefined): string {
  if (analysedAtScale === undefined) return 'its 20 tiles';
  return analysedAtScale > 1
    ? `2 of its 20 tiles (the ridge scale's sample), then a pass at ${analysedAtScale}× its size instead of the other 18 (thin-shaft rule)`
    : `a pass at ${analysedAtScale}× its size instead of its 20 tiles (wide-shaft rule)`;
}
async function buildPage(): Promise<void> {
  await build({
    root: repoRoot,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(repoRoot, 'scripts/bench/page/model-bench.html') },
    },
  });
  const modelPath = process.env.BENCH_MODEL_PATH;
  const cardPath = process.env.BENCH_CARD_PATH;
  if (modelPath && cardPath) {
    mkdirSync(join(outDir, 'models'), { recursive: true });
    copyFileSync(modelPath, join(outDir, 'models', 'hairseg.onnx'));
    copyFileSync(cardPath, join(outDir, 'models', 'hairseg.json'));
  }
  // Lossless, so the worker reads the same pixels as Node's photo row. As a JPEG (q90) the bench
  // photo's hard 2-px bars ring, and the ringing reads as 12.8 grey levels of grain on its skin,
  // so the noise rule read it twice (MODEL_CARD.md, Speed, stop 23).
  const photo = benchTile(2048, 1536);
  await sharp(photo, { raw: { width: 2048, height: 1536, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toFile(join(outDir, BENCH_PHOTO));
  await closeUpPhoto().png({ compressionLevel: 6 }).toFile(join(outDir, BENCH_CLOSE_UP));
}

export async function run(): Promise<BenchRow[]> {
  await buildPage();
  if (!existsSync(join(outDir, 'models', 'hairseg.onnx'))) {
    console.error(
      'modelBrowser bench skipped: no public/models/hairseg.onnx (set BENCH_MODEL_PATH/BENCH_CARD_PATH)',
    );
    return [];
  }
  const server = await preview({
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('vite preview did not report a URL');
  const chromium = await launchChromium();
  const foreign: string[] = [];
  const rows: BenchRow[] = [];
  try {
    const { browser, rootPid } = chromium;
    const open = async () => {
      const page = await browser.newPage();
      page.on('request', (request) => {
        if (
          !request.url().startsWith(base) &&
          !request.url().startsWith('data:') &&
          !request.url().startsWith('blob:')
        )
          foreign.push(request.url());
      });
      await page.goto(base + PAGE);
      await page.waitForFunction(() => 'trichotrackModelBench' in window);
      return page;
    };
    const cores = await (await open()).evaluate(() => navigator.hardwareConcurrency);
    // Whichever page first runs ort compiles its wasm cold: Chromium then caches the optimised
    // code, and every later page starts from it. A first, unreported run warms that cache, so
    // the thread counts are compared on equal terms (measured on one VM: the first of three
    // pages read 69 ms per tile, the next two 51 and 41 ms).
    const warm = await open();
    await warm.evaluate(([t, r]) => window.trichotrackModelBench.tileTiming(t, r), [1, 3] as const);
    await warm.close();
    const timings = [];
    for (const threads of [1, cores]) {
      const page = await open();
      timings.push(
        await page.evaluate(([t, r]) => window.trichotrackModelBench.tileTiming(t, r), [
          threads,
          RUNS,
        ] as const),
      );
      await page.close();
    }
    const passes: PassTiming[] = [];
    for (let round = 0; round < PASS_PAGES; round += 1) {
      const passPage = await open();
      passes.push(
        await passPage.evaluate((r) => window.trichotrackModelBench.passTiming(r), PASS_RUNS),
      );
      await passPage.close();
    }
    const page = await open();
    const classical = await page.evaluate(
      (r) => window.trichotrackModelBench.classicalTiming(r),
      RUNS,
    );
    await page.close();

    // The photo is timed on a page of its own, then run again for the memory sampler, which
    // takes up to a fifth of one of this machine's two cores (procMemory.ts).
    const workerRun = (workerPage: Page) =>
      workerPage.evaluate((url) => window.trichotrackModelBench.workerRun(url), `/${BENCH_PHOTO}`);
    const timedPage = await open();
    const worker = await workerRun(timedPage);
    await timedPage.close();
    const closeUpPage = await open();
    const closeUp = await closeUpPage.evaluate(
      (url) => window.trichotrackModelBench.workerRun(url, true),
      `/${BENCH_CLOSE_UP}`,
    );
    await closeUpPage.close();
    // The baseline includes the page's own renderer, as before this run was split in two.
    const sampledPage = await open();
    const baselineKiB = treePssKiB(rootPid);
    const sampler = sampleTreePss(rootPid, 25);
    const sampledWorker = await workerRun(sampledPage);
    const { peakKiB, samples: sampledSamples } = sampler.stop();
    await sampledPage.close();

    const [one, all] = timings;
    const version = one?.version ?? '?';
    const chromeVersion = browser.version();
    for (const t of timings) {
      rows.push({
        name: `model.chromium.wasm${t.numThreads === 1 ? '1' : 'N'}.msPerTile`,
        value: Math.round(t.msPerTile),
        unit: 'ms',
        notes: `${version}: one 512×512 tile through the shared core (the wide-shaft probe is per photo: its own row), ort ${t.backend} with ${t.numThreads} thread(s) (crossOriginIsolated=${t.crossOriginIsolated}), page main thread, median of ${RUNS} after 5 warm-ups, after a first page warmed the browser's wasm code cache; Chromium ${chromeVersion} headless, ${cores} logical CPUs shared with other work.`,
      });
    }
    rows.push({
      name: 'model.chromium.wasm1.shaftProbeMs2048x1536',
      value: Math.round(one?.probeMs ?? 0),
      unit: 'ms',
      notes: `${version}: the wide-shaft probe alone on a 2048×1536 RGBA photo (block-mean copy to 512×384, one model pass, width from area and outline; part of the worker photo row), ort wasm 1 thread, page main thread, median of 5 after 1 warm-up.`,
    });
    const perTile = passes.flatMap((r) => r.timesMs.map((ms) => ms / r.tiles));
    rows.push({
      name: 'model.chromium.wasm1.passMsPerTile2048x1536',
      value: Math.round(median(perTile)),
      unit: 'ms',
      notes: `${version}: the whole per-tile path in a pass over a 2048×1536 photo (${passes[0]?.tiles} tiles: normalise, network, blend; no shaft-width rule), ort ${passes[0]?.backend} 1 thread, page main thread; pass time / tiles, median of ${perTile.length} passes (${PASS_PAGES} pages × ${PASS_RUNS}, each after 1 warm-up), fastest ${Math.min(...perTile).toFixed(1)} ms per tile. The network call alone on the same pages (OrtModel.runTile, blank tile, 10 after 60 warm-ups): median ${median(passes.flatMap((r) => r.runTileMs)).toFixed(1)} ms.`,
    });
    rows.push({
      name: 'model.chromium.loadMs',
      value: Math.round((all?.loadMs ?? 0) + (all?.warmupMs ?? 0)),
      unit: 'ms',
      notes: `${version}: InferenceSession.create + one warm-up tile, wasm, ${all?.numThreads} threads, bytes already fetched (same origin).`,
    });
    rows.push({
      name: 'model.chromium.worker.msPerPhoto2048x1536',
      value: Math.round(worker.ms),
      unit: 'ms',
      notes: `App path: AnalysisClient → Web Worker → ${describeModel(worker.model)}, ${worker.info.numThreads} thread(s), crossOriginIsolated=${worker.info.crossOriginIsolated}; decode, probe and blend of the clean 2048×1536 bench photo as PNG (the pixels of the Node photo row): ${photoPasses(worker.analysedAtScale)}${worker.noiseSigma !== undefined ? `; its skin reads ${worker.noiseSigma} grey levels of noise, so the noise rule read it all again from a smoothed copy (the passes named are the second reading's)` : ''}; stages ${worker.stages.join('→')}; model load before it took ${Math.round(worker.prepareMs)} ms.${worker.fallbackReason ? ` FALLBACK: ${worker.fallbackReason}` : ''}`,
    });
    const closeUpCount = closeUp.hairCount;
    const countedOn = closeUpCount
      ? `counted ${closeUpCount.hairs ?? `nothing (${closeUpCount.reason})`} by ${closeUpCount.counter ?? '?'} on ${closeUpCount.analysisWidthPx}×${closeUpCount.analysisHeightPx} planes`
      : 'no count returned';
    rows.push({
      name: 'model.chromium.worker.msPerCloseUp2048x1536',
      value: Math.round(closeUp.ms),
      unit: 'ms',
      notes: `App path as the row above, on a trichoscopy close-up (${CLOSE_UP_SOURCE} enlarged to 2048×1536, PNG) analysed with its hair count, as the viewer asks for a trichoscopy photo: ${countedOn}; stages ${closeUp.stages.join('→')}; one run, after one untimed run of the same photo in the same worker (which loaded the counting network).${closeUp.fallbackReason ? ` FALLBACK: ${closeUp.fallbackReason}` : ''}`,
    });
    rows.push({
      name: 'hairCount.chromium.worker.countMs2048x1536',
      value: Math.round(closeUp.countStageMs ?? -1),
      unit: 'ms',
      notes:
        closeUp.countStageMs === undefined
          ? 'NOT MEASURED: the worker never reported reading the count photo (countPhoto.ts) for this close-up.'
          : `Part of the close-up row: from the worker's report that it reads the count's 1,024-px copy (countPhoto.ts) to the result: the copy's second segmentation, then the counter (${closeUpCount?.counter ?? '?'}), in the app's Web Worker; one run, the counting network already loaded. A worker's first close-up also loads it: ${closeUp.coldCountStageMs === undefined ? 'not measured' : `${Math.round(closeUp.coldCountStageMs)} ms`} in the untimed first run.`,
    });
    rows.push({
      name: 'model.chromium.worker.peakPssDeltaMiB',
      value: Math.round((peakKiB - baselineKiB) / 1024),
      unit: 'MiB',
      notes: `Peak minus baseline of summed PSS over the Chromium process tree (/proc/<pid>/smaps_rollup, sampled every 25 ms or 4× a sample's cost, whichever is longer: ${sampledSamples} samples) while the worker starts, loads the model and analyses the 2048×1536 photo (a second run of the photo row, ${Math.round(sampledWorker.ms)} ms with the sampler running).`,
    });
    rows.push({
      name: 'classical.chromium.msPerTile',
      value: Math.round(classical.msPerTile),
      unit: 'ms',
      notes: `Classical baseline on one 512×512 image, opencv.js (single-threaded build) on the page main thread, median of ${RUNS}.`,
    });
    rows.push({
      name: 'analysis.chromium.foreignRequests',
      value: foreign.length,
      unit: 'requests',
      notes: `Requests to any origin other than the preview server during all runs above (0 = the .wasm files and model come from our own origin).${foreign.length ? ` Seen: ${foreign.slice(0, 3).join(', ')}` : ''}`,
    });
  } finally {
    await chromium.close();
    await server.close();
  }
  return rows;
}
