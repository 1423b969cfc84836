// The client bridge: lazy start, AbortSignal, idle shutdown — against the API object directly.
import { describe, expect, it } from 'vitest';
import { AnalysisClient } from '../../src/analysis/client/analysisClient';
import { connectDirect } from '../../src/analysis/client/connection';
import { createAnalysisApi } from '../../src/analysis/worker/analysisApi';
import { nodeAnalysisDeps } from '../../scripts/node/analysisDeps';
import { stripedJpeg } from './testImages';

function countingConnect() {
  let started = 0;
  const connect = () => {
    started += 1;
    return connectDirect(createAnalysisApi(nodeAnalysisDeps({ modelPath: '/nonexistent.onnx' })));
  };
  return { connect, started: () => started };
}

describe('analysis client', () => {
  it('starts the worker lazily, once, and stops it when idle', async () => {
    const { connect, started } = countingConnect();
    const client = new AnalysisClient(connect, 30);
    expect(client.isRunning).toBe(false);
    expect(started()).toBe(0);
    const image = await stripedJpeg();
    const [a, b] = await Promise.all([
      client.analyze(image, { method: 'classical' }),
      client.analyze(image, { method: 'classical' }),
    ]);
    expect(started()).toBe(1);
    expect(a.hairCoveragePct).toBeCloseTo(b.hairCoveragePct, 6);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(client.isRunning).toBe(false);
  });

  it('rejects with an AbortError when the signal fires', async () => {
    const { connect } = countingConnect();
    const client = new AnalysisClient(connect, 1000);
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.analyze(await stripedJpeg(), { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    const live = new AbortController();
    const job = client.analyze(await stripedJpeg(), { signal: live.signal, method: 'classical' });
    live.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    client.dispose();
  });
});
