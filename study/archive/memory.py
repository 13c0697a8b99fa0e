"""Peak memory of `colorize_archive` over 1k, 10k and 100k photos (issue 32, item 1).

Each size runs in a fresh process (peak RSS is per process): N tiny gray PNGs (16x12 px) generated into a temporary
folder, colourised by a stand-in network that returns gray (one 1x1 convolution at a working size of 8 px, bilinear upsampling:
the archive's own bookkeeping, reading and writing are what is measured, not the network), in batches of 64, then the same
folder again (all N already done: the manifest read back). Writes memory.json.

    OMP_NUM_THREADS=1 python study/archive/memory.py
"""
import json, os, resource, subprocess, sys, tempfile, time, shutil
from pathlib import Path

def one(n:int)->dict:
    import numpy as np, torch
    from PIL import Image
    from recolor_nb.archive import colorize_archive
    tmp = Path(tempfile.mkdtemp()); src = tmp/'scans'
    rng = np.random.default_rng(0)
    for i in range(n):
        d = src/f'box{i // 1000:03d}'; d.mkdir(parents=True, exist_ok=True)
        Image.fromarray(rng.integers(0, 255, (12, 16), dtype=np.uint8)).save(d/f'scan{i:06d}.png')
    gen = torch.nn.Conv2d(1, 2, 1).eval(); torch.nn.init.zeros_(gen.weight); torch.nn.init.zeros_(gen.bias); gen.render_size = 8
    rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # MiB (Linux reports KiB)
    before = rss(); t = time.perf_counter()
    c1 = colorize_archive(src, tmp/'colour', gen, upsample='bilinear', batch_size=64, show_progress=False)
    first, s1 = rss(), time.perf_counter() - t
    t = time.perf_counter(); c2 = colorize_archive(src, tmp/'colour', gen, show_progress=False)
    out = dict(files=n, rss_before_mib=round(before, 1), peak_rss_mib=round(first, 1), peak_after_resume_mib=round(rss(), 1),
               seconds=round(s1, 1), resume_seconds=round(time.perf_counter() - t, 2), done=c1['done'], already_on_rerun=c2['already'],
               manifest_mib=round((tmp/'colour'/'recolor_manifest.jsonl').stat().st_size / 2**20, 2))
    shutil.rmtree(tmp)
    return out

if __name__ == '__main__':
    if len(sys.argv) > 1: print(json.dumps(one(int(sys.argv[1])))); sys.exit()
    rows = []
    for n in (1000, 10_000, 100_000):
        r = subprocess.run([sys.executable, __file__, str(n)], capture_output=True, text=True, check=True)
        rows.append(json.loads(r.stdout.strip().splitlines()[-1])); print(rows[-1], flush=True)
    Path(__file__).with_name('memory.json').write_text(json.dumps(rows, indent=1) + '\n')
