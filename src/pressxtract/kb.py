"""The motorsport knowledge base: canonical names, aliases and links, from ``models/kb/*.jsonl``.

Format (documented in ``models/kb/README.md``): one JSON object per line with ``id``,
``label``, ``name``, ``aliases`` and kind-specific links (``venue``, ``series``,
``manufacturer``...). A user's own file in the same format is added with ``--kb FILE``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import Errors, LanguageDataError

LABELS = frozenset({"SERIES", "VENUE", "EVENT", "TEAM", "MANUFACTURER", "CAR", "PERSON", "CLASS"})
RACING_ROLES = frozenset({"driver", "co-driver"})  # the PERSON ``roles`` of those who compete (models/kb/README.md)
DEFAULT_KB_DIR = Path(os.environ.get("PRESSXTRACT_KB", Path(__file__).resolve().parents[2] / "models" / "kb"))


@dataclass(frozen=True)
class KbEntry:
    """One entity: its id, label, canonical name, surface forms and links."""

    id: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class KnowledgeBase:
    """Entries by id, plus the surface forms the entity ruler matches."""

    def __init__(self, entries: Iterable[KbEntry] = ()):
        self._entries: dict[str, KbEntry] = {}
        self._names: dict[str, frozenset[str]] = {}
        for entry in entries:
            self._entries[entry.id] = entry

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[KbEntry]:
        return iter(self._entries.values())

    def names(self, label: str) -> frozenset[str]:
        """Canonical names and aliases of every entry with ``label``."""
        if label not in self._names:
            self._names[label] = frozenset(f for e in self if e.label == label for f in e.forms)
        return self._names[label]

    def off_track(self) -> frozenset[str]:
        """Names and aliases of the persons with roles, none of them a racing one (a team owner, an engineer)."""
        return frozenset(f for e in self if e.label == "PERSON" and e.data.get("roles")
                         and RACING_ROLES.isdisjoint(e.data["roles"]) for f in e.forms)

    def codrivers(self) -> frozenset[str]:
        """Names and aliases of the persons who compete as co-drivers only: never a crew of their own."""
        return frozenset(f for e in self if e.label == "PERSON" and "co-driver" in e.data.get("roles", ())
                         and "driver" not in e.data["roles"] for f in e.forms)

    def get(self, kb_id: str | None) -> KbEntry | None:
        return self._entries.get(kb_id) if kb_id else None

    def link(self, kb_id: str | None, key: str, season: int | None = None) -> KbEntry | None:
        """The entry another entry points to under ``key`` (``venue``, ``series``, ``manufacturer``); for a
        ``season`` that ``<key>_by_season`` covers, the entry named there (``None`` where it names none)."""
        entry = self.get(kb_id)
        if entry is None:
            return None
        covered, linked = _by_season(entry, key, season)
        return self.get(linked if covered else entry.data.get(key))

    def names_none(self, kb_id: str | None, key: str, season: int | None) -> bool:
        """Whether ``<key>_by_season`` of the entry names none for ``season`` (the 24 Hours of Le Mans in no
        series before 2010)."""
        entry = self.get(kb_id)
        covered, linked = _by_season(entry, key, season) if entry is not None else (False, None)
        return covered and linked is None

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike] | None = None) -> KnowledgeBase:
        """Load the bundled KB folder and any extra files or folders (later ids override earlier ones).

        Raises:
            LanguageDataError: a line is not valid JSON or misses a required field.
        """
        files: list[Path] = []
        for p in [DEFAULT_KB_DIR, *(paths or [])]:
            p = Path(p)
            files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
        return cls(entry for f in files for entry in _read_kb_file(f))


@lru_cache(maxsize=8)
def load_default(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base plus extra files, loaded once per process."""
    return KnowledgeBase.load(extra)


def _read_kb_file(path: Path) -> Iterator[KbEntry]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise LanguageDataError(Errors.E009.format(path=path, reason=e.strerror or e)) from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise LanguageDataError(Errors.E008.format(path=path, line=n, what=e.msg)) from e
        missing = [k for k in ("id", "label", "name") if not isinstance(obj.get(k), str)]
        if missing:
            raise LanguageDataError(Errors.E008.format(path=path, line=n, what=f"missing {missing}"))
        if obj["label"] not in LABELS:
            raise LanguageDataError(Errors.E008.format(path=path, line=n, what=f"unknown label {obj['label']!r}"))
        aliases = obj.get("aliases") or []
        data = {k: v for k, v in obj.items() if k not in ("id", "label", "name", "aliases")}
        yield KbEntry(obj["id"], obj["label"], obj["name"], tuple(aliases), data)


def _by_season(entry: KbEntry, key: str, season: int | None) -> tuple[bool, str | None]:
    """Whether ``<key>_by_season`` of ``entry`` covers ``season``, and the id it names there."""
    if season is not None:
        for span, linked in (entry.data.get(f"{key}_by_season") or {}).items():
            lo, dash, hi = span.partition("-")
            hi = hi if dash else lo  # "2014" is that season alone
            if (not lo or season >= int(lo)) and (not hi or season <= int(hi)):
                return True, linked
    return False, None
