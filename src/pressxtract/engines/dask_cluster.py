"""The Dask engine: the same unit of work on a dask.distributed cluster (``--engine dask``).

Workers read the files themselves, so every worker must see the input paths (a shared file
system, as for any Dask file reading) and have pressxtract installed. Chunks are submitted with a
bounded window and their lines gathered in source order, so the output is byte-identical to a
local run. dask is imported only here, only when this engine is chosen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence

from ..errors import EngineError, Errors, UsageError
from ..extract import ExtractOptions
from ..io import Source
from .base import Line, chunked, extract_lines


class DaskEngine:
    """Extraction on the Dask cluster whose scheduler listens at ``scheduler``."""

    name = "dask"

    def __init__(self, scheduler: str, *, chunk_size: int = 8, chunks_per_thread: int = 2,
                 connect_timeout: float = 10.0):
        try:
            import distributed  # noqa: F401
        except ImportError as e:
            raise UsageError(Errors.E025) from e
        self.scheduler = scheduler
        self.chunk_size = chunk_size
        self.chunks_per_thread = chunks_per_thread
        self.connect_timeout = connect_timeout

    def lines(self, sources: Sequence[Source], options: ExtractOptions) -> Iterator[Line]:
        from distributed import Client

        try:
            client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise UsageError(Errors.E026.format(address=self.scheduler, reason=e)) from e
        pending: deque = deque()
        try:
            threads = sum(client.nthreads().values()) or 1
            window = max(2, threads * self.chunks_per_thread)
            chunks = chunked(sources, self.chunk_size)
            while True:
                while len(pending) < window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    pending.append(client.submit(extract_lines, chunk, options, pure=False))
                if not pending:
                    break
                future = pending.popleft()
                try:
                    result = future.result()
                except Exception as e:  # a worker lost for good (KilledWorker), a cluster gone
                    raise EngineError(Errors.E027.format(engine="dask", reason=f"{type(e).__name__}: {e}")) from e
                yield from result
        finally:
            for future in pending:
                future.cancel()
            client.close()
