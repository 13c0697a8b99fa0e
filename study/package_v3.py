"""Package a checkpoint of the degradation run (version 2 continued on photos128 and people128, 1:1, with half the training
inputs damaged as old prints: `recolor train ... --degrade 0.5`) as a generator file, carrying over version 2's recipe.

    git show cdf8429:recolor_nb/weights/recolor_base.safetensors > /tmp/v2.safetensors   # version 2, as git keeps it
    python study/package_v3.py CHECKPOINT VIVID /tmp/v2.safetensors OUT

This candidate was planned as version 3 and never bundled: version 3 is the pretrained-encoder model of study/v3/package.py.
**It can no longer be rebuilt**: its run's checkpoints and history (CHECKPOINT, and history.csv and run.json two folders up) were
not kept with the developers' runs. The script stops with that message when they are missing."""
import sys, json, csv
from pathlib import Path
from recolor_nb.inference import load_generator, save_generator, generator_metadata
from recolor_nb.files import load_checkpoint

if len(sys.argv) != 5: raise SystemExit(__doc__)
ckpt, vivid, v2, out = Path(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
run = ckpt.parent.parent
missing = [str(f) for f in (ckpt, run/'history.csv', run/'run.json') if not f.is_file()]
if missing: raise SystemExit(f"{', '.join(missing)}: not there. The degradation run's checkpoints were not kept, so this candidate cannot be rebuilt (see the docstring)")
old = generator_metadata(v2)  # version 2's record, carried over
if old.get('version') != '2': raise SystemExit(f"{v2}: version {old.get('version')}, not version 2's file (see the usage above)")
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
