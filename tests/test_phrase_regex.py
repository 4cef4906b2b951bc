"""The phrase patterns of ``phrasetree`` (a tree of shared beginnings) match as the phrases sorted longest first do."""

import random
import re

import pytest

from pressxtract.langdata import load, supported_languages
from pressxtract.phrasetree import alternation, phrase_regex

from .conftest import CORPUS


def _sorted_alternation(phrases):
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _same(found, expected, text):
    for start in range(len(text) + 1):
        assert [m.span() for m in found.finditer(text, start)] == [m.span() for m in expected.finditer(text, start)]
    assert found.sub("", text) == expected.sub("", text)


def test_random_phrases_match_as_sorted_alternatives():
    rng = random.Random(7)
    alphabet = "ab -.\n'é"
    for trial in range(400):
        phrases = list({"".join(rng.choice(alphabet) for _ in range(rng.randrange(0 if trial % 20 == 0 else 1, 5)))
                        for _ in range(rng.randrange(1, 6))})
        bounded = re.compile(rf"(?<!\w)(?:{_sorted_alternation(phrases)})(?!\w)")
        plain = re.compile(_sorted_alternation(phrases))
        for _ in range(5):
            text = "".join(rng.choice(alphabet + "cX_1") for _ in range(rng.randrange(0, 25)))
            _same(phrase_regex(phrases), bounded, text)
            _same(re.compile(alternation(phrases) + ("|" if "" in phrases else "")), plain, text)


@pytest.mark.parametrize("lang", supported_languages())
def test_language_phrases_match_as_sorted_alternatives(lang):
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / lang).glob("*.txt"))[:5]]
    for key, phrases in load(lang)["results"].items():
        if isinstance(phrases, list) and phrases and all(isinstance(p, str) for p in phrases):
            expected = re.compile(rf"(?<!\w)(?:{_sorted_alternation(phrases)})(?!\w)")
            found = phrase_regex(phrases)
            for text in texts:
                assert [m.span() for m in found.finditer(text)] == [m.span() for m in expected.finditer(text)], key
