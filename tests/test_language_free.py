"""No component knows a language: no language code used as a value, no word that belongs in ``lang/<code>/``.

STYLE.md: "Adding a language means adding a lang/<code>/ folder and test parameters, not editing extractors."
The scan reads the components' source (``components/*.py``, ``cues.py``, ``context.py``, ``roles.py``) with
``ast`` and looks at every string literal that is not a docstring, a dictionary subscript (``data["cue_verbs"]``),
a keyword argument or an argument of a lookup call (``.get("month")``, ``load(...)``, ``set_extension(...)``).
A word found there that is also a word of any language's data files is a hard-coded language word — unless it
is vocabulary of the record contract (schema field names and enum values: "race", "driver", "podium") or of
the knowledge-base format ("venue", "place").
"""

from __future__ import annotations

import ast
import json
import re
import typing
from pathlib import Path

import pytest

from pressxtract import schema
from pressxtract.langdata import load, supported_languages

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pressxtract"
KB_DIR = Path(__file__).resolve().parents[1] / "models" / "kb"
SOURCES = sorted(PACKAGE.glob("components/*.py")) + [PACKAGE / "cues.py", PACKAGE / "context.py", PACKAGE / "roles.py"]
IDS = [str(p.relative_to(PACKAGE)) for p in SOURCES]

# ISO 639-1 codes a component might test for; the supported ones are added below
LANGUAGE_CODES = {"de", "en", "fr", "it", "es", "nl", "pt"}
LOOKUP_CALLS = {"get", "set_extension", "has_extension", "factory", "replace", "load", "group", "span", "groupdict"}
DATE_PARTS = {"year", "month", "day"}  # regex group names and date dict keys
_WORD = re.compile(r"[^\W\d_]{2,}")


def _strings(value) -> typing.Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def _data_words() -> set[str]:
    words: set[str] = set()
    for lang in supported_languages():
        for content in load(lang).values():
            for text in _strings(content):
                words.update(_WORD.findall(text))
    return words


def _contract_words() -> set[str]:
    allowed = set(DATE_PARTS)
    models = (schema.Event, schema.Result, schema.Title, schema.Quote, schema.Entity, schema.Document)

    def literals(annotation) -> None:
        for arg in typing.get_args(annotation):
            if isinstance(arg, str):
                allowed.add(arg)
            else:
                literals(arg)

    for model in models:
        for name, field in model.model_fields.items():
            allowed.update({name, field.alias} - {None})
            literals(field.annotation)
    for path in KB_DIR.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                allowed.update(json.loads(line))
    return allowed


def _literals(source: str) -> typing.Iterator[tuple[int, str]]:
    """String literals of ``source`` that could hold language words, with their line numbers."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body \
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skipped.add(id(body[0].value))  # docstring
        if isinstance(node, ast.Subscript):
            skipped.update(id(n) for n in ast.walk(node.slice))
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in LOOKUP_CALLS:
                skipped.update(id(n) for arg in node.args for n in ast.walk(arg))
            skipped.update(id(n) for kw in node.keywords for n in ast.walk(kw.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            yield node.lineno, node.value


@pytest.fixture(scope="module")
def data_words() -> set[str]:
    return _data_words() - _contract_words()


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_no_language_code_is_used_as_a_value(path):
    source = path.read_text(encoding="utf-8")
    codes = LANGUAGE_CODES | set(supported_languages())
    found = [(line, value) for line, value in _literals(source) if value in codes]
    assert not found, f"{path.name}: language codes as values {found}"
    assert not re.search(r"\blang_?\s*[!=]=|[!=]=\s*\w*\.?lang_?\b", source), f"{path.name} compares a language"


@pytest.mark.parametrize("path", SOURCES, ids=IDS)
def test_no_word_of_a_language_is_written_in_a_component(path, data_words):
    found = []
    for line, value in _literals(path.read_text(encoding="utf-8")):
        if re.search(r"[_.{}/]", value) and "\\" not in value:
            continue  # identifiers, file names, format strings
        hits = sorted({w for w in _WORD.findall(value) if w in data_words})
        if hits:
            found.append((line, value, hits))
    assert not found, f"{path.name}: words that belong in lang/<code>/ data: {found}"


def test_the_scan_sees_german_cue_verbs(data_words):
    """The scan is not vacuous: every German speech verb counts as a data word."""
    assert set(load("de")["quotes"]["cue_verbs"]) <= data_words
    source = 'CUES = {"sagte", "said"}\n'
    assert [v for _, v in _literals(source) if _WORD.findall(v)[0] in data_words] == ["sagte", "said"]
