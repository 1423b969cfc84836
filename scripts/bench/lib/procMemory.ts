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

/** Samples the tree's total PSS every `intervalMs` until stop(); returns the peak. */
export function sampleTreePss(
  rootPid: number,
  intervalMs: number,
): { stop(): { peakKiB: number; samples: number } } {
  let peakKiB = treePssKiB(rootPid);
  let samples = 1;
  const timer = setInterval(() => {
    peakKiB = Math.max(peakKiB, treePssKiB(rootPid));
    samples++;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peakKiB = Math.max(peakKiB, treePssKiB(rootPid));
      return { peakKiB, samples: samples + 1 };
    },
  };
}
