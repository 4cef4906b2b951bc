"""Text → records: language choice, the spaCy pipeline, error lines for documents that fail."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DocumentError, Errors, PressxtractError, UnsupportedLanguageError
from .io import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_PUNCT_RUN,
    Source,
    check_text,
    read_source,
)
from .langdata import supported_languages
from .langdetect import detect_language
from .schema import DocError, Document


@dataclass(frozen=True)
class ExtractOptions:
    """What a run may change: a forced language, extra KB files, the size limits."""

    lang: str | None = None
    kb_paths: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_punct_run: int = DEFAULT_MAX_PUNCT_RUN


def extract_text(text: str, *, doc_id: str = "doc", path: str | None = None,
                 options: ExtractOptions = ExtractOptions(), warnings: list[str] | None = None) -> Document:
    """Every record pressxtract finds in ``text``.

    Raises:
        UnsupportedLanguageError: the text's language has no language pack.
        LimitError: the text is over ``options.max_chars`` or ``options.max_punct_run``.
    """
    from .pipeline import get_pipeline
    from .records import doc_to_records

    warnings = list(warnings or [])
    if not text.strip():
        warnings.append(Errors.W002)
        return Document(doc_id=doc_id, path=path, lang=options.lang, warnings=warnings)
    check_text(text, max_chars=options.max_chars, max_punct_run=options.max_punct_run)
    lang = options.lang or detect_language(text)
    if lang not in supported_languages():
        raise UnsupportedLanguageError(Errors.E004.format(lang=lang))
    nlp = get_pipeline(lang, options.kb_paths)
    doc = nlp(text)
    records, problems = doc_to_records(doc)
    # the components' caches in ``user_data`` hold spans of the doc: a cycle that only the garbage collector
    # would free, after traversing every document made since its last run; dropped here, the doc goes at once
    doc.user_data.clear()
    return Document(doc_id=doc_id, path=path, lang=lang, warnings=warnings + problems, **records)


def prepare(options: ExtractOptions = ExtractOptions()) -> None:
    """Build what every document needs once, in this process: the language identifier and the pipeline
    of each language a run can meet (the forced one, else all). Worker processes forked afterwards
    inherit them instead of each building its own. A pipeline that fails to build is left to fail
    again, per document, where the document is extracted."""
    from .pipeline import get_pipeline

    if options.lang is None:
        detect_language("Warm-up")  # loads the identifier's model
    for lang in [options.lang] if options.lang else sorted(supported_languages()):
        if lang in supported_languages():
            try:
                get_pipeline(lang, options.kb_paths)
            except Exception:  # noqa: BLE001, S112 — reported on each document instead
                continue


def extract_source(source: Source, options: ExtractOptions = ExtractOptions()) -> Document:
    """One document line for one file; any failure becomes the line's ``error``, never an exception."""
    path = str(source.path)
    try:
        text, warnings = read_source(source, max_bytes=options.max_bytes)
        return extract_text(text, doc_id=source.doc_id, path=path, options=options, warnings=warnings)
    except DocumentError as e:
        return Document(doc_id=source.doc_id, path=path, error=DocError(kind=e.kind, message=str(e)))
    except PressxtractError as e:
        return Document(doc_id=source.doc_id, path=path, error=DocError(kind=e.kind, message=str(e)))
    except Exception as e:  # noqa: BLE001 — a bug on one document must not end the batch
        return Document(doc_id=source.doc_id, path=path,
                        error=DocError(kind="internal", message=f"{type(e).__name__}: {e}"))
