"""What hints cost a film: frames per second of `colorize_video` at 480p without hints, with two hints and with two hints and a
reference (carried along the motion by `HintTracker`: dense optical flow forwards and backwards at 256 px, every frame), one run
each, in turn, in one process, after a run to warm up; and the tracker alone on the same frames, as a share of a frame's time
without hints (steadier than the ratio of two runs on a busy machine).

Usage: python study/video/hints_speed.py [--out study/video/hints_speed.json] [--frames 48] [--threads 1]
Input: `speed.py`'s gray pan over skimage's astronaut (libx264), 854x480; output: libx264 CRF 20, preset veryfast."""
import argparse, json, os, sys, tempfile, time
import numpy as np, torch, av
from skimage import data
sys.path.insert(0, os.path.dirname(__file__))
from speed import gray_clip
import recolor_nb.video as v
from recolor_nb.hints import Hint
from recolor_nb.inference import load_generator

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='study/video/hints_speed.json')
    ap.add_argument('--frames', type=int, default=48); ap.add_argument('--threads', type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    res = dict(threads=args.threads, cpu=os.cpu_count(), load_before=os.getloadavg()[0], size=[480, 854], frames=args.frames, runs={})
    gen = load_generator()
    list(v.colorize_frames([np.zeros((64, 64), np.uint8)] * 2, gen, hints=[Hint(0.5, 0.5, '#3060d0')]))   # load the model, OpenCV; warm up
    hints = [Hint(0.3, 0.4, '#3060d0'), Hint(0.7, 0.6, '#d04a20')]
    ref = data.coffee()
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'pan480.mp4'); gray_clip(src, args.frames, (480, 854))
        v.colorize_video(src, os.path.join(d, 'out.mp4'), model=gen, overwrite=True, show_progress=False)   # a run to warm up the encoder, the caches, the file system
        for name, steer in [('no hints', {}), ('2 hints', dict(hints=hints)), ('2 hints and a reference', dict(hints=hints, reference=ref))]:
            timer = {}; t0 = time.perf_counter()
            v.colorize_video(src, os.path.join(d, 'out.mp4'), model=gen, overwrite=True, show_progress=False, timer=timer, **steer)
            wall = time.perf_counter() - t0
            res['runs'][name] = r = dict(seconds=round(wall, 2), fps=round(args.frames / wall, 2), share={k: round(t / wall, 3) for k, t in timer.items()})
            print(name, r, flush=True)
        with av.open(src) as c: L = [v.frame_lightness(f.to_ndarray(format='gray')) for f in c.decode(video=0)]
        tracker = v.HintTracker(hints); t0 = time.perf_counter()
        kept = [len(tracker(l)) for l in L]
        res['tracker_ms_per_frame'] = round((time.perf_counter() - t0) / len(L) * 1000, 1); res['tracker_kept_at_end'] = kept[-1]
    base = res['runs']['no hints']['fps']
    res['ratio'] = {k: round(r['fps'] / base, 3) for k, r in res['runs'].items()}
    res['tracker_share_of_a_frame'] = round(res['tracker_ms_per_frame'] / (1000 / base), 3)   # the tracker's time over a frame's without hints
    res['load_after'] = os.getloadavg()[0]
    print('fps ratio to no hints:', res['ratio'], '; the tracker alone:', res['tracker_ms_per_frame'], 'ms a frame')
    json.dump(res, open(args.out, 'w'), indent=1); print('wrote', args.out)
