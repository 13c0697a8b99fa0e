"""What the fastai callbacks cost, measured finely: the learner against the plain loop with the same Adam, in short rounds (2 timed steps
each, 10 rounds, the order reversed every other round), so that the machine's drift from round to round, which on the shared 2-core machine
reaches 10 % or more, falls out of each round's ratio (`vs_plain_paired`) instead of into the comparison.

    nice -n -10 python study/bench_callbacks.py            # -> study/bench/callbacks.json
    nice -n -10 python study/bench_callbacks.py no-hold    # the same without `hold_freed_memory` -> callbacks_no_hold.json

Both loops run in the same process, so the allocator setting applies to both alike.
"""
import sys
from pathlib import Path
from recolor_nb.bench import run_bench, bench_json, paired_ratio
from common import write_json  # study/ is on the path when this script runs
res = run_bench(('train',), variants=('plain', 'learner+foreach', 'plain+fused', 'learner'), steps=2, warmup=1, rounds=10, hold_memory='no-hold' not in sys.argv)
df = res['train']
print(df.round(3).to_string(), flush=True)
for a, b in (('learner+foreach', 'plain'), ('learner', 'plain+fused')):  # the same optimiser on both sides
    print(f"{a} / {b}: {paired_ratio(df.rounds[a], df.rounds[b]):.3f} (median of the rounds' ratios)")
out = Path(__file__).parent/'bench'/('callbacks_no_hold.json' if 'no-hold' in sys.argv else 'callbacks.json'); write_json(out, bench_json(res)); print(out)
