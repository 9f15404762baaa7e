"""A Processor for worker processes under test (SEPAKAT_PROCESSOR=tests.worker_hooks:Misbehaving):
a document that holds a marker takes too long or too much memory, every other goes through the
stages. The rules themselves are linear in the text, so no real article of a size a test can
afford is slow or large enough to reach a limit."""
from __future__ import annotations

import time

from pipeline.stages import Processor
from pipeline.text import TextStage

SLOW = "[[lambat]]"       # sleeps: over any time limit
PAUSE = "[[jeda]]"         # takes three seconds, then goes through the stages
# With the tests' limit of 700 MB, and a worker holding about 300 MB before the document:
GREEDY = "[[rakus]]"       # takes 32 MB at a time, 10 a second, up to 640 MB: only the look at its resident memory stops it
AT_ONCE = "[[sekaligus]]"  # asks for 4 GB at once, never touched (not resident): only the address-space limit stops it

ENV = {"SEPAKAT_PROCESSOR": f"{__name__}:Misbehaving", "SEPAKAT_TEXT_PROCESSOR": f"{__name__}:MisbehavingText"}


def misbehave(art) -> None:
    """Do what the document's marker asks: in its page or plain text (its raw input), or in the
    text a text worker read from its page."""
    raw = art.raw.decode("utf-8", "replace") if isinstance(art.raw, bytes) else art.raw
    raw = raw or art.text
    if SLOW in raw:
        time.sleep(3600)
    if PAUSE in raw:
        time.sleep(3)
    if GREEDY in raw:
        held = []
        while len(held) < 20:
            held.append(b"x" * 32_000_000)  # written, so resident
            time.sleep(0.1)
        time.sleep(3600)  # no memory limit held: let the time limit say so
    if AT_ONCE in raw:
        import numpy

        numpy.empty(4_000_000_000, dtype=numpy.uint8)


class Misbehaving(Processor):
    """The rules' worker (and in-process stages): the marker acts before the stages."""

    def __call__(self, art):
        misbehave(art)
        return super().__call__(art)


class MisbehavingText(TextStage):
    """A text worker: the marker in a page acts before trafilatura reads it."""

    def __call__(self, art):
        misbehave(art)
        return super().__call__(art)
