"""Time to quality (issue: speed): the reference pix2pix recipe against our default recipe, at equal CPU time.

Both recipes are built with the library and trained on photos128/train for the same budget of process CPU time (TTQ_BUDGET
seconds, 30 minutes by default; the committed runs, study/bench/ttq.json, were stopped after their 15-minute snapshot for lack of machine time)
(one thread each, so the budget is fair when the machine is shared); the generator is saved every `EVERY` CPU-seconds,
and each snapshot is scored afterwards with `evaluate` on photos128/val, predicting as `colorize` does.

    (a) reference: pix2pix, unet_128 (41.8 M parameters), 70x70 PatchGAN, batch 16, 128 px, Adam 2e-4 (0.5, 0.999), L1 weight 100
    (b) ours:      the bundled model's recipe from scratch: thick U-Net depth 5, base 32, max width 256, bins head with the
                   rebalanced cross-entropy, no critic, batch 32, 64 px random crops, Adam 2e-4 (0.5, 0.999), vivid 0.4

Usage, from the repository root (the data are the developers': see study/common.py):

    OMP_NUM_THREADS=1 python study/ttq.py train ref   # or: train ours   (each writes $TTQ_OUT/<name>/gen_<sec>.safetensors)
    OMP_NUM_THREADS=1 python study/ttq.py score [EVERY_KTH_VAL_PHOTO]   # scores every snapshot -> study/bench/ttq.json

TTQ_OUT is where the snapshots go (default /work/runs/ttq, where the committed ones were made; they are not committed).
`CPUBudget` is not the runner's `TimeBudget`: it counts this process's CPU time, not wall time, and saves snapshots within
epochs, so that two recipes sharing a busy machine get the same work done.
"""
import os, sys, json, time
from pathlib import Path
import torch
from fastai.callback.core import Callback, CancelFitException
from recolor_nb.data import colorization_dls
from recolor_nb.models import unet_128
from recolor_nb.train import colorization_learner
from recolor_nb.inference import save_generator, load_generator, AtRenderSize
from recolor_nb.metrics import evaluate
from recolor_nb.train import TRAIN_RECIPES
from common import data_folder, write_json  # study/ is on the path when this script runs

here = Path(__file__).parent
BUDGET, EVERY, SEED = int(os.environ.get("TTQ_BUDGET", 30 * 60)), int(os.environ.get("TTQ_EVERY", 5 * 60)), 3
OUT = Path(os.environ.get("TTQ_OUT", '/work/runs/ttq'))

class CPUBudget(Callback):
    "Save the generator every `every` CPU-seconds of this process and stop training after `budget`."
    order = 99
    def __init__(self, budget, every, out, render_size): self.budget, self.every, self.out, self.render_size = budget, every, Path(out), render_size
    def before_fit(self): self.t0, self.next, self.wall0 = time.process_time(), 0, time.time(); self.snap(0)
    def snap(self, t):
        save_generator(self.learn.generator, self.out/f'gen_{t:05d}.safetensors', render_size=self.render_size,
                       cpu_seconds=str(t), wall_seconds=f"{time.time() - self.wall0:.0f}", n_seen=str(self.seen))
        print(f"{self.out.name}: {t} CPU-s, {self.seen:,} images, {time.time() - self.wall0:.0f} s wall", flush=True)
        self.next = t + self.every
    seen = 0
    def after_batch(self):
        if not self.training: return
        self.seen += len(self.xb[0])
        t = time.process_time() - self.t0
        if t >= self.next:
            self.snap(self.next)
            if self.next > self.budget: raise CancelFitException

_R = TRAIN_RECIPES['recolor']
RECIPES = {
    'ref': dict(dls=dict(size=128, bs=16), render=128,
                learner=dict(gan='pix2pix', critic_layers=3, critic_base=64, l1_weight=100., lr_g=2e-4, lr_d=2e-4)),
    'ours': dict(dls=dict(size=_R['size'], bs=_R['bs']), render=_R['render_size'],   # `recolor train`'s default recipe
                 learner=dict(gan=None, head=_R['head'], depth=_R['depth'], thick=_R['thick'], base=_R['base'], max_width=_R['max_width'], lr_g=2e-4)),
}

def train(name):
    torch.set_num_threads(1)
    r = RECIPES[name]; out = OUT/name; out.mkdir(parents=True, exist_ok=True)
    dls = colorization_dls(data_folder('photos128'), seed=SEED, n_train=3200, n_valid=64, **r['dls'])
    kw = dict(r['learner'])
    if name == 'ref': kw['generator'] = unet_128()
    learn = colorization_learner(dls, path=out, seed=SEED, samples=0, checkpoints=False, cbs=[CPUBudget(BUDGET, EVERY, out, r['render'])], **kw)
    with learn.no_bar(), learn.no_logging(): learn.fit(10_000)

def score(k=1):
    torch.set_num_threads(1)
    dls = colorization_dls(data_folder('photos128'), size=128, bs=64, seed=SEED, valid_every=k)
    dst = here/'bench'/'ttq.json'; res = json.loads(dst.read_text()) if dst.exists() else {}
    base = next((v for kk, v in res.items() if kk == f'baselines/k{k}'), None)
    for name, vivid in (('ref', None), ('ours', _R['vivid']), ('ours', 1.0)):  # ours at the recipe's vividness (version 2's), and as trained
        label = name if vivid in (None, _R['vivid']) else f'{name}@vivid{vivid:g}'
        for f in sorted((OUT/name).glob('gen_*.safetensors')):
            key = f"{label}/{f.stem}/k{k}"
            if key in res: continue
            gen = load_generator(f, vivid=vivid)
            _, summ = evaluate(AtRenderSize(gen), dls=dls, size=128, bs=64, name='model', baselines=base is None)
            s = summ.set_index('model').round(5).to_dict('index')
            if base is None: base = {m: s[m] for m in s if m != 'model'}; res[f'baselines/k{k}'] = base
            from safetensors import safe_open
            with safe_open(str(f), 'pt') as h: md = h.metadata()
            res[key] = dict(recipe=label, cpu_seconds=int(md['cpu_seconds']), wall_seconds=int(md['wall_seconds']), n_seen=int(md['n_seen']), **s['model'])
            print(key, {m: res[key][m] for m in ('auc', 'colorfulness_gap', 'spot', 'sepia') if m in res[key]}, flush=True)
            write_json(dst, res)

if __name__ == '__main__':
    if sys.argv[1] == 'train': train(sys.argv[2])
    else: score(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
