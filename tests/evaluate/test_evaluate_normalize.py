"""norm() and the name comparisons of SPEC §4, one class per rule."""

from __future__ import annotations

import pytest

from pressxtract.evaluate.normalize import class_match, jaccard, name_match, norm, person_match


class TestNorm:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            pytest.param("Dirk Müller", "dirk muller", id="diacritics"),
            pytest.param("Straße", "strasse", id="eszett"),
            pytest.param("STRASSE", "strasse", id="casefold"),
            pytest.param("ＡＬＭＳ", "alms", id="nfkc-fullwidth"),
            pytest.param("Oﬁcial", "oficial", id="nfkc-ligature"),
            pytest.param("GTE-Pro", "gte pro", id="hyphen"),
            pytest.param(
                "12-Stunden-Rennen von Sebring", "12 stunden rennen von sebring", id="digits-kept"
            ),
            pytest.param("  Juan 'Nani'  Roma. ", "juan nani roma", id="runs-and-trim"),
            pytest.param("BMW_Team", "bmw team", id="underscore-is-not-a-letter"),
            pytest.param("Pérez–Companc", "perez companc", id="en-dash"),
            pytest.param("--", "", id="nothing-left"),
        ],
    )
    def test_norm(self, text, expected):
        assert norm(text) == expected


class TestPersonMatch:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            pytest.param("Dirk Müller", "Dirk Müller", id="equal"),
            pytest.param("DIRK MÜLLER", "Dirk Müller", id="case-insensitive"),
            pytest.param("Müller", "Dirk Müller", id="surname-only"),
            pytest.param("Dirk Müller", "Müller", id="surname-only-reversed"),
            pytest.param("Juan Roma", "Juan 'Nani' Roma", id="nickname"),
            pytest.param("Bill Auberlen", "William 'Bill' Auberlen", id="tokens-contained"),
        ],
    )
    def test_matches(self, a, b):
        assert person_match(a, b)

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            pytest.param("Dirk Müller", "Jörg Müller", id="other-first-name"),
            pytest.param("Müller", "Dirk Werner", id="other-surname"),
            pytest.param("Dirk Müller", "Dirk Werner", id="same-first-name"),
            pytest.param("Juan Roma", "Nani Roma Juan", id="last-tokens-differ"),
            pytest.param("Dirk", "Dirk Müller", id="first-name-only"),
            pytest.param("", "", id="empty"),
        ],
    )
    def test_non_matches(self, a, b):
        assert not person_match(a, b)


class TestNameMatch:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            pytest.param("Road Atlanta", "road-atlanta", id="equal-after-norm"),
            pytest.param("Daytona", "24 Stunden von Daytona", id="containment"),
            pytest.param("BMW Team RLL", "RLL", id="containment-reversed"),
            pytest.param("Hockenheim", "Hockenheimring", id="prefix"),
            pytest.param("Lime Rock", "Lime Rock Park", id="containment-multi-token"),
            pytest.param("Laguna Seca", "Mazda Raceway Laguna Seca", id="containment-at-end"),
            pytest.param("Sebring", "12-Stunden-Rennen von Sebring", id="containment-hyphenated"),
            pytest.param("ALMS", "American Le Mans Series", id="acronym"),
            pytest.param("American Le Mans Series", "alms", id="acronym-reversed"),
        ],
    )
    def test_matches(self, a, b):
        assert name_match(a, b)

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            pytest.param("Long Beach", "Lime Rock Park", id="different"),
            pytest.param("Hoc", "Hockenheimring", id="prefix-too-short"),
            pytest.param("Daytona Beach", "24 Stunden von Daytona", id="one-token-missing"),
            pytest.param("ALMS", "American Le Mans", id="acronym-of-part"),
            pytest.param("Road America", "Road Atlanta", id="shared-token-only"),
            pytest.param("", "", id="empty"),
        ],
    )
    def test_non_matches(self, a, b):
        assert not name_match(a, b)


class TestClassMatch:
    @pytest.mark.parametrize(
        ("a", "b"),
        [
            pytest.param("GTE-Pro", "GTE Pro", id="hyphen-vs-space"),
            pytest.param("GTE Pro", "gtepro", id="space-vs-none"),
            pytest.param("GTE-Pro", "gtepro", id="hyphen-vs-none"),
            pytest.param("LMP1", "lmp 1", id="digits"),
        ],
    )
    def test_matches(self, a, b):
        assert class_match(a, b)

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            pytest.param("GTE-Pro", "GTE-Am", id="other-class"),
            pytest.param("LMP1", "LMP2", id="other-number"),
            pytest.param("GT", "GTE", id="no-prefix-rule"),
            pytest.param("GT", "GT Daytona", id="no-containment-rule"),
        ],
    )
    def test_non_matches(self, a, b):
        assert not class_match(a, b)


class TestJaccard:
    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            pytest.param("Wir sind froh.", "wir sind FROH", 1.0, id="normalised"),
            pytest.param("a b c d", "a b c e", 3 / 5, id="partial"),
            pytest.param("a a b", "a b", 1.0, id="token-sets"),
            pytest.param("a b", "c d", 0.0, id="disjoint"),
            pytest.param("", "", 1.0, id="both-empty"),
        ],
    )
    def test_jaccard(self, a, b, expected):
        assert jaccard(a, b) == pytest.approx(expected)
