"""Issue 31, item 4: restored against clean on held-out photos damaged with seeds never trained on.

Photos: every `--every`-th of /work/shared/data/scenes_full/val at full size, read as gray; damage: `degrade(clean, 0.8, seed=10**6 + i)`
(training damage uses DamagedPhotos's seeds, `seed * 10**9 + ...` with seed 0 and its validation seed 1, so these never occur there).
Methods: the damaged input; scikit-image's denoise_nl_means (h = 0.8 sigma, sigma by Immerkaer's estimate), denoise_tv_chambolle (weight 0.1),
inpaint_biharmonic with the true defect mask, nl_means then inpaint, and a percentile stretch (undoing fading) then both; the restorer with its own
predicted mask and with the true mask. Metrics: PSNR and SSIM (skimage.metrics, data range 1) of the gray photo, and the PSNR over
the defect pixels alone. One row per photo and method in results/rows.csv (baselines are cached: `--methods` adds to them),
the means in results/summary.json.

    python study/restore/evaluate.py --methods baselines       # once: the classical methods (CPU-heavy)
    python study/restore/evaluate.py --methods restorer --model runs/restore/restorer.safetensors   # or restorer,restorer_true_mask
"""
import argparse, json, sys, time
from pathlib import Path
import numpy as np, pandas as pd
from PIL import Image
from skimage.metrics import peak_signal_noise_ratio as psnr, structural_similarity as ssim
from skimage.restoration import denoise_nl_means, denoise_tv_chambolle, inpaint_biharmonic

HERE = Path(__file__).parent
OUT = HERE/'results'
VAL = Path('/work/shared/data/scenes_full/val')

def photos(every):
    fs = sorted(VAL.glob('*.jpg'))[::every]
    for i, f in enumerate(fs):
        clean = np.asarray(Image.open(f).convert('L'), np.float64) / 255
        yield f.name, i, clean

def noise_sigma(x):
    "Immerkaer's (1996) noise estimate (scikit-image's estimate_sigma needs PyWavelets, not installed here)."
    from scipy.ndimage import convolve
    k = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], float)
    return float(np.sqrt(np.pi / 2) * np.abs(convolve(x, k)[1:-1, 1:-1]).mean() / 6)

def nl_means(x):
    s = noise_sigma(x)
    return denoise_nl_means(x, h=0.8 * s, sigma=s, fast_mode=True, patch_size=5, patch_distance=6)

BASELINES = dict(
    damaged=lambda x, m: x,
    nl_means=lambda x, m: nl_means(x),
    tv_chambolle=lambda x, m: denoise_tv_chambolle(x, weight=0.1),
    inpaint_biharmonic=lambda x, m: inpaint_biharmonic(x, m) if m.any() else x,
    nl_means_inpaint=lambda x, m: inpaint_biharmonic(nl_means(x), m) if m.any() else nl_means(x),
    stretch_nl_means_inpaint=lambda x, m: BASELINES['nl_means_inpaint'](stretch(x, m), m),
)

def stretch(x, m):
    "Undo fading the classical way: the 1st and 99th percentiles of the undamaged pixels stretched to 0 and 1."
    lo, hi = np.percentile(x[~m] if (~m).any() else x, (1, 99))
    return np.clip((x - lo) / max(hi - lo, 1e-3), 0, 1)

def scores(clean, out, mask):
    out = np.clip(out, 0, 1)
    d = dict(psnr=psnr(clean, out, data_range=1), ssim=ssim(clean, out, data_range=1))
    d['defect_psnr'] = 10 * np.log10(1 / max(np.mean((clean[mask] - out[mask])**2), 1e-10)) if mask.any() else np.nan
    return d

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--methods', default='baselines')
    ap.add_argument('--model', default=None)
    ap.add_argument('--every', type=int, default=7)
    ap.add_argument('--strength', type=float, default=0.8)
    ap.add_argument('--out', default=str(OUT))
    a = ap.parse_args()
    from recolor_nb.degrade import degrade
    out_dir = Path(a.out); out_dir.mkdir(parents=True, exist_ok=True)
    rows_f = out_dir/'rows.csv'
    old = pd.read_csv(rows_f) if rows_f.exists() else pd.DataFrame()
    methods = dict(BASELINES) if a.methods == 'baselines' else {k: BASELINES[k] for k in a.methods.split(',') if k in BASELINES}
    ours = {'restorer', 'restorer_true_mask'} & set(a.methods.split(','))  # its own mask (what users get), or the true one
    if ours:
        from recolor_nb.restore import load_restorer, restore
        model = load_restorer(a.model)
        to8 = lambda x: (np.clip(x, 0, 1) * 255).round().astype(np.uint8)
        if 'restorer' in ours: methods['restorer'] = lambda x, m: np.asarray(restore(to8(x), model), np.float64) / 255
        if 'restorer_true_mask' in ours: methods['restorer_true_mask'] = lambda x, m: np.asarray(restore(to8(x), model, mask=m), np.float64) / 255
    rows = []
    for name, i, clean in photos(a.every):
        bad, mask = degrade(clean, a.strength, seed=10**6 + i)
        for meth, f in methods.items():
            t = time.time(); out = f(bad, mask); sec = time.time() - t
            rows.append(dict(photo=name, seed=10**6 + i, method=meth, megapixels=clean.size / 1e6, defect_share=mask.mean(), seconds=sec, **scores(clean, out, mask)))
            print(name, meth, {k: round(v, 3) for k, v in rows[-1].items() if k in ('psnr', 'ssim', 'defect_psnr', 'seconds')}, flush=True)
    new = pd.DataFrame(rows)
    if len(old): old = old[~old.method.isin(new.method.unique())]
    allrows = pd.concat([old, new], ignore_index=True)
    allrows.to_csv(rows_f, index=False)  # every row; the means below leave out photos that degrade left undamaged
    undamaged = allrows[(allrows.method == 'damaged') & ~np.isfinite(allrows.psnr)].photo  # degrade drew no damage: nothing to restore
    allrows = allrows[~allrows.photo.isin(undamaged)]
    summ = allrows.groupby('method')[['psnr', 'ssim', 'defect_psnr', 'seconds']].mean().round(3)
    meta = dict(photos=f'{VAL} every {a.every}th ({allrows.photo.nunique()} photos, full size, gray; {len(undamaged)} left undamaged by their seed are not counted)', strength=a.strength,
                seeds='10**6 + i (never used in training)', model=a.model, means=summ.to_dict(orient='index'))
    (out_dir/'summary.json').write_text(json.dumps(meta, indent=1))
    print(summ.to_string())

if __name__ == '__main__': main()
