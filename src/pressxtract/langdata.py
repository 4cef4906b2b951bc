"""Language knowledge as data: ``lang/<code>/*.yaml``, loaded lazily and cached.

A language is supported when its folder exists; components ask for a section by name
(``load("de")["quotes"]["cue_verbs"]``) and never name a language themselves.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .errors import Errors, LanguageDataError, UnsupportedLanguageError

_PACKAGE = "pressxtract.lang"


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Codes of the languages that have a data folder, in order; the folder is listed once per process
    (every document asks)."""
    root = resources.files(_PACKAGE)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


@lru_cache(maxsize=None)
def load(lang: str) -> dict[str, Any]:
    """All data files of one language, keyed by file stem.

    Raises:
        UnsupportedLanguageError: no folder for ``lang``.
        LanguageDataError: a file is not valid YAML or not a mapping.
    """
    if lang not in supported_languages():
        raise UnsupportedLanguageError(Errors.E004.format(lang=lang))
    folder = resources.files(_PACKAGE) / lang
    data: dict[str, Any] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith((".yaml", ".yml")):
            continue
        try:
            content = yaml.safe_load(entry.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise LanguageDataError(Errors.E007.format(path=entry, what=e)) from e
        if not isinstance(content, dict):
            raise LanguageDataError(Errors.E007.format(path=entry, what="top level is not a mapping"))
        data[entry.name.rsplit(".", 1)[0]] = content
    return data


def quote_marks(lang: str) -> str:
    """Every opening and closing quotation mark the language's ``quotes.marks`` lists."""
    marks = load(lang)["quotes"]["marks"]
    return "".join(sorted(set(marks) | {c for closers in marks.values() for c in closers}))


def title_endings(lang: str) -> tuple[str, ...]:
    """Title words and title endings, case-folded, for ``str.endswith`` ("Weltmeister", "DTM-Champion")."""
    results = load(lang)["results"]
    return tuple(w.casefold() for w in results["title_suffixes"] + results["title_words"])
