"""``px_events``: placeholder until the events extractor lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("px_events"):
    Doc.set_extension("px_events", default=None)


@Language.factory("px_events", assigns=["doc._.px_events"])
def make_events(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.px_events = []
        return doc

    return component
