"""A document's tokens as plain Python lists, read once.

spaCy builds a ``Token`` object on every ``doc[i]`` and every iteration; the rule components look at
each token many times, so they read these lists instead. The table is cached in ``doc.user_data``:
call ``entities_changed`` after setting ``doc.ents``.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress

import numpy as np
from spacy.attrs import (
    ENT_IOB,
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.tokens import Doc

_ATTRS = [ORTH, SPACY, ENT_TYPE, ENT_IOB, SENT_START, IS_ALPHA, IS_LOWER, IS_PUNCT, IDX]
_IOB_BEGIN = 3  # spaCy's ENT_IOB code for "B"


YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d\.?$")  # a year as a token; "2012." ends a sentence
HYPHENS = {"-", "‐", "‑"}
ENDERS = {".", "!", "?", "…"}  # what ends a sentence
_LAST_CHARS = "".join(ENDERS)  # the last character of an ender or of a word ending in "."

# what a token's text is, as bits of ``TokenTable.kind``: one memo lookup per token gives them all
YEAR = 1  # a year (``YEAR_TOKEN``)
DIGIT = 2  # opens with a digit
MAY_END = 4  # may end a sentence: an ender, a word ending in "." or a line break
HYPHENATED = 8  # holds a hyphen: its last part ("Sieg" in "Le-Mans-Sieg") is not the whole text


class TextMemo(dict):
    """``compute(key)`` per key (a token's text, a string's hash), computed once and shared by every document of the
    process: ``memo[key]``, or ``map(memo.__getitem__, keys)`` over a document, costs a dict lookup once known."""

    LIMIT = 1 << 20  # keys kept; a longer run starts afresh

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def strings_of(doc: Doc) -> TextMemo:
    """The strings of ``doc``'s vocabulary by their hash (0, no entity: ""), a ``TextMemo`` built once per process:
    a hash always names the same string, and a dict lookup is far cheaper than ``StringStore``'s."""
    strings = doc.vocab.strings
    memo = _STRINGS.get(id(strings))
    if memo is None or memo.compute.__self__ is not strings:
        memo = _STRINGS[id(strings)] = TextMemo(strings.__getitem__)
    return memo


_STRINGS: dict[int, TextMemo] = {}


def _kind(text: str) -> int:
    """The bits of ``TokenTable.kind`` for a token's text."""
    return (YEAR if YEAR_TOKEN.match(text) else 0) | (DIGIT if text[:1].isdigit() else 0) \
        | (MAY_END if text and (text[-1] in _LAST_CHARS or "\n" in text) else 0) \
        | (0 if HYPHENS.isdisjoint(text) else HYPHENATED)


_KINDS = TextMemo(_kind)  # a token's text → its kind bits

# caches in ``doc.user_data`` computed from the entities (see ``cues`` and ``context``)
DERIVED = ("px_words", "px_ents", "px_may_state", "px_groups", "px_spans")


def second_year(text: str, first: int) -> bool:
    """Whether ``text`` after a year and a hyphen or slash names the next year in full or by its last two digits
    ("2019-2020", "2017-18", "2016/17"): one season over two years."""
    digits = text.rstrip(".")
    return digits.isdigit() and (int(digits) == first + 1 or (len(digits) == 2 and int(digits) == (first + 1) % 100))


def span_memo(doc: Doc) -> dict:
    """A per-document memo of what the rule components read from token ranges (clauses, placings,
    title cues), keyed by the caller; dropped when the entities change or the document is another. The last
    document's memo is at hand without its lookup."""
    global _last_memo
    last = _last_memo
    if last[0] is doc and last[1][0] == len(doc):
        return last[1][1]
    cached = doc.user_data.get("px_spans")
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data["px_spans"] = (len(doc), {})
    _last_memo = (doc, cached)
    return cached[1]


_last_memo: tuple = (None, None)  # ``span_memo``'s last document and its ``(length, memo)``


def remembered(span, name: str, compute, *args):
    """``compute(span, *args)`` once per document, token range and arguments (kept in ``span_memo``); a list
    comes back as a fresh copy each call, so callers may change it."""
    doc = span.doc
    last = _last_memo  # ``span_memo``, without a call in the common case
    memo = last[1][1] if last[0] is doc and last[1][0] == len(doc) else span_memo(doc)
    key = (name, span.start, span.end) + args
    value = memo.get(key, memo)  # the memo itself: not computed yet
    if value is memo:
        value = memo[key] = compute(span, *args)
    return value.copy() if value.__class__ is list else value


def remember(span, name: str, value) -> None:
    """Give ``remembered(span, name, compute)`` its value ahead of the first call: a value known where it was made."""
    span_memo(span.doc)[(name, span.start, span.end)] = value


def text_of(doc: Doc) -> str:
    """``doc.text``, read once (the text the pipeline's tokenizer kept): ``Doc.text`` joins every token on each
    access."""
    cached = doc.user_data.get("px_text")
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data["px_text"] = (len(doc), doc.text)
    return cached[1]


class TokenTable:
    """Per-token lists: ``text``, ``kind`` (what the text is: ``YEAR``, ``DIGIT``, ``MAY_END``, ``HYPHENATED`` bits),
    ``spaced`` (trailing whitespace), ``ent`` (entity label or ""), ``ent_begin`` (first token of an entity),
    ``sent_start``, ``alpha``, ``lower``, ``punct``, ``idx`` (character offset); and ``doc_text``, the document's
    text."""

    def __init__(self, doc: Doc):
        # the flags compared column by column in numpy: ``tolist`` gives Python bools at once
        rows = doc.to_array(_ATTRS).T if len(doc) else np.zeros((len(_ATTRS), 0), dtype="uint64")
        strings = strings_of(doc)
        orth, spacy_, ent_type, iob, sent_start, alpha, lower, punct, idx = rows
        self.text: list[str] = list(map(strings.__getitem__, orth.tolist()))
        self.kind: list[int] = list(map(_KINDS.__getitem__, self.text))
        self.spaced: list[bool] = (spacy_ != 0).tolist()
        self.ent: list[str] = list(map(strings.__getitem__, ent_type.tolist()))
        self.ent_begin: list[bool] = (iob == _IOB_BEGIN).tolist()
        self.sent_start: list[bool] = (sent_start == 1).tolist()
        self.alpha: list[bool] = (alpha != 0).tolist()
        self.lower: list[bool] = (lower != 0).tolist()
        self.punct: list[bool] = (punct != 0).tolist()
        self.idx: list[int] = idx.tolist()
        self.size = len(doc)
        self.doc_text: str = text_of(doc)
        self._sentence_starts: list[int] | None = None

    @staticmethod
    def of(doc: Doc) -> TokenTable:
        """The table of ``doc``, built once (a static method: a third cheaper to call than a class method, and
        called about a thousand times per document; the last document's table is at hand without its lookup)."""
        global _last_table
        last = _last_table
        if last[0] is doc and last[1].size == len(doc):
            return last[1]
        cached = doc.user_data.get("px_token_table")
        if cached is None or cached.size != len(doc):
            cached = doc.user_data["px_token_table"] = TokenTable(doc)
        _last_table = (doc, cached)
        return cached

    def entities_changed(self, doc: Doc) -> None:
        """Read the entities again after ``doc.ents`` was set, and drop what was derived from the old ones."""
        if len(doc):
            ent_type, iob = doc.to_array([ENT_TYPE, ENT_IOB]).T
            self.ent = list(map(strings_of(doc).__getitem__, ent_type.tolist()))
            self.ent_begin = (iob == _IOB_BEGIN).tolist()
        global _last_memo
        for key in DERIVED:
            doc.user_data.pop(key, None)
        _last_memo = (None, None)

    def sentences_set(self, starts: list[int]) -> None:
        """Take the sentence starts just written to the document: ``SENT_START`` 1 at ``starts``, -1 elsewhere."""
        sent_start = [False] * self.size
        for i in starts:
            sent_start[i] = True
        self.sent_start = sent_start
        self._sentence_starts = None

    def text_between(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``, as ``doc[start:end].text``: cut from the document's text (the
        whitespace a token keeps is one space; any other is a token of its own)."""
        if start >= end:
            return ""
        return self.doc_text[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]

    def word_before(self, k: int) -> str:
        """The word written before token ``k``, from the space before it on, spaces after it left out ("24-year-old",
        three tokens, before "from"; "long-time" before "leader")."""
        end = self.idx[k]
        return self.doc_text[max(0, end - 40) : end].rstrip().rpartition(" ")[2]

    def first_token(self, doc: Doc, start_char: int, end_char: int) -> int | None:
        """The first token of ``doc.char_span(start_char, end_char, alignment_mode="expand")``, or ``None`` where
        that is ``None``; found by bisection, without building the span and its tokens."""
        idx, texts = self.idx, self.text
        k = bisect.bisect_right(idx, start_char) - 1
        last = bisect.bisect_right(idx, end_char - 1) - 1
        if not (start_char < end_char and 0 <= k and last < self.size
                and start_char < idx[k] + len(texts[k]) + self.spaced[k]
                and end_char - 1 < idx[last] + len(texts[last]) + self.spaced[last]):
            span = doc.char_span(start_char, end_char, alignment_mode="expand")  # an edge: spaCy's own answer
            return span.start if span is not None else None
        # the whitespace after a token is no part of it
        return k + 1 if start_char == idx[k] + len(texts[k]) else k

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Token range of the sentence holding tokens ``[start, end)``."""
        if self._sentence_starts is None:
            self._sentence_starts = list(compress(range(self.size), self.sent_start))
        starts = self._sentence_starts
        end = max(end, start + 1)
        k = bisect.bisect_right(starts, start) - 1
        start = starts[k] if k >= 0 else 0
        k = bisect.bisect_left(starts, end)
        end = starts[k] if k < len(starts) else max(end, len(self.text))
        return start, end


_last_table: tuple[Doc | None, TokenTable | None] = (None, None)  # ``TokenTable.of``'s last document and its table
