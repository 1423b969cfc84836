// The WebGPU path, which every user with a GPU gets and the other e2e tests never reach (their
// Chromium has no adapter): the same demo photo is analysed in one Chromium with SwiftShader's
// WebGPU adapter and in one without, and the two readings must agree. A wrong WebGPU kernel, a
// layout mix-up or a silent fallback would show up here as a different figure or backend.
import { chromium, expect, test, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, CHROMIUM_WEBGPU_ARGS } from './chromium';
import { AnalysisPanel } from './pages/AnalysisPanel';
import { openDemoVertexPhoto } from './pages/demoCourse';

test.setTimeout(300_000);

interface Reading {
  pct: number;
  model: string;
}

async function readDemoVertex(browser: Browser, baseURL: string): Promise<Reading> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await openDemoVertexPhoto(page);
    const panel = new AnalysisPanel(page);
    await panel.analyse();
    return { pct: await panel.coveragePct(), model: (await panel.model.textContent()) ?? '' };
  } finally {
    await context.close();
  }
}

async function hasWebGpuAdapter(browser: Browser, baseURL: string): Promise<boolean> {
  const page = await browser.newPage({ baseURL });
  try {
    // A secure context (localhost) is needed for navigator.gpu.
    await page.goto('/');
    return await page.evaluate(async () => {
      const gpu = (navigator as { gpu?: { requestAdapter: () => Promise<unknown> } }).gpu;
      return gpu ? (await gpu.requestAdapter()) !== null : false;
    });
  } finally {
    await page.close();
  }
}

test('with a WebGPU adapter the model runs on webgpu and reads as it does on wasm', async ({
  baseURL,
}) => {
  if (!baseURL) throw new Error('no baseURL');
  const webgpuBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_WEBGPU_ARGS,
  });
  const wasmBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // Debian's Chromium ships SwiftShader (chromium-common: libvk_swiftshader.so); without an
    // adapter this test would check nothing, so that is a failure, not a skip.
    expect(
      await hasWebGpuAdapter(webgpuBrowser, baseURL),
      `no WebGPU adapter from ${CHROMIUM_PATH} with ${CHROMIUM_WEBGPU_ARGS.join(' ')}`,
    ).toBe(true);

    const onGpu = await readDemoVertex(webgpuBrowser, baseURL);
    const onWasm = await readDemoVertex(wasmBrowser, baseURL);
    expect(onGpu.model).toMatch(/^hairseg-\S+ · webgpu\b/);
    expect(onWasm.model).toMatch(/^hairseg-\S+ · wasm\b/);
    // Same weights, same tiles, same blend: only float rounding differs between backends, and
    // the readout has one decimal.
    expect(Math.abs(onGpu.pct - onWasm.pct)).toBeLessThanOrEqual(0.1);
  } finally {
    await Promise.all([webgpuBrowser.close(), wasmBrowser.close()]);
  }
});
