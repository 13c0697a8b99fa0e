"""Frames per second of `colorize_video` at 480p and 1080p on this machine's CPU cores, and the share of time spent
decoding, predicting (lightness, network, temporal smoothing), composing (upsampling colour, Lab to RGB) and encoding.

Usage: python study/video/speed.py [--out study/video/speed.json] [--threads 2]
Input: a gray pan over skimage's astronaut, encoded with libx264; output: libx264 CRF 20, preset veryfast."""
import argparse, json, os, sys, tempfile, time
import numpy as np, torch, av
from skimage import data
try: import recolor_nb.video as v
except ImportError: v = None
if os.environ.get('VIDEO_MODULE'): sys.path.insert(0, os.path.dirname(os.environ['VIDEO_MODULE'])); import recolor_video_tmp as v

def gray_clip(fn, n, size):
    f, _ = v.pan_zoom(data.astronaut(), n, size, (0.5, 0.4, 0.8), (0.5, 0.6, 0.8))
    with av.open(fn, 'w') as out:
        s = out.add_stream('libx264', rate=24); s.width, s.height, s.pix_fmt = size[1], size[0], 'yuv420p'
        for x in f:
            g = x.mean(-1, keepdims=True).round().astype(np.uint8).repeat(3, -1)
            for p in s.encode(av.VideoFrame.from_ndarray(g, format='rgb24')): out.mux(p)
        for p in s.encode(): out.mux(p)

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='study/video/speed.json'); ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--note', default='')
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    res = dict(threads=args.threads, cpu=os.cpu_count(), load_before=os.getloadavg()[0], note=args.note, runs={})
    from recolor_nb.inference import load_generator
    list(v.colorize_frames([np.zeros((64, 64), np.uint8)] * 2, load_generator()))   # load the model and warm up
    with tempfile.TemporaryDirectory() as d:
        for name, size, n, up in [('480p', (480, 854), 24, 'bilateral'), ('480p bilinear', (480, 854), 24, 'bilinear'), ('1080p', (1080, 1920), 12, 'bilateral'), ('1080p bilinear', (1080, 1920), 12, 'bilinear')]:
            src = os.path.join(d, f'{name[:5]}.mp4')
            if not os.path.exists(src): gray_clip(src, n, size)
            timer = {}; t0 = time.perf_counter()
            v.colorize_video(src, os.path.join(d, 'out.mp4'), overwrite=True, upsample=up, show_progress=False, timer=timer)
            wall = time.perf_counter() - t0
            r = dict(size=list(size), frames=n, upsample=up, seconds=round(wall, 2), fps=round(n / wall, 2),
                     share={k: round(t / wall, 3) for k, t in timer.items()})
            res['runs'][name] = r; print(name, r, flush=True)
    json.dump(res, open(args.out, 'w'), indent=1); print('wrote', args.out)
