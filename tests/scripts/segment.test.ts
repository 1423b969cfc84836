// `npm run segment` end to end on committed images: a mask and a JSON line per photo; a
// dermatoscope close-up gets the hair count (and hairs/cm² with --fov-mm), a top-down scalp
// photo does not unless --count asks for it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OUT_OF_FOCUS_EDGE_SHARPNESS } from '../../src/analysis/worker/readingQuality';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const closeUp = join(root, 'models', 'eval-count', '9500003.jpg');
const topDown = join(root, 'models', 'eval', 'sparse', '9004000.jpg');
// A close-up with a round field of view in a black surround and a banner.
const roundScope = join(root, 'models', 'eval-count', '9500012.jpg');
const dirs: string[] = [];

async function segment(args: string[]): Promise<Record<string, unknown>[]> {
  const out = await mkdtemp(join(tmpdir(), 'segment-'));
  dirs.push(out);
  await run('npx', ['tsx', 'scripts/segment.ts', ...args, '--out', out], { cwd: root });
  await stat(join(out, `${parse(args[0]!).name}.mask.png`));
  const text = await readFile(join(out, 'results.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The top-down photo as it is, read once for the tests that compare a variant with it. */
let topDownAsItIs: Promise<Record<string, unknown>[]> | undefined;
const readTopDown = () => (topDownAsItIs ??= segment([topDown]));

/** `pipeline`'s image saved as `<name>.png` in a folder removed after the suite. */
async function tempPng(name: string, pipeline: Sharp): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  dirs.push(dir);
  const path = join(dir, `${name}.png`);
  await pipeline.png().toFile(path);
  return path;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('npm run segment', () => {
  it('counts a close-up, with hairs/cm² and µm for a given field of view', async () => {
    const [line] = await segment([closeUp, '--fov-mm', '3']);
    expect(line?.hairCoveragePct).toEqual(expect.any(Number));
    expect(line?.hairCount).toEqual(expect.any(Number));
    expect(line?.fieldOfViewMm).toBe(3);
    // 3 mm across a square frame is at most 0.09 cm² of scalp.
    expect(line?.hairsPerCm2).toBeGreaterThanOrEqual(
      Math.floor((line?.hairCount as number) / 0.09),
    );
    expect(line?.shaftWidthUm).toBeGreaterThan(20);
    expect(line?.shaftWidthUm).toBeLessThan(200);
  }, 60_000);

  it('gives a top-down scalp photo no count unless asked', async () => {
    const [plain] = await readTopDown();
    expect(plain).not.toHaveProperty('hairCount');
    const [asked] = await segment([topDown, '--count']);
    expect(asked).toHaveProperty('hairCount');
  }, 60_000);

  it('flags a photo too small to read, and not the same scalp at full size', async () => {
    const [whole] = await readTopDown();
    expect(whole).not.toHaveProperty('smallPhotoSidePx');
    const small = await tempPng(
      'small',
      sharp(topDown).extract({ left: 100, top: 120, width: 90, height: 60 }),
    );
    const [line] = await segment([small]);
    expect(line?.smallPhotoSidePx).toBe(60);
    expect(line?.lowConfidence).toBe(true);
  }, 60_000);

  it('flags a photo out of focus, and not the same scalp in focus', async () => {
    const [inFocus] = await readTopDown();
    expect(inFocus).not.toHaveProperty('edgeSharpness');
    const blurred = await tempPng('blurred', sharp(topDown).blur(6));
    const [line] = await segment([blurred]);
    expect(line?.edgeSharpness).toBeLessThanOrEqual(OUT_OF_FOCUS_EDGE_SHARPNESS);
    expect(line?.lowConfidence).toBe(true);
    // Declared close-ups (--count, as the app's trichoscopy view) are not flagged.
    const [counted] = await segment([blurred, '--count']);
    expect(counted).not.toHaveProperty('edgeSharpness');
  }, 60_000);

  it('leaves out the surround of a round field of view only when asked', async () => {
    const [plain] = await segment([roundScope]);
    expect(plain).not.toHaveProperty('outsideScopePct');
    const [asked] = await segment([roundScope, '--scope-frame']);
    // The disc (radius ~0.43 of the 512-px frame's width, clipped above) leaves about a third.
    expect(asked?.outsideScopePct).toBeGreaterThan(20);
    expect(asked?.outsideScopePct).toBeLessThan(45);
    expect(asked?.hairCoveragePct as number).toBeLessThanOrEqual(plain?.hairCoveragePct as number);
  }, 60_000);
});
