"""records.py: Doc extensions become validated records; a bad draft is left out with a warning."""

import spacy

import pressxtract.components  # noqa: F401  (registers the Doc extensions)
from pressxtract.records import doc_to_records


def test_drafts_become_records_and_a_bad_one_is_left_out_with_a_warning():
    doc = spacy.blank("de")("Petit Le Mans in Road Atlanta.")
    doc._.px_events = [
        {"name": "Petit Le Mans", "venue": "Road Atlanta", "season": 2013, "evidence": [(0, 29)], "_place": object()},
        {"name": "Petit Le Mans", "date": "2013-None", "evidence": [(0, 29)]},
    ]
    records, warnings = doc_to_records(doc)
    [event] = records["events"]
    assert (event.name, event.season, event.evidence[0].end) == ("Petit Le Mans", 2013, 29)
    assert not hasattr(event, "_place")
    assert len(warnings) == 1 and "W003" in warnings[0] and "events" in warnings[0]
