"""The folder where what every process would otherwise make again at its start is kept: the
gazetteers' PhraseMatcher patterns (`nlp._PatternCache`) and the programs of the rules' regular
expressions (`regexes`). Nothing there is needed: a folder that cannot be written, or a file that
cannot be read, only means the thing is made here, never an error."""
from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path | None:
    """`SEPAKAT_CACHE_DIR`, else `$XDG_CACHE_HOME/sepakat` (or `~/.cache/sepakat`); None (keep
    nothing) when `SEPAKAT_CACHE_DIR=off`."""
    chosen = os.environ.get("SEPAKAT_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sepakat"


def write(path: Path, data: bytes, keep: int) -> None:
    """`data` written to `path` whole or not at all (whichever process writes last wins); of the
    files of the same kind beside it (same name up to its first "-") only the `keep` newest are
    left, those of tables, code or Python versions since changed going first."""
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, path)
        kind = path.name.split("-", 1)[0]
        kept = sorted(path.parent.glob(f"{kind}-*{path.suffix}"), key=lambda p: p.stat().st_mtime)
        for old in kept[:-keep]:
            old.unlink(missing_ok=True)
    except OSError:
        try:
            part.unlink(missing_ok=True)  # a disk that filled up keeps no half-written file
        except OSError:
            pass
