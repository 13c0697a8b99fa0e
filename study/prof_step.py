"""Profile the learner's training step against PlainLoop (pix2pix unet_128, 70x70 PatchGAN, 128 px, batch 16): op-level self-CPU per step, and the copies by shape.

    python study/prof_step.py [STEPS]
"""
import time, torch, sys
from pathlib import Path
from torch.profiler import profile, ProfilerActivity
from fastai.callback.core import Callback
from recolor_nb.data import colorization_dls
from recolor_nb.models import unet_128, PatchGAN
from recolor_nb.bench import PlainLoop
from recolor_nb.train import colorization_learner
torch.manual_seed(0)
bs, size, n = 16, 128, int(sys.argv[1]) if len(sys.argv) > 1 else 3
dls = colorization_dls(size=size, bs=bs, n_train=bs*(n+1), n_valid=bs, seed=0)
batches = [tuple(b) for b in dls.train]
def nets():
    torch.manual_seed(0); return unet_128(), PatchGAN(n_layers=3, base=64, norm='batch')
p = PlainLoop(*nets(), 'pix2pix')
p.step(*batches[0])
class Prof(Callback):
    order = -1000
    def before_batch(self):
        if self.training and self.iter == 1: self.learn.prof = profile(activities=[ProfilerActivity.CPU], record_shapes=True); self.learn.prof.__enter__(); self.t=time.perf_counter()
    def after_train(self): self.learn.prof.__exit__(None, None, None); self.learn.dt = time.perf_counter()-self.t
g, c = nets()
learn = colorization_learner(dls, gan='pix2pix', generator=g, critic=c, path=Path('/tmp/recolor_prof'), checkpoints=False, samples=0, seed=None, cbs=[Prof()])
with learn.no_bar(), learn.no_logging(): learn.fit(1)
t = time.perf_counter()
with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as pp:
    for b in batches[1:]: p.step(*b)
dtp = time.perf_counter() - t
print(f"wall: learner {learn.dt/n:.3f} s/step, plain {dtp/n:.3f} s/step, ratio plain/learner {dtp/learn.dt:.3f}")
def tot(pr):
    return {e.key: (e.self_cpu_time_total / 1e3 / n, e.count // n) for e in pr.key_averages()}
a, b = tot(learn.prof), tot(pp)
print("self CPU total/step: learner", sum(v[0] for v in a.values()), "ms; plain", sum(v[0] for v in b.values()), "ms")
rows = sorted(set(a) | set(b), key=lambda k: -abs(a.get(k, (0, 0))[0] - b.get(k, (0, 0))[0]))
print(f"{'op':45s} {'learner ms':>10s} {'n':>5s} {'plain ms':>10s} {'n':>5s}")
for k in rows[:30]: print(f"{k[:45]:45s} {a.get(k,(0,0))[0]:10.1f} {a.get(k,(0,0))[1]:5d} {b.get(k,(0,0))[0]:10.1f} {b.get(k,(0,0))[1]:5d}")
def copies(name, pr):
    print(f"\n{name} copy_/zero_/fill_ by shape:")
    for e in pr.key_averages(group_by_input_shape=True):
        if e.key in ('aten::copy_', 'aten::zero_', 'aten::fill_') and e.self_cpu_time_total/1e3/n > 1: print(e.key, e.input_shapes[:2], e.count//n, f"{e.self_cpu_time_total/1e3/n:.1f} ms")
copies('learner', learn.prof); copies('plain', pp)
