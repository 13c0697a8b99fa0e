"""Page faults and time of each training step, the plain loop beside the learner (pix2pix unet_128, 70x70 PatchGAN, 128 px, batch 16, fused Adam
on both sides), with glibc's default allocator and with `hold_freed_memory`: each setting in a process of its own, as it applies to the process.

    nice -n -10 python study/page_faults.py    # -> study/bench/page_faults.json
"""
import sys, json, time, resource, subprocess
from pathlib import Path
from common import write_json  # study/ is on the path when this script runs

def flt(): return resource.getrusage(resource.RUSAGE_SELF).ru_minflt

def measure(hold:bool, rounds=3):
    import torch
    from recolor_nb.bench import PlainLoop, BatchTimer
    from recolor_nb.data import colorization_dls
    from recolor_nb.models import UNet, PatchGAN
    from recolor_nb.train import colorization_learner
    from recolor_nb.process import hold_freed_memory
    held = hold_freed_memory() if hold else False
    dls = colorization_dls(size=128, bs=16, n_train=16 * 3, n_valid=16, seed=0)
    batches = list(dls.train)
    def nets(): torch.manual_seed(0); return UNet(depth=7, base=64, max_width=512, head='tanh', dropout=0.5), PatchGAN(n_layers=3, base=64, norm='batch')
    plain = PlainLoop(*nets(), 'pix2pix', l1_weight=100., fused=True)
    class Timer(BatchTimer):
        "Page faults of each batch too."
        def start(self): self.f0 = flt(); super().start()
        def stop(self): super().stop(); self.faults.append(flt() - self.f0)
    e = Timer(); e.faults = []
    g, c = nets()
    learn = colorization_learner(dls, gan='pix2pix', generator=g, critic=c, path=Path('/tmp')/'page_faults', checkpoints=False, samples=0, seed=None, cbs=[e])
    rows = []
    for r in range(rounds):
        for i, b in enumerate(batches):
            f0, t = flt(), time.perf_counter(); plain.step(*b)
            rows.append(dict(loop='plain+fused', round=r, batch=i, seconds=time.perf_counter() - t, faults=flt() - f0))
        with learn.no_bar(), learn.no_logging(): learn.fit(r + 1, resume=True if r else None)
        rows += [dict(loop='learner', round=r, batch=i, seconds=t, faults=f) for i, (t, f) in enumerate(zip(e.times[-3:], e.faults[-3:]))]
    return dict(held=held, max_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, steps=rows)

if __name__ == '__main__':
    if sys.argv[1:] and sys.argv[1] in ('hold', 'default'): print(json.dumps(measure(sys.argv[1] == 'hold'))); sys.exit()
    res = {}
    for mode in ('default', 'hold'):
        out = subprocess.run([sys.executable, __file__, mode], capture_output=True, text=True, check=True).stdout
        res[mode] = json.loads(out.strip().splitlines()[-1])
        for loop in ('plain+fused', 'learner'):
            st = [x for x in res[mode]['steps'] if x['loop'] == loop and x['batch'] > 0]  # after each round's first batch
            print(f"{mode:8s} {loop:12s} faults/step {sorted(x['faults'] for x in st)}  s/step {sum(x['seconds'] for x in st) / len(st):.3f}", flush=True)
        print(f"{mode:8s} held: {res[mode]['held']}, max RSS {res[mode]['max_rss_mb']} MB")
    out = Path(__file__).parent/'bench'/'page_faults.json'; write_json(out, res); print(out)
