"""The modules ``setup.py`` compiles with Cython: an extension module built from other source than the ``.py`` (and
``.pxd``) beside it would run stale code, so importing the package refuses it."""
import hashlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

try:
    from ._sources import SOURCES
except ImportError:  # a source tree never installed: nothing compiled
    SOURCES = {}

PACKAGE_DIR = Path(__file__).parent


def stale_extensions(root: Path = PACKAGE_DIR, sources: dict[str, str] = SOURCES) -> list[str]:
    """Modules under ``root`` with an extension beside their ``.py`` that was not compiled from that ``.py``'s (and
    ``.pxd``'s) present content (``sources``: module → ``source_digest`` of what it was compiled from)."""
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for ext in sorted(root.rglob(f"*{suffix}")):
            source = ext.with_name(ext.name[:-len(suffix)] + ".py")
            module = ".".join(source.relative_to(root).with_suffix("").parts)
            if source.exists() and sources.get(module) != source_digest(source):
                stale.append(module)
    return stale


def source_digest(source: Path) -> str:
    """SHA-256 of a module's ``.py``, then of the ``.pxd`` beside it, if any: what ``setup.py`` compiled it from."""
    pxd = source.with_suffix(".pxd")
    return hashlib.sha256(source.read_bytes() + (pxd.read_bytes() if pxd.exists() else b"")).hexdigest()


def check_extensions() -> None:
    """Raise ``ImportError`` naming the stale extension modules, if any."""
    stale = stale_extensions()
    if stale:
        raise ImportError(f"compiled module(s) built from other source than the .py beside them: {', '.join(stale)};"
                          " rebuild them with `make install` (or `pip install -e .`), or delete their .so files to run "
                          "pure Python")
