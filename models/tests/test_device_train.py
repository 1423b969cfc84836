"""The prepared GPU session (models/train/device_train.sh), run as a dry run on this CPU: it must
generate shards, train while they land, stop its generators and leave the checkpoint, its JSON
and the log in $OUT, since a GPU lease is too short to find a broken script on the machine.

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from train.ckpt import load_ckpt  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "models", "train", "device_train.sh")


class TestDeviceTrain(unittest.TestCase):
    def test_dry_run_on_the_cpu_brings_back_a_checkpoint_and_stops_its_generators(self):
        with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as work:
            env = dict(os.environ, OUT=out, WORK=work, PY=sys.executable, DEVICE="cpu", MINUTES="0.05",
                       GEN_PROCS="1", SHARD="1", SIZE="64", BS="2", CROP="64", MIN_SHARDS="1",
                       VAL=os.path.join(work, "no-val"), NAME="dry")
            run = subprocess.run(["bash", SCRIPT], env=env, capture_output=True, text=True, timeout=240)
            self.assertEqual(run.returncode, 0, run.stdout[-2000:] + run.stderr[-2000:])
            self.assertEqual(sorted(os.listdir(out)), ["dry.log", "dry.pt", "dry.pt.json"])
            log = open(os.path.join(out, "dry.log")).read()
            self.assertIn("shards on disk; training", log)
            self.assertIn("render(1000000, 128) sha256", log)
            st = load_ckpt(os.path.join(out, "dry.pt"))
            self.assertGreater(st["step"], 0)
            self.assertEqual(st["crop"], 64)
            # The generators were stopped: nothing is still writing into WORK.
            ps = subprocess.run(["pgrep", "-f", f"make_train.py.*{work}"], capture_output=True, text=True)
            self.assertEqual(ps.stdout.strip(), "")


if __name__ == "__main__":
    unittest.main()
