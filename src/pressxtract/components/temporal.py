"""``px_temporal``: dates, explicit and relative years, and the document's anchor year.

Sets ``doc._.px_dates`` (dicts with ``start``, ``end``, ``date`` ISO, ``year``, ``year_given``: whether the text
writes the year, else it is the year of the date before it in its paragraph or the anchor), ``doc._.px_years``
(``(char offset, year)`` for every explicit or relative year, in text order) and
``doc._.px_anchor_year``: the dateline's year, else the year the text names most often.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import dateparser
from spacy.language import Language
from spacy.tokens import Doc

from ..langdata import load
from ..phrasetree import alternation, phrase_regex
from ..tokens import second_year, text_of

for _name, _default in (("px_dates", None), ("px_years", None), ("px_anchor_year", None), ("px_dateline", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

# a year 1950-2049, not part of a longer number, a date or a decimal; each first digit comes before its
# look-behind so that the regex engine can skip ahead to the digits 1 and 2
_YEAR = re.compile(r"((?:1(?<![\d.,/-]1)9[5-9]|2(?<![\d.,/-]2)0[0-4])\d)(?![\d.,]\d)")
_SECOND_YEAR = re.compile(r"[-/–](\d{4}|\d{2})(?!\d)")  # after a year: "-2017", "/17"
# the checks before a date pattern's month when the month opens it: "\b" and look-behinds ("(?<!\d\.)")
_MONTH_FIRST = re.compile(r"((?:\\b|\(\?<!(?:[^()\\]|\\.)+\))*)\(\?P<month>\{month\}\)")
_CHECK = re.compile(r"\\b|\(\?<!((?:[^()\\]|\\.)+)\)")


def _date_pattern(pattern: str, months: list[str]) -> re.Pattern:
    """``pattern`` with ``{month}`` filled in. Where the month opens it, the checks before the month ("\\b",
    look-behinds) are made after its first character, as ``phrase_regex`` does: the same matches, but the regex
    engine skips ahead to the months' first characters instead of trying every position."""
    month_alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    opening = _MONTH_FIRST.match(pattern)
    if opening is None or not all(re.match(r"\w", m) for m in months):  # "\b" before a word character only
        return re.compile(pattern.replace("{month}", f"(?:{month_alt})"))
    checks = "".join(rf"(?<!{before}[\s\S])" if before else r"(?<!\w[\s\S])"
                     for before in _CHECK.findall(opening.group(1)))
    rest = pattern[opening.end() :].replace("{month}", f"(?:{month_alt})")
    return re.compile(f"(?P<month>{alternation(months, after_first=checks)}){rest}")


def _second_of(text: str, c: int, year: int) -> int | None:
    """The second year of a season written over two years from the year at ``c`` ("2016-2017", "2016/17"), if any."""
    m = _SECOND_YEAR.match(text, c + 4)
    return year + 1 if m is not None and second_year(m.group(1), year) else None


def _matches(pattern: re.Pattern, words: list[str], text: str):
    """``pattern.finditer(text)``, where each match holds one of ``words``; nothing where the text holds none."""
    return pattern.finditer(text) if any(w in text for w in words) else ()


@Language.factory("px_temporal", assigns=["doc._.px_dates", "doc._.px_years", "doc._.px_anchor_year"])
def make_temporal(nlp: Language, name: str) -> TemporalTagger:
    return TemporalTagger(nlp.lang)


class TemporalTagger:
    def __init__(self, lang: str):
        self.lang = lang
        data = load(lang)["temporal"]
        self.months: dict[str, int] = data["months"]
        self.date_patterns = [_date_pattern(p, list(self.months)) for p in data["date_patterns"]]
        rel = data["relative_years"]
        # relative expressions are matched case-blind on the lowered text (``_lower``): far faster than IGNORECASE
        # whole words only: "letzte Saison" is not in "das letzte Saisonrennen"
        self.relative = phrase_regex([k.lower() for k in rel])
        self.relative_offsets = {k.lower(): v for k, v in rel.items()}
        # "the following year": from the year the paragraph last named
        self.narrative = phrase_regex([k.lower() for k in data["narrative_years"]])
        self.narrative_offsets = {k.lower(): v for k, v in data["narrative_years"].items()}
        self.months_lower = {k.lower(): v for k, v in self.months.items()}
        month_alt_lower = "|".join(re.escape(m) for m in sorted(self.months_lower, key=len, reverse=True))
        self.dateline_lines = data["dateline_lines"]
        self.years_ago = re.compile(data["years_ago"])
        self.years_later = re.compile(data["years_later"])
        # the words one of which each of their matches holds: most texts hold none, and the patterns try every word
        self.years_ago_words = data["years_ago_words"]
        self.years_later_words = data["years_later_words"]
        self.years_earlier_words = set(data["years_earlier_words"])
        self.number_words = {k.lower(): v for k, v in {**load(lang)["results"]["number_words"],
                                                      **data["tens_words"]}.items()}
        # "Prochain rendez-vous les 10 et 11 avril à Rome": a date without a year in a sentence looking ahead
        self.upcoming = phrase_regex([w.lower() for w in data["upcoming_words"]])
        # "im vergangenen Juni", "en juin dernier": a month before (-1) or after (+1) the dateline, in whichever
        # year that is; a key is written before the month unless it says where the month goes ("{month} dernier")
        self.relative_months = []
        for key, direction in sorted(data.get("relative_months", {}).items(), key=lambda kv: -len(kv[0])):
            form = key if "{month}" in key else key + " {month}"
            pattern = r"\s+".join(re.escape(part) for part in form.lower().split()).replace(
                re.escape("{month}"), f"({month_alt_lower})")
            # the key's literal words: a text without one of them cannot match
            words = [piece for part in form.lower().split() for piece in part.split("{month}") if piece]
            if not form.startswith("{month}"):  # "(?<!\w)" after the first character: see ``phrase_regex``
                first = re.escape(form.lower()[0])
                pattern = first + r"(?<!\w[\s\S])" + pattern[len(first) :]
            else:
                pattern = r"(?<!\w)" + pattern
            self.relative_months.append((re.compile(rf"{pattern}(?!\w)"), direction, words))

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        dates = self._dates(text)
        head_end = _nth_line_end(text, self.dateline_lines)
        dateline = next((d for d in dates if d["start"] < head_end and d["year"]), None)
        explicit = [(m.start(1), int(m.group(1))) for m in _YEAR.finditer(text)]
        if dateline:
            anchor = dateline["year"]
        elif explicit:
            counts = Counter(y for _, y in explicit)
            anchor = max(counts, key=lambda y: (counts[y], -next(i for i, (_, yy) in enumerate(explicit) if yy == y)))
        else:
            anchor = None
        # a season over two years ("2016-2017", "2016/17") dates what happens in it by the release's year when that is
        # one of the two ("cinquième manche du championnat de Formule E 2016-2017", in May 2017)
        years = [(c, anchor if anchor is not None and anchor == _second_of(text, c, y) else y) for c, y in explicit]
        last_dated = None  # the last date with a year: a date without one after it in its paragraph is of that year
        for d in dates:
            if d["year"] is not None:
                last_dated = d
            elif anchor and dateline and dateline["date"] and self._looks_ahead(text, d["start"]):
                # the next such day after the dateline, not the year of a date named before it
                d["year"] = anchor + (d["date"] < dateline["date"][5 : 5 + len(d["date"])])  # "07" or "07-27"
                d["date"] = f"{d['year']}-{d['date']}"
                if d["year"] != anchor:
                    years.append((d["start"], d["year"]))
            elif last_dated is not None and "\n" not in text[last_dated["end"] : d["start"]]:
                # "at the Swedish Rally in February 1981, … In October the quattro made history again"
                d["year"] = last_dated["year"]
                d["date"] = f"{d['year']}-{d['date']}"
                if d["year"] != anchor:
                    years.append((d["start"], d["year"]))
            elif anchor:
                d["year"] = anchor
                d["date"] = f"{anchor}-{d['date']}"
        if anchor:
            lowered = _lower(text)
            years += [(m.start(), anchor + self.relative_offsets[m.group(0)]) for m in self.relative.finditer(lowered)]
            for m in self.narrative.finditer(lowered) if self.narrative is not None else ():
                # "The first Rally Japan, in 2004, was won by Solberg, who had taken the title the previous year"
                paragraph = text.rfind("\n", 0, m.start())
                named = [y for c, y in explicit if paragraph < c < m.start()]
                years.append((m.start(), (named[-1] if named else anchor) + self.narrative_offsets[m.group(0)]))
            for m in _matches(self.years_ago, self.years_ago_words, lowered):  # "Heute vor 50 Jahren", "two years ago"
                count = self._count(next(g for g in m.groups() if g))
                if count:
                    years.append((m.start(), anchor - count))
            # "Ein Jahr später", "sixteen years later", "Ein Jahr zuvor"
            for m in _matches(self.years_later, self.years_later_words, lowered):
                count = 1 if m.group(1) is None else self._count(m.group(1))
                named = [y for c, y in explicit if c < m.start()]
                if count and named:
                    back = re.sub(r"\s+", " ", m.group(2)) in self.years_earlier_words
                    years.append((m.start(), named[-1] - count if back else named[-1] + count))
            if dateline and dateline["date"] and self.relative_months:  # "19.19.2013" has a year, no date
                years += self._relative_months(lowered, dateline)
        doc._.px_dates = [d for d in dates if d["date"]]
        doc._.px_years = sorted(years)
        doc._.px_anchor_year = anchor
        doc._.px_dateline = (dateline["start"], dateline["end"]) if dateline else None
        return doc

    def _count(self, said: str) -> int | None:
        """A count of years written in digits or as a number word ("50", "zwei")."""
        return int(said) if said.isdigit() else self.number_words.get(said)

    def _looks_ahead(self, text: str, start: int) -> bool:
        """Whether an upcoming word ("Prochain rendez-vous", "next round") stands in the sentence before ``start``."""
        if self.upcoming is None:
            return False
        opening = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n")) + 1
        return self.upcoming.search(_lower(text[opening:start])) is not None

    def _relative_months(self, text: str, dateline: dict) -> list[tuple[int, int]]:
        """Years of "im vergangenen Juni" / "im kommenden März" seen from the dateline's month."""
        out: dict[int, int] = {}
        taken = bytearray(len(text))
        month_now = int(dateline["date"][5:7])
        for pattern, direction, words in self.relative_months:  # longest first: "im vergangenen", "vergangenen"
            if not all(w in text for w in words):
                continue
            for m in pattern.finditer(text):
                month = self.months_lower.get(m.group(1))
                if month is None or any(taken[m.start() : m.end()]):
                    continue
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                year = dateline["year"]
                if direction < 0 and month >= month_now:
                    year -= 1
                elif direction > 0 and month <= month_now:
                    year += 1
                out[m.start()] = year
        return sorted(out.items())

    def _dates(self, text: str) -> list[dict]:
        found: list[dict] = []
        taken = bytearray(len(text))  # characters already inside a date (an earlier pattern wins)
        for pattern in self.date_patterns:
            for m in pattern.finditer(text):
                if any(taken[m.start() : m.end()]):
                    continue
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                groups = m.groupdict()
                month = self.months.get(groups.get("month") or "") or int(groups.get("monthnum") or 0)
                year = int(groups["year"]) if groups.get("year") else None
                day = int(groups["day"]) if groups.get("day") else None
                iso = _normalise(self.lang, year, month, day)
                found.append({"start": m.start(), "end": m.end(), "date": iso, "year": year, "year_given": bool(year)})
        return sorted(found, key=lambda d: d["start"])


@lru_cache(maxsize=4096)
def _normalise(lang: str, year: int | None, month: int, day: int | None) -> str | None:
    """ISO date of a found span's parts: dateparser checks it is a real date; year may be filled in later.
    Cached by the parts, not the span's text: every spelling of a date is one date to check. dateparser is told
    the probe's format: it reads it at once, and goes on to its full parse only where the format fails."""
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"{month:02d}"  # the year may be filled in later
    probe = f"{day}.{month}.{year or 2000}"
    parsed = dateparser.parse(probe, date_formats=["%d.%m.%Y"], languages=[lang],
                              settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if parsed is None:
        return None
    return parsed.strftime("%Y-%m-%d") if year else parsed.strftime("%m-%d")


def _lower(text: str) -> str:
    """``text.lower()`` with every character keeping its length, so that offsets stay those of ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _nth_line_end(text: str, n: int) -> int:
    """End of the ``n``-th non-empty line (headline, sub-headline, dateline …)."""
    pos, seen = 0, 0
    while seen < n:
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        seen += bool(text[pos:nxt].strip())
        pos = nxt + 1
    return pos
