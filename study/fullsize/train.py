"""Version 4's training (issue 29): version 3.1 fine-tuned on photos at real sizes, at growing crop sizes (fastai's
progressive resizing), so the model sees objects at the pixel sizes it renders them at.

    nohup python study/fullsize/train.py > runs/fullsize/log.txt 2>&1 &

Each stage is one `recolor train` run, started from the previous stage's last checkpoint (the first from the bundled
model, version 3.1, so it keeps taking hints). A stage that stopped resumes from its own last checkpoint; a finished
one (its generator.safetensors written) is skipped: run the same command again after a stop, in this session or a later
one. The data are study/fullsize/build_data.py's scenes_full and people_full (RECOLOR_DATA)."""
import os, subprocess, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import data_folder

RUNS = Path(os.environ.get('RECOLOR_RUNS', 'runs/fullsize'))
# (name, crop size, batch size, epochs, items per epoch, generator lr): 128 px, then 192, then 256 twice; the lr falls to 0 over each stage's last epoch.
# float32: on a CPU without AVX-512 BF16 (this AMD EPYC: AVX2 only) a bfloat16 training step took 10x as long (51 s against 5 s, bs 16 at 128 px)
STAGES = [('s128', 128, 16, 1, 4000, 1e-4),
          ('s192', 192, 8, 1, 2400, 1e-4),
          ('s256', 256, 8, 1, 1200, 1e-4),
          # more of the same size, in epochs short enough (300 crops, about 17 CPU-minutes on one thread) to resume across sessions
          ('s256b', 256, 8, 4, 300, 5e-5)]
COMMON = ['--recipe', 'pretrained', '--hints', '--weights', '3,1', '--freeze-epochs', '0', '--channels-last',
          '--lr-decay-epochs', '1', '--keep-checkpoints', '--no-bar', '--samples', '0', '--seed', '29', '--render-size', '96', '--vivid', '1']

def main():
    data = [str(data_folder('scenes_full')), str(data_folder('people_full'))]
    init = 'bundled'
    for name, size, bs, epochs, n, lr in STAGES:
        out = RUNS/name
        if (out/'generator.safetensors').exists():
            print(f"{name}: done, skipped", flush=True); init = str(out/'checkpoints'/'last.pt'); continue
        last = out/'checkpoints'/'last.pt'
        cmd = ['recolor', 'train', *data, '--out', str(out), '--size', str(size), '--bs', str(bs), '--epochs', str(epochs),
               '--n-train', str(n), '--lr-g', str(lr), '--encoder-lr', str(lr / 5), *COMMON]
        cmd += ['--resume', str(last)] if last.exists() else ['--init', init]
        print(time.strftime('%H:%M:%S'), ' '.join(cmd), flush=True)
        subprocess.run(cmd, check=True)
        init = str(last)

if __name__ == '__main__': main()
