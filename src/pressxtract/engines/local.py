"""The local engine: this process (``workers=1``) or a pool of worker processes.

The pool keeps a bounded window of chunks in flight and yields their lines in source order.
A worker that dies (a crash in native code, the kernel's OOM killer) breaks the whole pool in
``concurrent.futures``; the engine then starts a new pool and runs the chunk it was waiting for
one document at a time, so the document that kills its worker again is found and gets an error
line of kind ``crash``, and the run goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext

from ..errors import Errors, WorkerCrashError
from ..extract import ExtractOptions, prepare
from ..io import Source
from .base import Line, chunked, error_line, extract_lines

_CRASH_REASON = "it was terminated abruptly: a crash in native code, or killed for using too much memory"
# objects the collector's youngest generation may gain before a collection during a run (Python's default: 700);
# each document frees what it made when it is done (``extract_text``), so collections found next to nothing
YOUNG_LIMIT = 10_000


class LocalEngine:
    """Extraction on this machine, in ``workers`` processes (1: in this process, nothing to start)."""

    name = "local"

    def __init__(self, *, workers: int = 1, chunk_size: int = 8, chunks_per_worker: int = 4, mp_context=None):
        self.workers = workers
        self.chunk_size = chunk_size
        self.window = max(2, workers * chunks_per_worker)
        self.mp_context = mp_context

    def lines(self, sources: Sequence[Source], options: ExtractOptions) -> Iterator[Line]:
        long_run = len(sources) > self.chunk_size
        if self.workers <= 1:
            from ..pipeline import get_pipeline  # spaCy loaded only once there is work

            with _young_limit() if long_run else nullcontext():
                built = 0  # pipelines built so far: each is frozen with all else alive once built
                for source in sources:
                    yield from extract_lines([source], options)
                    if long_run and built != (built := get_pipeline.cache_info().currsize):
                        _freeze()
            return
        forking = (self.mp_context or multiprocessing.get_context()).get_start_method() == "fork"
        if forking and long_run:
            # build the pipelines once, here: forked workers share them (copy-on-write), the frozen objects are never
            # traversed again by the garbage collector of any process, and the workers inherit ``YOUNG_LIMIT``
            prepare(options)
            _freeze()
        with _young_limit() if forking and long_run else nullcontext():
            yield from self._pooled(sources, options)

    def _pooled(self, sources: Sequence[Source], options: ExtractOptions) -> Iterator[Line]:
        pool = _Pool(self.workers, self.mp_context)
        chunks = chunked(sources, self.chunk_size)
        retry: deque[Sequence[Source]] = deque()
        pending: deque[tuple[Sequence[Source], Future]] = deque()
        try:
            while True:
                while len(pending) < self.window:
                    chunk = retry.popleft() if retry else next(chunks, None)
                    if chunk is None:
                        break
                    pending.append((chunk, pool.submit(extract_lines, chunk, options)))
                if not pending:
                    break
                chunk, future = pending.popleft()
                try:
                    result = future.result()
                except BrokenProcessPool:
                    retry.extendleft(reversed([c for c, _ in pending]))
                    pending.clear()
                    pool.restart()
                    for source in chunk:
                        yield _alone(pool, source, options)
                    continue
                yield from result
        except BaseException:
            pool.shutdown(wait=False)
            raise
        pool.shutdown(wait=True)


def _freeze() -> None:
    """Leave all that is alive now (pipelines, knowledge base, language data) out of the garbage collector's
    traversals from now on."""
    gc.collect()
    gc.freeze()


@contextmanager
def _young_limit() -> Iterator[None]:
    """``YOUNG_LIMIT`` for the collector's youngest generation during a run; the process's thresholds afterwards."""
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_LIMIT, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _alone(pool: _Pool, source: Source, options: ExtractOptions) -> Line:
    try:
        return pool.submit(extract_lines, [source], options).result()[0]
    except BrokenProcessPool:
        pool.restart()
        return error_line(source, WorkerCrashError(Errors.E028.format(reason=_CRASH_REASON)))


def _ignore_sigint() -> None:
    """Ctrl-C is the parent's to handle: workers must not print tracebacks of their own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Pool:
    """A ``ProcessPoolExecutor`` that can be replaced when a worker died."""

    def __init__(self, workers: int, mp_context=None):
        self.workers = workers
        self.mp_context = mp_context
        self._executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.mp_context, initializer=_ignore_sigint)

    def submit(self, fn, *args) -> Future:
        return self._executor.submit(fn, *args)

    def restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new()

    def shutdown(self, *, wait: bool) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=True)
