"""``AlternativesPattern`` matches as the compiled pattern does, with the French tokenizer's pattern too."""

import re

import pytest

from pressxtract.lazyregex import AlternativesPattern, deferred_compile
from pressxtract.pipeline import get_pipeline

from .conftest import CORPUS


@pytest.mark.parametrize("pattern, strings", [
    (r"a|b(c|d)|[|]x|\|y", ["a", "bc", "bd", "|x", "|y", "b", "x", "ab"]),
    (r"(?i)[]a]+$|[^]b]z|q\\", ["]A", "a]", "cz", "bz", "]z", "q\\", "Q\\"]),
    ("(?iu)^[" + "a-zäöü" * 50 + "]+-x$|^y[" + "b-d" * 100 + "]$", ["ab-x", "ÄB-X", "a-", "yc", "ye", "-x"]),
])
def test_same_matches_as_re(pattern, strings):
    lazy, whole = AlternativesPattern.of(pattern), re.compile(pattern)
    for s in strings:
        expected, found = whole.match(s), lazy.match(s)
        assert (found and found.group()) == (expected and expected.group()), s


def test_unsplittable_patterns_are_compiled_as_usual():
    assert AlternativesPattern.of("abc") is None
    assert AlternativesPattern.of(r"(a)|\1") is None
    assert AlternativesPattern.of("[a|b") is None
    with deferred_compile(min_length=3):
        assert isinstance(re.compile("abc"), re.Pattern)
        assert isinstance(re.compile("a|bc"), AlternativesPattern)
    assert isinstance(re.compile("a|bcd"), re.Pattern)


def test_french_token_pattern():
    token_match = get_pipeline("fr").tokenizer.token_match
    assert isinstance(token_match.__self__, AlternativesPattern)
    whole = re.compile(token_match.__self__.pattern)
    words = {w.strip(".,;:!?()«»\"") for p in CORPUS.glob("*/*.txt") for w in p.read_text(encoding="utf-8").split()}
    words |= {"l'homme", "entr'abat", "saut-de-ski", "pet-en-l'air", "Anti-Inflammatoire", "états-unis",
              "droits-de-l'homme", "New-York", "a-sexualisé", "grands-z'yeux", "ch'tiis", "porte-clés", "-"}
    words |= {w.upper() for w in words} | {w.lower() for w in words}
    assert words
    for w in words:
        assert bool(token_match(w)) == bool(whole.match(w)), w
