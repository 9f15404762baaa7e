"""Sepakat: Indonesian government agreement signings, read from news into Parquet tables.

    >>> import pipeline
    >>> rows = pipeline.extract("<html>...</html>", url="https://...", published="2024-06-04")
    >>> rows["events"]            # the same rows a batch run writes, as lists of dicts
    >>> tables = pipeline.load("outputs")   # an output folder as pandas DataFrames
"""
from __future__ import annotations

from ._version import __version__  # noqa: F401  (pipeline.__version__)


def extract(text_or_html: str, url: str | None = None, published=None, model=None) -> dict[str, list[dict]]:
    """One article through the batch path (no files written): its rows of every table."""
    from .readers import doc_id_for, parse_date
    from .records import Article, article_rows

    is_html = text_or_html.lstrip()[:1] == "<"
    art = Article(doc_id=doc_id_for(url or "article", text_or_html), source=url or "<string>",
                  fmt="html" if is_html else "text", raw=text_or_html, url=url,
                  published=published if hasattr(published, "year") else parse_date(published))
    return article_rows(_process(art, model))


def _process(art, model=None):
    """One `Article` (as a reader yields it) through the stages, its rows stamped with the model's version."""
    from .config import DEFAULT_MODEL

    proc = _processor(str(model or DEFAULT_MODEL))
    art = proc(art)
    art.model_version = proc.model_version
    return art


def load(out, history: bool = False):
    """The tables of an output folder as pandas DataFrames, with their joins (`pipeline.load`);
    `history=True` also reads the earlier rows of documents processed again (--reprocess)."""
    from .tables import load as load_tables

    return load_tables(out, history=history)


_PROCESSORS: dict = {}


def _processor(model: str):
    if model not in _PROCESSORS:
        from .startup import loading

        with loading():  # the model is kept to the end of the process (startup.py)
            from .stages import Processor

            _PROCESSORS[model] = Processor(model)
    return _PROCESSORS[model]
