"""How well the generators follow hints and references, on the validation photos (the developers' data: see each folder's SOURCES.md).

    python study/hints/measure.py curve MODEL [MODEL ...]   # PSNR and AuC against the number of simulated hints -> study/hints/curve.json
                                                            # (a model that takes hints: with reach 'global', the network's own
                                                            # spread, and 'region', `keep_local` as `colorize` does by default)
    python study/hints/measure.py reference MODEL           # reference colours: logit bias vs post-hoc transfer -> study/hints/reference.json

MODEL: a generator file, or `bundled`. Zhang et al.'s protocol (2017, Fig. 6): each photo at the generator's working size (96 px),
hints drawn from the true photo with a fixed seed (`simulate_hints(n=k)`), PSNR of the RGB prediction at that size. N photos of
each validation set, every k-th file (N=$N, default 500)."""
import os, sys, json
from pathlib import Path
import numpy as np, torch
import torch.nn.functional as F
from recolor_nb.images import image_files, load_rgb
from recolor_nb.inference import load_generator
from recolor_nb.color import rgb_to_model, model_to_rgb, denormalize_lab
from recolor_nb.hints import simulate_hints, reference_bias, transfer_ab, keep_local
from recolor_nb.metrics import psnr, auc_ab
from recolor_nb.files import atomic_write

here = Path(__file__).parent
DATA = {k: (here/'..'/'..'/'..'/'shared'/'data'/k/'val').resolve() for k in ('photos128', 'people128')}
HINTS = (0, 1, 2, 5, 10, 20, 50)

def photos(folder, n):
    "`n` validation photos, every k-th file, at 96 px: normalised (L, ab)."
    files = sorted(image_files(folder)); files = files[::max(1, len(files) // n)][:n]
    x = torch.stack([torch.from_numpy(np.asarray(load_rgb(f), np.float32) / 255).permute(2, 0, 1) for f in files])
    return rgb_to_model(F.interpolate(x, size=(96, 96), mode='area'))

def model_of(name):
    g = load_generator(None if name == 'bundled' else name).eval()
    return g

@torch.inference_mode()
def scores(g, L, ab, hints=None, bias=None, post=None, bs=100, local=False):
    "Mean PSNR (dB) and AuC of `g` on (L, ab), with hint maps and/or a logit bias per image, or a post-hoc ab map; `local`: the hints' change kept in their regions."
    out = []
    for i in range(0, len(L), bs):
        s = slice(i, i + bs)
        args = () if hints is None and bias is None else (None if hints is None else hints[s], None if bias is None else bias[s])
        pred = g(L[s], *args).float()
        if local: pred = keep_local(g(L[s], None, args[1]).float(), pred, L[s], hints[s, 2])
        if post is not None: pred = post(pred, s)
        out.append((psnr(model_to_rgb(L[s], pred), model_to_rgb(L[s], ab[s])),
                    auc_ab(denormalize_lab(L[s], pred), denormalize_lab(L[s], ab[s]))))
    return round(float(torch.cat([o[0] for o in out]).mean()), 3), round(float(torch.cat([o[1] for o in out]).mean()), 5)

def write(name, rows):
    atomic_write(here/name, lambda f: Path(f).write_text(json.dumps(rows, indent=1) + '\n'))

if __name__ == '__main__':
    torch.set_num_threads(int(os.environ.get('THREADS', 2)))
    what, models, n = sys.argv[1], sys.argv[2:], int(os.environ.get('N', 500))
    data = {k: photos(f, n) for k, f in DATA.items()}
    rows = []
    if what == 'curve':
        old = json.loads((here/'curve.json').read_text()) if (here/'curve.json').exists() else []
        rows = [r for r in old if r['model'] not in models]   # the models not measured again keep their rows
        for m in models:
            g = model_of(m)
            for name, (L, ab) in data.items():
                for k in HINTS:
                    if k and not g.hints: continue
                    h = simulate_hints(ab, n=k, generator=torch.Generator().manual_seed(k)) if g.hints else None
                    for reach in ('global', 'region') if k else ('global',):
                        p, a = scores(g, L, ab, h, local=reach == 'region')
                        rows.append(dict(model=m, data=name, hints=k, reach=reach, psnr=p, auc=a, n_images=len(L))); print(rows[-1], flush=True)
        write('curve.json', rows)
    elif what == 'reference':
        g = model_of(models[0])
        for name, (L, ab) in data.items():
            other = ab.roll(1, 0)  # another photo of the same set: a reference that does not match
            for ref_name, ref in (('true photo', ab), ('another photo', other)):
                rows.append(dict(data=name, reference=ref_name, method='none', strength=0., **dict(zip(('psnr', 'auc'), scores(g, L, ab)))))
                for st in (0.5, 1., 2.):
                    bias = torch.stack([reference_bias(r, g.bins, st) for r in ref])
                    rows.append(dict(data=name, reference=ref_name, method='bias', strength=st, **dict(zip(('psnr', 'auc'), scores(g, L, ab, bias=bias)))))
                for st in (0.5, 1.):
                    post = lambda pred, s: transfer_ab(pred, ref[s], st)
                    rows.append(dict(data=name, reference=ref_name, method='transfer', strength=st, **dict(zip(('psnr', 'auc'), scores(g, L, ab, post=post)))))
                for r in rows[-6:]: print(r, flush=True)
        write('reference.json', rows)
