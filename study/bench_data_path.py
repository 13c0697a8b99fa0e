"""The data path against the training step (issue 14, part 4): images/s of the loader alone, uncached with 0, 1, 2 workers
and cached, beside the images/s two training recipes consume, measured interleaved in one run; written to study/bench/data_path.json.

    OMP_NUM_THREADS=1 python study/bench_data_path.py [--device cpu|cuda] [--rounds 2]

The loader figures run with one intra-op thread (as a loader does in a worker); the steps with torch's default.
`_Start` and `_End` time a step as `recolor_nb.bench`'s private batch timers do; they go when the library has a public one.
"""
import argparse, json, os, platform, statistics, tempfile, time, warnings
from pathlib import Path
import torch
from recolor_nb.data import colorization_dls, loader_rate
from recolor_nb.train import colorization_learner
from recolor_nb.models import unet_128
from recolor_nb.files import atomic_write
from recolor_nb.bench import BatchTimer

def step_rate(dls, steps:int, **learner_kw)->float:
    "Images/s one training step consumes: the time from each training batch's start to its end, loading excluded, the first step left out."
    timer = BatchTimer()
    with tempfile.TemporaryDirectory() as d, warnings.catch_warnings():
        warnings.simplefilter('ignore')
        learn = colorization_learner(dls, path=d, checkpoints=False, samples=0, cbs=[timer], **learner_kw)
        with learn.no_bar(), learn.no_logging(): learn.fit(1)
    return dls.bs / statistics.median(timer.times[1:steps + 1])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='../shared/data/photos128/train')
    ap.add_argument('--device', default='cpu')
    ap.add_argument('--rounds', type=int, default=2)
    ap.add_argument('--batches', type=int, default=30, help='batches per loader measurement')
    ap.add_argument('--cache-root', default=str(Path(tempfile.gettempdir())/'recolor_bench_cache'))
    ap.add_argument('--out', default='study/bench/data_path.json')
    a = ap.parse_args()
    dev = torch.device(a.device)
    configs = [dict(size=64, bs=32, recipe='bins, depth 5, base 32, max width 256 (the bundled model)',
                    learner=dict(gan=None, head='bins', depth=5, base=32, max_width=256), steps=6),
               dict(size=128, bs=16, recipe='pix2pix unet_128 + 70x70 PatchGAN',
                    learner=dict(gan='pix2pix', generator=unet_128()), steps=3)]
    loaders = [('files', 0), ('files', 1), ('files', 2), ('cache', 0), ('cache', 1)]
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        dls_of = lambda c, kind, nw, n=None: colorization_dls(a.data, size=c['size'], bs=c['bs'], num_workers=nw, device=dev, n_valid=c['bs'], n_train=n,
                                                             cache=a.cache_root if kind == 'cache' else False)
        tb = time.perf_counter(); built = dls_of(configs[0], 'cache', 0); build_s = time.perf_counter() - tb   # builds the cache (or finds it)
        pc = built.train_ds.caches[0]
    res = {f"{c['size']}/{c['bs']}": dict(loader={f'{k} w{nw}': [] for k, nw in loaders}, step=[]) for c in configs}
    for r in range(a.rounds):
        for c in configs:
            key = f"{c['size']}/{c['bs']}"
            for kind, nw in loaders:
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore'); dls = dls_of(c, kind, nw)
                nt = torch.get_num_threads(); torch.set_num_threads(1)
                res[key]['loader'][f'{kind} w{nw}'].append(loader_rate(dls.train, a.batches))
                if kind == 'cache' and nw == 0:   # its CPU work alone: what it can hand a GPU, which crops and converts in microseconds
                    dls.train.after_batch = lambda b: b
                    res[key]['loader'].setdefault('cache w0, CPU work only', []).append(loader_rate(dls.train, a.batches))
                torch.set_num_threads(nt)
            with warnings.catch_warnings():
                warnings.simplefilter('ignore'); dls = dls_of(c, 'cache', 0, n=c['bs'] * (c['steps'] + 1))
            res[key]['step'].append(step_rate(dls, c['steps'], **c['learner']))
            print(f"round {r}: {key}", {k: round(v[-1]) for k, v in res[key]['loader'].items()}, 'step', round(res[key]['step'][-1], 1), flush=True)
    rows = []
    for c in configs:
        key = f"{c['size']}/{c['bs']}"; step = statistics.median(res[key]['step'])
        for name, v in res[key]['loader'].items():
            m = statistics.median(v)
            rows.append(dict(size=c['size'], bs=c['bs'], loader=name, images_per_s=round(m, 1), runs=[round(x, 1) for x in v],
                             step_images_per_s=round(step, 2), loader_over_step=round(m / step, 1), recipe=c['recipe']))
    out = dict(device=str(dev), data=a.data, cache=dict(dir=str(pc.dir), shape=list(pc.shape), bytes=int(pc.pixels.nbytes),
                                                         seconds_to_build_or_open=round(build_s, 1)),
               rows=rows, rounds=a.rounds, batches=a.batches, torch_threads=torch.get_num_threads(), cpus=os.cpu_count(),
               torch=torch.__version__, python=platform.python_version(), seconds=round(time.perf_counter() - t0),
               note='cache w0, CPU work only: the cached loader without its crops and Lab conversion (the work a GPU takes over); loader: images/s of dls.train alone (decoded or read from the cache, cropped, collated, Lab on the device), '
                    'one intra-op thread; step: images/s of one training step on a fixed set of batches, loading excluded; medians over rounds, '
                    'interleaved in one run on a shared machine')
    atomic_write(a.out, lambda f: Path(f).write_text(json.dumps(out, indent=1)))
    print(json.dumps(rows, indent=1))

if __name__ == '__main__': main()
