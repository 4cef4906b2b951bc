"""The one place a processed spaCy ``Doc`` becomes pydantic records (no spaCy object leaves here)."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError
from spacy.tokens import Doc

from .context import ents_within, span_text
from .errors import Errors
from .schema import Event, Quote, Result, Title

_TYPES = {"events": Event, "results": Result, "titles": Title, "quotes": Quote}
_LISTS = {field: TypeAdapter(list[model]) for field, model in _TYPES.items()}  # a whole list in one call


def doc_to_records(doc: Doc) -> tuple[dict[str, list], list[str]]:
    """Records of every type plus entities (as dicts, for ``Document`` to validate), from the ``doc._.px_*``
    extensions, and warnings.

    A draft that does not validate is left out with a warning that names it: one bad record
    must not cost the document its other records.
    """
    out: dict[str, list] = {}
    warnings: list[str] = []
    for field, model in _TYPES.items():
        drafts = [_values(draft) for draft in getattr(doc._, f"px_{field}") or []]
        try:
            out[field] = _LISTS[field].validate_python(drafts)
        except ValidationError:  # one at a time, to leave out the bad ones
            out[field] = []
            for values in drafts:
                try:
                    out[field].append(model.model_validate(values))
                except ValidationError as e:
                    warnings.append(Errors.W003.format(type=field, what=e.errors()[0]["msg"]))
    # plain dicts, validated as ``Entity`` in the one call that builds the ``Document``; the components' cached
    # list: ``doc.ents`` builds every span anew
    out["entities"] = [{"text": span_text(e), "label": e.label_, "start": e.start_char, "end": e.end_char,
                        "kb_id": e.kb_id_ or None} for e in ents_within(doc, 0, len(doc))]
    return out, warnings


def _values(draft: dict) -> dict:
    """A draft's fields for its record model."""
    values = {k: v for k, v in draft.items() if not k.startswith("_")}  # "_…": a component's working notes
    # plain dicts: pydantic builds the spans itself, and a bad span is still the first error (evidence comes first)
    values["evidence"] = [{"start": s, "end": e} for s, e in values.get("evidence") or []]
    return values
