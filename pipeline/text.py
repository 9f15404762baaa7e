"""Text stage: HTML -> article text and metadata with trafilatura, then Indonesian boilerplate removed.

Offsets reported by later stages refer to `Article.text` as this stage leaves it.
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice
from pathlib import Path

from .model import Settings, read_lines, read_settings
from .readers import parse_date
from .records import FAILED, OK, SKIPPED, Article

# htmldate without its extensive search: metadata and dated markup only, so a copyright
# footer or a bare year in the page is never taken for the publication date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@dataclass(frozen=True)
class Gate:
    """Trigger words of the model's gate (models/<name>/text/gate.txt), looked for in the
    lowercased text in one pass of an Aho-Corasick automaton: a real news page of 110 KB costs
    about 0.4 ms (half of it leaving out its scripts), a news text of 2 KB about 10 us."""

    words: tuple[str, ...]
    whole_words: tuple[str, ...]  # short words that count only standing alone

    def passes(self, raw: str, html: bool = False) -> bool:
        """Whether a text (or with `html`, a page: its scripts and style sheets left out) holds a
        gate word."""
        text = _outside_scripts(raw) if html else raw
        # Gate words of ASCII letters are looked for in the UTF-8 bytes, lowercased: the same
        # answer as in the text (a letter outside ASCII is never part of such a word) in a sixth
        # of the time of lowercasing a text that holds one such letter.
        ascii_only, automaton = self._automaton
        low = text.encode("utf-8", "surrogatepass").lower() if ascii_only else text.lower()
        # every match, overlapping ones too: a whole word inside a longer one ("mou" in "mount")
        # hides no other word's match
        return any(k < len(self.words) or _stands_alone(low, start, end)
                   for k, start, end in automaton.find_matches_as_indexes(low, overlapping=True))

    @cached_property
    def _automaton(self) -> tuple[bool, object]:
        import ahocorasick_rs

        patterns = self.words + self.whole_words
        if all(w.isascii() for w in patterns):
            return True, ahocorasick_rs.BytesAhoCorasick([w.encode() for w in patterns])
        return False, ahocorasick_rs.AhoCorasick(list(patterns))


def _stands_alone(text: str | bytes, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of its own (in bytes a byte outside ASCII counts as a
    boundary: a word beside a non-ASCII letter may pass, never the reverse)."""
    return not text[start - 1:start].isalnum() and not text[end:end + 1].isalnum()


# What the text of a page can hold: not the content of its script and style elements (most of a
# modern page's bytes), which no extraction reads. Such an element ends at the first closing tag
# of its name (HTML's rule); only lowercase tags are skipped, so a page is never read as less
# than its text.
_HIDDEN = (("<script", "</script"), ("<style", "</style"))


def _outside_scripts(page: str) -> str:
    kept, pos = [], 0
    starts = [page.find(open_tag) for open_tag, _close in _HIDDEN]
    while True:
        for i, (open_tag, _close) in enumerate(_HIDDEN):
            if 0 <= starts[i] < pos:
                starts[i] = page.find(open_tag, pos)
        found = [(at, i) for i, at in enumerate(starts) if at >= 0]
        if not found:
            break
        at, i = min(found)
        end = page.find(_HIDDEN[i][1], at)
        if end < 0:
            break
        kept.append(page[pos:at])
        pos = end + len(_HIDDEN[i][1])
    kept.append(page[pos:])
    return "".join(kept)


@dataclass(frozen=True)
class TextRules:
    """The text stage's part of a model: the lines of the files of its text/ folder (gate.txt,
    boilerplate.txt, related_headings.txt, inserts.txt; "#" lines are comments), which the pipeline's `text`
    component holds and `nlp.to_disk` writes, and the model's `Settings`."""

    lines: dict[str, tuple[str, ...]]  # file name -> its lines
    settings: Settings

    def entries(self, name: str) -> list[str]:
        return [l.strip() for l in self.lines.get(name, ()) if l.strip() and not l.startswith("#")]

    @cached_property
    def gate(self) -> Gate | None:
        """The gate's words (gate.txt: a substring a line, "=word" for a word that must stand alone)."""
        if "gate.txt" not in self.lines:
            return None
        lines = [l.lower() for l in self.entries("gate.txt")]
        words = [l for l in lines if not l.startswith("=")]
        # a word that holds another ("tandatangan" holds "andatangan") passes no page the other
        # does not: left out
        words = [w for w in dict.fromkeys(words) if not any(o != w and o in w for o in words)]
        return Gate(tuple(words), tuple(l[1:] for l in lines if l.startswith("=")))

    @cached_property
    def boilerplate(self) -> tuple[re.Pattern, ...]:
        """Whole-line patterns of boilerplate (boilerplate.txt, one regex a line)."""
        return tuple(re.compile(l, re.I) for l in self.entries("boilerplate.txt"))

    @cached_property
    def headings(self) -> frozenset[str]:
        """Headings of lists of other stories (related_headings.txt)."""
        return frozenset(l.lower() for l in self.entries("related_headings.txt"))

    @cached_property
    def inserts(self) -> frozenset[str]:
        """Labels of adverts and prompts inside paragraphs (inserts.txt), lowercased, single-spaced."""
        return frozenset(" ".join(l.lower().split()) for l in self.entries("inserts.txt"))


@lru_cache(maxsize=4)
def text_rules(model_dir: str) -> TextRules:
    """The text rules of a model folder, read without spaCy (a loaded pipeline holds the same lines:
    `nlp.get_pipe("text").lines`)."""
    return TextRules(read_lines(Path(model_dir) / "text"), read_settings(model_dir))


def _rules(model: str | TextRules) -> TextRules:
    return model if isinstance(model, TextRules) else text_rules(str(model))


def boilerplate_patterns(model: str | TextRules) -> tuple[re.Pattern, ...]:
    return _rules(model).boilerplate


def related_headings(model: str | TextRules) -> frozenset[str]:
    return _rules(model).headings


def load_gate(model: str | TextRules) -> Gate | None:
    return _rules(model).gate


# Read on raw pages the gate skips, whatever they hold: every repetition is bounded, so a page of
# thousands of unclosed "<meta" costs time linear in its head, not minutes of backtracking.
_HEAD = 100_000  # the <head> of any page is within it
_TITLE_OPEN, _TITLE_CLOSE = re.compile("<title", re.I), re.compile("</title>", re.I)
_META_TAG = re.compile(r"<meta\b[^>]{0,1000}>", re.I)
_OG_URL_PROPERTY = re.compile(r"""property\s*=\s*["']og:url["']""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']{1,2000})""", re.I)


def page_title(head: str) -> str | None:
    """The text of the first `<title>` element of a page's head, if any (found by literal
    searches: linear whatever the page holds, and without lowercasing the head)."""
    opening = _TITLE_OPEN.search(head)
    start = head.find(">", opening.end()) if opening else -1
    end = _TITLE_CLOSE.search(head, start) if start >= 0 else None
    if end is None:
        return None
    return html_lib.unescape(re.sub(r"\s+", " ", head[start + 1:end.start()])).strip()[:300] or None


def og_url(head: str) -> str | None:
    """The `<meta property="og:url" content="...">` of a page's head, if any."""
    for tag in _META_TAG.finditer(head):
        if _OG_URL_PROPERTY.search(tag.group()):
            m = _CONTENT.search(tag.group())
            return m.group(1) if m else None
    return None



def gate(article: Article, model: str | TextRules) -> Article:
    """Skip, before any parsing, a document with no trace of an agreement or a compliance result;
    its row still gets the url and title a cheap look at the page finds. `model`: a model folder
    or its `TextRules`."""
    g = load_gate(model)
    if g is None or article.status != OK or g.passes(article.raw, html=article.fmt == "html"):
        return article
    if article.fmt == "html":
        head = article.raw[:_HEAD]
        article.title = article.title or page_title(head)
        article.url = article.url or og_url(head)
    else:
        article.title = article.title or next((l.strip()[:300] for l in article.raw.splitlines() if l.strip()), None)
    article.raw = ""
    return article.fail(SKIPPED, "no trace of an agreement or a compliance result (gate)", "gate")


_HEAD_END = re.compile(r"</head\s*>", re.I)
_META_ATTR = re.compile(r"""\b(property|name|itemprop|content)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "pubdate", "publishdate")


def _words(s: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", s.lower()))


def _slug_overlap(text: str, url: str) -> int:
    return len(_words(text) & _words(url))


def _slug(url: str) -> str:
    return re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.I)


def _titles(raw: str) -> list[str]:
    title = page_title(raw[:_HEAD])
    return [title] if title else []


def own_metadata(raw: str, text_head: str) -> tuple[str, str | None] | None:
    """The url and publication date of a page's own article, when its head holds the metadata of
    more than one article (a page that embeds or syndicates another site's story, a theme that
    writes a default `og:url`). Each `og:url` opens a block that the following published-time
    belongs to; the block whose URL slug shares most words with the start of the extracted text
    (headline and lead) is the article's. None when the head names one article only:
    trafilatura's reading stands."""
    end = _HEAD_END.search(raw, 0, 300_000)
    head = raw[:end.start() if end else 300_000]
    blocks: list[list] = []
    for tag in _META_TAG.finditer(head):
        attrs = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                 for m in _META_ATTR.finditer(tag.group())}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key == "og:url" and attrs.get("content"):
            blocks.append([attrs["content"], None])
        elif key in _PUBLISHED_KEYS and blocks and blocks[-1][1] is None:
            blocks[-1][1] = attrs.get("content")
    if not blocks:
        return None
    overlap = [_slug_overlap(text_head, url) for url, _d in blocks]
    # a slug of several words none of which the article uses names another page's story
    own = [i for i, (url, _d) in enumerate(blocks) if overlap[i] > 0 or len(_words(_slug(url))) < 3]
    if len(blocks) == 1:
        return None if own else ("", None)
    best = max(range(len(blocks)), key=lambda i: overlap[i])
    if overlap[best] >= 2 and overlap.count(overlap[best]) == 1:
        return blocks[best][0], blocks[best][1]
    if len(own) == 1:
        return blocks[own[0]][0], blocks[own[0]][1]
    return None


_PROSE_END = re.compile(r"[.!?\"”]$")


def clean_text(text: str, patterns: tuple[re.Pattern, ...], headings: frozenset[str] = frozenset()) -> str:
    """Drop boilerplate lines and lists of related headlines (a heading such as "Berita Terkait"
    and the headline lines under it, up to a blank line or a line of prose); normalise whitespace,
    markdown emphasis and spaces just inside brackets ("( MoU)"); keep paragraph breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    if "( " in text or " )" in text:
        text = _PAREN_SPACE.sub("", text)  # "( Kapolri)": a link's space inside the brackets
    if ")-" in text or ")\u2013" in text or ")\u2014" in text:
        text = _GLUED_DATELINE.sub(r"\1 \2 ", text)  # "KOTA (Outlet)-Gubernur ...": the dateline's dash
    text = _GLUED_OUTLET.sub(r"\1 \2 ", text)  # "PALU, OUTLET POST-Untuk ...": the same, after a comma
    text = _GLUED_AFTER_SITE.sub(r"\1 \2 ", text)  # "Outlet.com | Yogyakarta –Pemerintah ...": after a site
    text = _GLUED_TOWN_AFTER_SITE.sub(r"\1, \2 \3 ", text)  # "OUTLET.COM,KUPANG-Pemerintah ..."
    if "-" in text or "\u2022" in text:
        text = _GLUED_BULLET.sub(r"\1 ", text)  # "-Puskesmas X dengan nilai ...": a list's bullet
    kept = []
    in_related = listed = False
    for line in text.split("\n"):
        line = _BLANKS.sub(" ", line).strip() if "\t" in line or "  " in line else line.strip()
        if line.lower().rstrip(" :") in headings:
            in_related, listed = True, False
            continue
        if in_related and not line and not listed:
            continue  # a blank line between the heading and its list
        if in_related and line and not _PROSE_END.search(line) and len(line) <= 160:
            listed = True
            continue  # a headline of the list
        in_related = False
        if line and any(p.search(line) for p in patterns):
            continue
        kept.append(line)
    text = _one_blank_line("\n".join(kept))
    # a page that broke a sentence into two paragraphs: the line that ends with a comma goes on
    # ("... Kampus X, Bantul,\n\nSelasa (23/7/2024).")
    return _BROKEN_AFTER_COMMA.sub(", ", text) if ",\n" in text else text


_PAREN_SPACE = re.compile(r"(?<=\()[ \t]+(?=\w)|(?<=[\w.])[ \t]+(?=\))")
# a dateline's dash glued to the outlet in brackets and to the first word: "TANJUNGPINANG (outlet.com)-Gubernur"
_GLUED_DATELINE = re.compile(r"^([^\n()]{2,40}\([^()\n]{1,40}\))([-\u2013\u2014]{1,2})(?=[A-Z])", re.M)
# the same after a town in capitals and a comma: "PALU, LUWUK POST-Untuk memperkuat ..."
_GLUED_OUTLET = re.compile(r"^([A-Z]{3,}(?: [A-Z]{2,}){0,2}, [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})"
                           r"([-\u2013\u2014]{1,2})(?=[A-Z][a-z])", re.M)
# the same after a site's address and a town: "Outlet.com | Yogyakarta –Pemerintah ...", and a town
# in capitals glued to the address's comma and to the first word ("OUTLET.COM,KUPANG-Pemerintah",
# "OUTLET.COM,-AMBON-Komitmen"): "OUTLET.COM, KUPANG - Pemerintah"
_GLUED_AFTER_SITE = re.compile(r"^([\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?(?:\s*[|,]\s*|\s+)"
                               r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}) ([-\u2013\u2014]{1,2})(?=[A-Z][a-z])", re.M)
_GLUED_TOWN_AFTER_SITE = re.compile(r"^([\w-]+\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?),[-\u2013\u2014]?"
                                    r"([A-Z]{3,}(?: [A-Z]{2,}){0,2})([-\u2013\u2014]{1,2})(?=[A-Z])", re.M)
# a list's bullet glued to its item's first word, at the start of a line: "-Puskesmas X dengan nilai
# 99,03." (the tokenizer would keep "-Puskesmas" whole, and no gazetteer would know the body)
_GLUED_BULLET = re.compile(r"^([-\u2022\u25aa])(?=[A-Z])", re.M)
_BROKEN_AFTER_COMMA = re.compile(r",\n+(?=\S)")
_EMPHASIS = re.compile(r"(?<!\w)\*{1,2}([^*\n]+)\*{1,2}(?!\w)")  # markdown's *emphasis* and **strong**
_BLANKS = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _one_blank_line(text: str) -> str:
    """Runs of blank lines made one, and the text stripped."""
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def page_metadata(tree, url: str | None):
    """The metadata of a parsed page that Sepakat keeps (title, url, site name, date), found as
    trafilatura's `extract_metadata` finds them, without what it also looks for and Sepakat
    drops (authors, categories, tags, license: a tenth of the text stage on a real page). Read
    before the extraction, which prunes the tree."""
    from trafilatura.metadata import (META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title,
                                      extract_url, find_date)

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's own guard: a broken JSON-LD block leaves the meta tags' reading
        pass
    meta.title = meta.title or extract_title(tree)
    meta.url = meta.url or extract_url(tree, url)
    meta.date = find_date(tree, **_DATE_PARAMS, url=meta.url)
    meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (host := META_URL.match(meta.url)):
        meta.sitename = host[1]
    meta.clean_and_trim()
    return meta


# Tags that end a paragraph's run of text: what follows one of them is not the paragraph's.
_BLOCKS = frozenset("""address article aside blockquote dd details dialog div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table ul""".split())
_INSERT_SIZE = 12  # an insert is a small element: a label, an empty slot, a script


def mend_paragraphs(tree, labels: frozenset[str]) -> int:
    """Join back paragraphs an insert cuts. A page that puts an advert or a "scroll on" prompt
    (a <div>) inside a paragraph has it parsed as the paragraph's end: the rest of the paragraph
    is loose text after the insert, which text extraction leaves out ("... dan Bupati" | advert |
    "Raja Ampat, Nama."). Where a <p> is followed by inserts (elements whose whole text is a label
    of `labels`, or none) and loose text, that text and the inline elements after it, up to the
    next block, go back into the paragraph, and the inserts are dropped. Returns how many
    paragraphs were mended."""
    mended = 0
    for p in list(tree.iter("p")):
        inserts, after = [], p.getnext()
        while after is not None and _is_insert(after, labels):
            inserts.append(after)
            if (after.tail or "").strip():
                break
            after = after.getnext()
        if not inserts or not (inserts[-1].tail or "").strip():
            continue
        rest, follow = inserts[-1].tail, inserts[-1].getnext()
        for el in inserts:
            el.getparent().remove(el)  # its tail goes with it: the last one's is `rest`
        before = (p[-1].tail if len(p) else p.text) or ""
        if before.rstrip().endswith((".", "!", "?", '"', "\u201d")) and not rest[0].isspace():
            rest = " " + rest  # a whole sentence before the insert: the text goes on after a space
        if len(p):
            p[-1].tail = before + rest
        else:
            p.text = before + rest
        while follow is not None and (not isinstance(follow.tag, str) or follow.tag not in _BLOCKS):
            nxt = follow.getnext()
            p.append(follow)  # with its tail
            follow = nxt
        mended += 1
    return mended


def _is_insert(el, labels: frozenset[str]) -> bool:
    """A small element whose text is an insert's label, or none (an ad slot, a script), or a comment."""
    if not isinstance(el.tag, str):
        return True
    if el.tag in ("br", "img"):
        return False  # a line break, a picture: the text after it is a line of its own
    own = " ".join((el.text or "").lower().split())
    if own and own not in labels and el.tag not in ("script", "style"):
        return False  # most elements: they begin with words of their own
    inner = list(islice(el.iter(), _INSERT_SIZE + 1))
    if len(inner) > _INSERT_SIZE or any(e.tag == "p" for e in inner[1:]):
        return False
    texts = [e.text for e in inner if e.tag not in ("script", "style")] + [e.tail for e in inner[1:]]
    words = " ".join(" ".join(t for t in texts if t).lower().split())
    return not words or words in labels


@contextmanager
def _no_recall_escalation():
    """trafilatura (2.x) without its recall escalation: after the main extraction it measures the
    whole page's text (`html2txt`: a copy of the tree, cleaned) to see whether a text under 3,000
    characters covers less than a fifth of it, and if so extracts again in recall mode. On an
    agreement page of real weight that measure is a fifth of the text stage, and on 341 dev,
    heavy and bench pages the escalation changed no text Sepakat kept (2026-12-05). The first,
    fast reading goes without it; the full reading, where the fast one is not the news, keeps
    it. Its switch is a module constant, set for the call and put back (a worker reads one page
    at a time); a trafilatura without it is left as it is."""
    import trafilatura.core as core

    limit = getattr(core, "ESCALATION_MAX_LENGTH", None)
    if limit is None:
        yield
        return
    core.ESCALATION_MAX_LENGTH = 0
    try:
        yield
    finally:
        core.ESCALATION_MAX_LENGTH = limit


def _read_page(raw: str, url: str | None, model: str | TextRules):
    """trafilatura's reading of a page: its metadata (`page_metadata`) and its text. The text in
    trafilatura's fast mode first (no second opinion from readability/jusText: a fifth of
    trafilatura's time) and without its recall escalation (`_no_recall_escalation`); where that
    text is not the page's Indonesian agreement news (it took another block of the page: a
    sidebar, the host's own story) although the page has the gate's words, the full extraction
    with its fallbacks, and last the page's Indonesian paragraphs. The page is parsed once."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        return None
    rules = _rules(model)
    mend_paragraphs(tree, rules.inserts)
    meta = page_metadata(tree, url)

    def read(fast: bool):
        with _no_recall_escalation() if fast else nullcontext():
            doc = bare_extraction(tree, url=url or meta.url, include_comments=False, include_tables=False,
                                  fast=fast)
        if doc is not None:
            doc.title, doc.url, doc.sitename, doc.date = meta.title, meta.url, meta.sitename, meta.date
        return doc

    doc = read(fast=True)
    text = (doc.text or "") if doc is not None else ""
    gate, ratio = rules.gate, rules.settings.indonesian_ratio
    if gate is None or (is_indonesian(text, ratio) and gate.passes(text)):
        return doc
    second = read(fast=False)
    other = (second.text or "") if second is not None else ""
    if is_indonesian(other, ratio) and gate.passes(other):
        return second
    # neither reading holds the article (it stands in a block trafilatura leaves out, such as a
    # comment): the page's paragraphs less those in another language, where they are the news
    found = doc if doc is not None else second
    paragraphs = drop_foreign_lines("\n".join(" ".join(p.text_content().split()) for p in tree.iter("p")))
    if found is not None and is_indonesian(paragraphs, ratio) and gate.passes(paragraphs):
        found.text = paragraphs
    return found


def _body_head(text: str) -> str:
    """The start of an article's body: its first line (a headline the page may have from
    elsewhere) left out."""
    return text.split("\n", 1)[-1][:1500]


def extract_text(article: Article, model: str | TextRules) -> Article:
    """Fill `text`, `title`, `url`, `outlet` and `published` of an article read by a reader.
    `model`: a model folder or its `TextRules`."""
    rules = _rules(model)
    if article.fmt == "html":
        doc = _read_page(article.raw, article.url, rules)
        if doc is None or not (doc.text or "").strip():
            return article.fail(SKIPPED, "no article text found in the page", "no_article_text")
        if len(re.findall(r"\w+", doc.text)) < rules.settings.min_article_words:
            return article.fail(SKIPPED, "no article text found in the page (only a few words: menus, captions)",
                                "no_article_text")
        own = own_metadata(article.raw, _body_head(doc.text))
        if own is not None:  # the page carries another article's metadata too: take this one's
            article.url = article.url or own[0] or None
            doc.url = None
            article.published = article.published or parse_date(own[1])
            if own[0] and _slug_overlap(doc.title or "", own[0]) < 2:
                doc.title = next((t for t in _titles(article.raw) if _slug_overlap(t, own[0]) >= 2), None)
        article.title = article.title or doc.title or None
        article.url = article.url or doc.url or None
        article.outlet = doc.sitename or article.outlet
        article.published = article.published or (None if own is not None else parse_date(doc.date))
        text = doc.text
    else:
        text = str(article.raw)
        if not article.title:
            first = next((l.strip() for l in text.splitlines() if l.strip()), "")
            article.title = first[:300] or None
    article.raw = ""  # the text is what flows on; drop the page to keep memory flat
    article.text = clean_text(text, rules.boilerplate, rules.headings)
    if article.fmt == "html" and article.text:
        article.text = _with_headline(article.text, article.title)
    if not article.text:
        return article.fail(SKIPPED, "empty after boilerplate removal", "no_article_text")
    return article


def _with_headline(text: str, title: str | None) -> str:
    """A page's text opening with its headline, as a plain-text article does: most pages keep the
    headline in an `<h1>` apart from the body, and the headline may be the one line that names the
    signing well ("KY dan Ombudsman Tanda Tangani Nota Kesepahaman" above a body that misspells it)."""
    title = " ".join((title or "").split())
    first = " ".join(text.split("\n", 1)[0].split())
    if not title or first.lower().startswith(title.lower()[:60]) or title.lower().startswith(first.lower()):
        return text
    return f"{title}\n\n{text}"


def guess_published(text: str, find_dates, url_month: dt.date | None = None, told=None) -> dt.date | None:
    """A byline date at the head of a plain-text article ("Selasa, 04 Juni 2024 - Nama"). Where the
    URL dates the article (`url_month`: its year and month, or 1 January of its year alone), a
    date of another year or of a month before is the body's, of something told ("... di Nusa Dua
    pada 12 April 2018" in an article of August 2018): no publication date. Nor is a date the
    text puts in the past (`told(text, start, end)` says "past": "dilakukan pada 16 Desember 2021
    lalu"), nor one it tells as the day of something ("day": "teken MoU ... pada Selasa (21/3/2022)")
    where it tells of a later day written with its year: the news's day is that one's or after it."""
    head = "\n".join(text.splitlines()[:6])
    later = None
    for d, start, end in find_dates(head):
        if d.precision == "day" and re.search(r"\d{4}", head[start:end]):  # written with its year
            if url_month is not None and (d.date.year != url_month.year or d.date < url_month):
                continue
            how = told(head, start, end) if told is not None else ""
            if how == "past":
                continue
            if how:
                if later is None:
                    later = max((x.date for x, s, e in find_dates(text) if x.precision == "day"
                                 and re.search(r"\d{4}", text[s:e]) and told(text, s, e)), default=d.date)
                if later > d.date:
                    continue
            return d.date
    return None


def drop_foreign_lines(text: str) -> str:
    """An Indonesian article's lines in another language are the host page's (a newsletter box, a
    sports feed, an English teaser): lines of six words or more with no Indonesian function word
    and at least two English ones. Tables and lists of names (no function words at all) stay."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS as ID

    def foreign(line: str) -> bool:
        words = re.findall(r"[a-z']+", line.lower())
        return len(words) >= 6 and not any(w in ID for w in words) and sum(w in EN for w in words) >= 2

    kept = [line for line in text.split("\n") if not foreign(line)]
    return _one_blank_line("\n".join(kept))


def is_indonesian(text: str, min_ratio: float | None = None) -> bool:
    """Indonesian prose is dense in function words (yang, dan, di, untuk ...): spaCy's Indonesian
    stop words make at least `min_ratio` of its words (the model's `indonesian_ratio`, the default
    model's unless given). Short texts are given the benefit of doubt."""
    from spacy.lang.id.stop_words import STOP_WORDS

    min_ratio = read_settings().indonesian_ratio if min_ratio is None else min_ratio
    words = re.findall(r"[a-z]+", text.lower())[:400]
    if len(words) < 40:
        return True
    return sum(w in STOP_WORDS for w in words) / len(words) >= min_ratio


def page_text(art: Article, rules: TextRules) -> Article:
    """The first half of the text stage, which needs no spaCy: the gate (unless the run's driver has
    gated it) and the article's text and metadata (trafilatura, on a page). A run's text workers do
    this for its pages (executors.worker), while its rule workers read the texts before."""
    if art.status != OK:
        return art
    if not art.passed_gate:
        art = gate(art, rules)
        if art.status != OK:
            return art
    try:
        art = extract_text(art, rules)
    except MemoryError:
        raise  # over a worker's memory limit: the executor gives the row (executors.worker)
    except Exception as exc:  # one bad document is a row with its reason, the run goes on
        return art.fail(FAILED, f"text extraction failed: {type(exc).__name__}: {exc}", "extraction_error")
    art.text_extracted = art.status == OK
    return art


class TextStage:
    """`page_text` with the text rules of the model of `model_dir`, loaded with trafilatura and
    without spaCy (a third of the rules' start-up): what a text worker runs."""

    def __init__(self, model_dir: str | Path):
        import trafilatura.core  # noqa: F401  (loaded before the worker says it is ready)

        self.text_rules = text_rules(str(model_dir))

    def __call__(self, art: Article) -> Article:
        return page_text(art, self.text_rules)
