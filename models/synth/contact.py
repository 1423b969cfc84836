"""Contact sheet of generated samples (image over label) for eyeballing realism."""
import sys, time
import cv2
import numpy as np
sys.path.insert(0, __file__.rsplit('/synth/', 1)[0])
from synth.scenes import render

def main(out, seeds, kind=None, size=256):
    tiles = []
    for s in seeds:
        t = time.time()
        im, lab, meta = render(s, kind, (size, size))
        print(s, meta, f"{time.time()-t:.2f}s", flush=True)
        tiles.append(np.concatenate([im, lab], 0))
    rows = [np.concatenate(tiles[i:i + 6], 1) for i in range(0, len(tiles), 6) if len(tiles[i:i+6]) == 6]
    sheet = np.concatenate(rows, 0)
    cv2.imwrite(out, cv2.cvtColor(sheet, cv2.COLOR_RGB2BGR))

if __name__ == "__main__":
    kind = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "any" else None
    main(sys.argv[1], range(int(sys.argv[3]) if len(sys.argv) > 3 else 0, (int(sys.argv[3]) if len(sys.argv) > 3 else 0) + 12), kind)
