"""Drift of a film's colour within a shot (issue 30 item 3): the range (max - min) of the frame-mean a and b over each shot,
for the true colours and for the clip turned gray and colourised each frame alone, with today's temporal smoothing, and with
the smoothing plus `ShotAnchor` (several horizons); with the frame-to-frame change of the frame mean and CDC as flicker measures.

Usage: python study/video/drift.py [--out study/video/drift.json] [--frames 100] [--width 256] CLIP.mp4 ...
Clips: the synthetic four-shot clip of `measure.py` always; real colour clips given on the command line (the three used for the
committed figures are Intel's sample videos, CC BY 4.0, github.com/intel-iot-devkit/sample-videos: bottle-detection.mp4,
car-detection.mp4, one-by-one-person-detection.mp4; their first `--frames` frames, brought down to `--width` pixels wide)."""
import argparse, json, os, sys, time
from pathlib import Path
import numpy as np, torch, av
import torch.nn.functional as F
sys.path.insert(0, str(Path(__file__).parent))
from measure import synthetic_clip
import recolor_nb.video as v
from recolor_nb.color import rgb_to_lab
from recolor_nb.inference import load_generator

METHODS = {'each frame alone': ('none', False), 'temporal (before)': ('ab', False), 'temporal + anchor 100 (default)': ('ab', 100),
           'temporal + anchor whole shot': ('ab', 10 ** 9)}

def read_clip(path, n, width):
    out = []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            h = round(f.height * width / f.width / 2) * 2
            out.append(f.reformat(width=width, height=h, format='rgb24').to_ndarray())
            if len(out) == n: break
    return np.stack(out)

def frame_means(frames):
    lab = rgb_to_lab(torch.from_numpy(np.asarray(frames)).permute(0, 3, 1, 2).float() / 255)
    return lab[:, 1:].mean((-2, -1)).numpy()            # (T,2): a, b

def shots_of(L, cut=0.35):
    s = [0]
    for t in range(1, len(L)): s.append(s[-1] + v.is_scene_cut(L[t - 1], L[t], cut))
    return np.array(s)

def drift(means, shots, min_len=10):
    "Per shot of at least `min_len` frames: the larger of the ranges of mean a and mean b; and the mean |change| of the frame mean from frame to frame."
    rng, step = [], []
    for s in np.unique(shots):
        m = means[shots == s]
        if len(m) < min_len: continue
        rng.append(float((m.max(0) - m.min(0)).max())); step.append(float(np.linalg.norm(np.diff(m, axis=0), axis=1).mean()))
    return dict(range_per_shot=[round(r, 2) for r in rng], range_worst=round(max(rng), 2), range_mean=round(float(np.mean(rng)), 2),
                step_mean=round(float(np.mean(step)), 3))

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('clips', nargs='*'); ap.add_argument('--out', default='study/video/drift.json')
    ap.add_argument('--frames', type=int, default=100); ap.add_argument('--width', type=int, default=256)
    args = ap.parse_args()
    torch.set_num_threads(1)
    gen = load_generator()
    clips = {'synthetic (4 shots)': synthetic_clip()[0]}
    for c in args.clips: clips[Path(c).name] = read_clip(c, args.frames, args.width)
    res = dict(frames=args.frames, width=args.width, load_before=os.getloadavg()[0], clips={})
    for name, true in clips.items():
        L = [v.frame_lightness(f) for f in true]
        small = [F.interpolate(l[None, None], scale_factor=1 / 8, mode='area')[0, 0] for l in L]
        shots = shots_of(small)
        row = dict(frames=len(true), size=list(true.shape[1:3]), shots=int(shots.max() + 1), truth=drift(frame_means(true), shots), methods={})
        for m, (temporal, horizon) in METHODS.items():
            t0 = time.perf_counter()
            anchor = v.ShotAnchor(horizon) if horizon else False
            out = np.stack(list(v.colorize_frames(L, gen, temporal, anchor=anchor)))
            row['methods'][m] = dict(**drift(frame_means(out), shots), cdc=round(v.color_distribution_consistency(out, shots=shots), 5),
                                     seconds=round(time.perf_counter() - t0, 1))
            print(name, m, row['methods'][m], flush=True)
        row['truth']['cdc'] = round(v.color_distribution_consistency(true, shots=shots), 5)
        print(name, 'truth', row['truth'], flush=True)
        res['clips'][name] = row
    json.dump(res, open(args.out, 'w'), indent=1); print('wrote', args.out)
