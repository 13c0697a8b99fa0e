#!/usr/bin/env python3
"""The docs site, built and looked at in a real browser, without Quarto (its installer downloads a binary, which CI can't).

1. Take the notebooks as nbdev processes them for its site (`nbdev-proc-nbs` writes them to `_proc/`: hidden cells and
   directives gone, `show_doc` rendered to markdown).
2. Write each one as Quarto-style markdown (`::: {.cell}` divs, outputs in `.cell-output` divs, images as files) and
   render it to HTML with pandoc, in a page with the site's navbar, the sidebar from `nbs/sidebar.yml`, a table of
   contents, Bootswatch's `cosmo` theme (the one `_quarto.yml` names, installed from npm, its web-font import removed so
   pages load offline) and `nbs/styles.css`.
3. Open every page in headless Chromium (the system's, driven by selenium) and fail when a page has a Python traceback
   or warning in its outputs, a broken image, an empty API entry (a `show_doc` heading with nothing under it but the
   signature) or no title.
4. Save full-page screenshots of the home page, the models page and a tutorial.

Usage: python .ci/docs_check.py [--proc _proc] [--site .ci/site] [--shots .ci/screenshots]
"""
import argparse, base64, html, json, re, shutil, subprocess, sys
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent.parent
BOOTSWATCH = 'bootswatch@5.3.8'
SHOTS = {'index': 'index', '02_models': 'models', 'tutorials/colorize_photos': 'tutorial_colorize'}
ANSI = re.compile(r'\x1b\[[0-9;]*[A-Za-z]')

def theme_css(cache:Path)->str:
    "Bootswatch cosmo from npm (installed into `cache` once), with its Google-fonts @import removed."
    css = cache/'node_modules'/'bootswatch'/'dist'/'cosmo'/'bootstrap.min.css'
    if not css.exists():
        if shutil.which('npm') is None:  # the checks below do not depend on the theme; only the screenshots' look does
            print("docs check: npm is not installed, so the pages are checked without the cosmo theme", flush=True); return ''
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--silent', '--prefix', str(cache), BOOTSWATCH], check=True)
    return re.sub(r'@import\s+url\([^)]*\);?', '', css.read_text())

def fence(text:str, cls:str='')->str:
    "A fenced code block for `text`, with a fence longer than any run of backticks in it."
    n = max([3] + [len(m) + 1 for m in re.findall(r'`{3,}', text)])
    return f"{'`' * n}{cls}\n{text.rstrip()}\n{'`' * n}"

def options(src:str)->tuple[dict, str]:
    "Quarto cell options (`#| key: value`) and the source without them."
    opts, code = {}, []
    for l in src.split('\n'):
        m = re.match(r'#\|\s*([\w-]+)\s*:?\s*(.*)', l)
        if m: opts[m[1]] = m[2].strip()
        else: code.append(l)
    return opts, '\n'.join(code).strip()

def text_of(v)->str: return ''.join(v) if isinstance(v, list) else v

def output_md(o:dict, asis:bool, files:Path, rel:str, n:list)->str:
    "One output as markdown: text in a block, markdown as it is, HTML raw, images written to `files`."
    t = o['output_type']
    if t == 'stream':
        return f"::: {{.cell-output .cell-output-{o.get('name', 'stdout')}}}\n{fence(ANSI.sub('', text_of(o['text'])))}\n:::"
    if t == 'error':
        return "::: {.cell-output .cell-output-error}\n" + fence(ANSI.sub('', '\n'.join(o.get('traceback', [])))) + "\n:::"
    d = o.get('data', {})
    if 'application/vnd.jupyter.widget-view+json' in d:  # Quarto embeds the widget's state; offline, say what it is
        return "::: {.cell-output .cell-output-display}\n*(an interactive widget: run the notebook to use it)*\n:::"
    for mime, ext in (('image/png', 'png'), ('image/jpeg', 'jpg')):
        if mime in d:
            n[0] += 1; files.mkdir(parents=True, exist_ok=True)
            f = files/f'fig-{n[0]}.{ext}'; f.write_bytes(base64.b64decode(text_of(d[mime])))
            return f"::: {{.cell-output .cell-output-display}}\n![]({rel}/{f.name})\n:::"
    if 'text/markdown' in d:
        md = text_of(d['text/markdown'])
        return md if asis else f"::: {{.cell-output .cell-output-markdown}}\n{md}\n:::"
    if 'text/html' in d:
        return f"::: {{.cell-output .cell-output-display}}\n```{{=html}}\n{text_of(d['text/html'])}\n```\n:::"
    if 'text/plain' in d:
        return f"::: {{.cell-output .cell-output-display}}\n{fence(ANSI.sub('', text_of(d['text/plain'])))}\n:::"
    return ''

def notebook_md(nb:dict, files:Path, rel:str)->tuple[dict, str]:
    "A processed notebook as (front matter, Quarto-style markdown)."
    front, parts, n = {}, [], [0]
    for c in nb['cells']:
        src = text_of(c['source'])
        if c['cell_type'] == 'raw':
            m = re.match(r'---\n(.*?)\n---', src, re.S)
            if m and not front: front = yaml.safe_load(m[1]) or {}
            continue
        if c['cell_type'] == 'markdown': parts.append(src); continue
        opts, code = options(src)
        if opts.get('include') == 'false': continue
        asis = opts.get('output') == 'asis'
        cell = []
        if code and opts.get('echo') != 'false': cell.append(fence(code, 'python'))
        if opts.get('output') != 'false': cell += [output_md(o, asis, files, rel, n) for o in c.get('outputs', [])]
        cell = [x for x in cell if x]
        if not cell: continue
        parts.append('\n\n'.join(cell) if asis else "::: {.cell}\n" + '\n\n'.join(cell) + "\n:::")
    return front, '\n\n'.join(parts)

def inline_md(s:str)->str:
    "A front-matter line as HTML: escaped, `code` as code (Quarto renders descriptions as markdown)."
    return re.sub(r'`([^`]+)`', r'<code>\1</code>', html.escape(s))

def sidebar_html(sidebar:dict, titles:dict, here:str, root:str)->str:
    "The sidebar of `nbs/sidebar.yml` as nested lists of links, the current page marked."
    def items(xs):
        out = []
        for x in xs:
            if isinstance(x, dict) and 'section' in x:
                out.append(f"<li class='section'><span class='sidebar-section'>{html.escape(x['section'])}</span><ul>{items(x.get('contents', []))}</ul></li>")
            else:
                page = str(x).removesuffix('.ipynb')
                cls = " class='active'" if page == here else ''
                out.append(f"<li><a{cls} href='{root}{page}.html'>{html.escape(titles.get(page, page))}</a></li>")
        return ''.join(out)
    return f"<ul class='sidebar-list'>{items(sidebar['website']['sidebar']['contents'])}</ul>"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – {site}</title>
<link rel="stylesheet" href="{root}theme.css"><link rel="stylesheet" href="{root}styles.css"><link rel="stylesheet" href="{root}site.css">
</head><body>
<nav class="navbar navbar-dark bg-primary"><div class="container-fluid"><a class="navbar-brand" href="{root}index.html">{site}</a></div></nav>
<div class="page-columns">
<nav id="sidebar">{sidebar}</nav>
<main class="content" id="quarto-document-content">
<header id="title-block-header"><h1 class="title">{title}</h1>{description}</header>
{body}
</main>
<nav id="TOC"><h2>On this page</h2>{toc}</nav>
</div></body></html>
"""

SITE_CSS = """
body { font-size: 1rem; }
.page-columns { display: grid; grid-template-columns: 220px minmax(0, 1fr) 210px; }
@media (max-width: 1100px) { .page-columns { grid-template-columns: 200px minmax(0, 1fr); } #TOC { display: none; } }
#sidebar { padding: 1rem; border-right: 1px solid #ddd; font-size: .9rem; }
#sidebar ul { list-style: none; padding-left: .6rem; }
#sidebar .sidebar-section { font-weight: 600; display: block; margin-top: .6rem; }
#sidebar a { text-decoration: none; } #sidebar a.active { font-weight: 600; }
main.content { padding: 1.2rem 2rem; max-width: 960px; }
#TOC { padding-top: 1.2rem; font-size: .85rem; min-width: 200px; overflow-wrap: anywhere; }
main h2 { font-size: 1.7rem; margin-top: 1.6rem; } main h3 { font-size: 1.35rem; } main h4 { font-size: 1.15rem; }
p.description { font-size: 1.15rem; opacity: .75; } #TOC h2 { font-size: 1rem; } #TOC ul { padding-left: .8rem; list-style: none; }
pre { background: #f8f8f8; padding: .6rem; overflow-x: auto; }
.cell-output img, main img { max-width: 100%; height: auto; }
table { margin-bottom: 1rem; } td, th { padding: .2rem .5rem; border-bottom: 1px solid #ddd; }
.cell-output-display { overflow-x: auto; }
"""

def build(proc:Path, site:Path)->list:
    "Render every processed notebook under `proc` into `site`; the pages' relative paths."
    if site.exists(): shutil.rmtree(site)
    site.mkdir(parents=True)
    (site/'theme.css').write_text(theme_css(ROOT/'.ci'/'docs'))
    shutil.copy(proc/'styles.css' if (proc/'styles.css').exists() else ROOT/'nbs'/'styles.css', site/'styles.css')
    (site/'site.css').write_text(SITE_CSS)
    for d in [p for p in proc.rglob('*') if p.is_dir() and p.name == 'images']:
        shutil.copytree(d, site/d.relative_to(proc), dirs_exist_ok=True)
    cfg = yaml.safe_load((ROOT/'nbs'/'_quarto.yml').read_text())
    site_title = cfg['website']['title']
    sidebar = yaml.safe_load((ROOT/'nbs'/'sidebar.yml').read_text())
    nbs = sorted(p for p in proc.rglob('*.ipynb') if '.ipynb_checkpoints' not in p.parts)
    pages = {}
    for p in nbs:
        rel = p.relative_to(proc).with_suffix('').as_posix()
        out = site/(rel + '.html'); out.parent.mkdir(parents=True, exist_ok=True)
        front, md = notebook_md(json.loads(p.read_text()), out.parent/(out.stem + '_files'), out.stem + '_files')
        pages[rel] = (front, md, out)
    titles = {k: str(v[0].get('title', k)) for k, v in pages.items()}
    for rel, (front, md, out) in pages.items():
        root = '../' * rel.count('/')
        md = re.sub(r'\]\(((?!https?:)[^)\s]+?)\.ipynb(#[^)]*)?\)', r'](\1.html\2)', md)  # links between notebooks, as Quarto does
        r = subprocess.run(['pandoc', '-f', 'markdown+fenced_divs+link_attributes+pipe_tables+raw_html+tex_math_dollars-implicit_figures',
                            '-t', 'html5', '--mathml', '--toc', '--toc-depth=3', '--template', str(ROOT/'.ci'/'docs_template.html')],
                           input=md, capture_output=True, text=True)
        if r.returncode: sys.exit(f"pandoc failed on {rel}: {r.stderr}")
        toc, _, body = r.stdout.partition('<!--BODY-->')
        desc = front.get('description')
        page = PAGE.format(title=html.escape(str(front.get('title', ''))), site=html.escape(site_title), root=root, toc=toc, body=body,
                           description=f"<p class='description'>{inline_md(str(desc))}</p>" if desc else '',
                           sidebar=sidebar_html(sidebar, titles, rel, root))
        out.write_text(page)
    return list(pages)

CHECKS = r"""
const problems = [];
if (!document.title.split(' – ')[0].trim() || !(document.querySelector('h1.title')?.textContent.trim())) problems.push('missing title');
for (const im of document.images) if (!im.complete || im.naturalWidth === 0) problems.push('broken image: ' + im.getAttribute('src'));
for (const o of document.querySelectorAll('.cell-output')) {
  const t = o.textContent;
  if (/Traceback \(most recent call last\)/.test(t) || o.classList.contains('cell-output-error')) problems.push('traceback: ' + t.trim().slice(0, 160));
  const w = t.match(/^.*\b[A-Z]\w*Warning\b:.*$/m);
  if (w) problems.push('warning: ' + w[0].trim().slice(0, 160));
}
for (const h of document.querySelectorAll('main h3, main h4')) {
  // a show_doc entry: a heading whose next element is the signature block; it needs a docstring or a parameter table after it
  let e = h.nextElementSibling;
  if (!e || !(e.matches('div.sourceCode, pre'))) continue;
  let content = false;
  for (e = e.nextElementSibling; e && !/^H[1-4]$/.test(e.tagName) && e.tagName !== 'HR'; e = e.nextElementSibling)
    if (e.textContent.trim()) { content = true; break; }
  if (!content) problems.push('empty API entry: ' + h.textContent.trim());
}
return problems;
"""

def browse(site:Path, pages:list, shots:Path)->dict:
    "Open every page in headless Chromium: {page: [problems]}; full-page screenshots of `SHOTS`."
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which('chromium') or shutil.which('chromium-browser') or '/usr/bin/chromium'
    for a in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1280,900', '--allow-file-access-from-files'): opts.add_argument(a)
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which('chromedriver') or '/usr/bin/chromedriver'), options=opts)
    shots.mkdir(parents=True, exist_ok=True)
    found = {}
    try:
        for rel in pages:
            driver.get((site/(rel + '.html')).resolve().as_uri())
            driver.execute_async_script("const done = arguments[0]; Promise.all([...document.images].map(i => i.decode().catch(() => 0))).then(() => done(0));")
            found[rel] = driver.execute_script(CHECKS)
            if rel in SHOTS:
                h = driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
                png = driver.execute_cdp_cmd('Page.captureScreenshot', {'format': 'png', 'captureBeyondViewport': True,
                                             'clip': {'x': 0, 'y': 0, 'width': 1280, 'height': min(h, 16000), 'scale': 1}})
                (shots/f'{SHOTS[rel]}.png').write_bytes(base64.b64decode(png['data']))
    finally: driver.quit()
    return found

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--proc', default=str(ROOT/'_proc')); ap.add_argument('--site', default=str(ROOT/'.ci'/'site'))
    ap.add_argument('--shots', default=str(ROOT/'.ci'/'screenshots'))
    a = ap.parse_args()
    pages = build(Path(a.proc), Path(a.site))
    found = browse(Path(a.site), pages, Path(a.shots))
    bad = {k: v for k, v in found.items() if v}
    for k, v in bad.items():
        for p in v: print(f"{k}: {p}")
    missing = [k for k in SHOTS if k not in pages]
    if missing: print(f"no page for the screenshots of {', '.join(missing)}")
    print(f"docs check: {len(pages)} pages rendered and opened in Chromium, {len(bad)} with problems; screenshots in {a.shots}")
    sys.exit(1 if bad or missing else 0)
