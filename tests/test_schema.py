import json

import pytest
from pydantic import ValidationError

from pressxtract.schema import Document, Event, Quote, Result, Span, Title, json_schema, to_json_dict


def test_seed_gold_round_trips(seed_gold):
    document = Document.model_validate(seed_gold)
    again = to_json_dict(document)
    for field in ("events", "results", "titles", "quotes"):
        assert [{k: r[k] for k in g} for g, r in zip(seed_gold[field], again[field])] == seed_gold[field]
    assert again["results"][0]["class"] == "GT"


@pytest.mark.parametrize(
    "model, values, field",
    [
        (Result, {"kind": "sprint", "drivers": []}, "kind"),
        (Result, {"kind": "race", "status": "won"}, "status"),
        (Result, {"kind": "race", "position": 0}, "position"),
        (Result, {"kind": "championship", "category": "crew"}, "category"),
        (Title, {"category": "nation"}, "category"),
        (Quote, {"text": "Super", "kind": "said"}, "kind"),
        (Event, {"name": "Petit Le Mans", "date": "19.10.2013"}, "date"),
        (Event, {"name": "Petit Le Mans", "season": "last year"}, "season"),
    ],
    ids=["result-kind", "result-status", "position-zero", "result-category", "title-category", "quote-kind",
         "event-date-format", "event-season-type"],
)
def test_bad_values_are_rejected_naming_the_field(model, values, field):
    with pytest.raises(ValidationError) as info:
        model.model_validate(values)
    assert field in str(info.value)


def test_event_needs_name_or_venue():
    with pytest.raises(ValidationError, match="name/venue"):
        Event.model_validate({"series": "DTM", "season": 2012})


def test_span_end_before_start_is_rejected():
    with pytest.raises(ValidationError, match="before start"):
        Span(start=5, end=2)


def test_extra_fields_are_kept():
    document = Document.model_validate({"doc_id": "x", "source_url": "http://example.org"})
    assert to_json_dict(document)["source_url"] == "http://example.org"


def test_json_schema_describes_a_document_line():
    schema = json.loads(json_schema())
    assert set(schema["required"]) == {"doc_id"}
    assert {"events", "results", "titles", "quotes", "entities", "warnings", "error"} <= set(schema["properties"])
    assert "class" in schema["$defs"]["Result"]["properties"]
