"""Start-up time: `recolor --help`, importing `colorize`, and `recolor colorize` of a 1 MP photo, each timed as a whole process (wall clock
from start to exit, and the CPU time of the child), in this checkout and in an earlier one, run in turn (ours, theirs, then theirs, ours...)
so that a machine whose speed drifts moves both alike. The photo is scikit-image's camera man resized to 1 MP, as `bench_colorize` makes it.

    git worktree add /tmp/before 8dc6908      # the library before `recolor_nb.images` (colorize imported the training stack)
    python study/startup.py /tmp/before 9     # -> study/bench/startup.json
    OMP_NUM_THREADS=1 python study/startup.py /tmp/before 9 startup_1thread.json   # PyTorch on one thread: see 10_bench
"""
import sys, os, time, shutil, resource, subprocess, tempfile, platform
from pathlib import Path
from common import write_json  # study/ is on the path when this script runs

HEAVY = ('fastai', 'sklearn', 'pandas', 'matplotlib', 'scipy')
PROBE = f"import sys, recolor_nb; from recolor_nb.inference import colorize; print(recolor_nb.__file__, len(sys.modules), *[m for m in {HEAVY!r} if m in sys.modules])"

def timed(cmd:list, root:Path)->tuple[float, float]:
    "Wall and CPU seconds of one run of `cmd` with the library of `root`; fails if the command does."
    env = {**os.environ, 'PYTHONPATH': str(root)}
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN); t = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=tempfile.gettempdir(), check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # not from a checkout: `python -c` puts the working folder first on the path
    wall, r1 = time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)

def median(xs): xs = sorted(xs); n = len(xs); return (xs[n // 2] + xs[(n - 1) // 2]) / 2

if __name__ == '__main__':
    before, rounds = Path(sys.argv[1]).resolve(), int(sys.argv[2]) if len(sys.argv) > 2 else 9
    out_file = sys.argv[3] if len(sys.argv) > 3 else 'startup.json'
    here = Path(__file__).resolve().parents[1]
    recolor = shutil.which('recolor')
    tmp = Path(tempfile.mkdtemp())
    from PIL import Image
    from skimage import data as skd
    w = round((1e6 * 4 / 3) ** .5); h = round(1e6 / w)
    Image.fromarray(skd.camera()).resize((w, h), Image.BILINEAR).save(tmp/'photo.jpg', quality=92)
    commands = {'recolor --help': [recolor, '--help'],
                'import colorize': [sys.executable, '-c', 'from recolor_nb.inference import colorize'],
                'recolor colorize, 1 MP': [recolor, 'colorize', str(tmp/'photo.jpg'), '-o', str(tmp/'out.jpg'), '--overwrite']}
    roots = {'before': before, 'after': here}
    loaded = {}
    for k, root in roots.items():
        out = subprocess.run([sys.executable, '-c', PROBE], env={**os.environ, 'PYTHONPATH': str(root)}, cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True).stdout.split()
        assert Path(out[0]).is_relative_to(root), f"{k}: the library came from {out[0]}, not from {root}"
        loaded[k] = dict(modules=int(out[1]), heavy=out[2:])
    rows, load0 = [], os.getloadavg()
    for name, cmd in commands.items():
        for k in roots: timed(cmd, roots[k])  # warm-up: the file cache
        runs = {k: [] for k in roots}
        for r in range(rounds):
            for k in (('before', 'after') if r % 2 else ('after', 'before')): runs[k].append(timed(cmd, roots[k]))
        wall = {k: [x[0] for x in v] for k, v in runs.items()}
        cpu = {k: [x[1] for x in v] for k, v in runs.items()}
        rows.append(dict(command=name, before_s=median(wall['before']), after_s=median(wall['after']),
                         after_over_before=median([a / b for a, b in zip(wall['after'], wall['before'])]),
                         before_cpu_s=median(cpu['before']), after_cpu_s=median(cpu['after']), rounds=rounds,
                         before_runs=wall['before'], after_runs=wall['after']))
        print(f"{name:24} before {rows[-1]['before_s']:.2f} s  after {rows[-1]['after_s']:.2f} s  ratio {rows[-1]['after_over_before']:.2f}", flush=True)
    res = dict(rows=rows, loaded=loaded, photo=dict(width=w, height=h), before=str(before),
               before_revision=subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=before, capture_output=True, text=True).stdout.strip(),
               machine=dict(cpus=os.cpu_count(), platform=platform.platform(), python=platform.python_version(), loadavg_start=load0, loadavg_end=os.getloadavg()),
               omp_num_threads=os.environ.get('OMP_NUM_THREADS'),
               when=time.strftime('%Y-%m-%dT%H:%M:%S%z'))
    write_json(here/'study'/'bench'/out_file, res)
    shutil.rmtree(tmp)
