"""Lenient keys, strict field checks and one-to-one pairing, per record type (SPEC §4).

A ``Strategy`` holds, for one record type, the key that decides whether a gold and a
predicted record may be paired (lenient match) and the fields checked for a strict match.
``pair_records`` pairs the records of one type in one document: highest score first, ties
by gold order then prediction order.

Null values: ``None``, ``[]`` and ``""`` count as null. Where a key compares two fields
"both null counts", one null side does not match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .normalize import class_match, jaccard, name_match, norm, person_match

#: Jaccard index of quote texts needed for a lenient / a strict match.
QUOTE_JACCARD_LENIENT = 0.5
QUOTE_JACCARD_STRICT = 0.9

Compare = Callable[[Any, Any], bool]
Key = Callable[[Any, Any], bool]


def value(record: BaseModel, attr: str) -> Any:
    """The field's value, ``None`` for null, empty list or empty string."""
    v = getattr(record, attr)
    return None if v is None or v == [] or v == "" else v


def _equal(a: Any, b: Any) -> bool:
    return a == b


def _both_null_or(compare: Compare, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return compare(a, b)


def drivers_overlap(gold: Sequence[str], pred: Sequence[str]) -> bool:
    """At least one name of each list matches."""
    return any(person_match(g, p) for g in gold for p in pred)


def drivers_strict(gold: Sequence[str], pred: Sequence[str]) -> bool:
    """Same number of distinct names, each gold name matched by a distinct predicted one."""
    gold = list({norm(n): n for n in gold}.values())
    pred = list({norm(n): n for n in pred}.values())
    if len(gold) != len(pred):
        return False
    owner: dict[int, int] = {}  # pred index -> gold index (augmenting paths, Kuhn)

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, name in enumerate(pred):
            if pi in seen or not person_match(gold[gi], name):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return all(augment(gi, set()) for gi in range(len(gold)))


def _quote_text_strict(gold: str, pred: str) -> bool:
    return jaccard(gold, pred) >= QUOTE_JACCARD_STRICT


@dataclass(frozen=True)
class Field:
    """A record field as named in the JSON (``name``) and on the model (``attr``)."""

    name: str
    compare: Compare
    attr: str = ""

    def __post_init__(self) -> None:
        if not self.attr:
            object.__setattr__(self, "attr", self.name)


@dataclass(frozen=True)
class FieldCheck:
    """Fields checked (non-null in gold) and those the prediction got wrong."""

    checked: tuple[str, ...]
    wrong: tuple[str, ...]

    @property
    def score(self) -> int:
        return len(self.checked) - len(self.wrong)


@dataclass(frozen=True)
class Strategy:
    """How one record type is matched: its lenient key and its strict fields."""

    record_type: str
    key: Key
    fields: tuple[Field, ...]

    def check(self, gold: BaseModel, pred: BaseModel) -> FieldCheck:
        """Compare every non-null gold field with the prediction."""
        checked, wrong = [], []
        for field in self.fields:
            g = value(gold, field.attr)
            if g is None:
                continue
            checked.append(field.name)
            p = value(pred, field.attr)
            if p is None or not field.compare(g, p):
                wrong.append(field.name)
        return FieldCheck(tuple(checked), tuple(wrong))

    def strict(self, gold: BaseModel, pred: BaseModel) -> bool:
        """A lenient pair whose every non-null gold field matches."""
        return self.key(gold, pred) and not self.check(gold, pred).wrong


# --- keys -------------------------------------------------------------------------------

_HOLDER_FIELD = {"driver": "drivers", "team": "team", "manufacturer": "manufacturer"}


def _competitors_overlap(gold: BaseModel, pred: BaseModel) -> bool:
    # Drivers; team where gold names no drivers; manufacturer where it names neither.
    # A gold record naming none of them does not constrain the key.
    if value(gold, "drivers"):
        return drivers_overlap(gold.drivers, pred.drivers)
    for attr in ("team", "manufacturer"):
        gold_value, pred_value = value(gold, attr), value(pred, attr)
        if gold_value is not None:
            return pred_value is not None and name_match(gold_value, pred_value)
    return True


def _holders_match(gold: BaseModel, pred: BaseModel) -> bool:
    """The field the category names matches (both null counts); no category: competitors."""
    attr = _HOLDER_FIELD.get(gold.category)
    if attr is None:
        return _competitors_overlap(gold, pred)
    compare = drivers_overlap if attr == "drivers" else name_match
    return _both_null_or(compare, value(gold, attr), value(pred, attr))


def event_key(gold: BaseModel, pred: BaseModel) -> bool:
    """Seasons equal (or either null) and any of name/venue of one matches any of the other."""
    if gold.season is not None and pred.season is not None and gold.season != pred.season:
        return False
    gold_names = [n for n in (gold.name, gold.venue) if n]
    pred_names = [n for n in (pred.name, pred.venue) if n]
    return any(name_match(g, p) for g in gold_names for p in pred_names)


def result_key(gold: BaseModel, pred: BaseModel) -> bool:
    """Kind, season, position equal; then event and competitors (race, qualifying) or
    category and holder (championship)."""
    if (gold.kind, gold.season, gold.position) != (pred.kind, pred.season, pred.position):
        return False
    if gold.kind == "championship":
        return gold.category == pred.category and _holders_match(gold, pred)
    return _both_null_or(name_match, value(gold, "event"), value(pred, "event")) and (
        _competitors_overlap(gold, pred)
    )


def title_key(gold: BaseModel, pred: BaseModel) -> bool:
    """Category and season equal, holders match."""
    return (gold.category, gold.season) == (pred.category, pred.season) and _holders_match(
        gold, pred
    )


def quote_key(gold: BaseModel, pred: BaseModel) -> bool:
    """Speakers match (both null counts) and text Jaccard at least 0.5."""
    return _both_null_or(person_match, value(gold, "speaker"), value(pred, "speaker")) and (
        jaccard(gold.text, pred.text) >= QUOTE_JACCARD_LENIENT
    )


# --- strategies -------------------------------------------------------------------------

_SERIES_SEASON_CLASS = (
    Field("series", name_match),
    Field("season", _equal),
    Field("class", class_match, "class_"),
)
_HOLDERS = (
    Field("drivers", drivers_strict),
    Field("team", name_match),
    Field("manufacturer", name_match),
    Field("car", name_match),
)

EVENTS = Strategy(
    "events",
    event_key,
    (
        Field("name", name_match),
        Field("venue", name_match),
        Field("series", name_match),
        Field("season", _equal),
        Field("date", _equal),
    ),
)
RESULTS = Strategy(
    "results",
    result_key,
    (
        Field("kind", _equal),
        Field("position", _equal),
        Field("status", _equal),
        Field("event", name_match),
        *_SERIES_SEASON_CLASS,
        Field("category", _equal),
        *_HOLDERS,
    ),
)
TITLES = Strategy(
    "titles", title_key, (Field("category", _equal), *_SERIES_SEASON_CLASS, *_HOLDERS)
)
QUOTES = Strategy(
    "quotes",
    quote_key,
    (
        Field("text", _quote_text_strict),
        Field("speaker", person_match),
        Field("role", name_match),
        Field("kind", _equal),
    ),
)

STRATEGIES: dict[str, Strategy] = {s.record_type: s for s in (EVENTS, RESULTS, TITLES, QUOTES)}


@dataclass(frozen=True)
class Pair:
    """A gold and a predicted record paired by the lenient key, with their field check."""

    gold_index: int
    pred_index: int
    check: FieldCheck

    @property
    def strict(self) -> bool:
        return not self.check.wrong


def pair_records(
    record_type: str, gold: Sequence[BaseModel], pred: Sequence[BaseModel]
) -> list[Pair]:
    """Pair the records of one type one-to-one, highest score first.

    Args:
        record_type: one of ``events``, ``results``, ``titles``, ``quotes``.
        gold: the gold records of one document, in file order.
        pred: the predicted records of the same document, in file order.

    Returns:
        The pairs, in the order they were taken.
    """
    strategy = STRATEGIES[record_type]
    candidates = [
        Pair(gi, pi, strategy.check(g, p))
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if strategy.key(g, p)
    ]
    candidates.sort(key=lambda c: (-c.check.score, c.gold_index, c.pred_index))
    pairs: list[Pair] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for pair in candidates:
        if pair.gold_index in used_gold or pair.pred_index in used_pred:
            continue
        used_gold.add(pair.gold_index)
        used_pred.add(pair.pred_index)
        pairs.append(pair)
    return pairs
