"""What every engine shares: the unit of work, run wherever the engine runs it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

from ..errors import DocumentError
from ..extract import ExtractOptions, extract_source
from ..io import Source, dumps_line
from ..schema import DocError, Document, to_json_dict


class Line(NamedTuple):
    """One document's output line (no newline) and whether it carries an error."""

    text: str
    error: bool


class Engine(Protocol):
    name: str

    def lines(self, sources: Sequence[Source], options: ExtractOptions) -> Iterator[Line]:
        """One line per source, in the order of ``sources``."""
        ...


def extract_lines(sources: Sequence[Source], options: ExtractOptions) -> list[Line]:
    """Extract and serialise a chunk of sources where the work runs (a worker process, a Dask worker).

    Serialising in the worker keeps the parent's work per document to writing one line, and only
    strings cross process boundaries. ``extract_source`` never raises for a document.
    """
    out = []
    for source in sources:
        document = extract_source(source, options)
        try:
            line = dumps_line(to_json_dict(document))
        except Exception as e:  # noqa: BLE001 — a record that cannot be serialised must not end the batch
            document = Document(doc_id=source.doc_id, path=str(source.path),
                                error=DocError(kind="internal", message=f"{type(e).__name__}: {e}"))
            line = dumps_line(to_json_dict(document))
        out.append(Line(line, document.error is not None))
    return out


def error_line(source: Source, error: DocumentError) -> Line:
    """The line of a document whose extraction could not even report back (its worker died)."""
    document = Document(doc_id=source.doc_id, path=str(source.path),
                        error=DocError(kind=error.kind, message=str(error)))
    return Line(dumps_line(to_json_dict(document)), True)


def chunked(sources: Sequence[Source], size: int) -> Iterator[Sequence[Source]]:
    for start in range(0, len(sources), size):
        yield sources[start : start + size]
