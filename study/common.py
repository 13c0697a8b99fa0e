"""What the study scripts share: where the developers' photos are, and writing a result file whole (never half-written by a kill).

The photos are the developers' (photos128 and people128, see each folder's SOURCES.md), in ../shared/data beside the checkout;
set RECOLOR_DATA to the folder that holds them elsewhere."""
import json, os
from pathlib import Path
from recolor_nb.files import atomic_write

DATA_ROOT = Path(os.environ.get('RECOLOR_DATA') or Path(__file__).resolve().parents[2]/'shared'/'data')

def data_folder(name:str)->Path:
    "The developers' photo folder `name` (e.g. 'photos128'), or a clear exit if it is not on this machine."
    f = (DATA_ROOT/name).resolve()
    if not f.is_dir(): raise SystemExit(f"{f}: no such folder. The studies read the developers' photos; set RECOLOR_DATA to the folder that holds {name}")
    return f

def write_json(path, obj):
    "Write `obj` as indented JSON to `path`, atomically (a temporary file renamed into place)."
    path = Path(path); path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda f: Path(f).write_text(json.dumps(obj, indent=1) + '\n'))
