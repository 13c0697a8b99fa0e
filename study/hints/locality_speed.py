"""What keeping points in their regions costs (`reach='region'`, 03b_hints), with the bundled model, in one process (ratios from
one run, as everywhere in 10_bench):

    python study/hints/locality_speed.py     # -> study/hints/locality_speed.json

`colorize` of the astronaut, gray, at the app's preview size (512 px) and at 12 MP: alone, with 10 points spread as the network
does (`reach='global'`), and kept in their regions (the default); best of 3 each, one thread."""
import json, time
from pathlib import Path
import numpy as np, torch
from PIL import Image
import skimage.data
from recolor_nb.inference import colorize, load_generator
from recolor_nb.hints import Hint
from recolor_nb.files import atomic_write

torch.set_num_threads(1)
here = Path(__file__).parent
g = load_generator()
rng = np.random.default_rng(0)
hints = [Hint(float(x), float(y), '#%02x%02x%02x' % tuple(rng.integers(0, 256, 3))) for x, y in rng.random((10, 2))]

def best(f, n=3):
    ts = []
    for _ in range(n): t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return min(ts)

r = dict(threads=1)
for name, size in (('preview_512', (512, 512)), ('photo_12mp', (4000, 3000))):
    im = Image.fromarray(skimage.data.astronaut()).resize(size, Image.BICUBIC).convert('L')
    alone, glob, region = (best(lambda: colorize(im, g, **kw)) for kw in ({}, dict(hints=hints, reach='global'), dict(hints=hints)))
    r[name] = dict(alone_s=round(alone, 3), global_s=round(glob, 3), region_s=round(region, 3),
                   global_over_alone=round(glob / alone, 3), region_over_alone=round(region / alone, 3), region_over_global=round(region / glob, 3))
print(r)
atomic_write(here/'locality_speed.json', lambda f: Path(f).write_text(json.dumps(r, indent=1) + '\n'))
