// The scope-frame rule: finds a dermatoscope's round field of view and clears its surround, and
// leaves photos without one alone (a dark backdrop beside a straight edge, an even dark frame
// round an irregular patch, a bright photo).
import { describe, expect, it } from 'vitest';
import type { ClassProbabilities, PixelImage } from '../../src/analysis/worker/image';
import {
  applyScopeFrame,
  findScopeFrame,
  withScopeFrame,
} from '../../src/analysis/worker/scopeFrame';

const W = 400;
const H = 300;

/** RGB image from a per-pixel colour function. */
function image(colour: (x: number, y: number) => [number, number, number]): PixelImage {
  const data = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) data.set(colour(x, y), 3 * (y * W + x));
  }
  return { data, widthPx: W, heightPx: H, channels: 3 };
}

const SKIN: [number, number, number] = [205, 160, 140];
const HAIR: [number, number, number] = [45, 30, 25];
const SURROUND: [number, number, number] = [8, 8, 10];
const TEXT: [number, number, number] = [240, 240, 240];

/** A scope photo: skin disc with dark hairs crossing it, black surround, white banner letters. */
function scopePhoto(cx = 200, cy = 150, r = 135): PixelImage {
  return image((x, y) => {
    const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
    if (!inside) return y > 280 && x > 20 && x < 140 && x % 9 < 3 ? TEXT : SURROUND;
    return Math.abs(x - y - 40) < 4 || Math.abs(x + 0.5 * y - 330) < 3 ? HAIR : SKIN;
  });
}

/** Probabilities that call everything hair: what survives the rule shows where it cleared. */
function allHair(): ClassProbabilities {
  const n = W * H;
  return {
    widthPx: W,
    heightPx: H,
    hair: new Float32Array(n).fill(1),
    skin: new Float32Array(n),
    background: new Float32Array(n),
  };
}

describe('scope frame', () => {
  it('finds the disc of a scope photo, clipped by the image edge', () => {
    const frame = findScopeFrame(scopePhoto(200, 150, 165))!;
    expect(frame).toBeDefined();
    expect(frame.cx).toBeCloseTo(200, -0.5);
    expect(frame.cy).toBeCloseTo(150, -0.5);
    // The cut sits a little inside the edge the fit follows.
    expect(frame.radiusPx).toBeGreaterThan(0.96 * 165);
    expect(frame.radiusPx).toBeLessThan(1.01 * 165);
    expect(frame.outsideShare).toBeGreaterThan(0.1);
    expect(frame.outsideShare).toBeLessThan(0.4);
  });

  it('clears the surround, banner letters included, and keeps the disc', () => {
    const photo = scopePhoto();
    const probs = withScopeFrame(photo, allHair());
    expect(probs.scopeFrame).toBeDefined();
    const at = (x: number, y: number) => y * W + x;
    // Inside: untouched. Corner and banner letter: background.
    expect(probs.hair[at(200, 150)]).toBe(1);
    expect(probs.hair[at(3, 3)]).toBe(0);
    expect(probs.background[at(3, 3)]).toBe(1);
    expect(probs.hair[at(28, 290)]).toBe(0);
    let cleared = 0;
    for (let k = 0; k < W * H; k += 1) if (probs.background[k] === 1) cleared += 1;
    expect(cleared / (W * H)).toBeCloseTo(probs.scopeFrame!.outsideShare, 3);
  });

  it('leaves a photo with no dark surround alone', () => {
    const probs = allHair();
    const out = withScopeFrame(
      image((x) => (x % 12 < 3 ? HAIR : SKIN)),
      probs,
    );
    expect(out).toBe(probs);
    expect(out.scopeFrame).toBeUndefined();
  });

  it('does not take a straight dark backdrop or an irregular patch for a disc', () => {
    // A head's straight edge against a black wall: the edge is a line, not a circle.
    expect(findScopeFrame(image((x, y) => (x + 0.3 * y < 250 ? SKIN : SURROUND)))).toBeUndefined();
    // A bald patch with a ragged edge in black: a dark ring of uneven width, not a lens.
    const ragged = image((x, y) => {
      const a = Math.atan2(y - 150, x - 200);
      const r = 120 + 30 * Math.sin(5 * a) + 15 * Math.cos(11 * a);
      return Math.hypot(x - 200, y - 150) < r ? SKIN : SURROUND;
    });
    expect(findScopeFrame(ragged)).toBeUndefined();
  });

  it('does not take a disc for a scope when its surround is not dark', () => {
    const grey: [number, number, number] = [120, 120, 120];
    const photo = image((x, y) => (Math.hypot(x - 200, y - 150) <= 135 ? SKIN : grey));
    expect(findScopeFrame(photo)).toBeUndefined();
  });

  it('clears whole rows beyond the disc', () => {
    const probs = allHair();
    applyScopeFrame(probs, { cx: 200, cy: 150, radiusPx: 50, outsideShare: 0 });
    expect(probs.hair[10 * W + 200]).toBe(0);
    expect(probs.hair[150 * W + 200]).toBe(1);
    expect(probs.hair[150 * W + 251]).toBe(0);
  });
});
