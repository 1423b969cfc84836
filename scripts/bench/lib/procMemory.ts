// Memory of a process tree from /proc (Linux only): the browser launcher and every descendant
// (browser, renderer, GPU, utility processes). We sum PSS (proportional set size, from
// /proc/<pid>/smaps_rollup), which splits shared pages between the processes sharing them,
// so the sum is not inflated the way summed RSS is.
import { readFileSync, readdirSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 4 is the parent pid; field 2 (the name) may contain spaces, so split after ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[1]);
  } catch {
    return undefined;
  }
}

export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const ppid = parentOf(pid);
    if (ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function pssKiB(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process exited between listing and reading
  }
}

export function treePssKiB(rootPid: number): number {
  return processTree(rootPid).reduce((sum, pid) => sum + pssKiB(pid), 0);
}

/**
 * Samples the tree's total PSS about every `intervalMs` until stop(); returns the peak. One
 * sample reads smaps_rollup for every process (~27 ms for Chromium's tree on the 2-core VM,
 * whose renderers reserve terabytes of address space for wasm), so a fixed 25-ms timer kept a
 * whole core busy and slowed what it watched (the worker photo row read 2,500 ms with it,
 * ~2,200 without): the next sample waits at least four times the last one's cost, which caps the
 * sampler at a fifth of one core.
 */
export function sampleTreePss(
  rootPid: number,
  intervalMs: number,
): { stop(): { peakKiB: number; samples: number } } {
  let peakKiB = 0;
  let samples = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sample = () => {
    const started = performance.now();
    peakKiB = Math.max(peakKiB, treePssKiB(rootPid));
    samples += 1;
    return performance.now() - started;
  };
  const next = (costMs: number) => {
    timer = setTimeout(() => next(sample()), Math.max(intervalMs, 4 * costMs));
  };
  next(sample());
  return {
    stop() {
      clearTimeout(timer);
      sample();
      return { peakKiB, samples };
    },
  };
}
