"""The evaluator reads JSONL only: importing it must not pull in spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_importing_evaluate_does_not_import_spacy():
    code = "import pressxtract.evaluate, sys; assert 'spacy' not in sys.modules, 'spacy imported'"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
