"""Train the version 3 candidate from a pack of photos (`pack.py`) into a folder: on a GPU (meant to take minutes; not yet run on one), on a CPU at a tiny scale.

    python study/v3/train_gpu.py PACK.tar OUT [--epochs 16] [--n-train 25600] [--size 128] [--bs 64] [--lr 5e-4] [--encoder-lr 1e-4]
    python study/v3/train_gpu.py PACK.tar OUT --tiny     # the CPU check: 2 epochs of 64 crops at 64 px

It calls the library only: `colorization_dls` over both sets, drawn 1:1, with the pixel cache and device-side crops on a GPU;
`colorization_learner(encoder='efficientnet_lite0', head='bins')`, one frozen epoch, then the encoder at its own rate; on CUDA
in bfloat16 with channels-last; the last 3 epochs decaying. OUT gets checkpoints/ (resumable: run it again with --resume),
history.csv and generator.safetensors, as `recolor train` writes them (it is `recolor train --recipe pretrained` with the GPU's
batch and size)."""
import sys, tarfile, tempfile, argparse
from pathlib import Path
import torch
from recolor_nb.cli import train_cmd

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pack'); ap.add_argument('out')
    ap.add_argument('--epochs', type=int, default=16); ap.add_argument('--n-train', type=int, default=25600)
    ap.add_argument('--size', type=int, default=128); ap.add_argument('--bs', type=int, default=64)
    ap.add_argument('--lr', type=float, default=5e-4); ap.add_argument('--encoder-lr', type=float, default=1e-4)
    ap.add_argument('--resume', action='store_true'); ap.add_argument('--tiny', action='store_true')
    a = ap.parse_args()
    cuda = torch.cuda.is_available()
    if a.tiny: a.epochs, a.n_train, a.size, a.bs = 2, 64, 64, 16
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(a.pack) as tar: tar.extractall(tmp, filter='data')
        sets = sorted(str(p) for p in Path(tmp).iterdir() if p.is_dir())
        ck = Path(a.out)/'checkpoints'/'last.pt'
        train_cmd(sets, weights=','.join('1' * len(sets)) if len(sets) > 1 else None, out=a.out, recipe='pretrained',
                  size=a.size, bs=a.bs, epochs=a.epochs, n_train=a.n_train, lr_g=a.lr, encoder_lr=a.encoder_lr,
                  lr_decay_epochs=min(3, a.epochs - 1), bf16=cuda, channels_last=cuda, cache=cuda, keep_checkpoints=True, no_bar=True,
                  seed=3, resume=str(ck) if a.resume and ck.exists() else None)

if __name__ == '__main__': main()
