import json
import subprocess
import sys

import pytest

from pressxtract.cli import main

from .conftest import SEED_GOLD


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pressxtract.cli", *args], capture_output=True, text=True)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in" / "de").mkdir(parents=True)
    (tmp_path / "in" / "de" / "b.txt").write_text(
        '"Wir haben ein großartiges Rennen gesehen", sagte Teamchef Bobby Rahal.', encoding="utf-8")
    (tmp_path / "in" / "de" / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in" / "de" / "c.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_extract_writes_one_line_per_document_in_doc_id_order(folder):
    out = folder / "out.jsonl"
    code = main(["extract", str(folder / "in"), "-o", str(out), "--lang", "de"])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["doc_id"] for d in lines] == ["de/a", "de/b", "de/c"]
    assert lines[0]["error"]["kind"] == "decode" and lines[0]["quotes"] == []
    assert lines[1]["quotes"][0]["speaker"] == "Bobby Rahal"
    assert lines[2]["error"] is None and lines[2]["warnings"]
    assert code == 1  # one document carries an error


def test_extract_to_stdout(folder):
    result = run_cli("extract", str(folder / "in" / "de" / "b.txt"), "-o", "-", "--lang", "de")
    assert result.returncode == 0
    assert json.loads(result.stdout)["doc_id"] == "b"


@pytest.mark.parametrize("args", [["extract", "/no/such/dir", "-o", "x.jsonl"],
                                  ["extract", ".", "-o", "/no/such/dir/out.jsonl"],
                                  ["extract", ".", "-o", "x.jsonl", "--lang", "xx"]],
                         ids=["missing-input", "unwritable-output", "unsupported-lang"])
def test_usage_errors_exit_2_with_one_line_and_no_traceback(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_schema_command_prints_json_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Document"


def test_evaluate_seed_against_itself_is_perfect(capsys):
    if not SEED_GOLD.exists():
        pytest.skip("no seed")
    assert main(["evaluate", "--gold", str(SEED_GOLD), "--pred", str(SEED_GOLD), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["lenient"]["micro"]["f1"] == 1.0
    assert report["strict"]["micro"]["f1"] == 1.0
