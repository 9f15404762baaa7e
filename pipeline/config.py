"""Run options: one frozen object, read once from the command line (or a TOML file later)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "sepakat"


@dataclass(frozen=True, slots=True)
class Options:
    inputs: tuple[Path, ...]
    out: Path
    model: Path = DEFAULT_MODEL
    progress: bool = True
    # Upper bound on the HTML a page may have before it is skipped (scraped junk, not news).
    max_html_bytes: int = 20_000_000
    extra: dict = field(default_factory=dict)
