"""spaCy pipeline components, one factory per module; importing this package registers them."""

from . import entities, events, quotes, results, sentences, temporal, titles  # noqa: F401
