"""``px_sentences``: sentence boundaries that survive abbreviations, ordinals and quotations."""

from __future__ import annotations

from itertools import compress

import numpy
from spacy.attrs import IS_QUOTE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..langdata import load
from ..tokens import ENDERS, MAY_END, TokenTable
from .entities import first_names

_LIST_OPENERS = {":", ",", ";"}  # what may stand before a list's number


@Language.factory("px_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp.lang)


class SentenceSplitter:
    """Splits at line breaks and at ., !, ? followed by a capitalised word, outside quotations.

    A period after a number ("19. Oktober", "2. Platz", a list's "1. Name"), an initial before a name ("D. Vanthoor") or
    a listed abbreviation is no boundary;
    a quotation keeps its sentences inside the sentence that frames it only when it is short.
    """

    def __init__(self, lang: str):
        data = load(lang)
        self.abbreviations = set(data["text"]["abbreviations"])
        self.numbered_nouns = set(data["text"]["numbered_nouns"])
        self.first_names = first_names()
        marks = data["quotes"]["marks"]
        self.closers = {c for closers in marks.values() for c in closers}
        self.openers = set(marks) | {"("}  # a sentence may open with a quotation or a parenthesis
        # a mark that only closes may stand after a space ("… place. »" in French typography)
        self.only_closers = self.closers - set(marks)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        starts = [0]
        table = TokenTable.of(doc)  # the later components read it too
        texts, spaced, punct = table.text, table.spaced, table.punct
        space, quote = doc.to_array([IS_SPACE, IS_QUOTE]).T.tolist()
        # the tokens that may end a sentence (most tokens: none)
        for i in compress(range(n - 1), map(MAY_END.__and__, table.kind)):
            text = texts[i]
            if space[i] or space[i + 1]:
                if "\n" in text:
                    starts.append(i + 1)
                continue
            if text not in ENDERS and not (text in self.abbreviations or text.endswith(".")):
                continue
            if text in self.abbreviations:
                continue
            if text == "." and i and len(texts[i - 1]) <= 2 and texts[i - 1].isdigit() \
                    and (i == 1 or texts[i - 2] in _LIST_OPENERS or space[i - 2]):
                continue  # a list's number ("Drivers: 1. Kalle Rovanperä …, 2. Ott Tänak …")
            if text.endswith(".") and len(text) > 1 and text[:-1].isascii() and text[:-1].isdigit():
                # "19. Oktober", "2. Platz" are ordinals; a year or "Platz 2." ends the sentence
                is_year = len(text) == 5
                after_noun = i > 0 and texts[i - 1] in self.numbered_nouns
                if not (is_year or after_noun):
                    continue
            if not spaced[i] and texts[i + 1][:1].isalnum():
                continue  # a period inside a name ("Cadillac V-Series.R")
            if len(text) == 2 and text[0].isupper() and text[1] == "." and texts[i + 1][:1].isupper() \
                    and texts[i + 1] not in self.first_names and not doc[i + 1].is_stop \
                    and not (i > 0 and texts[i - 1] in self.numbered_nouns):
                # an initial before a surname ("2. D. Vanthoor/Weerts"), not "Formula E. Edoardo Mortara …" nor
                # "Formula E. His team-mate …" (a stop word of the language opens the next sentence) nor "Formule E.
                # Prochain rendez-vous …" (a letter after a numbered noun)
                continue
            j = i + 1
            # a closing quotation mark right after the ender belongs to this sentence
            while j < n and texts[j] in self.closers and (not spaced[j - 1] or texts[j] in self.only_closers):
                j += 1
            if j >= n:
                break
            if j > i + 1 and punct[j] and texts[j] in {",", ";"}:
                continue
            first = texts[j]
            if first == "(" and j + 1 < n and texts[j + 1][:1].isdigit():
                continue  # a parenthesis with a digit after a name's suffix opens no sentence ("Piquet Jr. (2015)")
            if first[:1].isupper() or first[:1].isdigit() or quote[j] or first in self.openers:
                starts.append(j)
        # one array write: setting ``token.is_sent_start`` token by token rescans the document each time
        values = numpy.full(n, -1, dtype="int64")
        values[starts] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(n, 1))
        table.sentences_set(starts)
        return doc
