"""``px_quotes``: direct quotes (every quotation style, multi-part, interview blocks) and reported speech.

Sets ``doc._.px_quotes``: a list of dicts with the Quote fields of SPEC §3 plus ``evidence``
(``[start, end)`` character spans) and ``confidence``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import compress, count

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..context import Ranges, ents_within, name_of, sentence_of
from ..cues import YEAR_TOKEN
from ..kb import KnowledgeBase, load_default
from ..langdata import load, quote_marks, title_endings
from ..roles import RoleFinder
from ..tokens import TextMemo, TokenTable, text_of

# Without a complementizer, the reported clause's verb comes within this many tokens of the speech verb.
OPTIONAL_COMPLEMENT_REACH = 9
# Words that may stand between the speech verb and its complementizer ("estimait toutefois à l'arrivée que …").
COMPLEMENTIZER_DELAY = 4

if not Doc.has_extension("px_quotes"):
    Doc.set_extension("px_quotes", default=None)


@Language.factory("px_quotes", assigns=["doc._.px_quotes"], requires=["doc.ents"], default_config={"kb_paths": []})
def make_quotes(nlp: Language, name: str, kb_paths: list[str]) -> QuoteExtractor:
    return QuoteExtractor(nlp.lang, kb=load_default(tuple(kb_paths)))


@dataclass
class Segment:
    """Quoted words: ``[start, end)`` is the text inside the marks; ``outer`` includes them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    line: int
    closed: bool = True


@dataclass
class QuoteDraft:
    segments: list[Segment]
    speaker: str | None = None
    role: str | None = None
    attribution: tuple[int, int] | None = None
    confidence: float = 0.5
    joins_next: bool = False  # the statement goes on after its attribution, in the same line


class QuoteExtractor:
    def __init__(self, lang: str, *, kb: KnowledgeBase):
        self.kb = kb
        data = load(lang)["quotes"]
        self.marks: dict[str, list[str]] = data["marks"]
        self.opener_chars = _any_of(self.marks)
        self.closer_chars = {mark: _any_of(closers) for mark, closers in self.marks.items()}
        self.mark_chars = quote_marks(lang)
        self.incise = re.compile(data["incise_pattern"]) if data["incise_pattern"] else None
        self.winner_words = frozenset(data["winner_words"])
        # where an attribution after a quote ends: a sentence end or the next quotation mark
        self.attribution_stop = re.compile(r"[.!?:](?:\s|$)|" + _any_of(self.mark_chars).pattern)
        self.cue_verbs = set(data["cue_verbs"])
        self.indirect_cues = set(data["indirect_cues"])
        self.reported_verbs = set(data["reported_verbs"])
        self.reported_suffixes = tuple(data["reported_suffixes"])
        self.reported_exceptions = set(data["reported_exceptions"])
        self.reported_texts = TextMemo(self._is_reported)  # the same words recur in every document
        self.complementizers = set(data["complementizers"])
        self.infinitive_openers = set(data["infinitive_openers"])
        self.complementizer_optional = bool(data["complementizer_optional"])
        self.reported_continues = bool(data["reported_speech_continues"])
        self.window = int(data["attribution_window"])
        self.separators = set(data["reported_separators"])
        self.according_to = tuple(f"{w} " for w in data["according_to"])
        self.according_pronouns = set(data["according_pronouns"])
        self.opinion_openers = set(data["opinion_openers"])
        self.pronouns = set(data["pronouns"])
        self.articles = set(data["articles"])
        self.question_labels = set(data["question_labels"])
        results = load(lang)["results"]
        self.relative_pronouns = set(results["relative_pronouns"])
        self.addressee_pronouns = set(results["addressee_pronouns"])
        self.coordinators = set(results["coordinators"])
        self.nationality_words = {w.casefold(): code for w, code in results["nationality_words"].items()}
        self.title_endings = title_endings(lang)
        self.roles = RoleFinder(lang)
        text = load(lang)["text"]
        self.abbreviations = set(text["abbreviations"]) | set(text["honorifics"])

    # -- finding quoted segments -------------------------------------------------------------
    def _segments(self, text: str) -> list[Segment]:
        segments: list[Segment] = []
        line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        for n, start in enumerate(line_starts):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            i = start
            while (mark := self.opener_chars.search(text, i, end)) is not None:
                i = mark.start()
                if self._opens(text, i, start):
                    close = self._find_close(text, i, end, self.closer_chars[mark.group()])
                    if close is None:
                        seg = Segment(i + 1, end, i, end, n, closed=False)
                        i = end
                    else:
                        seg = Segment(i + 1, close, i, close + 1, n)
                        i = close + 1
                    seg.start, seg.end = _strip(text, seg.start, seg.end)
                    if self._is_statement(text[seg.start : seg.end]):
                        segments.append(seg)
                    continue
                i += 1
        return segments

    def _split_at_incises(self, text: str, segments: list[Segment]) -> list[Segment]:
        """« Ce n'est jamais comme cela, a-t-il confié. Mais nous … »: the quotation in two parts around the speech
        verb set inside it, which then attributes it like one outside the marks."""
        if self.incise is None:
            return segments
        out: list[Segment] = []
        for seg in segments:
            m = self.incise.search(text, seg.start, seg.end)
            if m is None:
                out.append(seg)
                continue
            out.append(Segment(seg.start, m.start(), seg.outer_start, m.start(), seg.line))
            out.append(Segment(m.end(), seg.end, m.end(), seg.outer_end, seg.line, seg.closed))
        return out

    def _opens(self, text: str, i: int, line_start: int) -> bool:
        """Whether the mark at ``i`` can open a quotation: at a line start, after a space, a bracket or a dash,
        or after a mark that opens the line (nested quotation)."""
        if i == line_start:
            return True
        before = text[i - 1]
        return before.isspace() or before in "(:–—-[/" or (before in self.mark_chars and i - 1 == line_start)

    @staticmethod
    def _find_close(text: str, i: int, end: int, closers: re.Pattern) -> int | None:
        j = i + 1
        while (mark := closers.search(text, j, end)) is not None:
            j = mark.start()
            after = text[j + 1] if j + 1 < len(text) else " "
            if not after.isalnum() or text[j] != text[i]:
                return j
            j += 1
        return None

    @staticmethod
    def _is_statement(words: str) -> bool:
        return len(words.split()) >= 4 or words.rstrip()[-1:] in ".!?…"

    # -- attribution -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        segments = self._split_at_incises(text, self._segments(text))
        inside_marks = Ranges((s.start, s.end) for s in segments)
        persons = [e for e in ents_within(doc, 0, len(doc)) if e.label_ == "PERSON"
                   and inside_marks.covering(e.start_char) is None]
        drafts: list[QuoteDraft] = []
        indirect = self._indirect(doc, segments, persons)
        last_speaker: tuple[str | None, str | None, int] = (None, None, -1)  # speaker, role, where they spoke
        for k, seg in enumerate(segments):
            prev = segments[k - 1] if k else None
            line_start = text.rfind("\n", 0, seg.outer_start) + 1
            before_from = prev.outer_end if prev and prev.line == seg.line else line_start
            before = (before_from, seg.outer_start)
            nxt = segments[k + 1] if k + 1 < len(segments) else None
            line_end = text.find("\n", seg.outer_end)
            line_end = len(text) if line_end < 0 else line_end
            after_to = nxt.outer_start if nxt and nxt.line == seg.line else line_end
            after = (seg.outer_end, after_to)

            if self._is_question(text[before[0] : before[1]]):
                continue
            found = (self._attribution_after(doc, after, persons)
                     or self._attribution_before(doc, before, persons, inline=before_from == line_start))
            if found is None and not text[line_start : seg.outer_start].strip():
                found = self._header(doc, line_start, persons)
            continuation = (
                drafts
                and found is None
                and self._only_space_or_attribution(text, drafts[-1], seg)
            )
            if continuation:
                drafts[-1].segments.append(seg)
                continue
            if drafts and self._continues_open_quote(text, drafts[-1], seg):
                # « … (no closing mark) ¶ « … », a-t-il confié: one quote over several paragraphs
                draft = drafts[-1]
                draft.segments.append(seg)
                if found and draft.speaker is None:
                    draft.speaker, draft.role, draft.attribution = found
                    draft.confidence = 0.9 if draft.speaker else 0.6
                    if draft.speaker and draft.speaker in self.pronouns:
                        draft.speaker, draft.role = self._pronoun_speaker(text, draft, persons, last_speaker, indirect)
                    last_speaker = (draft.speaker, draft.role, seg.outer_start)
                continue
            draft = QuoteDraft([seg])
            if found:
                draft.speaker, draft.role, draft.attribution = found
                draft.confidence = 0.9 if draft.speaker else 0.6
                if draft.speaker and draft.speaker in self.pronouns:
                    draft.speaker, draft.role = self._pronoun_speaker(text, draft, persons, last_speaker, indirect)
                elif draft.speaker is None and draft.role:
                    # "sagte der Weltmeister": the release's main person; "a expliqué l'ingénieur français": the
                    # person named before it in the paragraph
                    line_start = text.rfind("\n", 0, seg.outer_start) + 1
                    named = [p for p in persons if line_start <= p.start_char < seg.outer_start]
                    titled = any(w.casefold().endswith(self.title_endings) for w in draft.role.split())
                    draft.speaker = name_of(named[-1]) if named and not titled \
                        else _most_named(persons, seg.outer_start)
                last_speaker = (draft.speaker, draft.role, seg.outer_start)
            drafts.append(draft)
            # a statement interrupted only by its attribution: ("…", sagt X. "…")
            if found and found[2][0] >= seg.outer_end and nxt and nxt.line == seg.line:
                seg_after_attr = text[found[2][1] : nxt.outer_start]
                draft.joins_next = not seg_after_attr.strip(" .,;:") or self._relative_tail(seg_after_attr)
        for draft in drafts:
            if draft.speaker is None:  # "„Wir haben nie aufgehört zu pushen“ – Timo Bernhard im Interview"
                draft.speaker = _headline_speaker(text, draft.segments[0], persons)
        joined = self._join_interrupted(text, drafts)
        for draft in joined:
            if draft.speaker is None:  # an answer in a question-and-answer block
                draft.speaker = self._interviewee(text, draft.segments[0], persons)
        direct = [self._record(doc, d) for d in joined]
        for quote in direct:
            if quote["speaker"] is None:  # "X a rappelé que …" ¶ « … »: the paragraph right after reported speech
                before = [q for q in indirect if q["speaker"] and q["evidence"][0][1] <= quote["evidence"][0][0]
                          and not text[q["evidence"][0][1] : quote["evidence"][0][0]].strip(" .\n")]
                if before:
                    quote["speaker"], quote["role"] = before[-1]["speaker"], before[-1]["role"]
        doc._.px_quotes = direct + indirect
        return doc

    def _relative_tail(self, between: str) -> bool:
        """Whether the words after an attribution only end its sentence with a relative clause about the speaker
        (", der … geblieben war."), so that the quote goes on after them."""
        words = between.strip().split()
        return len(words) > 1 and between.lstrip().startswith(",") and words[1] in self.relative_pronouns \
            and between.rstrip().endswith(".") and between.count(".") == 1

    def _interviewee(self, text: str, seg: Segment, persons: list[Span]) -> str | None:
        """Who answers in a question-and-answer block: the one person a short heading above it names
        ("Nachgefragt bei Raffaele Marciello") or an earlier answer is headed by ("Pierre Gasly : « …"), over
        question lines and earlier answers only."""
        below = ""  # the line under the one read
        for start in _line_starts(text, seg.outer_start):
            line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)].strip()
            if line.endswith(("?", "…", "...")) or line[:1] in self.marks \
                    or not self.addressee_pronouns.isdisjoint(re.findall(r"\w+", line)):
                below = line
                continue  # a question, the interviewer's remark ("Am Ende saß dir X im Nacken."), an earlier answer
            colon = line.find(":")
            head = line[:colon] if 0 < colon < 60 and line[colon + 1 :].lstrip()[:1] in self.marks else line
            named = {name_of(p) for p in persons if start <= p.start_char < start + len(head)}
            one_sentence = line[-1:] == "." and line.count(".") == 1
            heading = len(line.split()) <= 8 and line[-1:] not in ".!" + self.mark_chars
            if len(named) == 1 and (head is not line or heading
                                    or (one_sentence and (len(line.split()) <= 15 or below.endswith("?")))):
                # a heading, an earlier answer under "Pierre Gasly : « …", or a one-sentence introduction to the
                # questions ("Wir haben mit Nico Hülkenberg nach der Siegerehrung gesprochen.")
                return named.pop()
            return None
        return None

    def _join_interrupted(self, text: str, drafts: list[QuoteDraft]) -> list[QuoteDraft]:
        joined: list[QuoteDraft] = []
        for d in drafts:
            if joined:
                p = joined[-1]
                last = p.segments[-1]
                if p.joins_next and d.speaker is None and d.segments[0].line == last.line:
                    p.segments.extend(d.segments)
                    p.joins_next = False
                    continue
            joined.append(d)
        return joined

    @staticmethod
    def _pronoun_speaker(text: str, draft: QuoteDraft, persons: list[Span],
                         last_speaker: tuple[str | None, str | None, int], indirect: list[dict]):
        """Who "er"/"he"/"il" is: the person last named before the quote in its paragraph, else the last
        speaker (of a quote or of reported speech), else the person last named before the quote."""
        first = draft.segments[0].outer_start
        line_start = text.rfind("\n", 0, first) + 1
        named = [p for p in persons if line_start <= p.start_char < first]
        if named:  # the subject of the sentence that names the last of them ("Dixon … with Wheldon and Mears. "…," he
            # said")
            return name_of(next(p for p in named if p.start >= named[-1].sent.start)), None
        reported = [q for q in indirect if last_speaker[2] < q["evidence"][0][0] < first]
        if reported:  # "X a reconnu que …" ¶ « … », a-t-il déclaré
            return reported[-1]["speaker"], reported[-1]["role"]
        if last_speaker[0] is not None:
            return last_speaker[:2]
        earlier = [p for p in persons if p.end_char <= first]
        return (name_of(earlier[-1]), None) if earlier else (None, None)

    @staticmethod
    def _continues_open_quote(text: str, prev: QuoteDraft, seg: Segment) -> bool:
        """A paragraph opening with a mark after a paragraph whose quotation was never closed."""
        last = prev.segments[-1]
        return (not last.closed and seg.line > last.line and not text[last.outer_end : seg.outer_start].strip()
                and (prev.attribution is None or prev.attribution[0] < last.outer_start))

    def _only_space_or_attribution(self, text: str, prev: QuoteDraft, seg: Segment) -> bool:
        last = prev.segments[-1]
        if seg.line == last.line:
            return False
        gap = text[last.outer_end : seg.outer_start]
        if prev.attribution and prev.attribution[0] >= last.outer_end:
            gap = text[prev.attribution[1] : seg.outer_start] if prev.attribution[1] <= seg.outer_start else gap
        return not gap.strip(" \t\r\n.,")

    def _is_question(self, before: str) -> bool:
        label = before.strip().rstrip(":").strip()
        return bool(label) and label in self.question_labels

    def _sentence_tokens(self, doc: Doc, start: int, end: int) -> Span | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def _attribution_after(self, doc: Doc, rng: tuple[int, int], persons: list[Span]):
        """``"…", sagt Teamchef X.`` — a cue verb and a speaker right after the quote, in one clause."""
        text = text_of(doc)
        start, end = rng
        clause_end = end
        for stop in self.attribution_stop.finditer(text, start, end):
            word = text[start : stop.start() + 1].rsplit(None, 1)[-1] if stop.group()[0] == "." else ""
            if word not in self.abbreviations:  # "…", erklärte Dr. Wolfgang Ullrich, Leiter Audi Motorsport.
                clause_end = stop.start()
                break
        clause = text[start:clause_end]
        if len(clause.split()) > 14:  # ", a déclaré Vergne, qui avait terminé deuxième …": up to the next comma
            if text[start - 2 : start - 1] in (".", "!", "?") and clause.lstrip()[:1].isupper():
                # „… Mannschaft.“ Sportdirektor X fügte hinzu, man habe …: a sentence of its own, reporting X
                return None
            cut = clause.find(",", len(clause) - len(clause.lstrip(" ,")))
            clause_end = start + cut if cut > 0 else clause_end
            clause = text[start:clause_end]
        if not clause.strip(" ,") or len(clause.split()) > 14:
            return None
        span = self._sentence_tokens(doc, start, clause_end)
        if span is None:
            return None
        words = [t.text for t in span]
        if not any(w in self.cue_verbs for w in words[: self.window]):
            return None
        return self._speaker_in(doc, span, persons)

    def _attribution_before(self, doc: Doc, rng: tuple[int, int], persons: list[Span], *, inline: bool = False):
        """``X sagte: "…"`` or ``X: "…"`` — a clause ending in a colon right before the quote;
        with ``inline``, also ``X spoke of "…"`` (see ``_attribution_inline``)."""
        text = text_of(doc)
        start, end = rng
        clause = text[start:end].rstrip()
        clause_start = start + self._clause_start(clause)
        if clause.endswith(".") and inline:
            # "Le directeur de l'équipe, Mark Preston, a salué le travail de ses pilotes. « … »": the sentence
            # just before the quote, in its paragraph, names the speaker with a speech verb
            span = self._sentence_tokens(doc, clause_start, start + len(clause) - 1)
            named = [p for p in persons if p.start >= span.start and p.end <= span.end] if span is not None else []
            if named and (any(t.text in self.cue_verbs for t in span)
                          or (len(named) == 1 and named[0].start <= span.start + 4
                              and not any(t.is_punct for t in doc[span.start : named[0].start]))):
                # … or its subject, the one person it names, first or after a few words and no punctuation ("David
                # Coulthard was happy to have contributed to the double. "My job today …"", "Auch Järveoja rang um
                # Fassung. „…“", "Toyota team principal Jari-Matti Latvala was particularly impressed …")
                return self._speaker_in(doc, span, persons)
            return None
        if not clause.endswith(":"):
            return self._attribution_inline(doc, clause_start, start + len(clause), persons) if inline else None
        span = self._sentence_tokens(doc, clause_start, start + len(clause) - 1)
        if span is None:
            return None
        return self._speaker_in(doc, span, persons)

    def _clause_start(self, text: str) -> int:
        """Where the last sentence of ``text`` starts: after its last ". ", "! " or "? " that does not end
        an abbreviation ("Dr. Wolfgang Ullrich:")."""
        cut = len(text)
        while True:
            cut = max(text.rfind(". ", 0, cut), text.rfind("! ", 0, cut), text.rfind("? ", 0, cut))
            if cut < 0:
                return 0
            word = text[: cut + 1].rsplit(None, 1)[-1]
            if text[cut] != "." or word not in self.abbreviations:
                return cut + 2

    def _attribution_inline(self, doc: Doc, start: int, end: int, persons: list[Span]):
        """``X spoke of "…"`` — a named person and a speech verb in the last words before the quote."""
        span = self._sentence_tokens(doc, start, end) if end > start else None
        if span is not None and len(span) > 1 and span[0].text in self.opinion_openers:
            # "Pour Stéphane Sarrazin, déjà vainqueur à Sakhir, « … »": the person the sentence opens with
            person = next((p for p in persons if p.start == span.start + 1), None)
            if person is not None:
                return name_of(person), self.roles.role_of(doc, person, within=span), (span.start_char, span.end_char)
        if span is None or not any(t.text in self.cue_verbs for t in span[-self.window :]):
            return None
        if not any(p.start >= span.start and p.end <= span.end for p in persons):
            return None
        return self._speaker_in(doc, span, persons)

    def _header(self, doc: Doc, line_start: int, persons: list[Span]):
        """An interview block: the previous non-empty line is ``Name (Rolle):`` or ends in a colon."""
        text = text_of(doc)
        j = line_start - 1
        while j > 0 and text[j - 1] in "\n\r \t":
            j -= 1
        prev_start = text.rfind("\n", 0, j) + 1
        line = text[prev_start:j].rstrip()
        if not line.endswith(":") or self._is_question(line):
            return None
        span = self._sentence_tokens(doc, prev_start, prev_start + len(line) - 1)
        if span is None:
            return None
        return self._speaker_in(doc, span, persons)

    def _speaker_in(self, doc: Doc, span: Span, persons: list[Span]):
        """Speaker name, role and the attribution's span inside ``span``."""
        first = bisect.bisect_left(_starts(persons), span.start)
        inside = []
        for p in persons[first:]:
            if p.start >= span.end:
                break
            if p.end <= span.end:
                inside.append(p)
        evidence = (span.start_char, span.end_char)
        if inside:
            person = inside[0]
            role = self.roles.role_of(doc, person, within=span)
            if role is None and person.start - 1 > span.start and doc[person.start - 1].text == ",":
                # "…", said the team principal, Tommi Mäkinen.
                role = self.roles.role_words(doc[span.start : person.start - 1])
            return name_of(person), role, evidence
        for token in span:
            if token.text in self.pronouns:
                return token.text, None, evidence
        role = self.roles.role_words(span)
        if role:
            person = self.roles.person_with_role(doc, role, before=span.start)
            if person is not None:
                return name_of(person), role, evidence
            return None, role, evidence
        if any(t.text in self.articles for t in span):
            # "so der 51-Jährige": the person last named before the quote, not one dated as history
            # ("after Mika Häkkinen (1998 and 1999) he is the third Finnish champion")
            texts = TokenTable.of(doc).text
            earlier = [p for p in persons if p.end <= span.start
                       and not (p.end + 1 < len(texts) and texts[p.end] == "(" and YEAR_TOKEN.match(texts[p.end + 1]))]
            if earlier:
                # the first of the sentence that names the last of them: its subject ("Hamilton zog mit seinem Idol
                # Ayrton Senna gleich. „…“, sagte der 30-Jährige")
                sent_start = earlier[-1].sent.start
                subject = next(p for p in earlier if p.start >= sent_start)
                return name_of(subject), None, evidence
        return None

    # -- reported speech ---------------------------------------------------------------------
    def _is_reported(self, word: str) -> bool:
        """A finite verb in the reported mood or tense (``reported_verbs``, or a ``reported_suffixes`` ending)."""
        if word in self.reported_verbs:
            return True
        return (bool(self.reported_suffixes) and len(word) > 3 and word.casefold().endswith(self.reported_suffixes)
                and word.casefold() not in self.reported_exceptions and word[:1].islower())

    def _indirect(self, doc: Doc, segments: list[Segment], persons: list[Span]) -> list[dict]:
        """Reported speech: a speech verb and a clause in the reported mood or tense (data, ``quotes.yaml``).

        ``X sagte, man sei zufrieden`` / ``X mahnte: Das Wetter könne …`` / ``Man sei zufrieden, sagte X`` /
        ``X said that the team had …`` / ``X a déclaré que l'équipe avait …``. Where the language allows it
        (``reported_speech_continues``), following sentences in the reported mood with no speech verb of
        their own continue the quote.
        """
        records: list[dict] = []
        quoted = Ranges((s.outer_start, s.outer_end) for s in segments)
        sents = []
        for s in doc.sents:
            if not quoted.overlaps(s.start_char, s.end_char):
                sents.append(s)
                continue
            k = bisect.bisect_right(quoted.starts, s.start_char - 1)
            first_quote = quoted.starts[k] if k < len(quoted.starts) else None
            if first_quote is not None and s.start_char < first_quote < s.end_char and \
                    quoted.covering(s.start_char) is None:
                # the words before a quote in its sentence ("X said the title was …: “…”")
                head = doc.char_span(s.start_char, first_quote, alignment_mode="contract")
                if head is not None and len(head) > 3:
                    sents.append(head)
        current: dict | None = None
        last_end = -1
        texts = TokenTable.of(doc).text
        reported_at = list(compress(count(), map(self.reported_texts.__getitem__, texts)))
        cues_at = list(compress(count(), map(self.indirect_cues.__contains__, texts)))
        for sent in sents:
            first = bisect.bisect_left(reported_at, sent.start)
            reported = [i - sent.start for i in reported_at[first : bisect.bisect_left(reported_at, sent.end)]]
            k = bisect.bisect_left(cues_at, sent.start)
            cue = cues_at[k] - sent.start if k < len(cues_at) and cues_at[k] < sent.end else None
            if current is not None and self.reported_continues and cue is None and reported \
                    and sent.start_char - last_end <= 2:
                current["text"] = text_of(doc)[current["_start"] : _end_of(sent)]
                current["evidence"].append((sent.start_char, sent.end_char))
                last_end = sent.end_char
                continue
            current = None
            according = self._according(doc, sent, persons, records)
            if according is not None:  # "Selon lui, la clé a été …"
                records.append(according)
                continue
            if cue is None or not (reported or (sent.start + cue + 1 < sent.end
                                                and texts[sent.start + cue + 1] in self.infinitive_openers)):
                continue
            found = self._reported_clause(doc, list(sent), cue, reported)
            if found is None:
                continue
            clause_start, clause_end, attribution = found
            speaker, role = self._reported_speaker(doc, attribution, persons, sent)
            if speaker is None:
                continue
            for start, end in self._second_report(doc, clause_start, clause_end):
                current = {"text": text_of(doc)[start:end].rstrip(" .,;:"), "speaker": speaker, "role": role,
                           "kind": "indirect", "evidence": [(sent.start_char, sent.end_char)], "confidence": 0.6,
                           "_start": start}
                records.append(current)
            last_end = sent.end_char
        for record in records:
            record.pop("_start")
            record["text"] = re.sub(r"\s+", " ", record["text"]).rstrip(" .")
        return records

    def _according(self, doc: Doc, sent: Span, persons: list[Span], records: list[dict]) -> dict | None:
        """A sentence opening with "according to" and a pronoun or descriptor ("Selon lui, …", "Selon l'Écossais, …":
        the speaker of the reported speech right before it) or a name and its role ("Selon Laurent Rossi, directeur
        général d'Alpine, …"): the words after them, reported."""
        text = text_of(doc)
        opening = next((w for w in self.according_to if text.startswith(w, sent.start_char)), None)
        if opening is None:
            return None
        after = sent.start_char + len(opening)
        word = re.match(r"[^\W\d]+", text[after:sent.end_char])
        person = next((p for p in persons if p.start_char == after), None)
        # a pronoun, or a descriptor ("Selon l'Écossais, …"): the speaker of the reported speech right before
        referred = self._descriptor_end(text, after, sent.end_char) if word is None or \
            word.group(0) not in self.according_pronouns else after + word.end()
        if referred is not None:
            said = records[-1] if records and not text[records[-1]["evidence"][-1][1] : sent.start_char].strip() \
                else None
            if said is None:
                return None
            speaker, role, end = said["speaker"], said["role"], referred
        elif person is not None:
            speaker, end = name_of(person), person.end_char
            role = self.roles.role_of(doc, person, within=sent) or self.roles.role_for_name(doc, speaker)
            comma = text.find(",", end + 1, sent.end_char)
            if text[end : end + 1] == "," and comma > 0 and text[end + 1 : comma].strip().casefold().startswith(
                    self.roles.heads):
                end = comma  # past the role in apposition
        else:
            return None
        if text[end : end + 1] != ",":
            return None
        start = end + 1
        while start < sent.end_char and text[start].isspace():
            start += 1
        words = re.sub(r"\s+", " ", text[start : sent.end_char]).rstrip(" .")
        if len(words.split()) < 3:
            return None
        return {"text": words, "speaker": speaker, "role": role, "kind": "indirect",
                "evidence": [(sent.start_char, sent.end_char)], "confidence": 0.6, "_start": start}

    def _descriptor_end(self, text: str, start: int, end: int) -> int | None:
        """Where a descriptor at ``start`` ends: an article and one or two words before a comma, one of them a
        nationality or a role ("l'Écossais", "the Scot", "le pilote italien")."""
        article = next((a for a in self.articles if text.startswith(a, start)), None)
        if article is None:
            return None
        m = re.match(r"\s*([^\W\d][\w-]*)(?:\s+([^\W\d][\w-]*))?,", text[start + len(article) : end])
        if m is None or not any(w and (w.casefold() in self.nationality_words or self.roles.is_role_word(w))
                                for w in m.groups()):
            return None
        return start + len(article) + m.end() - 1

    def _reported_clause(self, doc: Doc, tokens: list, cue: int, reported: list[int]):
        """(start char, end char, attribution span) of the reported words in one sentence."""
        found = self._complement_clause(doc, tokens, cue, reported)
        if found is not None:
            return found
        seps = [i for i, t in enumerate(tokens) if t.text in self.separators]
        after = next((i for i in seps if i > cue), None)
        if after is not None and after - cue <= 8 and any(r > after for r in reported):
            start = tokens[after + 1].idx if after + 1 < len(tokens) else None
            if start is not None:
                return start, _end_of(tokens[-1]), doc[tokens[0].i : tokens[after].i]
        before = [i for i in seps if i < cue and cue - i <= 2]
        if before and any(r < before[-1] for r in reported):
            comma = before[-1]
            attribution_end = next((i for i in seps if i > cue), len(tokens))
            text_end = tokens[comma].idx
            return tokens[0].idx, text_end, doc[tokens[comma].i : tokens[attribution_end - 1].i + 1]
        return None

    def _complement_clause(self, doc: Doc, tokens: list, cue: int, reported: list[int]):
        """``X said (that) the team had …`` / ``X a déclaré que …``: the clause after the speech verb.

        The clause opens with a complementizer right after the verb, or — where ``complementizer_optional`` —
        directly after it; its first verb must be reported (``_is_reported``) within a few words.
        """
        if not self.complementizers or cue + 1 >= len(tokens):
            return None
        start = cue + 1
        reach = len(tokens)
        # the complementizer may follow a few words about when it was said ("a confié à l'arrivée qu'il …")
        opener = next((k for k in range(start, min(start + COMPLEMENTIZER_DELAY + 1, len(tokens)))
                       if tokens[k].text in self.complementizers or tokens[k].is_punct), None)
        if tokens[start].text in self.infinitive_openers:
            reported = [start]  # "a reconnu avoir vécu …": an infinitive needs no tense of its own
        elif opener is not None and tokens[opener].text in self.complementizers:
            start = opener + 1
        elif not self.complementizer_optional or tokens[start].is_punct or tokens[start].text in self.indirect_cues:
            return None
        else:  # "he said the team had …", not "X added victories at A and at B, where the team claimed …"
            reach = start + OPTIONAL_COMPLEMENT_REACH
        if start >= len(tokens) or not any(start <= r < reach for r in reported):
            return None
        end = len(tokens)
        while end > start and tokens[end - 1].is_punct and tokens[end - 1].text not in {")"}:
            end -= 1
        if end - start < 3:
            return None
        return tokens[start].idx, _end_of(tokens[end - 1]), doc[tokens[0].i : tokens[cue].i + 1]

    def _second_report(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """The reported clause ``[start, end)`` (characters), cut where a coordinated speech verb reports a second one
        ("… aux circonstances, mais a estimé qu'il récompensait …"): each part's characters."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return [(start, end)]
        tokens = list(span)
        for k, token in enumerate(tokens[:-3]):
            if token.text not in self.coordinators or k == 0 or tokens[k - 1].text != ",":
                continue
            cue = next((j for j in range(k + 1, min(k + 4, len(tokens) - 1)) if tokens[j].text in self.indirect_cues),
                       None)
            if cue is not None and tokens[cue + 1].text in self.complementizers and cue + 2 < len(tokens):
                return [(start, tokens[k - 1].idx), (tokens[cue + 2].idx, end)]
        return [(start, end)]

    def _reported_speaker(self, doc: Doc, attribution: Span, persons: list[Span], sent: Span):
        inside = [p for p in persons if attribution.start <= p.start and p.end <= attribution.end]
        if inside:
            # not a name inside a relative clause about the speaker ("Gavin, der mit Milner … gewonnen hatte, sagte")
            person = next((p for p in reversed(inside) if not self._in_relative_clause(doc, p, attribution)
                           and not _in_apposition(doc, p, inside, attribution)), inside[-1])
            role = self.roles.role_of(doc, person, within=sent) or self.roles.role_for_name(doc, name_of(person))
            return name_of(person), role
        earlier = [p for p in persons if p.end <= attribution.start]
        if earlier and (any(t.text in self.pronouns for t in attribution) or any(t.text in self.articles for t in attribution)):
            # the sentence before: its first person is its topic ("For Jordan Taylor, who won … alongside
            # Angelelli, … He said …"); in the speaker's own sentence, the person named last
            last_sentence = sentence_of(earlier[-1]).start
            before = [p for p in earlier if sentence_of(p).start == last_sentence]
            person = before[0] if last_sentence != sent.start else earlier[-1]
            paragraph = text_of(doc).rfind("\n", 0, sent.start_char) + 1
            of_nationality = self._of_nationality(attribution, earlier)
            if of_nationality is not None:  # "Le pilote italien a expliqué …": the Italian named last before
                return name_of(of_nationality), self.roles.role_for_name(doc, name_of(of_nationality))
            if person.start_char < paragraph and not any(t.text in self.pronouns for t in attribution):
                # "Le pilote a expliqué que …" opening a paragraph: the release's own person, named first
                return name_of(persons[0]), self.roles.role_for_name(doc, name_of(persons[0]))
            return name_of(person), self.roles.role_for_name(doc, name_of(person))
        return None, None

    def _of_nationality(self, words: Span, earlier: list[Span]) -> Span | None:
        """The person named last in ``earlier`` whose nationality (knowledge base) a word of ``words`` names."""
        codes = {self.nationality_words.get(t.text.casefold()) for t in words} - {None}
        if len(codes) != 1:
            return None
        code = codes.pop()
        entries = ((p, self.kb.get(p.kb_id_)) for p in reversed(earlier) if p.kb_id_)
        return next((p for p, entry in entries if entry is not None and entry.data.get("nationality") == code), None)

    def _in_relative_clause(self, doc: Doc, person: Span, within: Span) -> bool:
        """Whether ``person`` stands inside a relative clause between commas within ``within``."""
        opened = next((k for k in range(person.start - 1, within.start, -1) if doc[k].text == ","), None)
        if opened is None or opened + 1 >= person.start or doc[opened + 1].text not in self.relative_pronouns:
            return False
        return any(doc[k].text == "," for k in range(person.end, within.end))

    def _record(self, doc: Doc, draft: QuoteDraft) -> dict:
        text = text_of(doc)
        words = " ".join(re.sub(r"\s+", " ", text[s.start : s.end]).strip() for s in draft.segments)
        evidence = [(s.outer_start, s.outer_end) for s in draft.segments]
        if draft.attribution:
            evidence.append(draft.attribution)
        role = draft.role
        if role is None and draft.speaker:
            role = self.roles.role_for_name(doc, draft.speaker)
        record = {
            "text": words,
            "speaker": draft.speaker,
            "role": role,
            "kind": "direct",
            "evidence": sorted(evidence),
            "confidence": draft.confidence,
        }
        if draft.attribution and self._names_the_winner(doc, draft.attribution):
            record["_winner"] = True  # "sagte der Sieger": the results component names the one placed first
        return record

    def _names_the_winner(self, doc: Doc, attribution: tuple[int, int]) -> bool:
        """Whether an attribution calls the speaker the winner and names nobody ("sagte der Sieger")."""
        span = doc.char_span(*attribution, alignment_mode="expand")
        return span is not None and any(t.text in self.winner_words for t in span) \
            and not any(e.label_ == "PERSON" for e in ents_within(doc, span.start, span.end))


def _in_apposition(doc: Doc, person: Span, persons: list[Span], within: Span) -> bool:
    """Whether ``person`` stands between commas right after another of ``persons`` within ``within`` ("Elfyn Evans,
    associé à Scott Martin, a reconnu …"): an aside about that one, who speaks."""
    opened = next((k for k in range(person.start - 1, within.start, -1) if doc[k].text == ","), None)
    return opened is not None and any(p.end == opened for p in persons) \
        and any(doc[k].text == "," for k in range(person.end, within.end))


def _end_of(item) -> int:
    """End character of a token or span."""
    return item.end_char if isinstance(item, Span) else item.idx + len(item.text)


def _any_of(marks) -> re.Pattern:
    """A pattern for any one of the one-character ``marks`` (longer ones never match a character)."""
    chars = "".join(re.escape(m) for m in marks if len(m) == 1)
    return re.compile(f"[{chars}]" if chars else "(?!)")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts(persons: list[Span]) -> list[int]:
    return [p.start for p in persons]


def _most_named(persons: list[Span], before: int) -> str | None:
    """The person named most often before character ``before`` (ties: the one named last)."""
    seen: dict[str, tuple[int, int]] = {}  # name → (mentions, last mention)
    for p in persons:
        if p.start_char < before:
            seen[name_of(p)] = (seen.get(name_of(p), (0, 0))[0] + 1, p.start_char)
    return max(seen, key=seen.get) if seen else None


def _line_starts(text: str, end: int) -> list[int]:
    """Starts of the non-empty lines before ``end``, last first."""
    return [m.start() for m in re.finditer(r"(?m)^[^\n]*\S", text[:end])][::-1]


def _headline_speaker(text: str, seg: Segment, persons: list[Span]) -> str | None:
    """Who a quote in the headline is by: the first person named after it in the headline or the line
    below (the sub-headline), if the quote opens the release."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[:2000])][:2]
    if not lines or seg.outer_start >= lines[0].end():
        return None
    end = lines[-1].end()
    return next((name_of(p) for p in persons if seg.outer_end <= p.start_char < end), None)
