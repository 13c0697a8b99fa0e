"""Issue 31: the restoration chapter's figure (nbs/images/restore_examples.jpg): scikit-image's embedded photos (public domain
or CC0, never trained on; committed figures use no photo of the developers' data sets) damaged with evaluation seeds
(damaged | classical pipeline | restorer | clean, 256 px crops at full resolution), then real old prints from public repositories
(two of the model card's, study/fullsize/figure.py: an Italian street demonstration and a portrait, public domain), before and after,
restored at full size and both shown reduced.

    python study/restore/figure.py RESTORER [MIRRORS] [OUT]    # MIRRORS: /work/.mirror; OUT: nbs/images/restore_examples.jpg
"""
import sys
from pathlib import Path
import numpy as np
from PIL import Image, ImageDraw
sys.path.insert(0, str(Path(__file__).parent))
from evaluate import BASELINES
sys.path.insert(0, str(Path(__file__).parents[1]/'fullsize'))
from figure import photo as old_print

SHOWN = ['astronaut', 'coffee', 'camera']  # scikit-image's photos
OLD = [('delucis+sweetcorn', 'docs/src/assets/Manifestazione_antifascista.jpg'), ('kensanata+face', 'share/oldpics/face_man_250.png')]

def main(restorer, mirrors='/work/.mirror', out='nbs/images/restore_examples.jpg'):
    from recolor_nb.degrade import degrade
    from recolor_nb.restore import load_restorer, restore
    model = load_restorer(restorer)
    from skimage import data
    tiles, S = [], 256
    for i, name in enumerate(SHOWN):
        clean = np.asarray(Image.fromarray(getattr(data, name)()).convert('L'), np.float64) / 255
        bad, mask = degrade(clean, 0.8, seed=10**6 + i)
        y, x = (clean.shape[0] - S) // 2, (clean.shape[1] - S) // 2
        classic = np.clip(BASELINES['stretch_nl_means_inpaint'](bad, mask), 0, 1)
        ours = np.asarray(restore((bad * 255).round().astype(np.uint8), model), np.float64) / 255
        tiles.append([a[y:y + S, x:x + S] for a in (bad, classic, ours, clean)])
    for repo, path in OLD:  # restored at full size, then both shown at the same reduced size
        g = old_print(Path(mirrors), repo, path)
        r = restore(g, model)
        fit = lambda im: np.asarray(im.resize((S, round(im.height * S / im.width))) if im.width >= im.height else im.resize((round(im.width * S / im.height), S)), np.float64) / 255
        pad = lambda a: np.pad(a, ((0, S - a.shape[0]), (0, S - a.shape[1])), constant_values=1)
        tiles.append([pad(fit(g)), np.ones((S, S)), pad(fit(r)), np.ones((S, S))])
    labels = ['damaged (held-out seed)', 'stretch + NL-means + inpaint', 'restorer', 'clean']
    W, top = 4 * S + 5 * 4, 22
    canvas = Image.new('L', (W, top + len(tiles) * (S + 4)), 255)
    d = ImageDraw.Draw(canvas)
    for j, l in enumerate(labels): d.text((4 + j * (S + 4), 5), l, fill=0)
    for r, row in enumerate(tiles):
        for j, a in enumerate(row): canvas.paste(Image.fromarray((a * 255).round().astype(np.uint8)), (4 + j * (S + 4), top + r * (S + 4)))
    canvas.save(out, quality=85)
    print(out, canvas.size)

if __name__ == '__main__': main(*sys.argv[1:])
