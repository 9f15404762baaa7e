"""Scope points: what the parties agreed to work on, read where the text lists it.

Scope phrases count in sentences that name the instrument or introduce a list ("ruang lingkup",
"meliputi", "poin pertama"), and in the list items that follow such a sentence.
"""
from __future__ import annotations

import re

from . import Context
from .agreements import is_generic

_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)]|[a-h][.)]|(?:pertama|kedua|ketiga|keempat|kelima|keenam)\b)", re.I)


def find_scope(ctx: Context) -> list[str]:
    """Scope values in order of first mention."""
    found: list[str] = []
    in_list = False
    for i, sent in enumerate(ctx.sentences):
        has_instrument = any(not is_generic(m) for m in ctx.in_sent(i, "INSTRUMENT"))
        has_cue = bool(ctx.in_sent(i, "CUE", "scope"))
        is_item = bool(_LIST_ITEM.match(sent.text))
        if has_instrument or has_cue or (in_list and is_item):
            for m in ctx.in_sent(i, "SCOPE"):
                value = m.kb_id.split(";")[0]
                if value not in found:
                    found.append(value)
        if sent.text.rstrip().endswith(":") or has_cue and (has_instrument or "lingkup" in sent.text.lower()):
            in_list = True
        elif not is_item:
            in_list = False
    return found
