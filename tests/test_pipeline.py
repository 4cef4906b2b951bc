"""The pipeline's tokenizer keeps each document's text; it is exactly what ``Doc.text`` rebuilds. The chunks it
caches ahead split as spaCy's own tokenizer splits them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressxtract.pipeline import get_pipeline
from pressxtract.tokens import text_of

from .conftest import CORPUS


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_kept_text_is_the_docs_text(lang):
    nlp = get_pipeline(lang)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))]
    texts += ["", " ", "a  b\t\tc \r\n d\u00a0e\u2028f ", "«\u00a0Oui\u00a0», dit-il.\n\n", "x\x00y"]
    for text in texts:
        doc = nlp.make_doc(text)
        assert text_of(doc) == doc.text == text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_kept_text_on_any_text(text):
    doc = get_pipeline("de").make_doc(text)
    assert text_of(doc) == doc.text


@pytest.mark.parametrize("lang", ["de", "en", "fr"])
def test_cached_chunks_give_spacys_tokens(lang):
    nlp = get_pipeline(lang)
    cls, args = nlp.tokenizer.tokenizer.__reduce__()[:2]
    spacy_tokenizer = cls(*args)  # the same rules and special cases, nothing cached
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/*.txt"))]
    texts += ["No. 8 (No. 8), No.8, «No. 8»", "(Nr. 7), Nr. 7: Abt. Abt.,"]
    for text in texts * 2:  # the second time, every chunk from the cache
        expected = [(t.text, t.whitespace_) for t in spacy_tokenizer(text)]
        assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == expected
