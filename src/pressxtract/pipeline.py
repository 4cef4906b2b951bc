"""Builds the spaCy ``Language`` for one language: tokenizer, components, knowledge base."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from . import components  # noqa: F401  (registers the factories)
from .langdata import load
from .lazyregex import deferred_compile
from .phrasetree import alternation

COMPONENTS = (
    "px_sentences",
    "px_entities",
    "px_temporal",
    "px_quotes",
    "px_results",
    "px_titles",
    "px_events",
)
# components that read the knowledge base: they all get the user's extra files (``--kb``)
KB_COMPONENTS = ("px_entities", "px_quotes", "px_results", "px_titles", "px_events")
CACHED_CHUNKS = 100_000  # chunks the tokenizer keeps split, a few MB (spaCy's default: 10,000)


def build_pipeline(lang: str, *, kb_paths: tuple[str, ...] = ()) -> Language:
    """A blank spaCy pipeline for ``lang`` with pressxtract's components.

    Args:
        lang: ISO 639-1 code of a language with a ``lang/<code>`` folder.
        kb_paths: extra knowledge-base files or folders (``--kb``).
    """
    with deferred_compile():  # the French tokenizer's huge token pattern would take seconds to compile
        nlp = spacy.blank(lang)
    # emoticon exceptions (":)", "):") would glue a closing parenthesis to a colon
    # … and surnames that look like abbreviations ("Abt.") would swallow the full stop that ends a sentence
    text = load(lang)["text"]
    names = set(text.get("not_abbreviations", ()))
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if (len(k) == 1 or any(c.isalnum() for c in k)) and k not in names}
    if text.get("split_hyphens"):
        infixes = list(nlp.Defaults.infixes) + [r"(?<=[\w.])[-‐‑](?=[\w])"]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # abbreviations ("No." in "No. 99") and listed hyphenated words ("runner-up") stay one token
    for word in [*text.get("abbreviations", ()), *text.get("special_tokens", ())]:
        if word not in nlp.tokenizer.rules and not any(c.isspace() for c in word):
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for name in COMPONENTS:
        config = {"kb_paths": list(kb_paths)} if name in KB_COMPONENTS else {}
        nlp.add_pipe(name, config=config)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


class TextKeepingTokenizer:
    """The language's tokenizer; each doc it makes also keeps its text for ``tokens.text_of``, so that
    ``Doc.text`` (every token joined anew) is never needed: spaCy's tokens give back the text exactly.

    spaCy 3.8 caches how it split a chunk (a run of text between spaces) only until a special case ("No.")
    matched in the document, and keeps 10,000 chunks at most: many chunks were split anew in every document.
    Each chunk not met before is split once on its own first, where it is cached; a chunk is split the same
    wherever it stands, so the tokens are the same. The new chunks that hold no special case are split together, in
    one document: only a special case ends the caching."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, CACHED_CHUNKS)
        self.chunks_met: set[str] = set()
        # a special case matches a chunk or a part of it: a chunk holding none of them cannot match one
        self.special = re.compile(alternation(sorted(tokenizer.rules))) if tokenizer.rules else None

    def __call__(self, text: str):
        if len(self.chunks_met) < CACHED_CHUNKS and not self.chunks_met.issuperset(chunks := text.split()):
            new = set(chunks) - self.chunks_met
            plain = []
            for chunk in new:
                if self.special is None or self.special.search(chunk) is None:
                    plain.append(chunk)
                else:
                    self.tokenizer(chunk)  # cached, unless a special case splits it
            if plain:
                self.tokenizer(" ".join(plain))  # each cached
            self.chunks_met |= new
        doc = self.tokenizer(text)
        doc.user_data["px_text"] = (len(doc), text)
        return doc

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not yet set (an unpickled copy)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=8)
def get_pipeline(lang: str, kb_paths: tuple[str, ...] = ()) -> Language:
    """``build_pipeline`` once per process and language."""
    return build_pipeline(lang, kb_paths=kb_paths)
