"""Seconds to colourise a 12 MP photo (4000x3000) on this machine: the bundled model without the confidence pull (as it
was first bundled), as it decodes now (the confidence pull: issue 29's rule), and with a second rendering at 192 px fused.

    python study/fullsize/speed.py OUT.json

Each model colourises the same photo (scikit-image's astronaut, enlarged) three times after one warm-up, in one process,
alternating; the figures are medians, and their ratio is what to read (the machine may be busy)."""
import sys, time, statistics, torch
from PIL import Image
from skimage import data
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import write_json
from recolor_nb.inference import colorize, load_generator

def main(out):
    photo = Image.fromarray(data.astronaut()).convert('L').resize((4000, 3000), Image.BICUBIC)
    plain, fused = load_generator(), load_generator()
    plain.confidence = 0.                         # the decoding version 3.1 was bundled with first
    fused.fuse, fused.confidence = 192, 1.
    models = {'no confidence pull': plain, 'bundled (confidence 1)': load_generator(), 'fused 192 + confidence 1': fused}
    for m in models.values(): colorize(photo, m)
    times = {k: [] for k in models}
    for _ in range(3):
        for k, m in models.items():
            t = time.perf_counter(); colorize(photo, m); times[k].append(time.perf_counter() - t)
    res = {k: dict(median_s=round(statistics.median(v), 2), runs=[round(x, 2) for x in v],
                   fuse=getattr(models[k], 'fuse', None), confidence=getattr(models[k], 'confidence', 0.), render_size=models[k].render_size)
           for k, v in times.items()}
    res['threads'] = torch.get_num_threads()
    write_json(out, res); print(res)

if __name__ == '__main__':
    if len(sys.argv) < 2: sys.exit(__doc__)
    main(*sys.argv[1:])
