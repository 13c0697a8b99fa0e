"""Levers for bundled model v2 (issue: colour that convinces on real old photos), each measured at equal CPU time.

Every variant fine-tunes the bundled model for the same number of crops (3 epochs of 6,400 64 px crops, Adam 2e-4,
batch 32, rebalanced cross-entropy of the bins head, no GAN), on photos128 and people128 drawn 1:1, with the same seed,
and is scored (the baselines once, with the bundled model) on a fixed third of each validation set (every third photo,
`valid_every=3`) at 128 px, predicting as `colorize` does: clean, and (people128) with the inputs damaged by `degrade_L` with a
fixed seed. Usage, from the repository root:

    INIT=FILE python study/levers_v2.py [VARIANT ...]      # default: all; finished variants are skipped
    INIT=FILE python study/levers_v2.py VARIANT CHECKPOINT # score a variant from its checkpoint (crops: v2's epoch_002.pt)

INIT is the generator the variants start from: the bundled model of the time, which git keeps: version 1 for bundled, crops, whole,
context and degrade (`git show daa06ee:recolor_nb/weights/recolor_base.safetensors > /tmp/v1.safetensors`), version 2 for
context_v2 and v2 (`git show cdf8429:...`). Without INIT the script stops: the bundled model is now version 3, a `PretrainedUNet`,
which none of these variants started from. Results: study/levers/<variant>.json. The data are the developers'
(see study/common.py)."""
import os, sys, time
from pathlib import Path
import torch
from recolor_nb.data import colorization_dls, degrade_L
from recolor_nb.models import UNet
from recolor_nb.train import colorization_learner
from recolor_nb.inference import BUNDLED_MODEL, load_generator, AtRenderSize, generator_metadata
from recolor_nb.metrics import evaluate
from score_v2 import skin_rate, face_photos  # study/ is on the path when this script runs
from common import data_folder, write_json

here = Path(__file__).parent
VARIANTS = {'bundled': None,                        # no fine-tuning: today's model
            'crops': {},                            # lever 1 alone: people in the data
            'whole': dict(min_scale=1.0),           # whole photos (resized to 64 px) instead of random crops
            'context': dict(context=True),          # lever 2: a global-context branch at the bottleneck
            'degrade': dict(degrade=0.5),           # lever 5: half of the inputs damaged as old prints
            'context_v2': dict(context=True),       # lever 2 again, from the bundled model v2 (BUNDLED_MODEL is v2 from now on)
            'v2': {}}                               # version 2 itself, scored from its checkpoint, as the reference for context_v2
EPOCHS, N_TRAIN, SIZE, BS, SEED = 3, 6400, 64, 32, 7
if 'INIT' not in os.environ and __name__ == '__main__':
    raise SystemExit("INIT: the generator file the variants start from (the bundled model of the time: version 1 or 2); see the docstring")
INIT = os.environ.get('INIT', BUNDLED_MODEL)

def config():
    "The starting generator's options, as its file records them."
    import json
    return json.loads(generator_metadata(INIT)['config'])

def finetune(name, opts, out):
    dls = colorization_dls([data_folder('photos128'), data_folder('people128')], size=SIZE, bs=BS, seed=SEED, n_train=N_TRAIN, n_valid=256,
                           weights=[1, 1], min_scale=opts.get('min_scale', 0.35), degrade=opts.get('degrade', 0.))
    gen = UNet(**{**config(), 'vivid': 1., 'context': opts.get('context', False)})
    learn = colorization_learner(dls, gan=None, generator=gen, init=INIT, path=out, seed=SEED, samples=0)
    t = time.time(); learn.fit(EPOCHS)
    gen = learn.generator.eval(); gen.render_size = 96
    return gen, time.time() - t

def score(gen, vivid, baselines):
    gen.vivid = vivid
    res = {}
    for name in ('photos128', 'people128'):
        _, summ = evaluate(AtRenderSize(gen), data_folder(name), size=128, bs=64, seed=SEED, valid_every=3, name='model', baselines=baselines)
        res[name] = summ.set_index('model').round(5).to_dict('index')
    # people128 with damaged inputs: the model sees a degraded L, the scores compare with the clean truth
    dls = colorization_dls(data_folder('people128'), size=128, bs=64, seed=SEED, valid_every=3)
    g = torch.Generator().manual_seed(0); damaged = {}
    def damaged_model(L):
        key = (L.shape, float(L.sum()))
        if key not in damaged: damaged[key] = degrade_L(L, g)
        return AtRenderSize(gen)(damaged[key])
    _, summ = evaluate(damaged_model, dls=dls, size=128, bs=64, name='model', baselines=False)
    res['people128_degraded'] = summ.set_index('model').round(5).to_dict('index')
    # skin tone on the face photos (LFW, UTKFace) of the same third of people128/val
    res['skin'] = skin_rate(gen, face_photos(dls.valid.dataset.photos))
    return res

if __name__ == '__main__':
    torch.set_num_threads(1)
    names = [a for a in sys.argv[1:] if a in VARIANTS] or list(VARIANTS)
    for name in names:
        dst = here/'levers'/f'{name}.json'
        if dst.exists(): print(f"{name}: finished before"); continue
        opts = VARIANTS[name]
        if opts is None: gen, secs = load_generator(INIT), 0.
        elif len(sys.argv) > 2 and Path(sys.argv[-1]).suffix == '.pt':
            # score a variant already trained (its checkpoint), e.g. crops: the bundled model v2's first 3 epochs are the same recipe
            gen, secs = load_generator(sys.argv[-1]), float('nan'); gen.render_size = 96
        else: gen, secs = finetune(name, opts, Path('/tmp')/'levers'/name)
        res = dict(variant=name, options=opts, init=generator_metadata(INIT).get('version', '1'), train_seconds=None if secs != secs else round(secs), epochs=EPOCHS if opts is not None else 0, n_train=N_TRAIN,
                   scores={f"vivid {v}": score(gen, v, baselines=name == 'bundled' and v == 0.4) for v in (0.4, 0.7)})
        write_json(dst, res)
        print(f"{name}: done in {secs / 60:.0f} min", flush=True)
