"""Training throughput (images/s) of `recolor train`'s loop in 1 and 2 processes on this machine's CPUs (gloo).

    python study/ddp/throughput.py                  # one process
    torchrun --standalone --nproc_per_node=2 study/ddp/throughput.py   # two processes
Each process trains `--bs` images a step (the global batch is bs x processes); rank 0 appends a row to study/ddp/throughput.json.
"""
import argparse, json, os, platform
from pathlib import Path
import torch
from recolor_nb.data import colorization_dls
from recolor_nb.train import colorization_learner
from recolor_nb.distrib import process_group
from recolor_nb.bench import BatchTimer

p = argparse.ArgumentParser()
p.add_argument('--bs', type=int, default=8); p.add_argument('--size', type=int, default=64); p.add_argument('--steps', type=int, default=12)
p.add_argument('--note', default='')
a = p.parse_args()
with process_group() as (rank, n):
    dls = colorization_dls(size=a.size, bs=a.bs, n_train=a.bs * n * (a.steps + 2), n_valid=8, device='cpu')
    clock = BatchTimer(skip=2)
    learn = colorization_learner(dls, gan='wgan-gp', depth=4, base=32, max_width=256, critic_base=32, n_critic=1, norm='instance',
                                 samples=0, checkpoints=False, path=f'/tmp/ddp_throughput_{os.getpid()}', cbs=[clock])
    with learn.no_bar(), learn.no_logging(), learn.distrib_ctx(): learn.fit(1)
    per_step = sum(clock.times) / len(clock.times)
    if rank == 0:
        row = dict(processes=n, bs_per_process=a.bs, size=a.size, steps_timed=len(clock.times), seconds_per_step=round(per_step, 3),
                   images_per_s=round(a.bs * n / per_step, 2), threads_per_process=torch.get_num_threads(), cpus=os.cpu_count(),
                   load_1min=round(os.getloadavg()[0], 2), torch=torch.__version__, note=a.note,
                   config='wgan-gp, n_critic 1, U-Net depth 4 base 32 (instance norm), PatchGAN 3 layers base 32, CPU float32')
        f = Path(__file__).parent/'throughput.json'
        rows = json.loads(f.read_text()) if f.exists() else []
        f.write_text(json.dumps(rows + [row], indent=1))
        print(row)
