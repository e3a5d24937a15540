"""The store boundary: what the commands ask of an index, with a Whoosh and an OpenSearch side.

Parsing, speakers, the query language, variants, excerpts, exports and the CLI stay one code
path; only these calls differ. `open_backend` picks the engine from `--backend` (or
NRC_BACKEND): the Whoosh folder (the default) or an OpenSearch collection. The OpenSearch
modules (and opensearch-py) are imported only when that backend is chosen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from nrc_search.errors import UsageError

if TYPE_CHECKING:
    from nrc_search.indexer import IngestSummary
    from nrc_search.model import ContextTurn, DocInfo, SearchRequest, SearchResults, Speaker

BACKENDS = ("whoosh", "opensearch")

ShownTurn = tuple[dict, "DocInfo", list["ContextTurn"], list["ContextTurn"]]


class Store(Protocol):
    """An nrc index, whatever engine holds it."""

    @property
    def label(self) -> str:
        """How messages name it: "index/" or "nrc-main at https://..."."""

    def ingest(self, paths: list[Path], **options: Any) -> IngestSummary:
        """Index (add, update, prune) the documents under `paths`; one transaction per run."""

    def exists(self) -> bool:
        """True when something has been indexed here."""

    def search(self, req: SearchRequest) -> SearchResults: ...

    def speakers(self) -> list[Speaker]: ...

    def docs(self) -> list[DocInfo]: ...

    def show(self, turn_id: str, context: int = 0) -> ShownTurn: ...


@dataclass
class WhooshStore:
    """The default: a Whoosh index folder on this machine."""

    path: Path

    @property
    def label(self) -> str:
        return f"{self.path}/"

    def ingest(self, paths: list[Path], **options: Any) -> IngestSummary:
        from nrc_search import indexer

        return indexer.ingest(self.path, paths, **options)

    def exists(self) -> bool:
        from nrc_search import store

        return store.exists(self.path)

    def search(self, req: SearchRequest) -> SearchResults:
        from nrc_search.search import search

        return search(self.path, req)

    def speakers(self) -> list[Speaker]:
        from nrc_search import catalog

        return catalog.list_speakers(self.path)

    def docs(self) -> list[DocInfo]:
        from nrc_search import catalog

        return catalog.list_docs(self.path)

    def show(self, turn_id: str, context: int = 0) -> ShownTurn:
        from nrc_search import catalog

        return catalog.show_turn(self.path, turn_id, context)


class OpenSearchStore:
    """A collection on an OpenSearch cluster (`--backend opensearch --url URL`)."""

    def __init__(self, url: str | None, collection: str | None, insecure: bool = False) -> None:
        from nrc_search.opensearch.client import target

        self.target = target(url, collection, insecure)
        self._reader = None

    @property
    def label(self) -> str:
        return f"{self.target.alias} at {self.target.url}"

    def _collection(self):
        if self._reader is None:
            from nrc_search.opensearch.reader import Collection

            self._reader = Collection(self.target)
        return self._reader

    def ingest(self, paths: list[Path], **options: Any) -> IngestSummary:
        from nrc_search.opensearch import writer

        options.pop("wait", None)  # the cluster orders concurrent writers itself
        return writer.ingest(self.target, paths, **options)

    def exists(self) -> bool:
        from nrc_search.opensearch.client import connect, guarded
        from nrc_search.opensearch.writer import concrete_index

        with guarded(self.target):
            return concrete_index(connect(self.target), self.target) is not None

    def search(self, req: SearchRequest) -> SearchResults:
        return self._call("search", req)

    def speakers(self) -> list[Speaker]:
        return self._call("list_speakers")

    def docs(self) -> list[DocInfo]:
        return self._call("list_docs")

    def show(self, turn_id: str, context: int = 0) -> ShownTurn:
        return self._call("show_turn", turn_id, context)

    def _call(self, name: str, *args: Any) -> Any:
        from nrc_search.opensearch.client import guarded

        with guarded(self.target):
            return getattr(self._collection(), name)(*args)


def open_backend(
    index_dir: Path,
    backend: str | None = None,
    url: str | None = None,
    collection: str | None = None,
    insecure: bool = False,
) -> Store:
    """The store the user chose: --backend, else NRC_BACKEND, else the Whoosh folder."""
    name = (backend or os.environ.get("NRC_BACKEND") or "whoosh").lower()
    if name == "whoosh":
        return WhooshStore(index_dir)
    if name == "opensearch":
        return OpenSearchStore(url, collection, insecure)
    raise UsageError(f"--backend {name}: choose {' or '.join(BACKENDS)} (or set NRC_BACKEND).")
