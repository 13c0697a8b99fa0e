"""Issue 31, item 2: train the restorer with 06f's recipe (`RESTORE_RECIPE`), resumable, until a wall-clock deadline.

Photos: /work/shared/data/photos128/train (12,758 photos at 128 px) and, where present, /work/shared/data/scenes_full/train
(full-size photos; a 128 px crop of one is a detail at its own scale); validation: the first 48 of photos128/val, damaged with
seed 1. Each chunk is `--photos` photos drawn afresh (damage seeds: chunk * 10**9 + i), one fastai `fit(1)`; after each, the model
and optimiser go to OUT/latest.pth (fastai `save`, with the optimiser) and a line to OUT/log.jsonl, so a killed run resumes where it
stopped. OUT/restorer.safetensors is the latest model in half precision.

    OMP_NUM_THREADS=1 nohup python study/restore/train.py --until 22:05 &
"""
import argparse, json, time, datetime as dt
from pathlib import Path
import numpy as np, torch

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='runs/restore')
    ap.add_argument('--until', default=None, help='HH:MM UTC: stop after the chunk that passes it')
    ap.add_argument('--photos', type=int, default=320)
    ap.add_argument('--lr', type=float, default=None)
    a = ap.parse_args()
    from recolor_nb.restore import save_restorer
    from recolor_nb.restore_train import restoration_learner, RESTORE_RECIPE
    out = Path(a.out).resolve(); out.mkdir(parents=True, exist_ok=True)
    root = Path('/work/shared/data')
    files = sorted((root/'photos128/train').glob('*.jpg')) + sorted((root/'scenes_full/train').glob('*.jpg'))
    valid = sorted((root/'photos128/val').glob('*.jpg'))[:48]
    learn = restoration_learner(files[:a.photos], valid)  # the loader's length is fixed: each chunk swaps in as many new photos
    learn.path, learn.model_dir = out, '.'
    log = out/'log.jsonl'
    chunk = sum(1 for _ in open(log)) if log.exists() else 0
    if (out/'latest.pth').exists(): learn.load(out/'latest', with_opt=True, device='cpu'); print('resumed after chunk', chunk, flush=True)
    deadline = None
    if a.until:
        h, m = map(int, a.until.split(':')); now = dt.datetime.utcnow()
        deadline = now.replace(hour=h, minute=m, second=0)
    trn = learn.dls.train.dataset
    rng = np.random.default_rng(chunk)
    while deadline is None or dt.datetime.utcnow() < deadline:
        trn.files = [files[i] for i in rng.choice(len(files), a.photos, replace=False)]
        trn.seed = 10 + chunk  # never 0/1 (the learner's defaults) nor the evaluation's seeds (10**6 + i, through degrade directly)
        t = time.time()
        learn.fit(1, a.lr or RESTORE_RECIPE['lr'])
        train_loss, valid_loss, psnr = learn.recorder.values[-1]
        learn.save('latest', with_opt=True)
        save_restorer(learn.model, out/'restorer.safetensors', recipe=json.dumps(RESTORE_RECIPE), chunks=chunk + 1,
                      photos_seen=(chunk + 1) * a.photos, data='photos128/train + scenes_full/train, damaged by degrade(strength=0.8)')
        with open(log, 'a') as f:
            f.write(json.dumps(dict(chunk=chunk, photos=a.photos, train_loss=train_loss, valid_loss=valid_loss, valid_psnr=psnr,
                                    seconds=round(time.time() - t), at=dt.datetime.utcnow().isoformat(timespec='seconds'))) + '\n')
        print('chunk', chunk, 'valid PSNR', round(psnr, 2), flush=True)
        chunk += 1
        if deadline is None: break

if __name__ == '__main__': main()
