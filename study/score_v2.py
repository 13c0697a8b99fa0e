"""Score a generator for the bundled model's card: the vividness sweep on training photos, then the validation sets.

    python study/score_v2.py sweep MODEL            # vivid 0.3..1 on 300 training photos of each set (every k-th file)
    python study/score_v2.py sweep MODEL T [T ...]  # the same for each annealed-mean temperature T -> sweep_NAME_T.json
    VIVID=0.3,0.35 SUFFIX=_b python study/score_v2.py sweep ...  # other vividness values, into sweep_NAME_T_b.json
    RENDER=128 OUT=model_v3 python study/score_v2.py ...  # predict at another working size; write into study/OUT/ (default model_v2)
    python study/score_v2.py val MODEL VIVID NAME [T]  # every validation photo of photos128 and people128, with the baselines,
                                                    # and the skin-tone rate of people128's face photos; -> study/model_v2/NAME.json
The data are the developers' (see each folder's SOURCES.md)."""
import os, sys, json
from pathlib import Path
import numpy as np, torch
from PIL import Image
from types import SimpleNamespace
from recolor_nb.data import colorization_dls, PhotoCrops, ColorizationDL
from recolor_nb.inference import load_generator, AtRenderSize
from recolor_nb.metrics import evaluate, skin_tone_score
from recolor_nb.color import rgb_to_lab

here = Path(__file__).parent
DATA = {'photos128': (here/'..'/'..'/'shared'/'data'/'photos128').resolve(), 'people128': (here/'..'/'..'/'shared'/'data'/'people128').resolve()}

def gen_of(model, vivid, T=None):
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
        lab = torch.cat([rgb_to_lab(torch.from_numpy(np.asarray(Image.open(f).convert('RGB'), np.float32) / 255).permute(2, 0, 1)[None]) for f in faces[i:i + 64]])
        sk.append(skin_tone_score(torch.cat([lab[:, :1], AtRenderSize(g)(lab[:, :1] / 50 - 1) * 110], 1), lab))
    sk = torch.cat(sk)
    return dict(rate=round(float(np.nanmean(sk.numpy())), 4), n=int((~sk.isnan()).sum()), n_faces=len(faces))

if __name__ == '__main__':
    torch.set_num_threads(int(os.environ.get('THREADS', 2)))
    what, model = sys.argv[1], sys.argv[2]
    if what == 'sweep':
        rows = []
        for name, folder in DATA.items():
            full = colorization_dls(folder, size=128, bs=64, seed=0)
            ds = PhotoCrops(full.train_ds.photos[::len(full.train_ds.photos) // 300][:300], 128, train=False)  # centre crops of training photos
            dls = SimpleNamespace(train=full.train, valid=ColorizationDL(ds, bs=64, shuffle=False, device='cpu'), valid_ds=ds, split=full.split)
            Ts = [float(t) for t in sys.argv[3:]] or [None]
            VIVID = [float(v) for v in os.environ.get('VIVID', '0.3,0.4,0.5,0.6,0.7,0.8,1.0').split(',')]
            for i, (T, v) in enumerate((T, v) for T in Ts for v in VIVID):
                label = f'vivid {v}' if T is None else f'T {T} vivid {v}'
                _, s = evaluate(AtRenderSize(gen_of(model, v, T)), dls=dls, size=128, bs=64, name=label, baselines=i == 0)
                rows += [dict(data=name, T=T, vivid=v, **r) if r['model'] == label else dict(data=name, **r) for r in s.to_dict('records')]
                print(name, label, s.iloc[0][['auc', 'colorfulness_gap', 'sepia', 'spot']].round(5).to_dict(), flush=True)
        stem = os.environ.get('NAME') or (Path(model).parent.parent.name if model != "bundled" else "bundled")
        out = here/os.environ.get('OUT', 'model_v2')/f'sweep_{stem}{"_T" if sys.argv[3:] else ""}{os.environ.get("SUFFIX", "")}.json'; out.parent.mkdir(exist_ok=True); out.write_text(json.dumps(rows, indent=1) + '\n')
    else:
        vivid, name = float(sys.argv[3]), sys.argv[4]
        T = float(sys.argv[5]) if sys.argv[5:] else None
        g = gen_of(model, vivid, T); res = {}
        for dname, folder in DATA.items():
            _, s = evaluate(AtRenderSize(g), folder, size=128, bs=64, name=name)
            res[dname] = s.set_index('model').round(5).to_dict('index'); print(dname, s.round(4).to_string(), flush=True)
        res['skin'] = skin_rate(g, face_photos((DATA['people128']/'val').glob('*.jpg'))); print(res['skin'])
        out = here/os.environ.get('OUT', 'model_v2')/f'{name}.json'; out.parent.mkdir(exist_ok=True); out.write_text(json.dumps(dict(model=model, vivid=vivid, T=g.T, render_size=g.render_size, scores=res), indent=1) + '\n')
