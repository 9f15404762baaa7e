"""Run options: one frozen object, read once from the command line or a TOML file."""
from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields
from pathlib import Path

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "sepakat"


@dataclass(frozen=True, slots=True)
class Options:
    inputs: tuple[Path, ...]
    out: Path
    model: Path = DEFAULT_MODEL
    progress: bool = True
    # Pages larger than this are skipped: no news article is 20 MB of HTML.
    max_html_bytes: int = 20_000_000
    # Seconds one document may take through all stages before it is given up as failed.
    doc_timeout: float | None = 60.0
    # Megabytes a worker process may hold while it reads a document before the document is given
    # up as failed (reason memory) and the worker replaced; the loaded rules take about 250-350.
    doc_memory_mb: float | None = 2000.0
    dedup: bool = True
    near_duplicates: bool = True
    wait: bool = False  # wait for another run on the same folder instead of refusing
    batch_size: int = 500  # documents per part file: a killed run loses at most one batch of work
    workers: int = 1
    executor: str = "local"  # "local" (processes on this machine) or "dask"
    scheduler: str | None = None  # a running Dask scheduler's address, tcp://host:port

    def describe(self) -> dict:
        """The options as plain values, for the `runs` table."""
        return {k: (str(v) if isinstance(v, Path) else [str(x) for x in v] if isinstance(v, tuple) else v)
                for k, v in asdict(self).items()}

    @classmethod
    def from_toml(cls, path: Path, **overrides) -> "Options":
        """A nightly job's options: `inputs`, `out` and any other field, e.g.

            inputs = ["/data/scrape/today"]
            out = "/data/sepakat"
            workers = 2
            doc_timeout = 30
            doc_memory_mb = 1500
        """
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        data = data.get("sepakat", data)
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{path}: unknown option(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        base = Path(path).resolve().parent
        if "inputs" in data:
            data["inputs"] = tuple(_resolve(base, p) for p in data["inputs"])
        for key in ("out", "model"):
            if key in data:
                data[key] = _resolve(base, data[key])
        data.update({k: v for k, v in overrides.items() if v is not None})
        if "inputs" not in data or "out" not in data:
            raise ValueError(f"{path}: `inputs` and `out` are required")
        return cls(**data)


def _resolve(base: Path, p) -> Path:
    p = Path(p).expanduser()
    return p if p.is_absolute() else base / p
