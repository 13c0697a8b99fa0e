"""The model card's figure: scikit-image's public-domain photos made gray, colourised by version 2.1 and version 3 (gray | 2.1 | 3 | original).

    python study/v3/figure.py V2_1.safetensors V3_MODEL nbs/images/model_card_v3.jpg [T VIVID]
"""
import sys
from PIL import Image, ImageDraw
from recolor_nb.photos import embedded_photos
from recolor_nb.inference import colorize, load_generator

old, new, out = sys.argv[1:4]
T, vivid = (float(sys.argv[4]), float(sys.argv[5])) if len(sys.argv) > 5 else (None, None)
g1 = load_generator(old)
g3 = load_generator(new, vivid=vivid)
if T is not None: g3.T = T
if getattr(g3, 'render_size', None) is None: g3.render_size = 96
photos = embedded_photos(['astronaut', 'coffee', 'chelsea', 'rocket'])
h = 170
rows = []
for name, im in photos.items():
    im = im.convert('RGB'); w = round(im.width * h / im.height); im = im.resize((w, h), Image.LANCZOS)
    gray = im.convert('L')
    rows.append([gray.convert('RGB'), colorize(gray, model=g1), colorize(gray, model=g3), im])
W = max(sum(t.width for t in r) + 3 * 4 for r in rows); H = len(rows) * (h + 4) + 22
grid = Image.new('RGB', (W, H), 'white'); d = ImageDraw.Draw(grid)
x = 0
for label, t in zip(('gray input', 'version 2.1', 'version 3', 'original'), rows[0]): d.text((x + 4, 4), label, fill='black'); x += t.width + 4
y = 22
for r in rows:
    x = 0
    for t in r: grid.paste(t, (x, y)); x += t.width + 4
    y += h + 4
grid.save(out, quality=85)
print(out, grid.size)
