"""nrc's query language, parsed once by `query.parse` (Whoosh's parser, nrc's checks and spelling
variants), translated into the OpenSearch query DSL. Nothing is dropped silently: a construct
with no OpenSearch counterpart is a one-line error.
"""

from __future__ import annotations

from whoosh import query as Q

from nrc_search.errors import QueryError

#: nrc field -> the OpenSearch field that holds it.
_FIELDS = {"text": "text", "speaker": "speaker", "doc_id": "doc_id", "attribution": "attribution"}
#: Expansions of one wildcard or fuzzy term, at most (OpenSearch's own default is 50 for fuzzy).
MAX_EXPANSIONS = 512


def to_dsl(q: Q.Query) -> dict:
    """The OpenSearch query for a parsed nrc query."""
    boost = getattr(q, "boost", 1.0) or 1.0
    out = _node(q)
    if boost != 1.0 and len(out) == 1:
        ((kind, body),) = out.items()
        if kind == "bool":
            body["boost"] = boost
    return out


def _node(q: Q.Query) -> dict:
    if isinstance(q, Q.AndNot):
        return {"bool": {"must": [to_dsl(q.a)], "must_not": [to_dsl(q.b)]}}
    if isinstance(q, Q.AndMaybe):
        return {"bool": {"must": [to_dsl(q.a)], "should": [to_dsl(q.b)]}}
    if isinstance(q, Q.And):
        return {"bool": {"must": [to_dsl(c) for c in q.subqueries]}}
    if isinstance(q, Q.Or):
        return {"bool": {"should": [to_dsl(c) for c in q.subqueries], "minimum_should_match": 1}}
    if isinstance(q, Q.Not):
        return {"bool": {"must_not": [to_dsl(q.query)]}}
    if isinstance(q, Q.Every):
        return {"match_all": {}}
    return _leaf(q)


def _leaf(q: Q.Query) -> dict:
    field = _field(q)
    boost = float(getattr(q, "boost", 1.0) or 1.0)
    if isinstance(q, Q.TermRange) and q.fieldname in ("date", "year"):
        return {"range": {"date": _range(q)}}
    if isinstance(q, Q.Phrase):
        return {
            "match_phrase": {field: {"query": " ".join(q.words), "slop": q.slop, "boost": boost}}
        }
    if isinstance(q, Q.FuzzyTerm):
        return {
            "fuzzy": {
                _exact(field): {
                    "value": q.text,
                    "fuzziness": q.maxdist,
                    "prefix_length": q.prefixlength,
                    "max_expansions": MAX_EXPANSIONS,
                    "boost": boost,
                }
            }
        }
    if isinstance(q, Q.Prefix):
        return {"prefix": {_exact(field): {"value": q.text, "case_insensitive": True}}}
    if isinstance(q, Q.Wildcard):
        return {"wildcard": {_exact(field): {"value": q.text, "case_insensitive": True}}}
    if isinstance(q, Q.Term):
        if field in ("doc_id", "attribution"):
            return {"term": {field: {"value": q.text, "boost": boost}}}
        return {"match": {field: {"query": q.text, "boost": boost}}}
    raise QueryError(f"This query cannot run on OpenSearch: {q} (use words, phrases, AND/OR/NOT).")


def _field(q: Q.Query) -> str:
    name = getattr(q, "fieldname", None) or "text"
    if name not in _FIELDS and name not in ("date", "year"):
        raise QueryError(f"The field {name!r} cannot be searched on OpenSearch.")
    return _FIELDS.get(name, name)


def _exact(field: str) -> str:
    return "text.exact" if field == "text" else field


def _range(q: Q.TermRange) -> dict:
    out: dict = {}
    if q.start:
        out["gt" if q.startexcl else "gte"] = _day(q.start, end=False)
    if q.end:
        out["lt" if q.endexcl else "lte"] = _day(q.end, end=True)
    return out


def _day(value: str, *, end: bool) -> str:
    """ "YYYY" (a year term) or "YYYY-MM-DD" as a day."""
    value = str(value)
    if len(value) == 4:
        return f"{value}-12-31" if end else f"{value}-01-01"
    return value


def match_words(q: Q.Query) -> list[str]:
    """The plain and phrase words of the text field (variants included), for highlighting."""
    if isinstance(q, Q.Term) and getattr(q, "fieldname", "") == "text" and isinstance(q.text, str):
        if isinstance(q, (Q.Prefix, Q.Wildcard, Q.FuzzyTerm)):
            return []
        return [q.text]
    if isinstance(q, Q.Phrase) and q.fieldname == "text":
        return list(q.words)
    if isinstance(q, (Q.Not,)):
        return []
    if isinstance(q, Q.AndNot):
        return match_words(q.a)
    return [w for child in q.children() for w in match_words(child)]
