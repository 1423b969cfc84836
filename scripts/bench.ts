// Benchmark runner: `npm run bench [-- name ...]`. Every scripts/bench/<name>.ts exports
// `run(): Promise<BenchRow[]>` (see scripts/bench/lib/types.ts); to add rows, add a module.
// Prints a table and merges the rows into bench-results/bench.json (rows from modules not
// run this time are kept, so one module can be re-measured alone).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './bench/lib/types';

interface SavedRow extends BenchRow {
  module: string;
  measuredAt: string;
}

const benchDir = join(import.meta.dirname, 'bench');
const outDir = join(import.meta.dirname, '..', 'bench-results');
const outFile = join(outDir, 'bench.json');

function printTable(rows: SavedRow[]): void {
  const cols = [
    rows.map((r) => r.name),
    rows.map((r) => (Number.isInteger(r.value) ? String(r.value) : r.value.toPrecision(4))),
    rows.map((r) => r.unit),
  ];
  const header = ['name', 'value', 'unit'];
  const widths = cols.map((c, i) => Math.max(header[i]!.length, ...c.map((s) => s.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r, i) => {
    console.log(line([cols[0]![i]!, cols[1]![i]!.padStart(widths[1]!), cols[2]![i]!]));
    console.log(`  ${r.notes}`);
  });
}

async function main(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const modules = readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => basename(f, '.ts'))
    .filter((name) => wanted.size === 0 || wanted.has(name))
    .sort();
  if (modules.length === 0) throw new Error(`no bench module matches ${[...wanted].join(', ')}`);

  const fresh: SavedRow[] = [];
  let failed = false;
  for (const name of modules) {
    console.error(`bench: running ${name}…`);
    try {
      const mod = (await import(pathToFileURL(join(benchDir, `${name}.ts`)).href)) as BenchModule;
      const measuredAt = new Date().toISOString();
      for (const row of await mod.run()) fresh.push({ ...row, module: name, measuredAt });
    } catch (e) {
      failed = true;
      console.error(`bench: ${name} failed:`, e);
    }
  }

  const previous: SavedRow[] = existsSync(outFile)
    ? ((JSON.parse(readFileSync(outFile, 'utf8')) as { rows?: SavedRow[] }).rows ?? [])
    : [];
  const ran = new Set(modules);
  const rows = [...previous.filter((r) => !ran.has(r.module)), ...fresh];
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ updatedAt: new Date().toISOString(), host: { cpus: cpus().length, cpuModel: cpus()[0]?.model }, rows }, null, 2)}\n`,
  );
  printTable(fresh);
  console.error(`bench: wrote ${outFile}`);
  if (failed) process.exitCode = 1;
}

await main();
