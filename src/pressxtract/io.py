"""Finding and decoding documents (SPEC §1), the run's input limits, and writing JSON Lines.

Reading never blocks and never trusts a file to stay as it was when it was found: a file that
vanished, became unreadable, turned into a folder or a FIFO, or grew past ``--max-bytes`` between
discovery and reading raises a ``DocumentError``, which becomes that document's error line.

Writing goes to ``OUT.partial`` beside ``OUT``, one flushed line per document, and is renamed to
``OUT`` only when the run is complete (:class:`PartialOutput`); a killed run can be resumed.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DecodeError, Errors, LimitError, UsageError

try:  # advisory locks: POSIX only; elsewhere two runs into one OUT are not detected
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

DEFAULT_GLOB = "*.txt"
DEFAULT_MAX_BYTES = 20_000_000
#: spaCy's own ``nlp.max_length``: longer texts are refused by spaCy anyway.
DEFAULT_MAX_CHARS = 1_000_000
#: Separator lines ("=====", "-----") are far shorter; spaCy's tokenizer is quadratic in such runs.
DEFAULT_MAX_PUNCT_RUN = 500

_BOM = "\ufeff"
_BOM_BYTES = b"\xef\xbb\xbf"
# A run of characters that are neither letters, digits nor whitespace ("_" is \w but punctuation here).
_PUNCT_RUN = re.compile(r"(?:[^\w\s]|_)+")
_NON_WORD = re.compile(r"[\W_]+")  # what ``_non_word_run`` finds, of any length
# Characters JSON leaves raw that ``str.splitlines()`` (and some JSONL readers) take for line breaks.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


@dataclass(frozen=True, order=True)
class Source:
    """One input file and the ``doc_id`` SPEC §1 gives it."""

    doc_id: str
    path: Path


def find_sources(paths: Iterable[str | os.PathLike], *, glob: str = DEFAULT_GLOB) -> list[Source]:
    """Every matching file under the given folders (recursively) and every file given directly.

    Symlinked folders are followed once: a folder whose real path was already visited is skipped,
    so a symlink loop ends. Sources come sorted by ``doc_id`` (then path). Only names are looked at
    here; whether a source can be read is found out when it is read (its error line says why).

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

    Nothing else is changed (no newline or whitespace normalisation), so offsets count in
    exactly this text.

    Raises:
        DecodeError: the bytes hold NUL characters (binary data, not text).
    """
    if b"\x00" in data:
        raise DecodeError(Errors.E005.format(path=path))
    data = data.removeprefix(_BOM_BYTES)
    warnings: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(Errors.W001)
    if text.startswith(_BOM):  # a BOM written twice, or a cp1252 file that starts with U+FEFF
        text = text[1:]
    return text, warnings


def read_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
    """Read and decode one source, reading at most ``max_bytes + 1`` bytes.

    The file is opened without blocking and checked on the open descriptor, so a file replaced by a
    FIFO or a folder after discovery cannot hang or fool the run.

    Raises:
        DecodeError: unreadable (vanished, no permission, symlink loop), not a regular file, or binary.
        LimitError: larger than ``max_bytes``.
    """
    path = source.path
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as e:
        raise DecodeError(Errors.E009.format(path=path, reason=e.strerror or e)) from e
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DecodeError(Errors.E022.format(path=path))
        if info.st_size > max_bytes:
            raise LimitError(Errors.E006.format(size=info.st_size, limit=max_bytes, path=path))
        with open(fd, "rb", closefd=False) as f:
            data = f.read(info.st_size + 1)  # sized to the file: read(max_bytes) would allocate max_bytes
            if len(data) > info.st_size:  # it grew after the size check
                data += f.read(max_bytes + 1 - len(data))
            if len(data) > max_bytes:
                size = max(os.fstat(fd).st_size, len(data))
                raise LimitError(Errors.E006.format(size=size, limit=max_bytes, path=path))
    except OSError as e:
        raise DecodeError(Errors.E009.format(path=path, reason=e.strerror or e)) from e
    finally:
        os.close(fd)
    return decode(data, path=path)


def check_text(text: str, *, max_chars: int = DEFAULT_MAX_CHARS, max_punct_run: int = DEFAULT_MAX_PUNCT_RUN) -> None:
    """Refuse a text whose extraction time or memory would not be bounded.

    Documents are refused whole rather than cut into chunks: a cut would split sentences, quotes
    and the document's year context, and records from a part of a document would look complete.
    Both checks take time linear in the text.

    Raises:
        LimitError: more than ``max_chars`` characters, or a run of more than ``max_punct_run``
            punctuation/symbol characters without letters, digits or whitespace.
    """
    if len(text) > max_chars:
        raise LimitError(Errors.E020.format(length=len(text), limit=max_chars))
    if len(text) <= max_punct_run or not _has_non_word_run(text, max_punct_run):
        return  # no run of non-word characters that long, so no such run of punctuation either
    for match in _PUNCT_RUN.finditer(text):
        if match.end() - match.start() > max_punct_run:
            raise LimitError(Errors.E021.format(length=match.end() - match.start(), start=match.start(),
                                                limit=max_punct_run))


def _has_non_word_run(text: str, limit: int) -> bool:
    """Whether more than ``limit`` characters in a row are no letters or digits. Such a run covers two neighbouring
    checkpoints, every ``(limit + 1) // 2``-th character, and all between: the text is searched only if it has such."""
    step = (limit + 1) // 2
    if step > 0 and not any(_NON_WORD.fullmatch(text, i, i + step + 1) for i in range(0, len(text) - step, step)):
        return False
    return _non_word_run(limit).search(text) is not None


@lru_cache(maxsize=8)
def _non_word_run(limit: int) -> re.Pattern:
    """More than ``limit`` characters in a row that are no letters or digits: found in one search, where
    ``_PUNCT_RUN`` lists every run of punctuation in the text."""
    return re.compile(rf"[\W_]{{{max(limit, 0) + 1},}}")


# ``json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))``, built once; a record holds no reference cycle
_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), check_circular=False)


def dumps_line(obj: dict) -> str:
    """One JSONL line (no trailing newline), compact, UTF-8 kept readable.

    U+0085, U+2028 and U+2029 are escaped: JSON allows them raw, but line-splitting readers
    (``str.splitlines``) would break the line there.
    """
    line = _LINE_ENCODER.encode(obj)
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        line = line.translate(_LINE_BREAKS)
    return line


def partial_path(path: str | os.PathLike) -> Path:
    """Where a run writes ``OUT`` until it is complete: ``OUT.partial`` beside it."""
    path = Path(path)
    return path.with_name(path.name + ".partial")


class PartialOutput:
    """JSON Lines written to ``OUT.partial`` beside ``OUT``; renamed to ``OUT`` by :meth:`commit`.

    Every line is handed to the operating system as soon as it is written, so a run killed at any
    moment (even ``kill -9``) leaves an earlier ``OUT`` untouched and a partial file of complete
    lines plus at most one torn last line. ``OUT.partial.json`` holds the run's description (its
    options); a run opened with ``resume=True`` keeps the complete lines when that description
    matches, drops a torn last line and appends after them. The partial file is locked while a run
    writes it, so a second run into the same ``OUT`` is refused instead of interleaving lines.
    """

    def __init__(self, path: str | os.PathLike, *, description: dict):
        self.path = Path(path)
        self.partial = partial_path(self.path)
        self.meta = self.partial.with_name(self.partial.name + ".json")
        self.description = json.loads(json.dumps(description, sort_keys=True))
        self.kept_bytes = 0
        self._fd: int | None = None

    def open(self, *, resume: bool = False) -> int:
        """Lock and prepare the partial file; returns how many complete lines a resumed run keeps.

        Raises:
            UsageError: ``OUT`` cannot be written, another run holds the lock, or a partial file
                cannot be resumed (other options, or a line in it is damaged).
        """
        if self.path.is_dir():
            raise UsageError(Errors.E002.format(path=self.path, reason="it is a directory"))
        try:
            self._fd = os.open(self.partial, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as e:
            raise UsageError(Errors.E002.format(path=self.path, reason=e.strerror or e)) from e
        try:
            self._lock()
            kept = self._keep_complete_lines() if resume else 0
            if not kept:
                os.ftruncate(self._fd, 0)
                self.kept_bytes = 0
                self._write_description()
            os.lseek(self._fd, 0, os.SEEK_END)
            return kept
        except BaseException:
            self.close()
            raise

    def kept_lines(self) -> Iterator[str]:
        """The complete lines kept from an interrupted run, in order (streamed, not held in memory)."""
        with open(self.partial, "rb") as f:
            remaining = self.kept_bytes
            for number, raw in enumerate(f, 1):
                if remaining <= 0:
                    break
                remaining -= len(raw)
                try:
                    yield raw.decode("utf-8").rstrip("\n")
                except UnicodeDecodeError:
                    reason = f"line {number} of {self.partial} is not valid UTF-8"
                    raise UsageError(Errors.E023.format(path=self.path, reason=reason)) from None

    def write(self, line: str) -> None:
        """Append one line (a newline is added) and hand it to the OS at once."""
        view = memoryview((line + "\n").encode("utf-8"))
        while view:
            view = view[os.write(self._fd, view):]

    def commit(self) -> None:
        """Sync the partial file and rename it to ``OUT``: the output appears complete or not at all."""
        os.fsync(self._fd)
        os.replace(self.partial, self.path)
        _fsync_dir(self.path.parent)
        self.meta.unlink(missing_ok=True)
        self.close()

    def close(self) -> None:
        """Release the lock and close; the partial file and its description stay for ``--resume``."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def _lock(self) -> None:
        if fcntl is None:  # pragma: no cover
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            raise UsageError(Errors.E024.format(path=self.path, partial=self.partial)) from e

    def _keep_complete_lines(self) -> int:
        size = os.fstat(self._fd).st_size
        if size == 0:
            return 0
        try:
            recorded = json.loads(self.meta.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UsageError(Errors.E023.format(path=self.path, reason=f"{self.meta} is missing")) from None
        except (OSError, ValueError) as e:
            raise UsageError(Errors.E023.format(path=self.path, reason=f"{self.meta} is unreadable ({e})")) from e
        if not isinstance(recorded, dict):
            raise UsageError(Errors.E023.format(path=self.path, reason=f"{self.meta} is not a run description"))
        if recorded != self.description:
            keys = set(recorded) | set(self.description)
            changed = sorted(k for k in keys if recorded.get(k) != self.description.get(k))
            reason = f"{self.partial} was written with other settings ({', '.join(changed)})"
            raise UsageError(Errors.E023.format(path=self.path, reason=reason))
        self.kept_bytes = _complete_length(self._fd, size)
        os.ftruncate(self._fd, self.kept_bytes)  # drop a torn last line
        with open(self.partial, "rb") as f:
            return sum(1 for _ in f)

    def _write_description(self) -> None:
        tmp = self.meta.with_name(self.meta.name + ".tmp")
        tmp.write_text(json.dumps(self.description, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, self.meta)


def _complete_length(fd: int, size: int, block: int = 1 << 16) -> int:
    """Length of the file up to and including its last newline (searching backwards in blocks)."""
    end = size
    while end > 0:
        start = max(0, end - block)
        chunk = os.pread(fd, end - start, start)
        cut = chunk.rfind(b"\n")
        if cut >= 0:
            return start + cut + 1
        end = start
    return 0


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory if str(directory) else ".", os.O_RDONLY)
    except OSError:  # pragma: no cover — not possible on every platform
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
