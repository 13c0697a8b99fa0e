"""Pack the training photos into one compact file (at most 60 MiB) that travels to a GPU machine with the checkout.

    python study/v3/pack.py OUT.tar [--quality 70] [--every 1]

Every photo of photos128 and people128 (train/ and val/), re-encoded as WebP (PIL, quality 70: about 2.4 KB a photo on a 400-photo
sample, so an estimated 56 MiB for all 24,427; the script refuses a pack over 60 MiB), in a plain tar whose folders keep the sets and splits: photos128/train/NAME.webp ... `train_gpu.py` unpacks it.
The data are the developers' (see each folder's SOURCES.md); the pack is not committed."""
import io, sys, tarfile, argparse
from pathlib import Path
from PIL import Image
from recolor_nb.images import image_files
from recolor_nb.files import atomic_write

DATA = Path(__file__).resolve().parents[3]/'shared'/'data'

def pack(out:Path, quality:int=70, every:int=1, sets=('photos128', 'people128'), limit:int=60 * 2**20):
    def write(f):
        with tarfile.open(f, 'w') as tar:
            for s in sets:
                for split in ('train', 'val'):
                    for p in image_files(DATA/s/split)[::every]:
                        b = io.BytesIO(); Image.open(p).convert('RGB').save(b, 'WEBP', quality=quality, method=6)
                        info = tarfile.TarInfo(f"{s}/{split}/{p.stem}.webp"); info.size = b.tell(); b.seek(0)
                        tar.addfile(info, b)
    atomic_write(out, write)
    size = Path(out).stat().st_size
    if size > limit: raise SystemExit(f"{out}: {size / 2**20:.1f} MiB, over the {limit / 2**20:.0f} MiB budget: lower --quality")
    print(f"{out}: {size / 2**20:.1f} MiB")

if __name__ == '__main__':
    ap = argparse.ArgumentParser(); ap.add_argument('out'); ap.add_argument('--quality', type=int, default=70); ap.add_argument('--every', type=int, default=1)
    a = ap.parse_args(); pack(Path(a.out), a.quality, a.every)
