"""Lenient keys and strict matches per record type (SPEC §4), one class per strategy."""

from __future__ import annotations

import pytest

from pressxtract.evaluate.matching import (
    EVENTS,
    QUOTES,
    RESULTS,
    TITLES,
    drivers_overlap,
    drivers_strict,
)
from pressxtract.schema import Event, Quote, Result, Title

RACE = {
    "kind": "race",
    "position": 1,
    "event": "Long Beach",
    "series": "American Le Mans Series",
    "season": 2013,
    "class": "GT",
    "drivers": ["Bill Auberlen", "Maxime Martin"],
    "team": "BMW Team RLL",
    "manufacturer": "BMW",
    "car": "BMW Z4 GTE",
}
STANDING = {
    "kind": "championship",
    "position": 2,
    "series": "American Le Mans Series",
    "season": 2013,
    "class": "GT",
    "category": "team",
    "team": "BMW Team RLL",
    "manufacturer": "BMW",
}
TITLE = {
    "category": "driver",
    "series": "American Le Mans Series",
    "season": 2011,
    "class": "GT",
    "drivers": ["Dirk Müller", "Joey Hand"],
    "team": "BMW Team RLL",
}
QUOTE_TEXT = "Wir haben eine beeindruckende erste Saison des BMW Z4 GTE in Nordamerika gesehen"


def result(**changes) -> Result:
    return Result.model_validate({**RACE, **changes})


def standing(**changes) -> Result:
    return Result.model_validate({**STANDING, **changes})


def title(**changes) -> Title:
    return Title.model_validate({**TITLE, **changes})


class TestEventKey:
    gold = Event(name="Petit Le Mans", venue="Road Atlanta", season=2013)

    @pytest.mark.parametrize(
        "pred",
        [
            pytest.param(Event(name="Petit Le Mans", season=2013), id="name"),
            pytest.param(Event(venue="Road Atlanta", season=2013), id="venue"),
            pytest.param(Event(name="Road Atlanta", season=2013), id="venue-as-name"),
            pytest.param(Event(venue="Atlanta"), id="season-null-contained"),
        ],
    )
    def test_matches(self, pred):
        assert EVENTS.key(self.gold, pred)

    @pytest.mark.parametrize(
        "pred",
        [
            pytest.param(Event(venue="Road Atlanta", season=2011), id="other-season"),
            pytest.param(Event(venue="Lime Rock Park", season=2013), id="other-place"),
        ],
    )
    def test_non_matches(self, pred):
        assert not EVENTS.key(self.gold, pred)


class TestResultKey:
    @pytest.mark.parametrize(
        "pred",
        [
            pytest.param(result(), id="same"),
            pytest.param(
                result(drivers=["Auberlen"], team=None, car=None), id="one-driver-by-surname"
            ),
            pytest.param(result(event="Grand Prix of Long Beach"), id="event-contained"),
            pytest.param(result(**{"class": "GTLM"}, series=None), id="non-key-fields-differ"),
        ],
    )
    def test_race_matches(self, pred):
        assert RESULTS.key(result(), pred)

    @pytest.mark.parametrize(
        "pred",
        [
            pytest.param(result(kind="qualifying"), id="kind"),
            pytest.param(result(season=2012), id="season"),
            pytest.param(result(season=None), id="season-null-vs-set"),
            pytest.param(result(position=2), id="position"),
            pytest.param(result(position=None, status="podium"), id="position-null-vs-set"),
            pytest.param(result(event="Lime Rock Park"), id="event"),
            pytest.param(result(event=None), id="event-null-vs-set"),
            pytest.param(result(drivers=["Dirk Müller", "Bill Edwards"]), id="no-driver-overlap"),
        ],
    )
    def test_race_non_matches(self, pred):
        assert not RESULTS.key(result(), pred)

    def test_null_position_and_event_match_null(self):
        gold = result(position=None, status="retired", event=None)
        assert RESULTS.key(gold, result(position=None, status="retired", event=None))

    def test_team_decides_where_gold_names_no_drivers(self):
        gold = result(drivers=[])
        assert RESULTS.key(gold, result(drivers=["Someone Else"], team="RLL"))
        assert not RESULTS.key(gold, result(drivers=["Bill Auberlen"], team="Corvette Racing"))

    def test_manufacturer_decides_where_gold_names_neither(self):
        gold = result(drivers=[], team=None, manufacturer="Audi")
        assert RESULTS.key(gold, result(drivers=["X Y"], team="Joest", manufacturer="Audi"))
        assert not RESULTS.key(gold, result(drivers=[], team=None, manufacturer="Porsche"))

    def test_championship_by_category_and_holder(self):
        assert RESULTS.key(standing(), standing(team="RLL", manufacturer=None))
        assert not RESULTS.key(standing(), standing(category="manufacturer"))
        assert not RESULTS.key(standing(), standing(team="Corvette Racing"))

    def test_championship_driver_holder_is_drivers(self):
        gold = standing(category="driver", drivers=["Dirk Müller"])
        assert RESULTS.key(gold, standing(category="driver", drivers=["Müller"], team=None))
        assert not RESULTS.key(gold, standing(category="driver", drivers=["Jörg Müller"]))


class TestTitleKey:
    def test_matches_on_category_season_holder(self):
        assert TITLES.key(title(), title(drivers=["Joey Hand"], series=None, team=None))

    @pytest.mark.parametrize(
        "pred",
        [
            pytest.param(title(category="team"), id="category"),
            pytest.param(title(season=2010), id="season"),
            pytest.param(title(drivers=["Jörg Müller"]), id="holder"),
        ],
    )
    def test_non_matches(self, pred):
        assert not TITLES.key(title(), pred)

    def test_series_is_not_in_the_key(self):
        assert TITLES.key(title(), title(series="DTM"))

    def test_holder_field_follows_category(self):
        gold = title(category="manufacturer", drivers=[], team=None, manufacturer="BMW")
        assert TITLES.key(gold, title(category="manufacturer", drivers=[], manufacturer="BMW"))
        assert not TITLES.key(gold, title(category="manufacturer", manufacturer="Porsche"))


class TestQuoteKey:
    gold = Quote(text=QUOTE_TEXT, speaker="Jens Marquardt")

    def test_matches(self):
        half = " ".join(QUOTE_TEXT.split()[:7])  # 7 of 13 tokens: Jaccard 7/13 >= 0.5
        assert QUOTES.key(self.gold, Quote(text=half, speaker="Marquardt"))

    def test_below_half_jaccard(self):
        part = " ".join(QUOTE_TEXT.split()[:6])  # 6/13 < 0.5
        assert not QUOTES.key(self.gold, Quote(text=part, speaker="Jens Marquardt"))

    def test_jaccard_exactly_half_matches(self):
        assert QUOTES.key(Quote(text="a b c d"), Quote(text="a b c d e f g h"))

    def test_speakers(self):
        assert QUOTES.key(Quote(text="a b"), Quote(text="a b"))
        assert not QUOTES.key(self.gold, Quote(text=QUOTE_TEXT))
        assert not QUOTES.key(self.gold, Quote(text=QUOTE_TEXT, speaker="Bobby Rahal"))


class TestDrivers:
    def test_overlap(self):
        assert drivers_overlap(["Dirk Müller", "Joey Hand"], ["Hand"])
        assert not drivers_overlap(["Dirk Müller"], ["Jörg Müller"])
        assert not drivers_overlap([], [])

    @pytest.mark.parametrize(
        ("gold", "pred", "expected"),
        [
            pytest.param(["Dirk Müller", "Joey Hand"], ["Hand", "Müller"], True, id="any-order"),
            pytest.param(["Dirk Müller", "Joey Hand"], ["Dirk Müller"], False, id="fewer"),
            pytest.param(["Dirk Müller"], ["Dirk Müller", "Joey Hand"], False, id="more"),
            pytest.param(
                ["Dirk Müller", "Joey Hand"], ["Jörg Müller", "Joey Hand"], False, id="one-wrong"
            ),
            pytest.param(
                ["Dirk Müller", "Jörg Müller"],
                ["Müller", "Jörg Müller"],
                True,
                id="distinct-assignment",
            ),
            pytest.param(
                ["Dirk Müller", "Joey Hand"],
                ["Müller", "Dirk Müller"],
                False,
                id="one-pred-for-two",
            ),
            pytest.param(["Dirk Müller"], ["Dirk Müller", "dirk müller"], True, id="sets"),
        ],
    )
    def test_strict(self, gold, pred, expected):
        assert drivers_strict(gold, pred) is expected


class TestStrict:
    def test_lenient_pair_failing_strict_on_one_field(self):
        gold, pred = result(), result(**{"class": "GTLM"})
        assert RESULTS.key(gold, pred)
        assert RESULTS.check(gold, pred).wrong == ("class",)
        assert not RESULTS.strict(gold, pred)

    def test_class_spelling_passes_strict(self):
        gold, pred = result(**{"class": "GTE-Pro"}), result(**{"class": "gte pro"})
        assert RESULTS.strict(gold, pred)

    def test_null_gold_fields_are_not_checked(self):
        gold = result(car=None, team=None, drivers=[])
        check = RESULTS.check(gold, result(car="BMW M3 GT", team="Other", drivers=["X Y"]))
        assert {"car", "team", "drivers"}.isdisjoint(check.checked)
        assert check.wrong == ()

    def test_missing_prediction_field_is_wrong(self):
        check = RESULTS.check(result(), result(car=None))
        assert check.wrong == ("car",)
        assert check.score == len(check.checked) - 1

    def test_score_counts_matching_non_null_gold_fields(self):
        gold = Event(venue="Sebring", season=2013)
        assert EVENTS.check(gold, Event(venue="Sebring", season=2013, name="X")).score == 2
        assert EVENTS.check(gold, Event(venue="Sebring")).score == 1

    def test_quote_text_needs_jaccard_0_9(self):
        words = [f"w{i}" for i in range(20)]
        gold = Quote(text=" ".join(words), speaker="A B")
        near = Quote(text=" ".join(words[:18]), speaker="A B")  # 18/20 = 0.9
        far = Quote(text=" ".join(words[:17]), speaker="A B")  # 17/20 = 0.85
        assert QUOTES.strict(gold, near)
        assert QUOTES.key(gold, far) and not QUOTES.strict(gold, far)
        assert QUOTES.check(gold, far).wrong == ("text",)

    def test_event_fields_compared_field_by_field(self):
        gold = Event(name="Petit Le Mans", venue="Road Atlanta", season=2013)
        pred = Event(name="Road Atlanta", season=2013)
        assert EVENTS.key(gold, pred)
        assert EVENTS.check(gold, pred).wrong == ("name", "venue")
