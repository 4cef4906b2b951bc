"""Reading JSONL: valid files load in order; malformed lines raise errors naming file:line."""

from __future__ import annotations

import pytest

from pressxtract.errors import InputFormatError, UsageError
from pressxtract.evaluate import evaluate
from pressxtract.evaluate.reader import read_documents

GOOD = '{"doc_id": "a", "events": [{"venue": "Sebring"}]}'


def write(tmp_path, text: str, name: str = "gold.jsonl"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


class TestReader:
    def test_reads_documents_in_order(self, tmp_path):
        path = write(tmp_path, "\ufeff" + GOOD + '\n\n{"doc_id": "b", "class": 1}\n')
        documents = read_documents(path)
        assert list(documents) == ["a", "b"]
        assert documents["a"].events[0].venue == "Sebring"

    def test_missing_file_is_a_usage_error(self, tmp_path):
        with pytest.raises(UsageError, match=r"^\[E001\]"):
            read_documents(tmp_path / "nope.jsonl")


class TestReaderErrors:
    @pytest.mark.parametrize(
        ("second_line", "what"),
        [
            pytest.param('{"doc_id": "b", ', "invalid JSON", id="bad-json"),
            pytest.param('["b"]', "expected a JSON object, got list", id="not-an-object"),
            pytest.param('{"events": []}', "doc_id: Field required", id="missing-doc-id"),
            pytest.param(
                '{"doc_id": 7}', "doc_id: Input should be a valid string", id="doc-id-type"
            ),
            pytest.param(
                '{"doc_id": "b", "events": {}}',
                "events: Input should be a valid list",
                id="list-type",
            ),
            pytest.param(
                '{"doc_id": "b", "results": [{"kind": "win"}]}', "results.0.kind:", id="enum"
            ),
            pytest.param(
                '{"doc_id": "b", "events": [{"season": 2013}]}', "events.0:", id="event-unnamed"
            ),
            pytest.param(
                '{"doc_id": "b", "titles": [{"category": "team", "season": "soon"}]}',
                "titles.0.season:",
                id="int-type",
            ),
            pytest.param(GOOD, "duplicate doc_id 'a' (first on line 1)", id="duplicate-doc-id"),
        ],
    )
    def test_error_names_file_and_line(self, tmp_path, second_line, what):
        path = write(tmp_path, GOOD + "\n" + second_line + "\n")
        with pytest.raises(InputFormatError) as info:
            read_documents(path)
        message = str(info.value)
        assert message.startswith(f"[E003] {path}:2: ")
        assert what in message

    def test_invalid_utf8_names_the_line(self, tmp_path):
        path = tmp_path / "gold.jsonl"
        path.write_bytes(GOOD.encode() + b'\n\n{"doc_id": "b\xff"}\n')
        with pytest.raises(InputFormatError, match=r":3: not valid UTF-8"):
            read_documents(path)

    def test_evaluate_names_the_prediction_file(self, tmp_path):
        gold = write(tmp_path, GOOD + "\n")
        pred = write(tmp_path, "{oops}\n", name="pred.jsonl")
        with pytest.raises(InputFormatError, match=rf"^\[E003\] {pred}:1: invalid JSON"):
            evaluate(gold, pred)
