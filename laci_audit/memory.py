"""Python's cycle collector during a large audit: called rarely, and blind to what is loaded.

An audit of a large estate allocates millions of objects (fields, registrations, suggestions,
findings) that live until it ends; each collection of the oldest generation walks all of them
and frees nothing. Reference counting still frees at once everything that is not in a cycle.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between two young-generation collections during an audit (Python's default is 700).
AUDIT_GC_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run a block (an audit) with Python's cycle collector called rarely, and with what is alive
    once the declarations are loaded (freeze_loaded) left out of its passes; both are undone when
    the outermost such block ends. Reference counting still frees at once what is not in a cycle."""
    thresholds = gc.get_threshold()
    if thresholds[0] >= AUDIT_GC_THRESHOLD:  # inside an audit already
        yield
        return
    gc.set_threshold(AUDIT_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def freeze_loaded() -> None:
    """Inside fewer_collections(): leave every object alive now (the loaded declarations, 100,000
    registrations on a large estate) out of the cycle collector's later passes."""
    if gc.get_threshold()[0] >= AUDIT_GC_THRESHOLD:
        gc.freeze()
