"""The whole study, in order: the factorial grid, then the follow-up grids (penalty weight, patch size, critic steps,
reconstruction loss) on the thick WGAN-GP U-Net at the depth with the highest mean AuC over seeds in the factorial grid,
a rule fixed before those runs. Usage, from the repository root, in N processes or machines sharing study/runs:

    python study/run_study.py 1/2 &  python study/run_study.py 2/2 &

Finished runs are skipped and stopped ones resume, so the same commands continue an interrupted study."""
import sys, json, time
from pathlib import Path
from recolor_nb.experiments import run_grid, expand_grid, load_runs, run_label
from recolor_nb.files import atomic_write

here = Path(__file__).parent
shard = sys.argv[1] if len(sys.argv) > 1 else None
run_grid(here/'factorial.json', here/'runs', shard=shard)
factorial = expand_grid(here/'factorial.json')
while not all((here/'runs'/r['name']/'metrics.json').exists() for r in factorial):
    time.sleep(30)  # the other shards are finishing theirs
runs = load_runs(here/'runs')
settings = json.loads((here/'factorial.json').read_text())['settings']
auc = {d: runs[runs.label == run_label({**settings, 'gan': 'wgan-gp', 'thick': True, 'depth': d})].auc.mean() for d in (2, 3, 4)}
best = max(auc, key=auc.get)
print(f"thick WGAN-GP, mean AuC by depth: {auc}; the follow-up grids use depth {best}", flush=True)
follow = {**settings, 'gan': 'wgan-gp', 'thick': True, 'depth': best}
grids = {
    'gp_weight': dict(description="Section VI.C: the penalty weight, which the paper tried at 0.1 and 0.3 and asked to grid.",
                      axes={'gp_weight': [0.1, 0.3, 1.0, 10.0]}),
    'patch_size': dict(description="Future work: the PatchGAN's size, 1 to 4 layers (receptive fields 16, 34, 70, 142 px).",
                       axes={'critic_layers': [1, 2, 3, 4]}),
    'critic_steps': dict(description="Future work: critic steps per generator step.", axes={'n_critic': [1, 5]}),
    'reconstruction': dict(description="Future work: the generator's reconstruction loss, L1 or the rebalanced cross-entropy over ab bins.",
                           axes={'head': ['tanh', 'bins']}),
}
for name, g in grids.items():
    text = json.dumps(dict(name=name, description=g['description'], settings=follow, axes=g['axes'], seeds=[0, 1]), indent=1) + '\n'
    if not (here/f'{name}.json').exists() or (here/f'{name}.json').read_text() != text: atomic_write(here/f'{name}.json', lambda f: Path(f).write_text(text))
for name in grids: run_grid(here/f'{name}.json', here/'runs', shard=shard)
