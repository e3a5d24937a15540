"""Turns read back from their documents' stored rows and texts, cached per searcher."""

from __future__ import annotations

import json
import weakref
import zlib

from nrc_search.seeds import live_source
from nrc_search.store.ids import turn_key


class Turns:
    """Reads turns back for one searcher from the doc records' rows and texts, cached.

    A turn comes back as the dict of fields nrc has always shown: turn_id, doc_id, n, speaker,
    role, attribution, flags, day and (when asked) text. Each document's rows and texts are
    decompressed at most once per Turns object.
    """

    #: Documents whose decoded rows and texts a Turns keeps (the oldest go first): a warm
    #: process shares one Turns per searcher (`shared`) and must not grow without bound.
    KEEP = 64

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self._docs: dict[str, dict] = {}
        self._rows: dict[str, list] = {}
        self._texts: dict[str, str] = {}
        self._numbers: dict[str, dict[int, int]] = {}

    @classmethod
    def shared(cls, searcher) -> Turns:
        """The Turns of `searcher`, kept with it: a searcher kept open between searches
        (store/warm.py) decodes a document once, not once per search."""
        found = _SHARED.get(searcher)
        if found is None:
            found = _SHARED[searcher] = cls(searcher)
        return found

    def _keep(self, cache: dict, key: str, value):
        if len(cache) >= self.KEEP:
            cache.pop(next(iter(cache)))
        cache[key] = value
        return value

    def _fields(self, doc_id: str) -> dict:
        found = self._docs.get(doc_id)
        if found is None:
            found = self._keep(
                self._docs, doc_id, self.searcher.document(key=f"doc:{doc_id}") or {}
            )
        return found

    def doc(self, doc_id: str) -> dict:
        """The doc record's data ({} when the document is gone)."""
        fields = self._fields(doc_id)
        data = fields.get("data")
        if isinstance(data, str):
            data = fields["data"] = json.loads(data)
            if "source" in data:
                data["source"] = live_source(data["source"])
        return data or {}

    def _rows_of(self, doc_id: str) -> list:
        found = self._rows.get(doc_id)
        if found is None:
            packed = self._fields(doc_id).get("rows")
            found = self._keep(
                self._rows, doc_id, json.loads(zlib.decompress(packed)) if packed else []
            )
        return found

    def _text(self, doc_id: str) -> str:
        found = self._texts.get(doc_id)
        if found is None:
            blob = self._fields(doc_id).get("blob")
            found = self._keep(
                self._texts, doc_id, zlib.decompress(blob).decode("utf-8") if blob else ""
            )
        return found

    def turn(self, docnum: int, *, text: bool = True) -> dict | None:
        """The fields of the turn stored as Whoosh document `docnum` (None for a record)."""
        r = self.searcher.stored_fields(docnum).get("r")
        if r is None:
            return None
        doc_id, i = r
        n, speaker, role, attribution, flags, start, end, *more = self._rows_of(doc_id)[i]
        fields = {
            "type": "turn",
            "turn_id": f"{doc_id}:{n}",
            "doc_id": doc_id,
            "n": n,
            "speaker": speaker,
            "role": role,
            "attribution": attribution,
            "flags": flags or [],
            "day": self.doc(doc_id).get("date"),
        }
        extra = more[0] if more else {}
        fields["label"] = extra.get("label")
        fields["kind"] = extra.get("kind", "statement")
        if "t0" in extra or "t1" in extra:  # a caption turn: seconds into the recording
            fields["start"], fields["end"] = extra.get("t0"), extra.get("t1")
        if extra.get("lang"):
            fields["language"] = extra["lang"]
        if text:
            fields["text"] = self._text(doc_id)[start:end]
        return fields

    def numbers(self, doc_id: str) -> dict[int, int]:
        """Turn number -> Whoosh document number, for the live turns of `doc_id`."""
        if doc_id not in self._numbers:
            found = {}
            rows = self._rows_of(doc_id)
            for docnum in self.searcher.document_numbers(doc_id=doc_id):
                r = self.searcher.stored_fields(docnum).get("r")
                if r is not None and r[1] < len(rows):
                    found[rows[r[1]][0]] = docnum
            self._numbers[doc_id] = found
        return self._numbers[doc_id]

    def order(self, doc_id: str) -> list[int]:
        """The turn numbers of `doc_id` in document order (numbers are ids, not positions)."""
        return [row[0] for row in self._rows_of(doc_id)]

    def keyed(self, doc_id: str) -> list[tuple[int, str]]:
        """(number, speaker and text) of each turn of `doc_id`, in document order."""
        text = self._text(doc_id)
        rows = (row[:7] for row in self._rows_of(doc_id))  # rows may carry a dict of extras
        return [(n, turn_key(sp, text[a:b])) for n, sp, _, _, _, a, b in rows]

    def find(self, turn_id: str) -> dict | None:
        """The turn "DOC_ID:N", or None."""
        doc_id, _, n = turn_id.rpartition(":")
        if not doc_id or not n.isdigit():
            return None
        docnum = self.numbers(doc_id).get(int(n))
        return None if docnum is None else self.turn(docnum)


_SHARED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
