"""Loading the rule model without the cyclic garbage collector.

Importing spaCy and loading the rule model make some 150,000 objects that the collector tracks,
none of them garbage, and it walks them again and again while they are made: some 280
collections, two of them full, a tenth of a one-article `show` (0.1 s); the interpreter's last
collection on exit walks them once more. So the model is loaded with the collector off, and what
the process holds then is frozen (`gc.freeze`): the model is kept to the end of the process (a
worker's, or `pipeline`'s cache of processors), so no collection need ever walk it. Objects of a
notebook that exist at that moment are frozen with it; they are freed as before when nothing
refers to them, only a cycle among them would stay.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def loading():
    """The collector off meanwhile; afterwards everything made so far frozen, and the collector
    back on if it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()
