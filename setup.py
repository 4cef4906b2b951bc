"""Build: the extraction's hot modules are compiled with Cython from their unchanged Python source (about 13 % less CPU
per release). Where they cannot be compiled (no C compiler), or with ``PRESSXTRACT_NO_EXTENSIONS=1``, the package
installs as pure Python: slower, same output. A ``.pxd`` beside a module declares, for the compiler only, its classes
as extension types. ``pressxtract.compiled`` refuses an extension built from other source than the ``.py`` (and
``.pxd``) beside it."""
import hashlib
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, CompileError, ExecError, PlatformError

PACKAGE = Path("src/pressxtract")
COMPILED = ["cues", "context", "tokens", "records", "roles", "phrasetree", "lazyregex", "langdetect",
            "components/results", "components/titles", "components/quotes", "components/entities",
            "components/sentences", "components/temporal", "components/events"]
_BUILD_ERRORS = (CCompilerError, CompileError, ExecError, PlatformError, OSError)


class OptionalBuildExt(build_ext):
    """``build_ext`` that compiles on every core and leaves a module pure Python, with a warning, where compiling it
    fails."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.parallel = self.parallel or os.cpu_count() or 1

    def run(self) -> None:
        try:
            super().run()
        except _BUILD_ERRORS as e:
            self.warn(f"pressxtract: no extension modules ({e}); installing pure Python")
            self.extensions.clear()

    def build_extensions(self) -> None:
        self._failed = []
        super().build_extensions()
        self.extensions = [ext for ext in self.extensions if ext not in self._failed]  # nothing to copy or install

    def build_extension(self, ext) -> None:
        try:
            super().build_extension(ext)
        except _BUILD_ERRORS as e:
            self.warn(f"pressxtract: {ext.name} stays pure Python ({e})")
            self._failed.append(ext)


def _digest(module: str) -> str:
    """SHA-256 of a module's ``.py``, then of its ``.pxd`` where one is beside it: as
    ``pressxtract.compiled.source_digest`` reads it (the package is not imported here)."""
    pxd = PACKAGE / f"{module}.pxd"
    source = (PACKAGE / f"{module}.py").read_bytes() + (pxd.read_bytes() if pxd.exists() else b"")
    return hashlib.sha256(source).hexdigest()


def _sources_table(modules: list[str]) -> str:
    """The ``_sources.py`` module: each compiled module's name and the SHA-256 of the source it was compiled from
    (its ``.py`` and ``.pxd``)."""
    rows = "".join(f'    "{m.replace("/", ".")}": "{_digest(m)}",\n' for m in modules)
    return f'"""Written by setup.py: the compiled modules and their sources\' SHA-256."""\n\nSOURCES = {{\n{rows}}}\n'


def _extensions() -> list:
    if os.environ.get("PRESSXTRACT_NO_EXTENSIONS"):
        return []
    from Cython.Build import cythonize
    return cythonize([str(PACKAGE / f"{m}.py") for m in COMPILED], nthreads=os.cpu_count() or 1, quiet=True,
                     compiler_directives={"language_level": 3, "annotation_typing": False})


extensions = _extensions()
(PACKAGE / "_sources.py").write_text(_sources_table(COMPILED if extensions else []), encoding="utf-8")
setup(ext_modules=extensions, cmdclass={"build_ext": OptionalBuildExt})
