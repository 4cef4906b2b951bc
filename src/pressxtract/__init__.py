"""pressxtract: structured, checkable records from motorsport press releases."""

from .compiled import check_extensions

__version__ = "0.1.0"

check_extensions()
