"""Finding and decoding documents (SPEC §1); reading and writing JSON Lines."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DecodeError, Errors, UsageError

DEFAULT_GLOB = "*.txt"
DEFAULT_MAX_BYTES = 20_000_000
_BOM = "\ufeff"


@dataclass(frozen=True, order=True)
class Source:
    """One input file and the ``doc_id`` SPEC §1 gives it."""

    doc_id: str
    path: Path


def find_sources(paths: Iterable[str | os.PathLike], *, glob: str = DEFAULT_GLOB) -> list[Source]:
    """Every matching file under the given folders (recursively) and every file given directly.

    Symlinked folders are followed once: a folder whose real path was already visited is skipped,
    so a symlink loop ends. Sources come sorted by ``doc_id`` (then path).

    Raises:
        UsageError: a path does not exist.
    """
    found: set[Source] = set()
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            raise UsageError(Errors.E001.format(path=root))
        if root.is_dir():
            found.update(_walk(root, glob))
        else:
            found.add(Source(doc_id=root.stem, path=root))
    return sorted(found)


def _walk(root: Path, glob: str) -> Iterator[Source]:
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        base = Path(dirpath)
        for name in sorted(filenames):
            path = base / name
            if not path.match(glob):
                continue
            rel = path.relative_to(root).with_suffix("")
            yield Source(doc_id=rel.as_posix(), path=path)


def decode(data: bytes, *, path: str | os.PathLike = "<bytes>") -> tuple[str, list[str]]:
    """Decode a file's bytes as SPEC §1 says: UTF-8 (BOM dropped), else cp1252 with a warning.

    Nothing else is changed, so offsets count in exactly this text.

    Raises:
        DecodeError: the bytes hold NUL characters (binary data, not text).
    """
    if b"\x00" in data:
        raise DecodeError(Errors.E005.format(path=path))
    warnings: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(Errors.W001)
    if text.startswith(_BOM):
        text = text[1:]
    return text, warnings


def read_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Read and decode one source.

    Raises:
        DecodeError: unreadable, too large, or binary.
    """
    try:
        size = source.path.stat().st_size
        if size > max_bytes:
            raise DecodeError(Errors.E006.format(size=size, limit=max_bytes, path=source.path))
        data = source.path.read_bytes()
    except OSError as e:
        raise DecodeError(Errors.E009.format(path=source.path, reason=e.strerror or e)) from e
    return decode(data, path=source.path)


def dumps_line(obj: dict) -> str:
    """One JSONL line (no trailing newline), compact, UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


class AtomicWriter:
    """Writes lines to a temporary file beside ``path`` and renames it into place on ``commit``.

    A crash before ``commit`` leaves any earlier file at ``path`` untouched.
    """

    def __init__(self, path: Path):
        self.path = path
        directory = path.parent if str(path.parent) else Path(".")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
        except OSError as e:
            raise UsageError(Errors.E002.format(path=path, reason=e.strerror or e)) from e
        self._tmp = Path(tmp)
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, line: str) -> None:
        self._file.write(line + "\n")

    def commit(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        self._file.close()
        self._tmp.unlink(missing_ok=True)
