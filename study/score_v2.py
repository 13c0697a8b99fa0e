"""Score a generator for the bundled model's card: the vividness sweep on training photos, then the validation sets.

    python study/score_v2.py sweep MODEL            # vivid 0.3..1 on 300 training photos of each set (every k-th file)
    python study/score_v2.py sweep MODEL T [T ...]  # the same for each annealed-mean temperature T -> sweep_NAME_T.json
    VIVID=0.3,0.35 SUFFIX=_b python study/score_v2.py sweep ...  # other vividness values, into sweep_NAME_T_b.json
    RENDER=128 OUT=model_v3 python study/score_v2.py ...  # predict at another working size; write into study/OUT/ (default model_v2)
    python study/score_v2.py val MODEL VIVID NAME [T]  # every validation photo of photos128 and people128, with the baselines,
                                                    # and the skin-tone rate of people128's face photos; -> study/model_v2/NAME.json
MODEL is a generator file, a checkpoint, or `bundled`. The scoring is the library's: `evaluate_sweep` (one model at each
temperature and vividness, predicting as `colorize` does through `AtRenderSize`) on the training photos named by `valid_files`,
the mean-colour baseline from the folder's training loader, as before. The data are the developers' (see study/common.py)."""
import os, sys
from pathlib import Path
import numpy as np, torch
from recolor_nb.data import colorization_dls, batch_to_lab
from recolor_nb.images import load_rgb
from recolor_nb.inference import load_generator, AtRenderSize
from recolor_nb.metrics import evaluate, evaluate_sweep, mean_ab_baseline, skin_tone_score
from recolor_nb.color import denormalize_lab
from common import data_folder, write_json  # study/ is on the path when this script runs

here = Path(__file__).parent
SETS = ('photos128', 'people128')

def gen_of(model, vivid=None, T=None):
    "The generator `model` (a file, or 'bundled'), at `vivid` and `T`, at its working size (96 px for the bundled models, or $RENDER)."
    g = load_generator(None if model == 'bundled' else model, vivid=vivid)
    if T is not None: g.T = T
    if getattr(g, 'render_size', None) in (None, 64): g.render_size = 96  # the bundled models render at 96 px
    if os.environ.get('RENDER'): g.render_size = int(os.environ['RENDER'])
    return g

def face_photos(files):
    "The face-centred photos (LFW, UTKFace) among people128's files."
    return sorted(f for f in files if Path(f).name.split('_')[0] in ('lfw', 'utkface'))

def skin_rate(g, faces):
    "The share of `faces` whose truth's centre is skin-toned where `g`, predicting as `colorize` does, gives a skin-toned centre."
    sk = []
    for i in range(0, len(faces), 64):
        L, ab = batch_to_lab(torch.stack([torch.from_numpy(np.asarray(load_rgb(f)).copy()).permute(2, 0, 1) for f in faces[i:i + 64]]))
        sk.append(skin_tone_score(denormalize_lab(L, AtRenderSize(g)(L)), denormalize_lab(L, ab)))
    sk = torch.cat(sk)
    return dict(rate=round(float(np.nanmean(sk.numpy())), 4), n=int((~sk.isnan()).sum()), n_faces=len(faces))

def training_subset(folder, n=300):
    "(loaders that validate on the centre crops of `n` training photos of `folder`, every k-th in order; its usual training loader's mean colour)."
    full = colorization_dls(folder, size=128, bs=64, seed=0)
    photos = full.train_ds.photos; k = len(photos) // n
    names = [p.relative_to(folder/'train').as_posix() for p in photos[::k][:n]]
    dls = colorization_dls(folder/'train', size=128, bs=64, seed=0, valid_files=names, device='cpu')
    return dls, mean_ab_baseline(full.train, max_batches=64)

def sweep(model, Ts, vivid):
    rows = []
    for name in SETS:
        dls, mean_ab = training_subset(data_folder(name))
        s = evaluate_sweep(gen_of(model), vivid=vivid, T=Ts or None, predictor=AtRenderSize, dls=dls, size=128, bs=64, mean_ab=mean_ab)
        for r in s.to_dict('records'):
            T, v = r.pop('T'), r.pop('vivid')
            rows.append(dict(data=name, T=T, vivid=v, **r) if v is not None or T is not None else dict(data=name, **r))
            if v is not None or T is not None: print(name, r['model'], {k: round(r[k], 5) for k in ('auc', 'colorfulness_gap', 'sepia', 'spot')}, flush=True)
    return rows

if __name__ == '__main__':
    torch.set_num_threads(int(os.environ.get('THREADS', 2)))
    what, model = sys.argv[1], sys.argv[2]
    out_dir = here/os.environ.get('OUT', 'model_v2')
    if what == 'sweep':
        Ts = [float(t) for t in sys.argv[3:]]
        rows = sweep(model, Ts, [float(v) for v in os.environ.get('VIVID', '0.3,0.4,0.5,0.6,0.7,0.8,1.0').split(',')])
        stem = os.environ.get('NAME') or (Path(model).parent.parent.name if model != "bundled" else "bundled")
        write_json(out_dir/f'sweep_{stem}{"_T" if Ts else ""}{os.environ.get("SUFFIX", "")}.json', rows)
    else:
        vivid, name = float(sys.argv[3]), sys.argv[4]
        T = float(sys.argv[5]) if sys.argv[5:] else None
        g = gen_of(model, vivid, T); res = {}
        for dname in SETS:
            _, s = evaluate(AtRenderSize(g), data_folder(dname), size=128, bs=64, name=name)
            res[dname] = s.set_index('model').round(5).to_dict('index'); print(dname, s.round(4).to_string(), flush=True)
        res['skin'] = skin_rate(g, face_photos((data_folder('people128')/'val').glob('*.jpg'))); print(res['skin'])
        write_json(out_dir/f'{name}.json', dict(model=model, vivid=vivid, T=g.T, render_size=g.render_size, scores=res))
