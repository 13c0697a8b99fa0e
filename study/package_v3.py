"""Package a checkpoint of the version-3 run as the bundled model (recolor_nb/weights/recolor_base.safetensors).

    python study/package_v3.py CHECKPOINT VIVID [OUT]

Version 3 is version 2 continued on photos128 and people128 (1:1) with half the training inputs damaged as old prints
(`recolor train ... --degrade 0.5`); the recipe of the earlier stages is carried over from the version-2 file."""
import sys, json
from pathlib import Path
from recolor_nb.inference import load_generator, save_generator, generator_metadata, BUNDLED_MODEL
from recolor_nb.train import load_checkpoint

ckpt, vivid = Path(sys.argv[1]), float(sys.argv[2])
out = Path(sys.argv[3]) if len(sys.argv) > 3 else BUNDLED_MODEL
old = generator_metadata(BUNDLED_MODEL)  # version 2's record, carried over: run this once, while version 2 is still bundled
assert old.get('version') == '2', f"expected the version-2 file's metadata, got version {old.get('version')}"
run = ckpt.parent.parent
import csv
hist = list(csv.DictReader((run/'history.csv').open()))
secs = float(hist[-1]['seconds'])  # the run's cumulative seconds (wall clock, on one core shared with other jobs)
meta_run = json.loads((run/'run.json').read_text())
c = load_checkpoint(ckpt)
g = load_generator(ckpt); g.vivid = vivid; g.config['vivid'] = vivid
recipe = json.loads(old['recipe'])
opts = (meta_run.get('resumed') or meta_run).get('options', {})
recipe['vivid'] = dict(value=vivid, chosen_on="300 training photos of each of photos128 and people128: the most vivid value whose AuC beats the better baseline by >= 0.003 on each")
recipe['stage4'] = dict(gan=None, loss="rebalanced CE (bins head)", init="stage 3 (the v2 bundled model)", data=['photos128', 'people128'], weights=[1, 1],
                        degrade=0.5, epochs=c['epoch'] + 1, n_train=6400, lr_decay_epochs=opts.get('lr_decay_epochs'), lr_g=2e-4, bs=32, size=64, seed=8, train_seconds=round(secs),
                        note="planned as 12 epochs with 4 decaying; shortened to 8 with 3 decaying at epoch 4, before the decay began")
save_generator(g, out, render_size=96, version='3', recipe=json.dumps(recipe), split=old['split'], data=old['data'],
               train_seconds=str(round(float(old['train_seconds']) + secs)))
print(out, out.stat().st_size / 2**20, 'MiB')
