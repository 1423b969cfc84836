// Timing helpers shared by the model bench rows (Node and browser page): a fixed
// pseudo-random scalp-like tile, and the median of repeated runs after a warm-up.

/**
 * Grain of the bench image, as the half-width of its uniform noise in grey levels. `clean`
 * (σ ≈ 3.5) stays under the noise rule's threshold, so a photo row times one reading (its
 * hair then reads thin, so the thin-shaft rule enlarges it); `grainy` (σ ≈ 8.7, the only grain
 * before stop 23) is above it, so the noise rule reads the photo twice.
 */
export const BENCH_GRAIN = { clean: 6, grainy: 15 } as const;

/** Deterministic RGB tile: skin tone with dark 2-px "hairs" and noise, so no path is trivially cheap. */
export function benchTile(
  widthPx: number,
  heightPx: number,
  grain: number = BENCH_GRAIN.clean,
): Uint8Array {
  const data = new Uint8Array(widthPx * heightPx * 3);
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let y = 0; y < heightPx; y += 1) {
    for (let x = 0; x < widthPx; x += 1) {
      const k = 3 * (y * widthPx + x);
      const hair = (x + Math.floor(y / 3)) % 9 < 2;
      const noise = (random() - 0.5) * 2 * grain;
      data[k] = Math.max(0, Math.min(255, (hair ? 45 : 210) + noise));
      data[k + 1] = Math.max(0, Math.min(255, (hair ? 32 : 165) + noise));
      data[k + 2] = Math.max(0, Math.min(255, (hair ? 28 : 145) + noise));
    }
  }
  return data;
}

/** The middle value (the upper one of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median and fastest milliseconds of `runs` calls after `warmups` untimed ones, and each run's. */
export async function timedRuns(
  work: () => Promise<unknown> | unknown,
  runs: number,
  warmups = 1,
): Promise<{ medianMs: number; minMs: number; timesMs: number[] }> {
  for (let i = 0; i < warmups; i += 1) await work();
  const timesMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    timesMs.push(performance.now() - started);
  }
  return { medianMs: median(timesMs), minMs: timesMs.length ? Math.min(...timesMs) : 0, timesMs };
}

/** Median milliseconds of `runs` calls after `warmups` untimed ones. */
export async function medianMs(
  work: () => Promise<unknown> | unknown,
  runs: number,
  warmups = 1,
): Promise<number> {
  return (await timedRuns(work, runs, warmups)).medianMs;
}
