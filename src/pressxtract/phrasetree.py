"""Phrase lists as regular expressions: alternations written as a tree of the phrases' shared beginnings."""

from __future__ import annotations

import re


def phrase_regex(phrases: list[str]) -> re.Pattern | None:
    """Any of ``phrases`` as whole words (an empty phrase: any word boundary), longest first; ``None`` for none."""
    if not phrases:
        return None
    # "(?<!\w)" checked after the first character: the pattern then opens with a literal, which lets the
    # engine skip to the positions holding a phrase's first character
    alternatives = [alternation(phrases, after_first=r"(?<!\w[\s\S])")] if any(phrases) else []
    if "" in phrases:  # an empty phrase matches where no other does
        alternatives.append(r"(?<!\w)")
    return re.compile(rf"(?:{'|'.join(alternatives)})(?!\w)")


def alternation(phrases: list[str], after_first: str = "") -> str:
    """A regex alternation of ``phrases`` that tries the longest phrase first, as the phrases sorted
    longest first would, written as a tree of their shared beginnings (one branch per next character)
    so that most positions fail at once; ``after_first`` stands after each phrase's first character."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def branches(node: dict, first: bool) -> list[str]:
        return [re.escape(char) + (after_first if first else "") + rest(child)
                for char, child in sorted(node.items()) if char]

    def rest(node: dict) -> str:
        parts = branches(node, False)
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
        return f"(?:{body})?" if "" in node else body  # a longer phrase first, else the one ending here

    return "|".join(branches(tree, True))
