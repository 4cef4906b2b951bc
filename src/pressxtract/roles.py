"""Finding a person's function as written ("BMW Motorsport Direktor", "team owner") around a name."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .context import ents_within, name_of
from .langdata import load
from .tokens import TokenTable


class RoleFinder:
    """Reads role words before a name, in an apposition after it, or in a parenthesis after it.

    What a role may be made of is data (``lang/<code>/quotes.yaml``): ``role_heads`` (the role nouns; with
    ``role_compounds`` a word *ending* in one is a role word, as in German "Motorsportdirektor"),
    ``role_joiners`` ("of", "bei"), ``articles`` and ``role_inner_words`` — lowercase words a role written
    before a name may contain ("team owner Wayne Taylor"), where capitalised words alone are not enough.
    """

    def __init__(self, lang: str):
        data = load(lang)["quotes"]
        self.heads = tuple(h.casefold() for h in data["role_heads"])
        self.head_set = frozenset(self.heads)
        self.compounds = bool(data["role_compounds"])
        self.joiners = set(data["role_joiners"])
        self.articles = set(data["articles"])
        self.inner = set(data["role_inner_words"])

    def is_role_word(self, text: str) -> bool:
        folded = text.casefold()
        return folded.endswith(self.heads) if self.compounds else folded in self.head_set

    def role_of(self, doc: Doc, person: Span, *, within: Span | None = None) -> str | None:
        """The role written next to this mention of ``person``, if any."""
        table = TokenTable.of(doc)
        if within is not None:
            lo, hi = within.start, within.end
        else:
            lo, hi = table.sentence_bounds(person.start, person.end)
        return (self._before(doc, table, person, lo) or self._after(table, person, hi)
                or self._fronted(doc, table, person, lo))

    def _is_role_token(self, table: TokenTable, i: int) -> bool:
        text = table.text[i]
        return text in self.joiners or text in "-&" or text[:1].isupper() or text in self.inner or bool(table.ent[i])

    def _before(self, doc: Doc, table: TokenTable, person: Span, lo: int) -> str | None:
        i = person.start - 1
        while i >= lo and table.ent[i] != "PERSON" and self._is_role_token(table, i):
            i -= 1
        return self._trim(table, i + 1, person.start)

    def _after(self, table: TokenTable, person: Span, hi: int) -> str | None:
        texts = table.text
        j = person.end
        if j < hi and texts[j] in {",", "("}:
            closer = ")" if texts[j] == "(" else ","
            k = j + 1
            while k < hi and texts[k] != closer and texts[k] not in {".", ":"} and k - j < 10:
                k += 1
            if k < hi and texts[k] in {closer, ":"} or k == hi:
                return self._trim(table, j + 1, k)
        return None

    def _fronted(self, doc: Doc, table: TokenTable, person: Span, lo: int) -> str | None:
        """A role set before the name by a comma at the start of the clause: "Le directeur de l'équipe, Yves Matton,"."""
        texts = table.text
        comma = person.start - 1
        if comma <= lo or texts[comma] != "," or person.end >= len(texts) or texts[person.end] not in {",", ")"}:
            return None
        i = comma - 1
        while i >= lo and table.ent[i] != "PERSON" and (self._is_role_token(table, i) or texts[i] in self.articles):
            i -= 1
        if i >= lo and texts[i] not in {",", ";", ":", "(", "–", "—"} and not doc[i].is_quote:
            return None  # the words before the comma are not a clause of their own
        return self._trim(table, i + 1, comma)

    def _trim(self, table: TokenTable, start: int, end: int) -> str | None:
        texts = table.text
        while start < end and (texts[start] in self.joiners or texts[start] in self.articles or texts[start] in "-&"):
            start += 1
        while end > start and (texts[end - 1] in self.joiners or texts[end - 1] in "-&"):
            end -= 1
        if start >= end or not any(self.is_role_word(texts[i]) for i in range(start, end)):
            return None
        return table.text_between(start, end)

    def role_words(self, span: Span) -> str | None:
        """A role without a name in ``span`` ("sagte der Teamchef") — the words up to the role word."""
        for t in span:
            if self.is_role_word(t.text) and (t.text[:1].isupper() or t.text in self.inner):
                start = t.i
                while start > span.start and (span.doc[start - 1].text[:1].isupper() or span.doc[start - 1].text == "-"
                                              or span.doc[start - 1].text in self.inner) \
                        and span.doc[start - 1].text not in self.articles:
                    start -= 1
                return self._trim(TokenTable.of(span.doc), start, t.i + 1)
        return None

    def _roles(self, doc: Doc) -> list[tuple[Span, str]]:
        """Every person mention with the role written next to it, computed once per document."""
        cached = doc.user_data.get("px_roles")
        if cached is None or cached[0] != len(doc):
            pairs = []
            for ent in ents_within(doc, 0, len(doc)):
                if ent.label_ == "PERSON":
                    role = self.role_of(doc, ent)
                    if role:
                        pairs.append((ent, role))
            cached = doc.user_data["px_roles"] = (len(doc), pairs)
        return cached[1]

    def person_with_role(self, doc: Doc, role: str, *, before: int) -> Span | None:
        """The person this document gave ``role`` to, nearest before token ``before`` first."""
        head = role.split()[-1].split("-")[-1].casefold()
        candidates = [ent for ent, found in self._roles(doc) if found.split()[-1].split("-")[-1].casefold() == head]
        earlier = [e for e in candidates if e.start < before]
        return earlier[-1] if earlier else (candidates[0] if candidates else None)

    def role_for_name(self, doc: Doc, name: str) -> str | None:
        """The first role the document writes next to any mention of ``name``."""
        return next((role for ent, role in self._roles(doc) if name_of(ent) == name), None)
