"""Batch extraction: sources in ``doc_id`` order → exactly one JSONL line each, nothing lost.

The data flow is sources → engine (lines, in source order) → sink. A file sink is a
:class:`~pressxtract.io.PartialOutput`: lines go to ``OUT.partial`` as they come and the file
is renamed to ``OUT`` when the run is complete, so ``kill -9`` never leaves a torn ``OUT``, and
``resume=True`` continues a killed run to the same bytes an uninterrupted run writes. Only the
current window of lines is in memory, never all documents or all output.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from . import __version__
from .engines import make_engine
from .errors import Errors, UsageError
from .extract import ExtractOptions
from .io import PartialOutput, Source

#: Bump when the bytes of an output line change for the same input and options.
OUTPUT_FORMAT = 1
_DEFAULT_OPTIONS = ExtractOptions()


@dataclass
class BatchSummary:
    """What a run did: lines in the output, how many carry an error, how many a resumed run kept."""

    total: int = 0
    errors: int = 0
    resumed: int = 0


def run_description(options: ExtractOptions) -> dict:
    """Everything besides the sources that decides an output line's bytes (what ``--resume`` checks)."""
    return {"format": OUTPUT_FORMAT, "pressxtract": __version__, "options": dataclasses.asdict(options)}


def run_batch(sources: Sequence[Source], out: str | os.PathLike | TextIO,
              options: ExtractOptions = _DEFAULT_OPTIONS, *, workers: int = 1, engine: str = "local",
              scheduler: str | None = None, resume: bool = False,
              progress: Callable[[int, int], None] | None = None) -> BatchSummary:
    """Extract every source into ``out``, one line per source, in the order of ``sources``.

    Args:
        sources: what :func:`~pressxtract.io.find_sources` found.
        out: an output path (written as ``OUT.partial``, renamed when complete) or a writable text
            stream (lines are written and flushed as they come; the caller owns the stream).
        options: extraction options; part of what a resumed run must share.
        workers: local worker processes (``engine="local"``).
        engine: ``local`` or ``dask``; the output bytes do not depend on it.
        scheduler: the Dask scheduler's address (``engine="dask"``).
        resume: keep the complete lines of ``OUT.partial`` left by a killed run and continue.
        progress: called with ``(done, total)`` after every line.

    Raises:
        UsageError: bad engine options, ``OUT`` not writable, or a partial file that cannot be resumed.
        EngineError: the engine failed as a whole; the lines written so far stay in ``OUT.partial``.
    """
    runner = make_engine(engine, workers=workers, scheduler=scheduler)
    summary = BatchSummary()
    if hasattr(out, "write"):
        if resume:
            raise UsageError(Errors.E029.format(option="--resume", what="needs an output file, not a stream"))
        lines = runner.lines(sources, options)
        try:
            for line in lines:
                out.write(line.text + "\n")
                out.flush()
                _count(summary, line.error, len(sources), progress)
        finally:
            lines.close()  # stop the engine's workers now, not when the generator is collected
        return summary

    output = PartialOutput(out, description=run_description(options))
    sources = _without_files_of(output, sources)
    kept = output.open(resume=resume)
    lines = runner.lines(sources[kept:], options)
    try:
        for index, text in enumerate(output.kept_lines()):
            obj = _kept_line(output, text, index, sources)
            _count(summary, obj.get("error") is not None, len(sources), progress)
        summary.resumed = kept
        for line in lines:
            output.write(line.text)
            _count(summary, line.error, len(sources), progress)
        output.commit()
    finally:
        lines.close()  # stop the engine's workers now, not when the generator is collected
        output.close()
    return summary


def _count(summary: BatchSummary, error: bool, total: int, progress: Callable[[int, int], None] | None) -> None:
    summary.total += 1
    summary.errors += error
    if progress:
        progress(summary.total, total)


def _without_files_of(output: PartialOutput, sources: Sequence[Source]) -> Sequence[Source]:
    """The run's own partial files are never inputs (a broad ``--glob`` could find them on resume)."""
    own = {output.partial.name, output.meta.name}
    if not any(s.path.name in own for s in sources):
        return sources
    own_paths = {output.partial.resolve(), output.meta.resolve()}
    return [s for s in sources if s.path.name not in own or s.path.resolve() not in own_paths]


def _kept_line(output: PartialOutput, text: str, index: int, sources: Sequence[Source]) -> dict:
    """A kept line, parsed; it must be the line of the source at its place, or the inputs changed."""
    try:
        obj = json.loads(text)
    except ValueError:
        obj = None
    if not isinstance(obj, dict):
        reason = f"line {index + 1} of {output.partial} is not a JSON object"
        raise UsageError(Errors.E023.format(path=output.path, reason=reason))
    if index >= len(sources):
        reason = f"{output.partial} has more lines than there are documents now"
        raise UsageError(Errors.E023.format(path=output.path, reason=reason))
    source = sources[index]
    if (obj.get("doc_id"), obj.get("path")) != (source.doc_id, str(source.path)):
        reason = (f"line {index + 1} of {output.partial} is {obj.get('doc_id')!r}, but the document in that "
                  f"place now is {source.doc_id!r} (documents were added, removed or renamed)")
        raise UsageError(Errors.E023.format(path=output.path, reason=reason))
    return obj
