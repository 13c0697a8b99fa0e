"""Choosing how far a point reaches (`point_weights`' `edge`, `spread`, `smooth` and `texture`, 03b_hints), by measurement.

    python study/hints/locality.py            # -> study/hints/locality.json

For each setting: on the 3x3 grid of 03b_hints (coffee, astronaut, rocket, chelsea at 256 px, one point alone of the colour
farthest from the model's own guess), the far field's share that moved by more than 10 ab units (median and worst) and the
point's SLIC superpixel's share (median); and the PSNR gain of 10 points of true colour on N validation photos of each set
(study/hints/measure.py's protocol; N=$N, default 100; the committed locality.json: N=50). One thread. SETTINGS="60,0.55,1,4 ..."
measures only those. 'global' is the network's own spread (`reach='global'`)."""
import os, json, itertools
from pathlib import Path
import numpy as np, torch
import skimage.data
from skimage.segmentation import slic
from PIL import Image
from recolor_nb.inference import load_generator, colorize
from recolor_nb.color import rgb_to_lab, model_to_rgb
from recolor_nb.hints import Hint, hex_to_ab, point_reach, simulate_hints, keep_local
import recolor_nb.hints as hints_module
from recolor_nb.metrics import psnr
from recolor_nb.files import atomic_write
from measure import DATA, photos

here = Path(__file__).parent
COLOURS = ('#2a4f9a', '#c0302a', '#3f8a3a', '#e0c020')
GRID = (0.2, 0.5, 0.8)

def grid_cases(g, side=256):
    "The grid's photos, points, colours and regions, and the model's own colours (Lab ab)."
    ab = lambda out: rgb_to_lab(torch.from_numpy(np.asarray(out, np.float32) / 255).permute(2, 0, 1)[None])[0, 1:]
    cases = []
    for name in ('coffee', 'astronaut', 'rocket', 'chelsea'):
        im = Image.fromarray(getattr(skimage.data, name)()).convert('RGB'); im.thumbnail((side, side))
        gray, own = im.convert('L'), ab(colorize(im.convert('L'), g))
        seg = torch.from_numpy(slic(np.asarray(im), n_segments=60, compactness=10, start_label=0))
        for y, x in itertools.product(GRID, GRID):
            iy, ix = int(y * own.shape[1]), int(x * own.shape[2])
            c = max(COLOURS, key=lambda c: float((torch.tensor(hex_to_ab(c)) * 110 - own[:, iy, ix]).norm()))
            cases.append((gray, own, Hint(x, y, c), seg == seg[iy, ix]))
    return cases, ab

def grid(g, cases, ab, reach):
    r = [point_reach(own, ab(colorize(gray, g, hints=[t], reach=reach)), t.x, t.y, reg) for gray, own, t, reg in cases]
    far, region = np.array([d['far'] for d in r]), np.array([d['region'] for d in r])
    return dict(far_median=round(float(np.median(far)), 3), far_worst=round(float(far.max()), 3), region_median=round(float(np.median(region)), 3))

@torch.inference_mode()
def gain(g, data, k=10, local=None):
    "PSNR gain of k true points over none, per set: the network's spread (`local` None) or kept local with `point_weights(**local)`."
    out = {}
    for name, (L, ab) in data.items():
        h = simulate_hints(ab, n=k, generator=torch.Generator().manual_seed(k))
        p0s, p1s = [], []
        for i in range(0, len(L), 50):
            s = slice(i, i + 50)
            a0, a1 = g(L[s]).float(), g(L[s], h[s]).float()
            if local is not None: a1 = keep_local(a0, a1, L[s], h[s, 2], **local)
            true = model_to_rgb(L[s], ab[s])
            p0s.append(psnr(model_to_rgb(L[s], a0), true)); p1s.append(psnr(model_to_rgb(L[s], a1), true))
        out[name] = round(float(torch.cat(p1s).mean() - torch.cat(p0s).mean()), 3)
    return out

if __name__ == '__main__':
    torch.set_num_threads(1)
    n = int(os.environ.get('N', 100))
    g = load_generator().eval()
    data = {k: photos(f, n) for k, f in DATA.items()}
    cases, ab = grid_cases(g)
    rows = [dict(edge=None, spread=None, smooth=None, texture=None, reach="global", **grid(g, cases, ab, 'global'), **{f"gain_{k}": v for k, v in gain(g, data).items()}, n_images=n)]
    print(rows[-1], flush=True)
    settings = [tuple(map(float, s.split(','))) for s in os.environ['SETTINGS'].split()] if 'SETTINGS' in os.environ else \
               [(100, 0.7, 2, 0), (120, 0.7, 2, 0), (50, 0.7, 1, 4), (60, 0.7, 1, 4), (80, 0.7, 1, 4), (40, 0.7, 1, 6), (60, 0.7, 0, 6), (80, 0.7, 2, 2),
                (60, 0.5, 1, 4), (60, 0.4, 1, 4), (60, 0.3, 1, 4), (40, 0.5, 1, 4), (60, 0.5, 1, 2), (60, 0.55, 1, 4), (60, 0.6, 1, 4)]  # edge, spread, smooth, texture
    for edge, spread, smooth, texture in settings:
        hints_module.point_weights.__defaults__ = (edge, spread, smooth, texture)   # what `colorize` uses: `keep_local` calls it without them
        rows.append(dict(edge=edge, spread=spread, smooth=smooth, texture=texture, reach='region', **grid(g, cases, ab, 'region'),
                         **{f"gain_{k}": v for k, v in gain(g, data, local=dict(edge=edge, spread=spread, smooth=smooth, texture=texture)).items()}, n_images=n))
        print(rows[-1], flush=True)
    atomic_write(here/'locality.json', lambda f: Path(f).write_text(json.dumps(rows, indent=1) + '\n'))
