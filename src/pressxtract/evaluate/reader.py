"""Reading gold and prediction JSONL files into validated documents."""

from __future__ import annotations

import json
from pathlib import Path

import jsonlines

from pydantic import ValidationError

from ..errors import Errors, InputFormatError, UsageError
from ..schema import Document


def _describe(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in e['loc']) or 'line'}: {e['msg']}" for e in error.errors()
    )


def _bad_line(path: Path, line: int, what: str) -> InputFormatError:
    return InputFormatError(Errors.E003.format(path=path, line=line, what=what))


def read_documents(path: str | Path) -> dict[str, Document]:
    """Read a JSONL file, one document per line, keyed by ``doc_id`` in file order.

    Blank lines are skipped; a UTF-8 BOM is dropped.

    Raises:
        UsageError: the file does not exist or cannot be read.
        InputFormatError: a line is not valid UTF-8 or JSON, does not validate as a
            ``Document``, or repeats a ``doc_id``; the message names ``file:line``.
    """
    path = Path(path)
    if not path.exists():
        raise UsageError(Errors.E001.format(path=path))
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UsageError(Errors.E009.format(path=path, reason=e.strerror or e)) from e
    data = data.removeprefix(b"\xef\xbb\xbf")

    documents: dict[str, Document] = {}
    first_seen: dict[str, int] = {}
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = jsonlines.Reader([raw]).read()
        except jsonlines.InvalidLineError as e:
            cause = e.__cause__
            if isinstance(cause, UnicodeDecodeError):
                what = f"not valid UTF-8 ({cause.reason})"
            elif isinstance(cause, json.JSONDecodeError):
                what = f"invalid JSON: {cause.msg} (column {cause.colno})"
            else:
                what = str(e)
            raise _bad_line(path, number, what) from e
        if not isinstance(obj, dict):
            raise _bad_line(path, number, f"expected a JSON object, got {type(obj).__name__}")
        try:
            document = Document.model_validate(obj)
        except ValidationError as e:
            raise _bad_line(path, number, _describe(e)) from e
        if document.doc_id in documents:
            first = first_seen[document.doc_id]
            raise _bad_line(
                path, number, f"duplicate doc_id {document.doc_id!r} (first on line {first})"
            )
        documents[document.doc_id] = document
        first_seen[document.doc_id] = number
    return documents
