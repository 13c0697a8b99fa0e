"""Score a generator at full size under several working sizes and decodings (issue 29), on scenes_full and people_full.

    python study/fullsize/score.py MODEL SPLIT EVERY OUT.json [DECODINGS]

EVERY: one number for both sets, or two ('60,5': scenes, people).

MODEL: a generator file or checkpoint, or 'bundled'. SPLIT: 'val' (the held-out photos) or 'train' (where the rule that
picks a decoding is decided: the first 1/EVERY of the training photos with a shorter side of 360 px or more, copied into
a temporary val/ folder). DECODINGS: a name in PRESETS (default 'sizes'). Writes each folder's summary (one row per
decoding and gray) and the per-photo table's path to OUT.json, atomically; the per-photo tables go beside it."""
import sys, tempfile, os, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import data_folder, write_json
from PIL import Image
from recolor_nb.fullsize import Decoding, evaluate_full_size, markdown_table
from recolor_nb.inference import load_generator

PRESETS = dict(
    sizes={f'{r} px': Decoding(render_size=r) for r in (96, 128, 192, 256)} | {'auto': Decoding(render_size='auto')},
    decode={'96 px': Decoding(render_size=96), '96+192 fused': Decoding(render_size=96, fuse=192),
            '96 conf 1': Decoding(render_size=96, confidence=1.), '96+192 fused conf 1': Decoding(render_size=96, fuse=192, confidence=1.),
            '192 px': Decoding(render_size=192), '192 conf 1': Decoding(render_size=192, confidence=1.),
            '128+256 fused conf 1': Decoding(render_size=128, fuse=256, confidence=1.)},
    tone={'96 px': Decoding(render_size=96), '96 vivid 0.5': Decoding(render_size=96, vivid=0.5), '96 vivid 0': Decoding(render_size=96, vivid=0.),
          '96 T 1': Decoding(render_size=96, T=1.), '96 vivid 0.5 conf 1': Decoding(render_size=96, vivid=0.5, confidence=1.),
          '128 vivid 0.5 conf 1': Decoding(render_size=128, vivid=0.5, confidence=1.)},
    final={'96 px T 0.5': Decoding(render_size=96, T=0.5, fuse=0, confidence=0.),
           '96+192 fused conf 1': Decoding(render_size=96, T=0.5, fuse=192, confidence=1.),
           '128+256 fused conf 1': Decoding(render_size=128, T=0.5, fuse=256, confidence=1.),
           '96 px vivid 0.75': Decoding(render_size=96, T=0.5, vivid=0.75, fuse=0, confidence=0.),
           '96+192 fused conf 1 vivid 0.75': Decoding(render_size=96, T=0.5, vivid=0.75, fuse=192, confidence=1.)},
    check={'96 px vivid 0.75': Decoding(render_size=96, T=0.5, vivid=0.75, fuse=0, confidence=0.)},   # the winner's decoding on version 3.1
    # the candidates the rule picks among on *training* photos (issue 29, item 4), then scored once on validation
    rule={'96 px': Decoding(render_size=96, T=0.5, vivid=1., fuse=0, confidence=0.),
          '96 conf 1': Decoding(render_size=96, T=0.5, vivid=1., fuse=0, confidence=1.),
          '96+192 fused conf 1': Decoding(render_size=96, T=0.5, vivid=1., fuse=192, confidence=1.),
          '128 conf 1': Decoding(render_size=128, T=0.5, vivid=1., fuse=0, confidence=1.),
          '96 conf 0.5': Decoding(render_size=96, T=0.5, vivid=1., fuse=0, confidence=0.5),
          '96 vivid 0.75 conf 1': Decoding(render_size=96, T=0.5, vivid=0.75, fuse=0, confidence=1.)},
)
# The rule, decided before version 4 was scored: the highest AuC (mean of the two sets) among the decodings whose blotch
# rate is at most half of version 3.1's at 96 px on both sets; version 3.1 at 96 px stays if none beats it.

def pick(result:dict, base:dict|None=None, reference:str='96 px', colour:float=3.)->str:
    """The rule for a model's decoding, decided before any run of the `rule` preset was scored (issue 29, item 4), applied
    to that model's scores on *training* photos: among the decodings whose blotch rate is at most half of `reference`'s
    on both sets (or zero where the reference has none) and whose colourfulness of means is at most `colour` worse than
    `reference`'s on both sets (no buying AuC with a duller palette), the highest AuC, averaged over the two sets. The
    reference is version 3.1's at 96 px: `base` (its result on the same photos), or `result` itself when None."""
    rows = {n: {r['model']: r for r in result[n]['summary']} for n in ('scenes_full', 'people_full')}
    ref = {n: {r['model']: r for r in (base or result)[n]['summary']}[reference] for n in rows}
    ok = [d for d in rows['scenes_full'] if d != 'gray' and all(
          r[d]['blotch'] <= ref[n]['blotch'] / 2 + 1e-12 and r[d]['cf_of_means'] <= ref[n]['cf_of_means'] + colour for n, r in rows.items())]
    return max(ok or [reference], key=lambda d: sum(r[d]['auc'] for r in rows.values()))

def train_subset(folder:Path, every:int, tmp:Path)->Path:
    "Training photos of `folder` with a shorter side of at least 360 px, every `every`-th, linked into tmp/val."
    (tmp/'val').mkdir(parents=True)
    big = [f for f in sorted((folder/'train').iterdir()) if min(Image.open(f).size) >= 360]
    for f in big[::every]: os.symlink(f, tmp/'val'/f.name)
    return tmp

def main(model, split, every, out, preset='sizes'):
    gen = load_generator(None if model == 'bundled' else model)
    out, res = Path(out), {}
    everys = [int(e) for e in str(every).split(',')] * 2   # one for both sets, or 'SCENES,PEOPLE'
    for name, every in zip(('scenes_full', 'people_full'), everys):
        folder = data_folder(name)
        with tempfile.TemporaryDirectory() as tmp:
            src = folder if split == 'val' else train_subset(folder, every, Path(tmp))
            df, summ = evaluate_full_size(gen, src, PRESETS[preset], every=every if split == "val" else 1, progress=True, with_ssim=False)
        csv = out.with_name(f"{out.stem}_{name}.csv"); df.to_csv(csv, index=False)
        print(name, f"({split}, every {every}: {df.image.nunique()} photos)\n" + markdown_table(summ), flush=True)
        res[name] = dict(split=split, every=every, photos=int(df.image.nunique()), per_photo=csv.name, summary=summ.to_dict('records'))
    write_json(out, dict(model=model, preset=preset, **res))

if __name__ == '__main__':
    if len(sys.argv) < 5: sys.exit(__doc__)
    main(*sys.argv[1:])
