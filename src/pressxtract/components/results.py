"""``px_results``: placeholder until the results extractor lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("px_results"):
    Doc.set_extension("px_results", default=None)


@Language.factory("px_results", assigns=["doc._.px_results"])
def make_results(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.px_results = []
        return doc

    return component
