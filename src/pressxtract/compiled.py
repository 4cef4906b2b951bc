"""The modules ``setup.py`` compiles with Cython: an extension module built from other source than the ``.py`` beside it
would run stale code, so importing the package refuses it."""
import hashlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

try:
    from ._sources import SOURCES
except ImportError:  # a source tree never installed: nothing compiled
    SOURCES = {}

PACKAGE_DIR = Path(__file__).parent


def stale_extensions(root: Path = PACKAGE_DIR, sources: dict[str, str] = SOURCES) -> list[str]:
    """Modules under ``root`` with an extension beside their ``.py`` that was not compiled from that ``.py``'s present
    content (``sources``: module → SHA-256 of the source it was compiled from)."""
    stale = []
    for suffix in EXTENSION_SUFFIXES:
        for ext in sorted(root.rglob(f"*{suffix}")):
            source = ext.with_name(ext.name[:-len(suffix)] + ".py")
            module = ".".join(source.relative_to(root).with_suffix("").parts)
            if source.exists() and sources.get(module) != hashlib.sha256(source.read_bytes()).hexdigest():
                stale.append(module)
    return stale


def check_extensions() -> None:
    """Raise ``ImportError`` naming the stale extension modules, if any."""
    stale = stale_extensions()
    if stale:
        raise ImportError(f"compiled module(s) built from other source than the .py beside them: {', '.join(stale)};"
                          " rebuild them with `make install` (or `pip install -e .`), or delete their .so files to run "
                          "pure Python")
