#!/usr/bin/env python3
"""A picture of `ColorizeApp` as a browser draws it, for the docs (nbs/images/colorize_app.jpg).
The app's widgets are embedded with their state (`ipywidgets.embed`) and drawn by @jupyter-widgets/html-manager from npm
in the system's headless Chromium: the real widgets, no JupyterLab needed. Usage: python .ci/app_picture.py [out.jpg]"""
import io, re, subprocess, sys, tempfile
from pathlib import Path
from PIL import Image
ROOT = Path(__file__).resolve().parent.parent
cache = ROOT/'.ci'/'docs'
embed = cache/'node_modules'/'@jupyter-widgets'/'html-manager'/'dist'/'embed.js'
if not embed.exists():
    subprocess.run(['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--silent', '--prefix', str(cache), '@jupyter-widgets/html-manager@1'], check=True)
from ipywidgets.embed import embed_minimal_html
from recolor_nb.widgets import ColorizeApp
app = ColorizeApp(); app.source.value = 'chelsea'; app.button.click()
page = Path(tempfile.mkdtemp())/'app.html'
embed_minimal_html(page, views=[app.ui], title='ColorizeApp', requirejs=False)
page.write_text(re.sub(r'https://cdn\.jsdelivr\.net/npm/@jupyter-widgets/html-manager@[^"]*/dist/embed\.js', embed.as_uri(), page.read_text()))
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
o = webdriver.ChromeOptions(); o.binary_location = '/usr/bin/chromium'
for a in ('--headless=new', '--no-sandbox', '--disable-gpu', '--window-size=1024,700', '--allow-file-access-from-files'): o.add_argument(a)
d = webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=o)
try:
    d.get(page.as_uri())
    d.execute_async_script("const done = arguments[0]; (function wait(){ const im = document.querySelector('.widget-image'); if (im && im.complete && im.naturalWidth) done(0); else setTimeout(wait, 100); })();")
    w, h = d.execute_script("const r = document.querySelector('.widget-vbox').getBoundingClientRect(); return [r.right + 8, r.bottom + 8];")
    shot = d.execute_cdp_cmd('Page.captureScreenshot', {'format': 'png', 'captureBeyondViewport': True,
                              'clip': {'x': 0, 'y': 0, 'width': min(w, 1000), 'height': h, 'scale': 1}})
finally: d.quit()
import base64
im = Image.open(io.BytesIO(base64.b64decode(shot['data']))).convert('RGB')
out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT/'nbs'/'images'/'colorize_app.jpg'
im.save(out, quality=85); print(out, im.size)
