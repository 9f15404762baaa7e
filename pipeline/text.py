"""Text stage: HTML -> article text and metadata with trafilatura, then Indonesian boilerplate removed.

Offsets reported by later stages refer to `Article.text` as this stage leaves it.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from .readers import parse_date
from .records import SKIPPED, Article

# htmldate without its extensive search: metadata and dated markup only, so a copyright
# footer or a bare year in the page is never taken for the publication date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@lru_cache(maxsize=4)
def boilerplate_patterns(model_dir: str) -> tuple[re.Pattern, ...]:
    """Whole-line patterns of boilerplate (models/<name>/text/boilerplate.txt, one regex a line)."""
    path = Path(model_dir) / "text" / "boilerplate.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return tuple(re.compile(l.strip(), re.I) for l in lines if l.strip() and not l.startswith("#"))


def clean_text(text: str, patterns: tuple[re.Pattern, ...]) -> str:
    """Drop boilerplate lines, normalise whitespace and markdown emphasis; keep paragraph breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"(?<!\w)\*{1,2}([^*\n]+)\*{1,2}(?!\w)", r"\1", text)
    kept = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        if line and any(p.search(line) for p in patterns):
            continue
        kept.append(line)
    text = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def extract_text(article: Article, model_dir: str) -> Article:
    """Fill `text`, `title`, `url`, `outlet` and `published` of an article read by a reader."""
    patterns = boilerplate_patterns(model_dir)
    if article.fmt == "html":
        from trafilatura import bare_extraction

        doc = bare_extraction(article.raw, url=article.url, with_metadata=True,
                              include_comments=False, include_tables=False,
                              date_extraction_params=_DATE_PARAMS)
        if doc is None or not (doc.text or "").strip():
            return article.fail(SKIPPED, "no article text found in the page")
        article.url = article.url or doc.url or None
        article.title = article.title or doc.title or None
        article.outlet = doc.sitename or article.outlet
        article.published = article.published or parse_date(doc.date)
        text = doc.text
    else:
        text = str(article.raw)
        if not article.title:
            first = next((l.strip() for l in text.splitlines() if l.strip()), "")
            article.title = first[:300] or None
    article.raw = ""  # the text is what flows on; drop the page to keep memory flat
    article.text = clean_text(text, patterns)
    if not article.text:
        return article.fail(SKIPPED, "empty after boilerplate removal")
    return article


def guess_published(text: str, find_dates) -> dt.date | None:
    """A byline date at the head of a plain-text article ("Selasa, 04 Juni 2024 - Nama")."""
    head = "\n".join(text.splitlines()[:6])
    for d, _start, _end in find_dates(head):
        if d.precision == "day":
            return d.date
    return None


def is_indonesian(text: str, min_ratio: float = 0.12) -> bool:
    """Indonesian prose is dense in function words (yang, dan, di, untuk ...): spaCy's Indonesian
    stop words make at least `min_ratio` of its words. Short texts are given the benefit of doubt."""
    from spacy.lang.id.stop_words import STOP_WORDS

    words = re.findall(r"[a-z]+", text.lower())[:400]
    if len(words) < 40:
        return True
    return sum(w in STOP_WORDS for w in words) / len(words) >= min_ratio
