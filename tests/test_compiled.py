"""The Cython build: the hot modules run compiled, an extension built from other source is refused, and the classes a
``.pxd`` makes extension types declare every attribute they set (compiled, an undeclared one fails at run time)."""
import ast
import hashlib
import os
import re
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import pressxtract.components.results
import pressxtract.cues
from pressxtract.compiled import SOURCES, stale_extensions

SUFFIX = EXTENSION_SUFFIXES[0]
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pressxtract"
DECLARATIONS = sorted(PACKAGE.rglob("*.pxd"))


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


def _declared(pxd: str) -> dict[str, set[str]]:
    """The attributes of each ``cdef class`` of a ``.pxd``."""
    classes: dict[str, set[str]] = {}
    current = None
    for line in pxd.splitlines():
        if m := re.match(r"cdef class (\w+)", line):
            current = classes.setdefault(m.group(1), set())
        elif current is not None and (m := re.match(r"\s+cdef public object (.+)", line)):
            current.update(name.strip() for name in m.group(1).split(","))
    return classes


def test_declarations_are_found():
    assert {p.stem for p in DECLARATIONS} >= {"cues", "context", "tokens", "results"}


@pytest.mark.parametrize("pxd", DECLARATIONS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_extension_types_declare_every_attribute_they_set(pxd):
    tree = ast.parse(pxd.with_suffix(".py").read_text(encoding="utf-8"))
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    for name, declared in _declared(pxd.read_text(encoding="utf-8")).items():
        cls = classes[name]
        assert not cls.decorator_list, f"{name}: an extension type takes no class decorator (a dataclass)"
        stored = {n.attr for n in ast.walk(cls) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                  and n.value.id == "self" and isinstance(n.ctx, ast.Store)}
        assert stored <= declared, f"{pxd.name}: {name} sets {sorted(stored - declared)}, not declared there"
