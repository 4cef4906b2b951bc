"""The one place a processed spaCy ``Doc`` becomes pydantic records (no spaCy object leaves here)."""

from __future__ import annotations

from spacy.tokens import Doc

from .schema import Entity, Event, Quote, Result, Span, Title

_TYPES = {"events": Event, "results": Result, "titles": Title, "quotes": Quote}


def doc_to_records(doc: Doc) -> dict[str, list]:
    """Records of every type plus entities, from the ``doc._.px_*`` extensions."""
    out: dict[str, list] = {}
    for field, model in _TYPES.items():
        drafts = getattr(doc._, f"px_{field}") or []
        out[field] = [_record(model, draft) for draft in drafts]
    out["entities"] = [
        Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char, kb_id=e.kb_id_ or None)
        for e in doc.ents
    ]
    return out


def _record(model, draft: dict):
    values = {k: v for k, v in draft.items() if not k.startswith("_")}  # "_…": a component's working notes
    values["evidence"] = [Span(start=s, end=e) for s, e in values.get("evidence") or []]
    return model.model_validate(values)
