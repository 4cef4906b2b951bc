"""String normalisation and the name comparisons of SPEC §4.

Every comparison works on ``norm()``ed tokens. A string that normalises to nothing
(``""``, ``"--"``) matches nothing, not even another empty string: an empty name names
no one. Whether a missing value (``None``) on both sides counts as a match is decided by
the caller (see ``matching.py``), not here.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[\W_]+")

#: Minimum length of a token that may match as a prefix ("Hockenheim" ~ "Hockenheimring").
MIN_PREFIX = 4


def norm(s: str) -> str:
    """NFKC, casefold, ``ß``→``ss``, diacritics stripped, non-alphanumeric runs → one space,
    trimmed."""
    s = unicodedata.normalize("NFKC", s).casefold().replace("ß", "ss")
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", s).strip()


def tokens(s: str) -> list[str]:
    """The tokens of ``norm(s)``."""
    return norm(s).split()


def _shorter_longer(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    # Fewer tokens first; at equal count, fewer characters ("Hockenheim" before "Hockenheimring").
    if (len(b), len("".join(b))) < (len(a), len("".join(a))):
        return b, a
    return a, b


def person_match(a: str, b: str) -> bool:
    """Person names: equal, or equal surnames where one side is a single token, or equal
    surnames and every token of the shorter in the longer ("Juan Roma" ~ "Juan 'Nani' Roma")."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    shorter, longer = _shorter_longer(ta, tb)
    return set(shorter) <= set(longer)


def _contained(shorter: list[str], longer: list[str]) -> bool:
    return all(
        tok in longer or (len(tok) >= MIN_PREFIX and any(t.startswith(tok) for t in longer))
        for tok in shorter
    )


def _acronym(single: list[str], other: list[str]) -> bool:
    return len(single) == 1 and len(other) > 1 and single[0] == "".join(t[0] for t in other)


def name_match(a: str, b: str) -> bool:
    """Other names (event, venue, series, team, manufacturer, car, role).

    Equal after ``norm``; or every token of the shorter is a token of the longer or a prefix
    of at least ``MIN_PREFIX`` characters of one of its tokens; or one side is the acronym of
    the other's tokens ("ALMS" ~ "American Le Mans Series").
    """
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if _contained(*_shorter_longer(ta, tb)):
        return True
    return _acronym(ta, tb) or _acronym(tb, ta)


def class_match(a: str, b: str) -> bool:
    """Class labels: equal after ``norm`` with spaces removed ("GTE-Pro" ~ "gtepro")."""
    ka, kb = norm(a).replace(" ", ""), norm(b).replace(" ", "")
    return bool(ka) and ka == kb


def jaccard(a: str, b: str) -> float:
    """Jaccard index of the token sets of ``norm(a)`` and ``norm(b)``; 1.0 when both are empty."""
    sa, sb = set(tokens(a)), set(tokens(b))
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)
