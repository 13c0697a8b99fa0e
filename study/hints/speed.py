"""The cost of steering, with the bundled model, in one process (ratios from one run, as everywhere in 10_bench):

    python study/hints/speed.py        # -> study/hints/speed.json

- the app: from a click on the picture to the new preview (`ColorizeApp.click`: the model's suggestions at the point, then the
  preview-size photo colourised again with every point), median of 10 clicks, on a 12 MP photo (the preview is at most 512 px);
- the command's work on a 12 MP photo: `colorize` alone, with 10 hints, and with a reference photo, best of 3 each."""
import json, time, statistics
from pathlib import Path
import numpy as np, torch
from PIL import Image
import skimage.data
from recolor_nb.inference import colorize, load_generator
from recolor_nb.widgets import ColorizeApp
from recolor_nb.hints import Hint
from recolor_nb.files import atomic_write

torch.set_num_threads(2)
here = Path(__file__).parent
big = Image.fromarray(skimage.data.astronaut()).resize((4000, 3000), Image.BICUBIC).convert('L')  # 12 MP, gray
ref = Image.fromarray(skimage.data.coffee())
g = load_generator()
rng = np.random.default_rng(0)
hints = [Hint(float(x), float(y), '#%02x%02x%02x' % tuple(rng.integers(0, 256, 3))) for x, y in rng.random((10, 2))]

app = ColorizeApp(g)
app._small = big.copy(); app._small.thumbnail((512, 512)); app.input = big
app.refresh()
clicks = []
for x, y in rng.random((10, 2)):
    t = time.perf_counter(); app.click(float(x), float(y)); clicks.append(time.perf_counter() - t)

def best(f, n=3):
    ts = []
    for _ in range(n): t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    return min(ts)
alone = best(lambda: colorize(big, g))
with_hints = best(lambda: colorize(big, g, hints=hints))
with_ref = best(lambda: colorize(big, g, reference=ref))
r = dict(click_to_preview_s=round(statistics.median(clicks), 3), click_max_s=round(max(clicks), 3), preview_px=list(app._small.size),
         points_at_end=len(app.hints), colorize_12mp_s=round(alone, 2), hints10_12mp_s=round(with_hints, 2), reference_12mp_s=round(with_ref, 2),
         hints_overhead=round(with_hints / alone, 3), reference_overhead=round(with_ref / alone, 3), threads=torch.get_num_threads())
print(r)
atomic_write(here/'speed.json', lambda f: Path(f).write_text(json.dumps(r, indent=1) + '\n'))
