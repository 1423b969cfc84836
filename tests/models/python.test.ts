// The Python side of models/ (synthetic generator, network, loss) has its own unittest suite;
// it runs here so `npm test` covers it. It needs Debian's python3-torch, python3-opencv and
// python3-numpy (.ci/run installs them); without them the test is skipped and says why.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const PYTHON = process.env.TRICHOTRACK_PYTHON ?? '/usr/bin/python3';

function hasModelDeps(): boolean {
  const probe = spawnSync(PYTHON, ['-c', 'import torch, cv2, numpy'], { encoding: 'utf8' });
  return probe.status === 0;
}

const available = hasModelDeps();

describe('models/ Python unit tests', () => {
  it.skipIf(!available)(
    'pass (generator determinism, labels, network shapes, loss; needs python3-torch, python3-opencv)', () => {
    const run = spawnSync(PYTHON, ['-m', 'unittest', 'discover', '-s', 'models/tests', '-t', 'models'], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    // unittest reports on stderr; show it when something fails.
    expect(run.status, `${run.stderr}\n${run.stdout}`).toBe(0);
    expect(run.stderr).toMatch(/Ran \d+ tests/);
  }, 300_000);
});
