"""Sepakat: Indonesian government agreement signings, read from news into Parquet tables.

    >>> import pipeline
    >>> rows = pipeline.extract("<html>...</html>", url="https://...", published="2024-06-04")
    >>> rows["events"]            # the same rows a batch run writes, as lists of dicts
    >>> tables = pipeline.load("outputs")   # an output folder as pandas DataFrames
"""
from __future__ import annotations

__version__ = "0.1.0"


def extract(text_or_html: str, url: str | None = None, published=None, model=None) -> dict[str, list[dict]]:
    """One article through the batch path (no files written): its rows of every table."""
    from .config import DEFAULT_MODEL
    from .readers import doc_id_for, parse_date
    from .records import Article, article_rows

    proc = _processor(str(model or DEFAULT_MODEL))
    is_html = text_or_html.lstrip()[:1] == "<"
    art = Article(doc_id=doc_id_for(url or "article", text_or_html), source=url or "<string>",
                  fmt="html" if is_html else "text", raw=text_or_html, url=url,
                  published=published if hasattr(published, "year") else parse_date(published))
    return article_rows(proc(art))


def load(out):
    """The tables of an output folder as pandas DataFrames, with their joins (`pipeline.load`)."""
    from .tables import load as load_tables

    return load_tables(out)


_PROCESSORS: dict = {}


def _processor(model: str):
    from .stages import Processor

    if model not in _PROCESSORS:
        _PROCESSORS[model] = Processor(model)
    return _PROCESSORS[model]
