// Import pipeline benches, measured in headless system Chromium through the real pipeline
// (bench page built by Vite → import worker → createImageBitmap/OffscreenCanvas → IndexedDB):
//   import.jpeg12mp.throughput   photos/s for a batch of distinct 12 MP JPEGs
//   import.jpeg48mp.peakPssDelta  extra memory while importing one 48 MP JPEG
//   import.heic12mp.seconds      one 12 MP HEIC through libheif (skipped without heif-enc)
// Synthetic JPEGs are generated with sharp on first run and cached in bench-results/images/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_PATH, buildBenchPage, pageOutDir, repoRoot, serveBenchPage } from './lib/benchPage';
import { launchChromium } from './lib/chromium';
import { sampleTreePss, treePssKiB } from './lib/procMemory';
import { median } from '../node/benchTiles';
import { makePhotoJpeg } from './lib/syntheticPhotos';
import type { BenchRow } from './lib/types';
import type { Page } from '@playwright/test';

const BATCH_12MP = 8;
const RUNS_12MP = 3;
const SAMPLE_MS = 25;
const cacheDir = join(repoRoot, 'bench-results', 'images');

async function cachedJpeg(name: string, make: () => Promise<Buffer>): Promise<string> {
  const path = join(cacheDir, name);
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path, await make());
  }
  return name;
}

/** A 12 MP HEIC made from the first 12 MP JPEG with heif-enc (~20 s once), or undefined. */
function cachedHeic(fromJpeg: string): string | undefined {
  const name = '12mp.heic';
  if (existsSync(join(cacheDir, name))) return name;
  try {
    execFileSync('heif-enc', ['-q', '50', '-o', join(cacheDir, name), join(cacheDir, fromJpeg)]);
    return name;
  } catch (e) {
    console.error('bench import: heif-enc failed, skipping the HEIC row:', e);
    return undefined;
  }
}

async function heicRows(page: Page, name: string): Promise<BenchRow[]> {
  const target = (tag: string) => ({
    patientId: `bench-${tag}-${Date.now()}`,
    sessionId: 'bench',
    view: 'vertex' as const,
  });
  // The first HEIC loads libheif (glue + 1.4 MB wasm); time that separately on the tiny one.
  const cold = await page.evaluate(
    (t) => window.trichotrackBench.importUrls(['/bench-images/tiny.heic'], t),
    target('heic-cold'),
  );
  await page.evaluate((url) => window.trichotrackBench.prefetch([url]), `/bench-images/${name}`);
  const warm = await page.evaluate(
    (t) => window.trichotrackBench.importPrefetched(t),
    target('heic-12mp'),
  );
  if (warm.report[0]?.status !== 'stored' || cold.report[0]?.status !== 'stored') {
    throw new Error(`HEIC import failed: ${JSON.stringify([cold.report, warm.report])}`);
  }
  return [
    {
      name: 'import.heic12mp.seconds',
      value: Number((warm.elapsedMs / 1000).toFixed(2)),
      unit: 's',
      notes:
        `importPhotos() of one 4032×3024 HEIC (heif-enc -q 50 of a synthetic JPEG) with libheif already loaded: ` +
        `full-size wasm decode, JS area-average downscale to 2048 px, encode, store. ` +
        `Loading libheif plus a 240×320 HEIC took ${(cold.elapsedMs / 1000).toFixed(2)} s before it`,
    },
  ];
}

/** "reading 40, decoding 210, …" per photo, in pipeline order. */
function stageSummary(stageMs: Record<string, number>, photos: number): string {
  return Object.entries(stageMs)
    .map(([stage, ms]) => `${stage} ${(ms / photos).toFixed(0)}`)
    .join(', ');
}

export async function run(): Promise<BenchRow[]> {
  const names12: string[] = [];
  for (let i = 0; i < BATCH_12MP; i++) {
    // Half portrait-by-EXIF (orientation 6), as phones write them.
    names12.push(
      await cachedJpeg(`12mp-${i}.jpg`, () => makePhotoJpeg(4032, 3024, i % 2 ? 6 : undefined)),
    );
  }
  const name48 = await cachedJpeg('48mp.jpg', () => makePhotoJpeg(8064, 6048));
  await cachedJpeg('warmup.jpg', () => makePhotoJpeg(640, 480));
  const heic12 = cachedHeic(names12[0]!);
  cpSync(join(repoRoot, 'tests/fixtures/import/photo.heic'), join(cacheDir, 'tiny.heic'));
  const bytes12 =
    names12.reduce((s, n) => s + readFileSync(join(cacheDir, n)).length, 0) / names12.length;
  const bytes48 = readFileSync(join(cacheDir, name48)).length;

  await buildBenchPage();
  cpSync(cacheDir, join(pageOutDir, 'bench-images'), { recursive: true });
  const server = await serveBenchPage();
  const chromium = await launchChromium();
  const { browser, rootPid } = chromium;
  const rows: BenchRow[] = [];
  try {
    const version = browser.version();
    const page = await browser.newPage();
    await page.goto(server.url + PAGE_PATH);
    await page.waitForFunction(() => 'trichotrackBench' in window);
    const urls12 = names12.map((n) => `/bench-images/${n}`);

    // 12 MP throughput: each run imports the batch for a fresh patient (so nothing is a duplicate).
    const rates: number[] = [];
    const stageRuns: Record<string, number>[] = [];
    for (let runIndex = 0; runIndex < RUNS_12MP; runIndex++) {
      await page.evaluate((urls) => window.trichotrackBench.prefetch(urls), urls12);
      const result = await page.evaluate(
        (patientId) =>
          window.trichotrackBench.importPrefetched({
            patientId,
            sessionId: 'bench',
            view: 'vertex',
          }),
        `bench-12mp-${runIndex}-${Date.now()}`,
      );
      const stored = result.report.filter((r) => r.status === 'stored').length;
      if (stored !== BATCH_12MP)
        throw new Error(
          `12 MP batch stored ${stored}/${BATCH_12MP}: ${JSON.stringify(result.report)}`,
        );
      rates.push(BATCH_12MP / (result.elapsedMs / 1000));
      stageRuns.push(result.stageMs);
    }
    rows.push({
      name: 'import.jpeg12mp.throughput',
      value: Number(median(rates).toFixed(2)),
      unit: 'photos/s',
      notes:
        `median of ${RUNS_12MP} runs (${rates.map((r) => r.toFixed(2)).join(', ')}) of importPhotos() over ` +
        `${BATCH_12MP} distinct 4032×3024 synthetic JPEGs (avg ${(bytes12 / 2 ** 20).toFixed(1)} MiB, half EXIF orientation 6): ` +
        `sniff+hash+EXIF, decode to 2048 px, working JPEG q0.9 + 320 px thumb, IndexedDB write; ` +
        `headless Chromium ${version}, --disable-gpu, ${process.env.BENCH_HOST_NOTE ?? 'shared 2-core host'}. ` +
        `Per-photo ms by stage (median run): ${stageSummary(stageRuns[rates.indexOf(median(rates))]!, BATCH_12MP)}`,
    });

    // 48 MP peak memory: fresh page (and renderer) so earlier runs do not colour the baseline.
    await page.close();
    const page48 = await browser.newPage();
    await page48.goto(server.url + PAGE_PATH);
    await page48.waitForFunction(() => 'trichotrackBench' in window);
    // Warm the worker with one small photo first, so its start-up is not counted as 48 MP cost.
    await page48.evaluate(() =>
      window.trichotrackBench.importUrls(['/bench-images/warmup.jpg'], {
        patientId: `bench-warmup-${Date.now()}`,
        sessionId: 'bench',
        view: 'vertex',
      }),
    );
    await page48.evaluate(
      (url) => window.trichotrackBench.prefetch([url]),
      `/bench-images/${name48}`,
    );
    await new Promise((r) => setTimeout(r, 500));
    const baselineKiB = treePssKiB(rootPid);
    const sampler = sampleTreePss(rootPid, SAMPLE_MS);
    const result48 = await page48.evaluate(() =>
      window.trichotrackBench.importPrefetched({
        patientId: `bench-48mp-${Date.now()}`,
        sessionId: 'bench',
        view: 'vertex',
      }),
    );
    const { peakKiB, samples } = sampler.stop();
    const outcome = result48.report[0];
    if (outcome?.status !== 'stored')
      throw new Error(`48 MP import failed: ${JSON.stringify(outcome)}`);
    const mib = (kib: number) => kib / 1024;
    const fullBitmapMiB = (8064 * 6048 * 4) / 2 ** 20;
    rows.push({
      name: 'import.jpeg48mp.peakPssDelta',
      value: Number(mib(peakKiB - baselineKiB).toFixed(1)),
      unit: 'MiB',
      notes:
        `peak minus baseline of summed PSS (/proc/<pid>/smaps_rollup) over the whole Chromium process tree ` +
        `(browser, renderer incl. the import worker, GPU, utility), sampled every ${SAMPLE_MS} ms or 4× a sample's cost, whichever is longer (${samples} samples) ` +
        `while importing one 8064×6048 JPEG (${(bytes48 / 2 ** 20).toFixed(1)} MiB, already fetched into the page); ` +
        `baseline ${mib(baselineKiB).toFixed(0)} MiB, peak ${mib(peakKiB).toFixed(0)} MiB, import took ${(result48.elapsedMs / 1000).toFixed(2)} s with the worker already warm (one 640×480 import before the baseline); ` +
        `for scale, one full-size RGBA bitmap of this photo is ${fullBitmapMiB.toFixed(0)} MiB`,
    });
    rows.push({
      name: 'import.jpeg48mp.seconds',
      value: Number((result48.elapsedMs / 1000).toFixed(2)),
      unit: 's',
      notes: 'wall time of importPhotos() for the single 48 MP JPEG above (warm worker)',
    });
    if (heic12) rows.push(...(await heicRows(page48, heic12)));
  } finally {
    await chromium.close();
    await server.close();
  }
  return rows;
}
