"""Readers of one invented article's rows, shared by the rule tests: each runs the batch path
(`pipeline.extract`) and keeps the part a test asserts on."""
from pipeline import extract


def people_of(text, published):
    """(name, role) of every official, sorted."""
    return sorted((p["name"], p["role"]) for p in extract(text, published=published)["people"])


def signers(text, published):
    """The names of the people who signed, sorted."""
    return sorted(p["name"] for p in extract(text, published=published)["people"] if p["is_signatory"])


def scopes_of(text, published=None):
    """The scope of each event, in order."""
    return [e["scope"] for e in extract(text, published=published)["events"]]


def by_name(text, published, *columns):
    """Each official's name with the value of a people column, or with a tuple of several."""
    rows = extract(text, published=published)["people"]
    return {p["name"]: p[columns[0]] if len(columns) == 1 else tuple(p[c] for c in columns) for p in rows}


def events_of(text, published, *columns):
    """Each event's values of `columns` (by default its type and date), in order; a date as text."""
    columns = columns or ("agreement_type", "event_date")
    return [tuple(str(e[c]) if c == "event_date" else e[c] for c in columns)
            for e in extract(text, published=published)["events"]]


def scores_of(text, published, *columns):
    """Each score row's values of `columns` (by default subject, year, value, zone and kind), in order."""
    columns = columns or ("subject", "year", "value", "zone", "kind")
    return [tuple(r[c] for c in columns) for r in extract(text, published=published)["scores"]]
