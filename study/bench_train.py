"""The training-step benchmark of 10_bench at the reference configuration (pix2pix unet_128, 70x70 PatchGAN, 128 px, batch 16).

    nice -n -10 python study/bench_train.py    # -> study/bench/train.json (recolor bench --what train --variants ... gives the same table)
"""
from pathlib import Path
from recolor_nb.bench import run_bench, bench_json
from common import write_json  # study/ is on the path when this script runs
V = ('plain', 'plain+fused', 'learner+foreach', 'learner', 'learner+channels_last+bf16', 'plain+fused+channels_last+bf16',
     'learner+channels_last+bf16+compile')
res = run_bench(('train', 'colorize'), variants=V, steps=3, warmup=1, rounds=5)
for k, df in res.items(): print(df.drop(columns=[c for c in ('rounds',) if c in df]).round(3).to_string(), flush=True)
out = Path(__file__).parent/'bench'/'train.json'; write_json(out, bench_json(res)); print(out)
