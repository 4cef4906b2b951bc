"""Offline language identification (py3langid) on the start of a document."""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _identifier():
    import py3langid

    return py3langid


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or ``None`` for text with no letters."""
    sample = text[:_SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return None
    lang, _ = _identifier().classify(sample)
    return lang
