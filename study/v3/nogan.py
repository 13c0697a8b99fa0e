"""The paper's objective on top of the pretrained generator, as DeOldify's NoGAN: the critic first learns on the generator's
outputs (the generator waits), then a short adversarial phase with the generator's reconstruction term (the bins head's
cross-entropy, weight 2) beside the adversarial one.

    python study/v3/nogan.py START.pt OUT GAN [--critic-epochs 1] [--gan-epochs 1] [--n-train 3200] [--lr 2e-5]
        START: a checkpoint of the pretrained generator (e.g. runs/v3/checkpoints/epoch_005.pt); GAN: wgan-gp or pix2pix
    then score OUT/generator.safetensors beside START with `OUT=model_v3 NAME=... python study/score_v2.py sweep ...`

Both sets, drawn 1:1, 96 px crops, as version 3 trained. The data are the developers' (see each folder's SOURCES.md)."""
import argparse, json, time
from pathlib import Path
from fastai.callback.core import Callback
from recolor_nb.data import colorization_dls
from recolor_nb.train import colorization_learner, set_requires_grad, GANTrainer
from recolor_nb.process import hold_freed_memory
from recolor_nb.inference import save_generator

DATA = Path(__file__).resolve().parents[3]/'shared'/'data'

class CriticFirst(Callback):
    "NoGAN's critic pre-training: for the first `n` epochs only the critic steps, on the generator's outputs."
    order = GANTrainer.order + 1  # after GANTrainer has decided this batch's steps
    def __init__(self, n:int): self.n = n
    def before_batch(self):
        if self.training and self.epoch < self.n:
            self.learn.gan_trainer.g_step = False
            set_requires_grad(self.learn.generator, False)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('start'); ap.add_argument('out'); ap.add_argument('gan', choices=['wgan-gp', 'pix2pix'])
    ap.add_argument('--critic-epochs', type=int, default=1); ap.add_argument('--gan-epochs', type=int, default=1)
    ap.add_argument('--n-train', type=int, default=3200); ap.add_argument('--lr', type=float, default=2e-5)
    ap.add_argument('--size', type=int, default=96); ap.add_argument('--bs', type=int, default=32)
    ap.add_argument('--data', nargs='*', default=[str(DATA/'photos128'), str(DATA/'people128')])
    a = ap.parse_args()
    hold_freed_memory()
    source = a.data[0] if len(a.data) == 1 else a.data or None  # none: the embedded photos (a quick check)
    dls = colorization_dls(source, size=a.size, bs=a.bs, seed=11, n_train=a.n_train, weights=[1.] * len(a.data) if len(a.data) > 1 else None)
    learn = colorization_learner(dls, gan=a.gan, encoder='efficientnet_lite0', head='bins', init=a.start, lr_g=a.lr,
                                 encoder_lr=a.lr / 5, lr_d=1e-4 if a.gan == 'wgan-gp' else 2e-4, path=a.out, seed=11, samples=4,
                                 cbs=[CriticFirst(a.critic_epochs)])
    t = time.time()
    with learn.no_bar(): learn.fit(a.critic_epochs + a.gan_epochs)
    if getattr(learn, 'diverged', None): raise SystemExit(f"diverged: {learn.diverged}")
    g = learn.generator; g.vivid = 0.4
    save_generator(g, Path(a.out)/'generator.safetensors', render_size=a.size, recipe=json.dumps(dict(nogan=vars(a))),
                   split=json.dumps(dls.split), train_seconds=f"{time.time() - t:.0f}")
    print(f"done in {time.time() - t:.0f}s: {Path(a.out)/'generator.safetensors'}")

if __name__ == '__main__': main()
