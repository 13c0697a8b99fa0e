"""Flicker, accuracy and scene cuts of per-frame and temporal colourisation on synthetic clips with known motion (issue 25).

Usage: python study/video/measure.py [--out study/video/flicker.json]
The clip: four shots (pans and zooms over scikit-image's embedded photos), film grain, the gray version encoded with
libx264 and decoded again (as a real input would be); every method colourises the same decoded frames."""
import argparse, json, os, sys, tempfile, time
import numpy as np, torch, av
from skimage import data
try: import recolor_nb.video as v
except ImportError: v = None
if os.environ.get('VIDEO_MODULE'): sys.path.insert(0, os.path.dirname(os.environ['VIDEO_MODULE'])); import recolor_video_tmp as v
from recolor_nb.color import rgb_to_lab
from recolor_nb.metrics import auc_ab
from recolor_nb.inference import load_generator

SHOTS = [('astronaut', (0.45, 0.35, 0.55), (0.45, 0.65, 0.55)),   # pan right
         ('coffee', (0.5, 0.5, 1.0), (0.5, 0.5, 0.6)),            # zoom in
         ('chelsea', (0.5, 0.45, 0.7), (0.45, 0.6, 0.9)),         # pan and zoom out
         ('rocket', (0.35, 0.5, 0.5), (0.65, 0.5, 0.5))]           # pan down

def synthetic_clip(n=20, size=(240, 320), grain=4., seed=0):
    "Shots of `n` frames with monochrome film grain of `grain` levels; returns true frames (T,h,w,3) uint8, windows (T,3), shot numbers (T,)."
    rng = np.random.default_rng(seed)
    frames, paths, shots = [], [], []
    for i, (name, a, b) in enumerate(SHOTS):
        f, p = v.pan_zoom(getattr(data, name)(), n, size, a, b)
        f = (f + rng.normal(0, grain, f.shape[:3])[..., None]).round().clip(0, 255).astype(np.uint8) if grain else f
        frames.append(f); paths.append(p); shots += [i] * n
    return np.concatenate(frames), np.concatenate(paths), np.array(shots)

def through_x264(frames, crf=23):
    "The gray clip as a decoder gives it back after libx264 (yuv420p, CRF `crf`)."
    with tempfile.TemporaryDirectory() as d:
        fn = os.path.join(d, 'gray.mp4')
        with av.open(fn, 'w') as out:
            s = out.add_stream('libx264', rate=24); s.width, s.height, s.pix_fmt = frames.shape[2], frames.shape[1], 'yuv420p'
            s.options = {'crf': str(crf)}
            for f in frames:
                L = rgb_to_lab(torch.from_numpy(f).permute(2, 0, 1).float() / 255)[:1]
                g = (lab_to_gray(L) * 255).round().clamp(0, 255).byte().repeat(3, 1, 1).permute(1, 2, 0).numpy()
                for p in s.encode(av.VideoFrame.from_ndarray(g, format='rgb24')): out.mux(p)
            for p in s.encode(): out.mux(p)
        with av.open(fn) as c: return np.stack([f.to_ndarray(format='rgb24') for f in c.decode(video=0)])

def lab_to_gray(L):
    from recolor_nb.color import lab_to_rgb
    return lab_to_rgb(torch.cat([L, torch.zeros(2, *L.shape[1:])])[None])[0, :1]

def accuracy(pred, true):
    tl = rgb_to_lab(torch.from_numpy(true).permute(0, 3, 1, 2).float() / 255)
    pl = rgb_to_lab(torch.from_numpy(pred).permute(0, 3, 1, 2).float() / 255)
    return float(auc_ab(pl, tl).mean())

def measure(pred, true, path, shots):
    return dict(cdc=v.color_distribution_consistency(pred, shots=shots), warp_error=v.warp_error(pred, path, shots),
                auc=accuracy(pred, true))

METHODS = {'none': ('none', {}), 'ab 0.8': ('ab', dict(keep=0.8)), 'ab 0.9': ('ab', dict(keep=0.9)), 'ab 0.95': ('ab', dict(keep=0.95)),
           'bins 0.8': ('bins', dict(keep=0.8)), 'bins 0.9': ('bins', dict(keep=0.9)), 'bins 0.95': ('bins', dict(keep=0.95)),
           'ab 0.95 no L gate': ('ab', dict(keep=0.95, sigma_L=1e6))}
CHOSEN = 'ab 0.95'   # the library's default (`temporal='ab'`, `TemporalSmoother(keep=0.95)`)

def mean_ab(frames):
    lab = rgb_to_lab(torch.from_numpy(frames).permute(0, 3, 1, 2).float() / 255)
    return lab[:, 1:].mean((2, 3)).tolist()

def figures(true, preds, res, folder='nbs/images'):
    "video_flicker.png: mean a* and b* per frame; video_frames.jpg: a crop of consecutive frames, truth / per frame / temporal."
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    from PIL import Image
    fig, axs = plt.subplots(1, 2, figsize=(10, 3.2), sharex=True)
    series = [('true colours', true), ('each frame alone', preds['none']), (f'temporal ({CHOSEN})', preds[CHOSEN])]
    shots = np.repeat(np.arange(len(SHOTS)), len(true) // len(SHOTS))
    for k, (name, fr) in enumerate(series):
        col = ['k', 'tab:red', 'tab:blue'][k]
        we = [v.warp_error(fr[t:t + 2], res['path'][t:t + 2]) if shots[t] == shots[t + 1] else np.nan for t in range(len(fr) - 1)]
        axs[0].plot(np.arange(len(we)) + 0.5, we, label=name, lw=1.5, color=col)
        axs[1].plot(np.array(mean_ab(fr))[:, 0], label=name, lw=1.5, color=col)
    axs[0].set_ylabel('warp error, frame t to t+1 (ab)'); axs[1].set_ylabel('mean a* of the frame, Lab units')
    for ax in axs:
        for c in res['true_cuts']: ax.axvline(c - 0.5, color='gray', ls=':', lw=1)
        ax.set_xlabel('frame (dotted: scene cuts)')
    axs[0].legend(fontsize=8); fig.suptitle('Synthetic clip: each frame alone (red) changes colour from frame to frame; temporal (blue) holds still', fontsize=10)
    fig.tight_layout(); fig.savefig(f'{folder}/video_flicker.png', dpi=80); plt.close(fig)
    t0, n, (h, w) = 41, 5, true.shape[1:3]   # frames 41..45: the cat, where each frame alone flickers most
    crop = lambda f: f[h // 4: 3 * h // 4, w // 4: 3 * w // 4]
    rows = [np.concatenate([crop(f) for f in fr[t0:t0 + n]], 1) for fr in (true, preds['none'], preds[CHOSEN])]
    Image.fromarray(np.concatenate(rows, 0)).save(f'{folder}/video_frames.jpg', quality=85)

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='study/video/flicker.json'); ap.add_argument('--n', type=int, default=20)
    ap.add_argument('--methods', default=','.join(METHODS))
    args = ap.parse_args()
    torch.set_num_threads(1); torch.manual_seed(0)
    true, path, shots = synthetic_clip(args.n)
    gray = through_x264(true)
    gen = load_generator()
    res = dict(clip=dict(shots=[s[0] for s in SHOTS], frames_per_shot=args.n, size=list(true.shape[1:3]), grain=4., input='gray, libx264 CRF 23'),
               truth=dict(cdc=v.color_distribution_consistency(true, shots=shots), warp_error=v.warp_error(true, path, shots)),
               true_cuts=[int(i) for i in np.flatnonzero(np.diff(shots)) + 1], methods={})
    preds = {}
    for name in args.methods.split(','):
        temporal, kw = METHODS[name]
        sm = v.TemporalSmoother(**kw)
        t0 = time.perf_counter()
        pred = preds[name] = np.stack(list(v.colorize_frames(gray, gen, temporal, smoother=sm)))
        r = measure(pred, true, path, shots); r['seconds'] = round(time.perf_counter() - t0, 2)
        r = {k: (round(x, 5) if isinstance(x, float) else x) for k, x in r.items()}
        if temporal != 'none': r['cuts_found'] = sm.cuts
        res['methods'][name] = r
        print(name, {k: (round(x, 4) if isinstance(x, float) else x) for k, x in r.items()}, flush=True)
    res['truth'] = {k: round(x, 5) for k, x in res['truth'].items()}
    if CHOSEN in preds and 'none' in preds:
        res['chosen'] = CHOSEN
        res['mean_ab'] = {'truth': mean_ab(true), 'none': mean_ab(preds['none']), CHOSEN: mean_ab(preds[CHOSEN])}
        figures(true, preds, dict(res, path=path))
    print('truth', res['truth'])
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    json.dump(res, open(args.out, 'w'), indent=1); print('wrote', args.out)
