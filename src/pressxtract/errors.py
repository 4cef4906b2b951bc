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
