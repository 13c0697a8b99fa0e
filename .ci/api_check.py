#!/usr/bin/env python3
"""List the exported names (`__all__`) of every recolor_nb module that lack a docstring or have undocumented parameters.
A parameter is documented by a docment (a trailing comment, which nbdev shows in the API table).
Constants (anything not a function or class) are skipped: nbdev shows no docs for them.
Usage: python .ci/api_check.py [module ...]    exit status 1 when anything is missing (--warn: always 0)."""
import importlib, inspect, pkgutil, sys
from fastcore.docments import docments
import recolor_nb

def _params(f):
    "The parameters a user passes to `f` (no self/cls, *args, **kwargs)."
    try: sig = inspect.signature(f)
    except (TypeError, ValueError): return []
    return [n for n, p in sig.parameters.items()
            if n not in ('self', 'cls') and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]

def _own_init(c):
    "A class's own `__init__` (or None when it inherits it from somewhere else, e.g. fastai or torch)."
    init = c.__dict__.get('__init__')
    return init if inspect.isfunction(init) else None

def problems(obj):
    "What is missing in the documentation of function or class `obj`."
    out = []
    if not (inspect.getdoc(obj) if not inspect.isclass(obj) else obj.__dict__.get('__doc__')): out.append('no docstring')
    f = _own_init(obj) if inspect.isclass(obj) else obj
    if f is None: return out
    try: docs = docments(f, full=False)
    except Exception as e: return out + [f'docments failed: {e}']
    missing = [n for n in _params(f) if not docs.get(n)]
    if missing: out.append('undocumented: ' + ', '.join(missing))
    return out

def check(mods):
    found = {}
    for name in mods:
        m = importlib.import_module(name)
        for n in getattr(m, '__all__', []):
            o = getattr(m, n)
            if not (inspect.isfunction(o) or inspect.isclass(o)): continue
            if getattr(o, '__module__', name) != name: continue  # re-exported from another module: checked there
            p = problems(o)
            if p: found[f'{name}.{n}'] = p
    return found

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    mods = [a if a.startswith('recolor_nb') else f'recolor_nb.{a}' for a in args] or sorted(
        f'recolor_nb.{m.name}' for m in pkgutil.iter_modules(recolor_nb.__path__) if not m.name.startswith('_'))
    found = check(mods)
    for k, v in found.items(): print(f"{k}: {'; '.join(v)}")
    print(f"api_check: {len(found)} exported names with missing docs in {len(mods)} modules")
    sys.exit(1 if found and '--warn' not in sys.argv else 0)
