"""Frames per second of `colorize_video` before and after issue 30's speed-up, side by side in one run: the code of a given
commit (default 603d102, the colour composed at full resolution, all on one thread) against the working tree (the colour composed
at the chroma resolution of a 4:2:0 file, decoding and encoding on threads of their own), at 480p, 720p and 1080p, alternating
before and after in fresh processes; and the PSNR of the after film against the before film (both decoded to RGB).

Usage: python study/video/speed_compare.py [--out study/video/speed_compare.json] [--threads 1] [--rounds 2] [--before 603d102]
Input: a gray pan over skimage's astronaut, encoded with libx264; output: libx264 CRF 20, preset veryfast (the defaults)."""
import argparse, json, os, subprocess, sys, tempfile, time
from pathlib import Path
import numpy as np

SIZES = [('480p', (480, 854), 24), ('720p', (720, 1280), 24), ('1080p', (1080, 1920), 12)]
CHILD = r'''
import sys, time, json, torch
torch.set_num_threads(int(sys.argv[3]))
import recolor_nb.video as v
from recolor_nb.inference import load_generator
import numpy as np
list(v.colorize_frames([np.zeros((64, 64), np.uint8)] * 2, load_generator()))   # load the model and warm up
timer = {}; t0 = time.perf_counter()
v.colorize_video(sys.argv[1], sys.argv[2], overwrite=True, show_progress=False, timer=timer)
assert v.__file__.startswith(sys.argv[4]), v.__file__
print(json.dumps(dict(seconds=time.perf_counter() - t0, timer=timer, module=v.__file__)))
'''

sys.path.insert(0, str(Path(__file__).parent))
from speed import gray_clip   # the same gray pan over the astronaut as study/video/speed.py

def frames(fn):
    import av
    with av.open(fn) as c: return np.stack([f.to_ndarray(format='rgb24') for f in c.decode(video=0)])

def psnr(a, b): return float(10 * np.log10(255 ** 2 / ((a.astype(float) - b) ** 2).mean()))

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='study/video/speed_compare.json'); ap.add_argument('--threads', type=int, default=1)
    ap.add_argument('--rounds', type=int, default=2); ap.add_argument('--before', default='603d102'); ap.add_argument('--note', default='')
    args = ap.parse_args()
    here = Path(__file__).resolve().parents[2]
    res = dict(threads=args.threads, cpu=os.cpu_count(), load_before=os.getloadavg()[0], before=args.before, note=args.note, runs={})
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(f"git -C {here} archive {args.before} recolor_nb | tar -x -C {d}", shell=True, check=True)
        code = dict(before=d, after=str(here))
        for name, size, n in SIZES:
            src = os.path.join(d, f'{name}.mp4'); gray_clip(src, n, size)
            runs = {k: [] for k in code}
            for r in range(args.rounds):
                for k, path in code.items():
                    env = dict(os.environ, PYTHONPATH=path, OMP_NUM_THREADS=str(args.threads))
                    o = subprocess.run([sys.executable, '-c', CHILD, src, os.path.join(d, f'{name}_{k}.mp4'), str(args.threads), path],
                                       env=env, cwd=path, capture_output=True, text=True, check=True)
                    runs[k].append(json.loads(o.stdout.splitlines()[-1]))
            fps = {k: [n / x['seconds'] for x in v] for k, v in runs.items()}
            row = dict(size=list(size), frames=n, fps_before=round(float(np.median(fps['before'])), 2), fps_after=round(float(np.median(fps['after'])), 2),
                       ratio=round(float(np.median(np.array(fps['after']) / np.array(fps['before']))), 2),
                       psnr_db=round(psnr(frames(os.path.join(d, f'{name}_after.mp4')), frames(os.path.join(d, f'{name}_before.mp4'))), 1),
                       share_after={k: round(t / runs['after'][-1]['seconds'], 3) for k, t in runs['after'][-1]['timer'].items()},
                       share_before={k: round(t / runs['before'][-1]['seconds'], 3) for k, t in runs['before'][-1]['timer'].items()})
            res['runs'][name] = row; print(name, row, flush=True)
    res['load_after'] = os.getloadavg()[0]
    json.dump(res, open(args.out, 'w'), indent=1); print('wrote', args.out)
