"""Where documents are extracted: this process, a local process pool, or a Dask cluster.

Every engine turns sources into output lines and yields them in the order of the sources,
whatever order the work finishes in, with a bounded number of documents in flight: memory stays
flat however many documents a run has, and the output is the same bytes on every engine.
"""

from __future__ import annotations

from ..errors import Errors, UsageError
from .base import Engine, Line, extract_lines

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "Engine", "Line", "extract_lines", "make_engine"]


def make_engine(name: str = "local", *, workers: int = 1, scheduler: str | None = None) -> Engine:
    """The engine called ``name``.

    Args:
        name: ``local`` (this machine, ``workers`` processes) or ``dask`` (a dask.distributed cluster).
        workers: local worker processes; 1 extracts in this process.
        scheduler: the Dask scheduler's address (``tcp://host:8786``); required for ``dask``.

    Raises:
        UsageError: unknown engine, bad ``workers``, missing ``scheduler``, or dask not installed.
    """
    if name == "local":
        if scheduler is not None:
            raise UsageError(Errors.E029.format(option="--scheduler", what="only the dask engine has a scheduler"))
        if workers < 1:
            raise UsageError(Errors.E029.format(option="--workers", what="must be at least 1"))
        from .local import LocalEngine

        return LocalEngine(workers=workers)
    if name == "dask":
        if not scheduler:
            raise UsageError(Errors.E029.format(option="--engine dask", what="needs --scheduler ADDRESS"))
        from .dask_cluster import DaskEngine

        return DaskEngine(scheduler)
    raise UsageError(Errors.E029.format(option="--engine", what=f"{name!r}; choose one of {', '.join(ENGINES)}"))
