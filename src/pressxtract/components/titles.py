"""``px_titles``: placeholder until the titles extractor lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("px_titles"):
    Doc.set_extension("px_titles", default=None)


@Language.factory("px_titles", assigns=["doc._.px_titles"])
def make_titles(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.px_titles = []
        return doc

    return component
