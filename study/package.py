"""Bundle a model version: a training checkpoint (or a generator file) and the decoding chosen for it (temperature, vividness,
working size, the second working size fused with it, the confidence pull) written as one generator file with its metadata,
by `recolor_nb.inference.package_generator`, and checked by loading it back. One command for every version; the card
(nbs/model_card.ipynb) gives the numbers behind each choice.

    python study/package.py CHECKPOINT OUT [--T T] [--vivid V] [--render-size PX] [--fuse PX] [--confidence C] [--version N] [--meta KEY=VALUE ...]

The versions the card describes (their checkpoints are the developers' runs/, not committed):

    # 2.1: version 2's weights (git show cdf8429:recolor_nb/weights/recolor_base.safetensors > /tmp/v2.safetensors), decoded anew
    python study/package.py /tmp/v2.safetensors /tmp/v2_1.safetensors --T 0.5 --vivid 0.35 --version 2.1
    # 3: the pretrained-encoder generator
    python study/package.py runs/v3/checkpoints/epoch_006.pt recolor_nb/weights/recolor_base.safetensors --T 0.5 --vivid 1 --render-size 96 --version 3 \\
        --meta data='photos128, people128 (1:1)' train_seconds=4885
    # 3.1: version 3 fine-tuned to take hints, trained with
    #   recolor train photos128 people128 --weights 1,1 --recipe pretrained --hints --init runs/v3/checkpoints/epoch_006.pt \\
    #       --n-train 6400 --epochs 5 --lr-decay-epochs 2 --lr-g 3e-4 --encoder-lr 5e-5 --bf16 --channels-last --keep-checkpoints --seed 4
    python study/package.py runs/v3h/checkpoints/epoch_NNN.pt recolor_nb/weights/recolor_base.safetensors --T 0.5 --vivid 1 --render-size 96 --version 3.1 \\
        --meta data='photos128, people128 (1:1)'
    # 4 (the full-size candidate, not bundled): the last stage of study/fullsize/train.py, decoded as study/fullsize/score.py chose
    python study/package.py CHECKPOINT OUT --T T --vivid V --render-size PX --fuse PX --confidence C --version 4

It replaces the one-script-per-version packaging (package_v21.py, package_v3.py, v3/package.py, hints/package.py,
fullsize/package.py; git keeps them)."""
from typing import Annotated
from fastcore.script import call_parse
from recolor_nb.inference import package_generator, generator_metadata

@call_parse
def main(checkpoint:str, # a training checkpoint (.pt) or a generator file (.safetensors)
         out:str, # the generator file to write
         T:float=None, # the annealed mean's temperature (default: the generator's own)
         vivid:float=None, # the vividness, 0 to 1 (default: the generator's own)
         render_size:int=None, # the working size, pixels (default: the generator's own)
         fuse:int=None, # a second working size whose distributions are averaged with the first's (0: none)
         confidence:float=None, # pull uncertain pixels towards their distribution's mean, 0 to 1
         version:str=None, # the version number written into the file
         meta:Annotated[list[str], dict(type=str, nargs='*')]=None, # more metadata, KEY=VALUE
        ):
    extra = dict(kv.split('=', 1) for kv in meta or [])
    if version is not None: extra['version'] = version
    p = package_generator(checkpoint, out, T=T, vivid=vivid, render_size=render_size, fuse=fuse, confidence=confidence, **extra)
    md = generator_metadata(p)
    print(p, f"{p.stat().st_size / 2**20:.1f} MiB", md['config'], 'render size', md['render_size'])
