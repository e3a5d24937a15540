"""The explicit mapping of an nrc collection's index: one OpenSearch document per turn, plus one
per source document and two small records (speaker renames, the speaker registry).

`text` uses nrc's own light English analysis (possessives and plurals only, accents folded, as
the Whoosh index does, so `transit` never matches `transition`); `text.exact` keeps every word
as written (lower-cased) for wildcards, fuzzy terms and did-you-mean. Dates are dates.
"""

from __future__ import annotations

MAPPING_VERSION = 1

SETTINGS = {
    "number_of_shards": 2,
    "number_of_replicas": 1,
    "refresh_interval": "1s",
    "analysis": {
        "analyzer": {
            "nrc_text": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["nrc_possessive", "lowercase", "asciifolding", "nrc_plural"],
            },
            "nrc_exact": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
        "filter": {
            "nrc_possessive": {"type": "stemmer", "language": "possessive_english"},
            "nrc_plural": {"type": "stemmer", "language": "minimal_english"},
        },
    },
}

MAPPINGS = {
    "dynamic": "strict",
    "_meta": {"nrc_mapping": MAPPING_VERSION},
    "properties": {
        "type": {"type": "keyword"},  # "turn" | "doc" | "meta"
        "turn_id": {"type": "keyword"},
        "doc_id": {"type": "keyword"},
        "n": {"type": "integer"},
        "text": {
            "type": "text",
            "analyzer": "nrc_text",
            "fields": {"exact": {"type": "text", "analyzer": "nrc_exact"}},
        },
        "speaker": {
            "type": "text",
            "analyzer": "nrc_exact",
            "fields": {"raw": {"type": "keyword"}},
        },
        "speaker_key": {"type": "keyword"},
        "role": {"type": "keyword"},
        "attribution": {"type": "keyword"},
        "flags": {"type": "keyword"},
        "label": {"type": "keyword", "index": False},
        "start": {"type": "float"},  # captions: seconds into the recording
        "end": {"type": "float"},
        "language": {"type": "keyword"},  # the language spoken ("spoke in French")
        "date": {"type": "date", "format": "strict_date"},
        "year": {"type": "keyword"},
        "title": {"type": "text", "analyzer": "nrc_text"},
        "source": {"type": "keyword"},
        "hash": {"type": "keyword"},
        "data": {"type": "object", "enabled": False},  # doc and meta records: kept, not indexed
    },
}


def body(replicas: int | None = None) -> dict:
    settings = dict(SETTINGS)
    if replicas is not None:
        settings["number_of_replicas"] = replicas
    return {"settings": {"index": settings}, "mappings": MAPPINGS}
