// Builds scripts/bench/page/import-bench.html with the app's Vite config (same worker and
// libheif chunks as production) into bench-results/page/, and serves it with `vite preview`
// (which sends the app's COOP/COEP headers).
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const pageOutDir = join(repoRoot, 'bench-results', 'page');
export const PAGE_PATH = '/scripts/bench/page/import-bench.html';

export async function buildBenchPage(): Promise<void> {
  await build({
    root: repoRoot,
    logLevel: 'warn',
    build: {
      outDir: pageOutDir,
      emptyOutDir: true,
      rollupOptions: { input: join(repoRoot, 'scripts/bench/page/import-bench.html') },
    },
  });
}

export async function serveBenchPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir: pageOutDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
