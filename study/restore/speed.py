"""Seconds and peak memory to restore a 12 MP photo (4000x3000) on this machine (issue 31, item 5: at most 15 s and 2 GB on 2 cores).

    python study/restore/speed.py RESTORER OUT.json [THREADS]

The photo is scikit-image's astronaut, gray, enlarged and damaged by `degrade(strength=0.8, seed=3)`. One warm-up, then three
timed runs in this process; the figure is their median. Peak memory is the process's maximum resident set (`ru_maxrss`), which
includes Python, torch and the photo itself; the machine may be busy, so read the seconds as an upper bound."""
import sys, time, statistics, resource, torch, numpy as np
from pathlib import Path
from PIL import Image
from skimage import data
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import write_json
from recolor_nb.degrade import degrade
from recolor_nb.restore import restore, load_restorer

def main(model_file, out, threads=2):
    torch.set_num_threads(int(threads))
    clean = np.asarray(Image.fromarray(data.astronaut()).convert('L').resize((4000, 3000), Image.BICUBIC), np.float32) / 255
    bad, _ = degrade(clean, 0.8, seed=3)
    photo = Image.fromarray((np.clip(bad, 0, 1) * 255).round().astype(np.uint8), 'L'); del clean, bad
    model = load_restorer(model_file)
    restore(photo, model)
    times = []
    for _ in range(3):
        t = time.perf_counter(); r = restore(photo, model); times.append(time.perf_counter() - t)
    assert r.size == photo.size
    res = dict(photo='4000x3000 (12 MP), gray', median_s=round(statistics.median(times), 2), runs=[round(t, 2) for t in times],
               peak_rss_gb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2), threads=torch.get_num_threads(),
               tile=512, model=str(model_file))
    write_json(out, res); print(res)

if __name__ == '__main__': main(*sys.argv[1:])
