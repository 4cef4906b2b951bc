"""One exception root with coded messages, after spaCy's ``errors.py``."""

from __future__ import annotations


class PressxtractError(Exception):
    """Root of every error pressxtract raises on purpose."""

    kind = "error"


class UsageError(PressxtractError):
    """A command was called wrongly: missing path, unwritable output, bad option."""

    kind = "usage"


class InputFormatError(PressxtractError):
    """A JSONL or data file is malformed; the message names ``file:line``."""

    kind = "input_format"


class DocumentError(PressxtractError):
    """A document could not be processed; it becomes an error line, never a crashed batch."""

    kind = "document"


class DecodeError(DocumentError):
    kind = "decode"


class UnsupportedLanguageError(DocumentError):
    kind = "unsupported_language"


class LanguageDataError(PressxtractError):
    """A language data file or knowledge-base file is invalid."""

    kind = "language_data"


class Errors:
    """Coded message templates; format with keyword arguments."""

    E001 = "[E001] Path does not exist: {path}"
    E002 = "[E002] Cannot write output {path}: {reason}"
    E003 = "[E003] {path}:{line}: {what}"
    E004 = "[E004] Unsupported language: {lang}"
    E005 = "[E005] File is not text (NUL bytes found): {path}"
    E006 = "[E006] File is larger than --max-bytes ({size} > {limit}): {path}"
    E007 = "[E007] Invalid language data in {path}: {what}"
    E008 = "[E008] Invalid knowledge-base entry in {path}:{line}: {what}"
    E009 = "[E009] Cannot read {path}: {reason}"
    W001 = "[W001] Not valid UTF-8, decoded as cp1252"
    W002 = "[W002] Document is empty"
    W003 = "[W003] A {type} record was left out: {what}"
    # Batch runs, inputs and engines (io.py, batch.py, engines/).
    E020 = "[E020] Document is longer than --max-chars ({length} > {limit} characters)"
    E021 = ("[E021] Document holds {length} punctuation or symbol characters in a row at offset {start} "
            "(more than --max-punct-run {limit}); tokenizing such a run takes time quadratic in its length")
    E022 = "[E022] Not a regular file: {path}"
    E023 = "[E023] Cannot resume into {path}: {reason}; run again without --resume to start over"
    E024 = "[E024] Another run is writing {path} (its partial file {partial} is locked)"
    E025 = "[E025] --engine dask needs dask.distributed, which is not installed: pip install 'pressxtract[dask]'"
    E026 = "[E026] Cannot connect to the Dask scheduler at {address}: {reason}"
    E027 = "[E027] The {engine} engine failed: {reason}"
    E028 = "[E028] A worker process died while extracting this document ({reason})"
    E029 = "[E029] Invalid option {option}: {what}"


class LimitError(DecodeError):
    """A document was refused before extraction: over one of the run's limits (bytes, characters, runs)."""

    kind = "limit"


class WorkerCrashError(DocumentError):
    """The process extracting a document died (a crash, or killed for memory); the document gets an error line."""

    kind = "crash"


class EngineError(PressxtractError):
    """An execution engine (process pool, Dask cluster) failed as a whole; lines written so far are kept."""

    kind = "engine"
