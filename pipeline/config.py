"""Run options: one frozen object, read once from the command line or a TOML file."""
from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ._version import __version__

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
    reprocess: bool = False  # process again the documents of OUT made with another rule model

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise ValueError(problem)

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

        Whatever is wrong with the file (it is missing, not TOML, a key unknown or of the wrong
        type) raises ValueError naming the file and the key."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ValueError(f"{path}: configuration file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: cannot read the configuration file ({exc})") from None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"{path}: not valid TOML: {exc}") from None
        data = data.get("sepakat", data)
        if not isinstance(data, dict):
            raise ValueError(f"{path}: [sepakat] must be a table of options")
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{path}: unknown option(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        base = Path(path).resolve().parent
        if "inputs" in data:
            if not isinstance(data["inputs"], list) or not all(isinstance(p, str) for p in data["inputs"]):
                raise ValueError(f"{path}: inputs must be a list of paths, e.g. inputs = [\"/data/scrape\"], "
                                 f"not {data['inputs']!r}")
            data["inputs"] = tuple(_resolve(base, p) for p in data["inputs"])
        for key in ("out", "model"):
            if key in data:
                if not isinstance(data[key], str):
                    raise ValueError(f"{path}: {key} must be a path in quotes, not {data[key]!r}")
                data[key] = _resolve(base, data[key])
        data.update({k: v for k, v in overrides.items() if v is not None})
        if "inputs" not in data or "out" not in data:
            raise ValueError(f"{path}: `inputs` and `out` are required")
        try:
            return cls(**data)
        except ValueError as exc:
            raise ValueError(f"{path}: {exc}") from None


# What each option may hold, for a message that names the option instead of a traceback later.
_KINDS = {
    "progress": "bool", "dedup": "bool", "near_duplicates": "bool", "wait": "bool", "reprocess": "bool",
    "max_html_bytes": "count", "batch_size": "count", "workers": "count",
    "doc_timeout": "seconds", "executor": ("local", "dask"), "scheduler": "text",
}


def _problem(options: Options) -> str | None:
    """What is wrong with the options' values, in one line, or None."""
    for name, kind in _KINDS.items():
        value = getattr(options, name)
        if kind == "bool" and not isinstance(value, bool):
            return f"{name} must be true or false, not {value!r}"
        if kind == "count" and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            return f"{name} must be a whole number of at least 1, not {value!r}"
        if kind == "seconds" and value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0):
            return f"{name} must be a number of seconds more than 0, not {value!r}"
        if kind == "text" and value is not None and not isinstance(value, str):
            return f"{name} must be text in quotes, not {value!r}"
        if isinstance(kind, tuple) and value not in kind:
            return f"{name} must be one of {', '.join(kind)}, not {value!r}"
    return None


def _resolve(base: Path, p) -> Path:
    p = Path(p).expanduser()
    return p if p.is_absolute() else base / p


def model_version(model: Path) -> str:
    """The version of a rule model as it is on disk: its meta.json version and a hash of every
    file of its folder and of this package's version, so any edit to a gazetteer (or new code)
    gives another version. Two runs with the same rules have the same version. Hidden files (an
    editor's swap file) and __pycache__ do not count."""
    model = Path(model)
    h = hashlib.blake2b(__version__.encode() + b"\0", digest_size=8)
    for p in sorted(model.rglob("*")):
        parts = p.relative_to(model).parts
        if p.is_file() and "__pycache__" not in parts and not any(part.startswith(".") for part in parts):
            h.update(str(p.relative_to(model)).encode())
            h.update(p.read_bytes())
    meta = model / "meta.json"
    version = json.loads(meta.read_text())["version"] if meta.exists() else "?"
    return f"{version}+{h.hexdigest()}"
