"""Batch extraction: sources in ``doc_id`` order → one JSONL line each, written atomically."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .extract import ExtractOptions, extract_source
from .io import AtomicWriter, Source, dumps_line
from .schema import Document, to_json_dict


@dataclass
class BatchSummary:
    """What a run did: documents written and how many carry an error."""

    total: int = 0
    errors: int = 0


def iter_documents(sources: list[Source], options: ExtractOptions, *, workers: int = 1) -> Iterator[Document]:
    """Documents in the order of ``sources``, extracted in ``workers`` processes."""
    if workers <= 1:
        for source in sources:
            yield extract_source(source, options)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(extract_source, sources, [options] * len(sources), chunksize=8)


def run_batch(sources: list[Source], out: str, options: ExtractOptions, *, workers: int = 1,
              progress: Callable[[int, int], None] | None = None) -> BatchSummary:
    """Extract every source into ``out`` (``-`` for stdout); a file appears only when complete."""
    summary = BatchSummary()
    writer = None if out == "-" else AtomicWriter(Path(out))
    try:
        for document in iter_documents(sources, options, workers=workers):
            line = dumps_line(to_json_dict(document))
            if writer is None:
                sys.stdout.write(line + "\n")
                sys.stdout.flush()
            else:
                writer.write(line)
            summary.total += 1
            summary.errors += document.error is not None
            if progress:
                progress(summary.total, len(sources))
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    if writer is not None:
        writer.commit()
    return summary
