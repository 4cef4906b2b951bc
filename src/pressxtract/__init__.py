"""pressxtract: structured, checkable records from motorsport press releases."""

__version__ = "0.1.0"
