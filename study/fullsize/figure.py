"""The model card's figure of real old photographs (issue 29): public-domain prints from public repositories, none in
any training data, colourised by the bundled model (version 3.1, decoded with the confidence pull) and by the version 4 candidate (the 256 px stage) (not bundled: the card
says why), each at its own decoding.

    python study/fullsize/figure.py MIRRORS CANDIDATE [OUT]   # CANDIDATE: runs/fullsize/s256/generator.safetensors; OUT: nbs/images/old_photos.jpg

MIRRORS holds the bare git mirrors (OWNER+NAME/repo) of kensanata/face (share/oldpics: portraits of 1860-1925 cut from
public-domain books and the Library of Congress's Bain collection, dedicated to the public domain) and delucis/sweetcorn
(docs/src/assets/Manifestazione_antifascista.jpg, an Italian street demonstration, public domain). V31_FILE: version
3.1's generator file (git show 509b313:recolor_nb/weights/recolor_base.safetensors > v31.safetensors)."""
import io, subprocess, sys
from pathlib import Path
from PIL import Image
from recolor_nb.inference import colorize, load_generator
from recolor_nb.cli import demo_grid

PHOTOS = [('delucis+sweetcorn', 'docs/src/assets/Manifestazione_antifascista.jpg'),
          ('kensanata+face', 'share/oldpics/face_man_250.png'), ('kensanata+face', 'share/oldpics/face_man_290.png'),
          ('kensanata+face', 'share/oldpics/face_woman_120.png'), ('kensanata+face', 'share/oldpics/face_woman_160.png')]

def photo(mirrors:Path, repo:str, path:str)->Image.Image:
    "The print as a gray image, on white where it is cut out (alpha)."
    b = subprocess.run(['git', '--git-dir', str(mirrors/repo/'repo'), 'show', f'HEAD:{path}'], capture_output=True, check=True).stdout
    im = Image.open(io.BytesIO(b)).convert('RGBA')
    bg = Image.new('RGBA', im.size, 'white'); bg.alpha_composite(im)
    return bg.convert('L')

def main(mirrors, candidate, out='nbs/images/old_photos.jpg'):
    old, new = load_generator(), load_generator(candidate)
    new.T = old.T
    rows = []
    for repo, path in PHOTOS:
        g = photo(Path(mirrors), repo, path)
        rows.append((Path(path).stem, g, colorize(g, old), colorize(g, new)))
    # demo_grid's columns are the photo made gray, the outputs given, and the photo itself when it is in colour: given the
    # candidate's photos (their L is the print's) and version 3.1's as the outputs, that is gray print | 3.1 | candidate
    grid = demo_grid({n: c for n, _, _, c in rows}, [b for *_, b, _ in rows], height=220,
                     labels=('gray print', 'version 3.1 (bundled: confidence pull)', 'candidate after 256 px'))
    grid.save(out, quality=88)
    print(out, grid.size)

if __name__ == '__main__':
    if len(sys.argv) < 3: sys.exit(__doc__)
    main(*sys.argv[1:])
