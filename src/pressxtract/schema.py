"""The record contract (``shared/SPEC.md``) as pydantic v2 models.

Records hold plain values only: no spaCy objects, no JSON conversion logic beyond
what pydantic gives. Offsets are half-open ``[start, end)`` Python ``str`` indices
into the decoded text of the document.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ResultKind = Literal["race", "qualifying", "championship"]
ResultStatus = Literal["finished", "podium", "retired", "disqualified"]
Category = Literal["driver", "team", "manufacturer"]
QuoteKind = Literal["direct", "indirect"]
EntityLabel = Literal["PERSON", "TEAM", "MANUFACTURER", "CAR", "SERIES", "EVENT", "VENUE"]

RECORD_TYPES = ("events", "results", "titles", "quotes")


class _Model(BaseModel):
    # Extra fields are allowed (the contract says: add fields freely) and kept on round trips.
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Span(_Model):
    """A half-open character interval ``[start, end)`` of the document text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        return self


class _Record(_Model):
    evidence: list[Span] | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class Event(_Record):
    """A race or other competition occurrence; at least one of name/venue."""

    name: str | None = None
    venue: str | None = None
    series: str | None = None
    season: int | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")

    @model_validator(mode="after")
    def _named_or_placed(self) -> Event:
        if not self.name and not self.venue:
            raise ValueError("an event needs at least one of name/venue")
        return self


class Result(_Record):
    """A placing in a race, a qualifying session or a championship standing."""

    kind: ResultKind
    position: int | None = Field(default=None, ge=1)
    status: ResultStatus = "finished"
    event: str | None = None
    series: str | None = None
    season: int | None = None
    class_: str | None = Field(default=None, alias="class")
    category: Category | None = None
    drivers: list[str] = Field(default_factory=list)
    team: str | None = None
    manufacturer: str | None = None
    car: str | None = None


class Title(_Record):
    """A championship won; the holder is in the field its category names."""

    category: Category
    series: str | None = None
    season: int | None = None
    class_: str | None = Field(default=None, alias="class")
    drivers: list[str] = Field(default_factory=list)
    team: str | None = None
    manufacturer: str | None = None
    car: str | None = None


class Quote(_Record):
    """Words attributed to a speaker, direct or reported."""

    text: str
    speaker: str | None = None
    role: str | None = None
    kind: QuoteKind = "direct"


class Entity(_Model):
    """A mention of a named thing, with its knowledge-base id when known."""

    text: str
    label: EntityLabel
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kb_id: str | None = None


class DocError(_Model):
    kind: str
    message: str


class Document(_Model):
    """One JSONL line: everything extracted from one input document."""

    doc_id: str
    path: str | None = None
    lang: str | None = None
    events: list[Event] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    titles: list[Title] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: DocError | None = None


def to_json_dict(document: Document) -> dict:
    """The JSON form of a document line, field names as in the contract (``class``)."""
    return document.model_dump(mode="json", by_alias=True)


def json_schema() -> str:
    """JSON Schema of a document line, as text."""
    return json.dumps(Document.model_json_schema(by_alias=True), indent=2, ensure_ascii=False)
