"""Huge alternations compiled one alternative at a time, when a string may match it.

spaCy's French tokenizer module compiles one pattern of 266 alternatives, each spelling out every
letter of the alphabets it knows, when it is imported: seconds per process. ``AlternativesPattern``
matches as that pattern does. A cheap copy of it, in which every long character class accepts any
character, turns away the strings that cannot match; an alternative itself is compiled only when
its cheap copy accepts a string, and the alternatives are tried in their order, as the regex
engine tries them.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

_compile = re.compile  # the real one, also while ``deferred_compile`` is active
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsu]+\)")
_LONG_CLASS = 200  # characters in a class body beyond which the cheap copy accepts any character
_UNMATCHED_LIMIT = 100_000  # strings kept as not matching; a longer run starts afresh


class AlternativesPattern:
    """``re.compile(pattern, flags)`` for ``match``; any other use compiles the whole pattern. ``match`` keeps the
    strings that do not match (nearly all): a tokenizer asks again for the same words and their parts."""

    def __init__(self, pattern: str, flags: int, alternatives: list[str], cheap: list[str], prefix: str):
        self.pattern, self.flags = pattern, flags
        self._prefix = prefix
        self._alternatives = alternatives
        self._compiled: dict[int, re.Pattern] = {}
        self._cheap_each = [_compile(prefix + c, flags) for c in cheap]
        self._cheap = _compile(prefix + "|".join(cheap), flags)
        self._whole: re.Pattern | None = None
        self._unmatched: set[str] = set()

    @classmethod
    def of(cls, pattern: str, flags: int = 0) -> AlternativesPattern | None:
        """The pattern split at its top-level ``|``, or ``None`` if it has no alternatives or uses groups
        across them (back-references, verbose mode, comments)."""
        head = _GLOBAL_FLAGS.match(pattern)
        prefix = head.group(0) if head else ""
        if flags & re.VERBOSE or "(?#" in pattern or re.search(r"\\[1-9]|\(\?P=", pattern):
            return None
        split = _split(pattern[len(prefix):])
        if split is None or len(split[0]) < 2:
            return None
        return cls(pattern, flags, *split, prefix)

    def match(self, string: str, *args) -> re.Match | None:
        if args:
            return self._full().match(string, *args)
        if string in self._unmatched:
            return None
        found = self._match(string)
        if found is None:
            if len(self._unmatched) >= _UNMATCHED_LIMIT:
                self._unmatched.clear()
            self._unmatched.add(string)
        return found

    def _match(self, string: str) -> re.Match | None:
        if self._cheap.match(string) is None:
            return None
        for i, cheap in enumerate(self._cheap_each):
            if cheap.match(string) is not None:
                found = self._alternative(i).match(string)
                if found is not None:
                    return found
        return None

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._full(), name)

    def _alternative(self, i: int) -> re.Pattern:
        if i not in self._compiled:
            self._compiled[i] = _compile(self._prefix + self._alternatives[i], self.flags)
        return self._compiled[i]

    def _full(self) -> re.Pattern:
        if self._whole is None:
            self._whole = _compile(self.pattern, self.flags)
        return self._whole


# the pieces of a pattern that decide its structure: an escape, a class, a parenthesis, a bar, other text
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+", re.DOTALL)


def _split(body: str) -> tuple[list[str], list[str]] | None:
    """Top-level alternatives of ``body`` and their cheap copies (long classes → ``[\\s\\S]``)."""
    alternatives, cheap = [], []
    part: list[str] = []  # the cheap copy of the current alternative
    depth, start, end = 0, 0, 0
    for piece in _PIECE.finditer(body):
        if piece.start() != end:  # a piece the scanner does not know (an unclosed class)
            return None
        text, end = piece.group(), piece.end()
        if text == "|" and depth == 0:
            alternatives.append(body[start : piece.start()])
            cheap.append("".join(part))
            part, start = [], end
            continue
        depth += (text == "(") - (text == ")")
        long_class = text[0] == "[" and len(text) > _LONG_CLASS
        part.append(r"[\s\S]" if long_class else text)
    if depth or end != len(body):
        return None
    alternatives.append(body[start:])
    cheap.append("".join(part))
    return alternatives, cheap


@contextmanager
def deferred_compile(min_length: int = 100_000):
    """While active, ``re.compile`` of a pattern of ``min_length`` characters or more made of
    top-level alternatives gives an ``AlternativesPattern`` (for the import of a spaCy language)."""
    def compile_lazily(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) >= min_length:
            lazy = AlternativesPattern.of(pattern, int(flags))
            if lazy is not None:
                return lazy
        return _compile(pattern, flags)

    re.compile = compile_lazily
    try:
        yield
    finally:
        re.compile = _compile
