#!/usr/bin/env bash
# One training session on the `device` tool's GPU machine, in one call (README of ../.library/device:
# a task gets 15 minutes of device time in all, start-up included, and one call runs 10 at most).
#
# The machine starts bare and nothing outside it can be reached, so the data is made there: the
# generator runs on all but two of its cores and writes small shards, train.py starts as soon as
# the first wave of shards is on disk and picks up the later ones as they land (--reload-every).
# When training ends the generators are stopped, the PyTorch-side evaluation reads the carried
# validation set, and the checkpoint, its JSON and the log come back through $OUT. Export, the
# app-path evaluation and the ship rule then run on this machine (MODEL_CARD.md, Exact commands).
#
# From the session (the `run` tool; carry the backdrops, which the generator needs, and the
# validation set; both are git-ignored):
#   run(command="bash models/train/device_train.sh", carry=["models/.cache/backdrops",
#       "models/.cache/val"], timeout_s=570)
# with settings as environment variables in front, e.g.
#   MINUTES=6 TRAIN_ARGS="--init models/checkpoints/hairseg-lite.pt --lr 1.5e-3" bash models/train/device_train.sh
#
# Dry run on this CPU (models/tests/test_device_train.py runs a smaller one): OUT=/tmp/dry \
#   PY=/usr/bin/python3 DEVICE=cpu MINUTES=0.3 GEN_PROCS=2 SHARD=3 SIZE=128 BS=2 CROP=64 \
#   bash models/train/device_train.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT="${OUT:?set OUT: the folder whose files come back (the device tool sets it)}"
PY="${PY:-python3}"                  # the GPU machine's python3 holds PyTorch; here use /usr/bin/python3
DEVICE="${DEVICE:-cuda}"
MINUTES="${MINUTES:-6}"              # training wall time (cosine schedule over it)
CORES="$(nproc)"
GEN_PROCS="${GEN_PROCS:-$((CORES > 3 ? CORES - 2 : 1))}"
SHARD="${SHARD:-50}"                 # images per shard: small, so training sees new data early
SIZE="${SIZE:-384}"                  # as the CPU runs' shards
COUNT="${COUNT:-$((SHARD * 1000))}"  # seeds the generators may use: shard names have 3 digits
[ "$COUNT" -le $((SHARD * 1000)) ] || { echo "COUNT over $((SHARD * 1000)): shard names have 3 digits" >&2; exit 2; }
MIN_SHARDS="${MIN_SHARDS:-$GEN_PROCS}"
BS="${BS:-64}"
CROP="${CROP:-256}"
NAME="${NAME:-hairseg-gpu}"
TRAIN_ARGS="${TRAIN_ARGS:-}"
WORK="${WORK:-/tmp/trichotrack-train}"
VAL="${VAL:-models/.cache/val}"      # validation set for the PyTorch-side figures, if carried
LOG="$OUT/$NAME.log"
mkdir -p "$OUT" "$WORK/shards"

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$LOG"; }

log "device_train: DEVICE=$DEVICE MINUTES=$MINUTES GEN_PROCS=$GEN_PROCS SHARD=$SHARD SIZE=$SIZE BS=$BS CROP=$CROP TRAIN_ARGS=$TRAIN_ARGS"
"$PY" - <<'EOF' 2>&1 | tee -a "$LOG"
import hashlib, os, sys
import cv2, numpy, torch
sys.path.insert(0, "models")
from synth.scenes import render
print("python", sys.version.split()[0], "torch", torch.__version__, "numpy", numpy.__version__, "cv2", cv2.__version__)
print("cuda", torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else "-")
print("backdrops", len(os.listdir("models/.cache/backdrops")) if os.path.isdir("models/.cache/backdrops") else "MISSING (carry models/.cache/backdrops)")
# The same seed rendered here and on the CPU machine: equal hashes mean the same training data.
im, lab, _ = render(1_000_000, None, (128, 128))
print("render(1000000, 128) sha256", hashlib.sha256(im.tobytes() + lab.tobytes()).hexdigest()[:16])
EOF

# Generators: one process per part, single-threaded each (OpenCV/BLAS threads would oversubscribe).
gen_pids=()
for ((i = 0; i < GEN_PROCS; i++)); do
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 nice "$PY" models/synth/make_train.py \
    --count "$COUNT" --size "$SIZE" --shard "$SHARD" --part "$i/$GEN_PROCS" --out "$WORK/shards" \
    >>"$WORK/gen-$i.log" 2>&1 &
  gen_pids+=("$!")
done
stop_generators() { kill "${gen_pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop_generators EXIT

shards() { find "$WORK/shards" -maxdepth 1 -regex '.*/shard-[0-9][0-9][0-9]\.npz' | wc -l; }
until [ "$(shards)" -ge "$MIN_SHARDS" ]; do
  for pid in "${gen_pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { log "a generator died:"; tail -n 20 "$WORK"/gen-*.log | tee -a "$LOG"; exit 1; }
  done
  sleep 2
done
log "$(shards) shards on disk; training"

# shellcheck disable=SC2086  # TRAIN_ARGS is a list of arguments
PYTHONUNBUFFERED=1 "$PY" models/train/train.py --device "$DEVICE" --minutes "$MINUTES" --bs "$BS" --crop "$CROP" \
  --threads 2 --cache "$WORK/shards" --ckpt "$OUT/$NAME.pt" --ckpt-every 500 --reload-every 200 \
  $TRAIN_ARGS 2>&1 | tee -a "$LOG"
stop_generators
trap - EXIT
log "generated $(shards) shards of $SHARD images"

if [ -d "$VAL" ]; then
  for ckpt in "$OUT/$NAME.pt" models/checkpoints/hairseg-lite.pt; do
    log "PyTorch-side validation figures of $ckpt"
    "$PY" models/train/evaluate.py --ckpt "$ckpt" --eval "$VAL" 2>&1 | tee -a "$LOG"
  done
else
  log "no validation set at $VAL (carry models/.cache/val): evaluate here after the checkpoint comes back"
fi
log "done: $OUT/$NAME.pt"
