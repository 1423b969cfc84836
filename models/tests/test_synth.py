"""Unit tests for the synthetic scalp generator.

Run: /usr/bin/python3 -m unittest discover models/tests
"""

import hashlib
import json
import os
import sys
import unittest

import cv2
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from synth.hair import StrandStyle, draw_strands, make_field  # noqa: E402
from synth.followups import HELDOUT_PAIR_SEED_BASE, PAIR_SEED_BASE, render_pair  # noqa: E402
from synth.scenes import count_visible_strands, render  # noqa: E402


class TestGenerator(unittest.TestCase):
    def test_deterministic_for_a_seed(self):
        for kind in ("topdown", "oblique", "dermoscopy", "nohair"):
            a_im, a_lab, a_meta = render(123, kind, (96, 96))
            b_im, b_lab, b_meta = render(123, kind, (96, 96))
            self.assertTrue(np.array_equal(a_im, b_im), kind)
            self.assertTrue(np.array_equal(a_lab, b_lab), kind)
            self.assertEqual(a_meta, b_meta)
        c_im, _, _ = render(124, "topdown", (96, 96))
        self.assertFalse(np.array_equal(render(123, "topdown", (96, 96))[0], c_im))

    def test_labels_are_soft_fractions_summing_to_255(self):
        for seed in range(4):
            _, lab, _ = render(seed, None, (96, 96))
            s = lab.astype(int).sum(-1)
            self.assertTrue(((s >= 253) & (s <= 257)).all())

    def test_no_hair_label_without_strands(self):
        _, lab, meta = render(7, "topdown", (96, 96), force={"density": (0.0, 0.0), "no_stubble": True})
        self.assertEqual(int(lab[..., 0].max()), 0)
        self.assertEqual(meta["hairPct"], 0.0)

    def test_lesions_scales_and_faces_are_never_hair(self):
        # A dermoscopy field with a pigmented lesion but no follicles: dark network, no hair label.
        im, lab, _ = render(11, "dermoscopy", (96, 96), force={"units": 0, "lesion": True, "tint": "none"})
        self.assertEqual(int(lab[..., 0].max()), 0)
        self.assertLess(int(im.min()), 120)
        # A bald frontal head: eyes, lips and wrinkles are drawn, hair is only eyebrows (if any).
        _, lab, meta = render(12, "oblique", (128, 128), force={"view": "frontal", "density": (0.0, 0.0)})
        self.assertLess(float(lab[..., 0].mean()), 0.05 * 255)  # eyebrows at most

    def test_a_ruler_is_background_and_hides_the_hair_under_it(self):
        im, lab, _ = render(4243, "dermoscopy", (128, 128), force={"ruler": True, "tint": "none"})
        plain, plain_lab, _ = render(4243, "dermoscopy", (128, 128), force={"ruler": False, "tint": "none"})
        # Background (B) grows by the ruler's area; no pixel gains a hair label from it.
        self.assertGreater(int((lab[..., 2] > 128).sum()), int((plain_lab[..., 2] > 128).sum()) + 200)
        self.assertFalse(((lab[..., 0] > 8) & (plain_lab[..., 0] <= 8)).any())

    def test_hair_free_scenes_have_no_hair_label(self):
        # Real photos, dark objects, clothes and hands: background or skin, never hair.
        for seed in range(6):
            _, lab, meta = render(300 + seed, "nohair", (96, 96))
            self.assertEqual(int(lab[..., 0].max()), 0)
            self.assertEqual(meta["hairPct"], 0.0)

    def test_clothes_cover_the_neck_and_are_background(self):
        # A small head high in the frame: shoulders fill the bottom rows, no skin strip through them.
        for seed in range(3):
            _, lab, _ = render(400 + seed, "oblique", (128, 128),
                               force={"head": (0.5, 0.25, 0.15), "clothes": True, "density": (0.0, 0.0)})
            bottom = lab[-8:, 48:80]
            self.assertGreater(float((bottom[..., 2] > 128).mean()), 0.9)

    def test_follow_up_pairs_keep_the_scene_and_change_the_hair(self):
        (a, la), (b, lb), meta = render_pair(1, size=96)
        (a2, la2), (b2, lb2), _ = render_pair(1, size=96)
        self.assertTrue(np.array_equal(a, a2) and np.array_equal(lb, lb2))
        self.assertEqual(meta["kind"], "oblique")
        self.assertNotEqual(meta["change"], 0.0)
        # Same head at both visits: the skin+hair area barely moves (framing shifts a little).
        scalp = lambda lab: float((lab[..., 0].astype(int) + lab[..., 1]).sum())  # noqa: E731
        self.assertLess(abs(scalp(la) - scalp(lb)) / scalp(la), 0.15)
        self.assertEqual(render_pair(4, size=96)[2]["change"], 0.0)  # every 4th pair: no change

    def test_held_out_pairs_come_from_their_own_seeds(self):
        (a, _), _, meta = render_pair(1, size=96)
        (h, _), _, held = render_pair(1, size=96, seed_base=HELDOUT_PAIR_SEED_BASE)
        self.assertEqual(meta["seed"], PAIR_SEED_BASE + 1)
        self.assertEqual(held["seed"], HELDOUT_PAIR_SEED_BASE + 1)
        self.assertFalse(np.array_equal(a, h))

    def test_a_full_head_of_hair_hides_the_scalp(self):
        # Crown view from behind, full hair: the head reads as a hair mass, little scalp shows.
        _, lab, meta = render(500, "oblique", (128, 128), force={"view": "crown", "full": True, "clothes": False})
        self.assertTrue(meta["full"])
        hair, skin = lab[..., 0].astype(float), lab[..., 1].astype(float)
        self.assertGreater(hair.sum() / (hair + skin).sum(), 0.8)

    def test_long_hair_mode_is_recorded_and_deterministic(self):
        a = render(21, "topdown", (96, 96), force={"long": True})
        b = render(21, "topdown", (96, 96), force={"long": True})
        self.assertTrue(a[2]["long"])
        self.assertTrue(np.array_equal(a[0], b[0]))

    def test_mask_matches_drawn_pixels(self):
        rng = np.random.default_rng(5)
        h = w = 128
        img = np.full((h, w, 3), 200, np.uint8)
        mask = np.zeros((h, w), np.uint8)
        style = StrandStyle(colour=np.array([0.1, 0.1, 0.1], np.float32), colour_var=0.1, width_px=(0.5, 3.0),
                            vellus_frac=0.3, length_px=(10, 60), curl=0.1, clump=0.0, highlight=0.2)
        fol = rng.uniform(0.3, 0.7, (30, 2))
        draw_strands(rng, img, mask, fol, make_field(rng, "combed", w, h), style)
        changed = (img != 200).any(-1)
        self.assertTrue(mask.any())
        # Every changed pixel is labelled hair, and no pixel is labelled hair without a strand.
        self.assertFalse((changed & (mask == 0)).any())
        self.assertFalse(((mask > 8) & ~changed).any())


    def test_no_follicles_means_a_hair_count_of_zero(self):
        _, lab, meta = render(11, "dermoscopy", (96, 96), force={"units": 0, "lesion": True})
        self.assertEqual((meta["hairCount"], meta["terminalCount"]), (0, 0))
        self.assertEqual(int(lab[..., 0].max()), 0)
        # Strands drawn but nowhere visible (outside the image or hidden) are not counted.
        vis = np.zeros((64, 64), bool)
        line = np.stack([np.linspace(10, 50, 11), np.full(11, 32.0)], -1)
        off = line + [200, 0]
        strands = [{"pts": line, "width": 3.0, "vellus": False}, {"pts": off, "width": 3.0, "vellus": False}]
        self.assertEqual(count_visible_strands(strands, vis, 2)["hairCount"], 0)
        vis[:, :30] = True  # 20 px of the first strand visible: >= max(2 x 3, 3 x 2)
        self.assertEqual(count_visible_strands(strands, vis, 2), {"hairCount": 1, "terminalCount": 1})
        vis[:, :] = False
        vis[:, :14] = True  # 4 px visible: < 6 px, too short to count
        self.assertEqual(count_visible_strands(strands, vis, 2)["hairCount"], 0)

    def test_hair_count_is_deterministic_for_a_seed(self):
        a = render(4244, "dermoscopy", (96, 96), force={"units": 12})[2]
        b = render(4244, "dermoscopy", (96, 96), force={"units": 12})[2]
        self.assertGreater(a["hairCount"], 0)
        self.assertEqual((a["hairCount"], a["terminalCount"]), (b["hairCount"], b["terminalCount"]))
        self.assertLessEqual(a["terminalCount"], a["hairCount"])

    def test_hair_count_agrees_with_the_label(self):
        # A hair blob in the label longer than 12 px means at least one counted strand; an empty
        # hair label means none. Rulers, round fields of view and banners hide strands from both.
        for seed in range(8):
            force = {"units": [0, 1, 2, 5, 12, 30][seed % 6], "ruler": seed % 3 == 0}
            _, lab, meta = render(7000 + seed, "dermoscopy", (128, 128), force=force)
            n, _, stats, _ = cv2.connectedComponentsWithStats((lab[..., 0] > 128).astype(np.uint8))
            longest = max([max(st[2], st[3]) for st in stats[1:]], default=0)
            if longest > 12:
                self.assertGreaterEqual(meta["hairCount"], 1, seed)
            if int(lab[..., 0].max()) == 0:
                self.assertEqual(meta["hairCount"], 0, seed)

    def test_hair_count_leaves_the_dermoscopy_render_unchanged(self):
        # sha256 of this render computed BEFORE hairCount / out_strands were added: counting must
        # draw no random numbers and change no pixel. (Tied to Debian's numpy/OpenCV builds: if
        # those change, recompute from a checkout without the change to the generator.)
        im, lab, meta = render(4242, "dermoscopy", (128, 128))
        self.assertEqual(hashlib.sha256(im.tobytes()).hexdigest(),
                         "8754f59b2d5f30bbfb00d0b311eb7a99678e1cdb96a58ee4468372d974b62465")
        self.assertEqual(hashlib.sha256(lab.tobytes()).hexdigest(),
                         "1f5493987ddf6298131f5926dcb209863e053493db085765c8912cb866726d08")
        self.assertIn("hairCount", meta)

class TestHeldOutSets(unittest.TestCase):
    ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    def _index(self, name):
        with open(os.path.join(self.ROOT, name, "subsets.json")) as f:
            return json.load(f)

    def test_the_second_held_out_set_has_its_own_seeds_and_files(self):
        from synth.make_eval import EVAL_SEED_BASE, SHIFT_SEED_BASE, SUBSETS
        shift, base = self._index("eval-g"), self._index("eval")
        self.assertEqual(set(shift), set(SUBSETS))
        seeds = [sd for v in shift.values() for sd in v["seeds"]]
        self.assertTrue(all(SHIFT_SEED_BASE <= sd < SHIFT_SEED_BASE + 100_000 for sd in seeds))
        self.assertTrue(all(EVAL_SEED_BASE <= sd < EVAL_SEED_BASE + 100_000
                            for v in base.values() for sd in v["seeds"]))
        for subset, v in shift.items():
            for sd in v["seeds"]:
                for ext in (".jpg", ".label.png"):
                    self.assertTrue(os.path.isfile(os.path.join(self.ROOT, "eval-g", subset, f"{sd}{ext}")))


if __name__ == "__main__":
    unittest.main()
