// How the e2e tests launch the system Chromium (Playwright cannot download browsers here):
// the default flags, and the extra ones that give it a WebGPU adapter without a GPU.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/**
 * SwiftShader's WebGPU adapter (a CPU implementation shipped with Chromium): enough to run the
 * app's WebGPU code path and check its numbers, not to say anything about GPU speed.
 */
export const CHROMIUM_WEBGPU_ARGS = [
  ...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'),
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
];
