"""Text stage: HTML -> article text and metadata with trafilatura, then Indonesian boilerplate removed.

Offsets reported by later stages refer to `Article.text` as this stage leaves it.
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .readers import parse_date
from .records import OK, SKIPPED, Article

# htmldate without its extensive search: metadata and dated markup only, so a copyright
# footer or a bare year in the page is never taken for the publication date.
# Fewer words than this in what trafilatura keeps of a page is a menu or a caption, not news.
MIN_ARTICLE_WORDS = 40

_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@lru_cache(maxsize=4)
def boilerplate_patterns(model_dir: str) -> tuple[re.Pattern, ...]:
    """Whole-line patterns of boilerplate (models/<name>/text/boilerplate.txt, one regex a line)."""
    path = Path(model_dir) / "text" / "boilerplate.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return tuple(re.compile(l.strip(), re.I) for l in lines if l.strip() and not l.startswith("#"))


@dataclass(frozen=True)
class Gate:
    """Trigger words of the model's gate (models/<name>/text/gate.txt), checked with `in` on the
    lowercased text: a 100 KB page costs a few milliseconds, a tenth of trafilatura's."""

    words: tuple[str, ...]
    whole_words: tuple[str, ...]  # short words that count only standing alone

    def passes(self, raw: str) -> bool:
        low = raw.lower()
        return any(w in low for w in self.words) or any(_whole_word(low, w) for w in self.whole_words)


def _whole_word(text: str, word: str) -> bool:
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        i = text.find(word, i + 1)
    return False


@lru_cache(maxsize=4)
def load_gate(model_dir: str) -> Gate | None:
    path = Path(model_dir) / "text" / "gate.txt"
    if not path.exists():
        return None
    lines = [l.strip().lower() for l in path.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    return Gate(tuple(l for l in lines if not l.startswith("=")), tuple(l[1:] for l in lines if l.startswith("=")))


# Read on raw pages the gate skips, whatever they hold: every repetition is bounded, so a page of
# thousands of unclosed "<meta" costs time linear in its head, not minutes of backtracking.
_HEAD = 100_000  # the <head> of any page is within it
_META_TAG = re.compile(r"<meta\b[^>]{0,1000}>", re.I)
_OG_URL_PROPERTY = re.compile(r"""property\s*=\s*["']og:url["']""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']{1,2000})""", re.I)


def page_title(head: str) -> str | None:
    """The text of the first `<title>` element of a page's head, if any (found with str.find:
    linear whatever the page holds)."""
    low = head.lower()
    start = low.find("<title")
    start = low.find(">", start) if start >= 0 else -1
    end = low.find("</title>", start) if start >= 0 else -1
    if end < 0:
        return None
    return html_lib.unescape(re.sub(r"\s+", " ", head[start + 1:end])).strip()[:300] or None


def og_url(head: str) -> str | None:
    """The `<meta property="og:url" content="...">` of a page's head, if any."""
    for tag in _META_TAG.finditer(head):
        if _OG_URL_PROPERTY.search(tag.group()):
            m = _CONTENT.search(tag.group())
            return m.group(1) if m else None
    return None



def gate(article: Article, model_dir: str) -> Article:
    """Skip, before any parsing, a document with no trace of an agreement or a compliance result;
    its row still gets the url and title a cheap look at the page finds."""
    g = load_gate(model_dir)
    if g is None or article.status != OK or g.passes(article.raw):
        return article
    if article.fmt == "html":
        head = article.raw[:_HEAD]
        article.title = article.title or page_title(head)
        article.url = article.url or og_url(head)
    else:
        article.title = article.title or next((l.strip()[:300] for l in article.raw.splitlines() if l.strip()), None)
    article.raw = ""
    return article.fail(SKIPPED, "no trace of an agreement or a compliance result (gate)")


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

        # fast: no second opinion from readability/jusText; on the dev pages and 80 bench pages
        # it changed one English page's text, and it saves a fifth of trafilatura's time
        doc = bare_extraction(article.raw, url=article.url, with_metadata=True,
                              include_comments=False, include_tables=False,
                              date_extraction_params=_DATE_PARAMS, fast=True)
        if doc is None or not (doc.text or "").strip():
            return article.fail(SKIPPED, "no article text found in the page")
        if len(re.findall(r"\w+", doc.text)) < MIN_ARTICLE_WORDS:
            return article.fail(SKIPPED, "no article text found in the page (only a few words: menus, captions)")
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
