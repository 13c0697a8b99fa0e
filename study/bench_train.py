"""The training-step benchmark of 10_bench at the reference configuration (pix2pix unet_128, 70x70 PatchGAN, 128 px, batch 16).

    nice -n -10 python study/bench_train.py    # -> study/bench/train.json (recolor bench --what train --variants ... gives the same table)
"""
import json, sys
from pathlib import Path
from recolor_nb.bench import run_bench, bench_json
V = ('plain', 'plain+fused', 'learner+foreach', 'learner', 'learner+channels_last+bf16', 'plain+fused+channels_last+bf16',
     'learner+channels_last+bf16+compile')
res = run_bench(('train', 'colorize'), variants=V, steps=3, warmup=1, rounds=5)
for k, df in res.items(): print(df.drop(columns=[c for c in ('rounds',) if c in df]).round(3).to_string(), flush=True)
out = Path(__file__).parent/'bench'/'train.json'; out.write_text(json.dumps(bench_json(res), indent=1) + '\n'); print(out)
