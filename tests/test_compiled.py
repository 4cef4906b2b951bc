"""The Cython build: the hot modules run compiled, and an extension built from other source is refused."""
import hashlib
import os
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

import pressxtract.components.results
import pressxtract.cues
from pressxtract.compiled import SOURCES, stale_extensions

SUFFIX = EXTENSION_SUFFIXES[0]


@pytest.mark.skipif(bool(os.environ.get("PRESSXTRACT_NO_EXTENSIONS")), reason="installed as pure Python")
@pytest.mark.parametrize("module", [pressxtract.cues, pressxtract.components.results], ids=lambda m: m.__name__)
def test_hot_modules_run_compiled(module):
    assert module.__file__.endswith(SUFFIX)
    assert module.__name__.removeprefix("pressxtract.") in SOURCES


def _package(tmp_path, source: str):
    (tmp_path / "components").mkdir()
    (tmp_path / "components" / "mod.py").write_text(source, encoding="utf-8")
    (tmp_path / "components" / f"mod{SUFFIX}").write_bytes(b"\x7fELF")
    (tmp_path / "plain.py").write_text("x = 1\n", encoding="utf-8")  # no extension: never stale
    return tmp_path


def test_extension_of_present_source_is_fresh(tmp_path):
    root = _package(tmp_path, "x = 1\n")
    assert stale_extensions(root, {"components.mod": hashlib.sha256(b"x = 1\n").hexdigest()}) == []


def test_extension_of_edited_source_is_stale(tmp_path):
    root = _package(tmp_path, "x = 2\n")
    assert stale_extensions(root, {"components.mod": hashlib.sha256(b"x = 1\n").hexdigest()}) == ["components.mod"]


def test_extension_not_built_by_setup_is_stale(tmp_path):
    assert stale_extensions(_package(tmp_path, "x = 1\n"), {}) == ["components.mod"]


def test_extension_of_edited_declarations_is_stale(tmp_path):
    root = _package(tmp_path, "x = 1\n")
    (root / "components" / "mod.pxd").write_text("cdef class C:\n    pass\n", encoding="utf-8")
    assert stale_extensions(root, {"components.mod": hashlib.sha256(b"x = 1\n").hexdigest()}) == ["components.mod"]
    digest = hashlib.sha256(b"x = 1\ncdef class C:\n    pass\n").hexdigest()
    assert stale_extensions(root, {"components.mod": digest}) == []
