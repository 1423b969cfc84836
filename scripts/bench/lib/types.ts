// One benchmark result row. Every bench module (scripts/bench/<name>.ts) exports
// `run(): Promise<BenchRow[]>`; scripts/bench.ts collects, prints and saves them.
export interface BenchRow {
  /** Stable id, e.g. "import.jpeg12mp.throughput". */
  name: string;
  value: number;
  /** Unit of `value`, e.g. "photos/s", "MiB", "ms". */
  unit: string;
  /** What exactly was measured and how, so the number can be read honestly. */
  notes: string;
}

export type BenchModule = { run(): Promise<BenchRow[]> };
