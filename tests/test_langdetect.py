"""The vectorised language identifier decides exactly as py3langid does."""

import random

import numpy as np
import py3langid

from pressxtract.langdetect import _FastIdentifier, _identifier

from .conftest import CORPUS


def _samples() -> list[str]:
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8")[:1000] for p in sorted(CORPUS.glob("*/*.txt"))]
    out = []
    for text in texts:
        out += [text, text.upper(), text.lower()]
        for size in (1, 2, 5, 7, 20, 100):
            start = rng.randrange(max(1, len(text) - size))
            out += [text[:size], text[start : start + size]]
    alphabet = "abcdefghijklmnopqrstuvwxyzäöüßéèàç ÄÖÜ.,!?0123456789«»„“\"'-\nЖжλπ漢字"
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 60))) for _ in range(500)]
    return out


def test_fast_identifier_in_use():
    assert isinstance(_identifier(), _FastIdentifier)


def test_same_decisions_as_py3langid():
    fast = _identifier()
    differ = [s for s in _samples() if fast.classify(s)[0] != py3langid.classify(s)[0]]
    assert differ == []


def test_depth_is_the_automaton_trie_depth():
    """Every state is reached from the start in at most ``depth`` bytes (breadth-first over all bytes)."""
    fast = _identifier()
    depth = np.full(len(fast.row_base), -1)
    depth[0], frontier, level = 0, np.array([0]), 0
    while len(frontier):
        level += 1
        reached = np.unique(fast.next_move[(fast.row_base[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[depth[reached] < 0]
        depth[frontier] = level
    assert depth.max() == fast.depth
