"""ONNX against PyTorch for the bundled model (issue 32, item 3): seconds per photo of the whole photo path (`colorize` at full
size, the model's working size 96, bilateral upsampling) with PyTorch, onnxruntime (float32) and onnxruntime on the int8 graph
(`quantize_dynamic`), all on 2 threads; and the AuC of each on full-size validation photos (every 4th of
/work/shared/data/scenes_full/val, else photos128/val). Writes onnx_speed.json.

    python study/export/onnx_speed.py
"""
import json, time, tempfile, statistics, platform, os
from pathlib import Path
import numpy as np, torch

def main(threads=2, every=4):
    torch.set_num_threads(threads)
    from recolor_nb.inference import load_generator, colorize, as_float_rgb
    from recolor_nb.export import export_onnx, quantize_onnx, OnnxGenerator
    from recolor_nb.fullsize import full_size_photos
    from recolor_nb.color import rgb_to_lab
    from recolor_nb.metrics import auc_ab
    full = Path('/work/shared/data/scenes_full')
    folder = full if (full/'val').is_dir() else Path('/work/shared/data/photos128')
    files = full_size_photos(folder, every)
    tmp = Path(tempfile.mkdtemp())
    gen = load_generator()
    export_onnx(gen, tmp/'m.onnx'); quantize_onnx(tmp/'m.onnx', tmp/'q.onnx')
    models = {'pytorch': gen, 'onnxruntime': OnnxGenerator(tmp/'m.onnx', threads=threads), 'onnxruntime int8': OnnxGenerator(tmp/'q.onnx', threads=threads)}
    sizes = {'onnxruntime': (tmp/'m.onnx').stat().st_size, 'onnxruntime int8': (tmp/'q.onnx').stat().st_size}
    secs, aucs = {k: [] for k in models}, {k: [] for k in models}
    for f in files:
        rgb, _ = as_float_rgb(f)
        true = rgb_to_lab(torch.from_numpy(rgb).permute(2, 0, 1)[None])
        for name, m in models.items():  # interleaved, so that the machine's load falls on all three alike
            t = time.perf_counter(); out = colorize(f, m); secs[name].append(time.perf_counter() - t)
            pred = rgb_to_lab(torch.from_numpy(np.asarray(out, np.float32) / 255).permute(2, 0, 1)[None])
            aucs[name].append(float(auc_ab(pred, true)[0]))
    base = statistics.median(secs['pytorch'])
    rows = [dict(backend=k, threads=threads, median_seconds_per_photo=round(statistics.median(secs[k]), 3),
                 speed_vs_pytorch=round(base / statistics.median(secs[k]), 2), auc=round(float(np.mean(aucs[k])), 4),
                 auc_vs_pytorch=round(float(np.mean(aucs[k]) - np.mean(aucs['pytorch'])), 4),
                 model_mb=round(sizes.get(k, 0) / 2**20, 1) or None) for k in models]
    h, w = as_float_rgb(files[0])[0].shape[:2]
    out = dict(photos=len(files), folder=str(folder/'val'), every=every, first_photo_size=[h, w], load_1min=os.getloadavg()[0],
               note='one run; a background training job uses one of the 2 cores, so the figures are ratios on a shared machine', rows=rows)
    Path(__file__).with_name('onnx_speed.json').write_text(json.dumps(out, indent=1) + '\n')
    print(json.dumps(out, indent=1))

if __name__ == '__main__': main()
