"""Images per second of `recolor colorize FOLDER` with 1 and 2 processes (torchrun) at 1 MP and 12 MP, and what that makes of a
million-scan archive on 1, 10 and 100 machines like this one (issue 32, item 2). Gray photos are made from scikit-image's
camera, resized; each run is the whole command (start, model load, all photos), on the CPU, one thread per process.
Writes throughput.json.

    python study/archive/throughput.py
"""
import json, os, subprocess, sys, tempfile, time
from pathlib import Path
import numpy as np
from PIL import Image
from skimage import data

def folder(n:int, size:tuple, root:Path)->Path:
    d = root/f'{size[0]}x{size[1]}'; d.mkdir(parents=True)
    base = Image.fromarray(data.camera()).resize(size)
    for i in range(n): base.rotate(180 * (i % 2)).save(d/f'scan{i:03d}.png')
    return d

def run(src:Path, procs:int)->float:
    env = {**os.environ, 'CUDA_VISIBLE_DEVICES': '', 'OMP_NUM_THREADS': '1', 'MKL_NUM_THREADS': '1'}
    out = Path(tempfile.mkdtemp())
    cmd = [sys.executable, '-m', 'recolor_nb.cli', 'colorize', str(src), '-o', str(out/'colour')]
    if procs > 1: cmd = [sys.executable, '-m', 'torch.distributed.run', '--standalone', f'--nproc_per_node={procs}', *cmd[1:]]
    t = time.perf_counter(); subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - t

if __name__ == '__main__':
    root, rows = Path(tempfile.mkdtemp()), []
    for mp, size, n in ((1, (1155, 866), 16), (12, (4000, 3000), 4)):
        src = folder(n, size, root)
        for procs in (1, 2):
            s = run(src, procs)
            rows.append(dict(megapixels=mp, photos=n, processes=procs, seconds=round(s, 1), images_per_s=round(n / s, 3), load_1min=os.getloadavg()[0]))
            print(rows[-1], flush=True)
    best12 = max(r['images_per_s'] for r in rows if r['megapixels'] == 12)
    projection = [dict(machines=m, scans=10**6, megapixels=12, days=round(10**6 / (best12 * m) / 86400, 1)) for m in (1, 10, 100)]
    Path(__file__).with_name('throughput.json').write_text(json.dumps(dict(rows=rows, projection=projection,
        note='one run each on a 2-core machine shared with a background training job; the projection assumes machines like it, '
             'the best process count at 12 MP, and linear scaling over machines (no shared state between them but the disk)'), indent=1) + '\n')
