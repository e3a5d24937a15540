"""Connecting to an OpenSearch cluster: URL, credentials and TLS from options or the environment.

Credentials never come from the command line (shell history): `NRC_OPENSEARCH_USER` and
`NRC_OPENSEARCH_PASSWORD`, or `NRC_OPENSEARCH_API_KEY`. Certificates are verified unless the
user passes the visible `--insecure` flag; `NRC_OPENSEARCH_CA_CERTS` names a CA bundle.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from nrc_search.errors import NrcError

DEFAULT_COLLECTION = "nrc"
_COLLECTION = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}$")


@dataclass(frozen=True)
class Target:
    """Where a collection lives: the cluster URL and the collection's name there."""

    url: str
    collection: str = DEFAULT_COLLECTION
    insecure: bool = False

    @property
    def alias(self) -> str:
        """The alias searches read; it points at one concrete index (a rebuild swaps it)."""
        return f"nrc-{self.collection}"


def target(url: str | None, collection: str | None = None, insecure: bool = False) -> Target:
    url = url or os.environ.get("NRC_OPENSEARCH_URL")
    if not url:
        raise NrcError(
            "--backend opensearch needs the cluster's address: pass --url URL or set "
            "NRC_OPENSEARCH_URL (e.g. https://search.example.org:9200)."
        )
    if not url.startswith(("http://", "https://")):
        raise NrcError(f"--url {url!r}: give a full http:// or https:// address.")
    name = collection or os.environ.get("NRC_OPENSEARCH_COLLECTION") or DEFAULT_COLLECTION
    if not _COLLECTION.match(name):
        raise NrcError(
            f"--collection {name!r}: use lower-case letters, digits, '-' and '_' (e.g. wires-2024)."
        )
    return Target(url.rstrip("/"), name, insecure)


def connect(t: Target):
    """An opensearch-py client for `t`, with retries on timeouts and dropped connections."""
    try:
        from opensearchpy import OpenSearch
    except ImportError:  # pragma: no cover - the dependency is declared
        raise NrcError(
            "The OpenSearch backend needs opensearch-py: pip install opensearch-py"
        ) from None
    kwargs: dict = {
        "hosts": [t.url],
        "timeout": 60,
        "max_retries": 5,
        "retry_on_timeout": True,
        "verify_certs": not t.insecure,
        "ssl_show_warn": not t.insecure,
    }
    if ca := os.environ.get("NRC_OPENSEARCH_CA_CERTS"):
        kwargs["ca_certs"] = ca
    if key := os.environ.get("NRC_OPENSEARCH_API_KEY"):
        kwargs["headers"] = {"Authorization": f"ApiKey {key}"}
    elif user := os.environ.get("NRC_OPENSEARCH_USER"):
        kwargs["http_auth"] = (user, os.environ.get("NRC_OPENSEARCH_PASSWORD", ""))
    return OpenSearch(**kwargs)


def failure(t: Target, exc: BaseException) -> NrcError:
    """One line about a cluster that cannot be reached or refused a request."""
    from opensearchpy.exceptions import AuthenticationException, ConnectionError, SSLError

    if isinstance(exc, SSLError):
        return NrcError(
            f"OpenSearch at {t.url}: the TLS certificate could not be verified. Give the CA "
            "bundle in NRC_OPENSEARCH_CA_CERTS (or, for a throw-away test cluster only, --insecure)."
        )
    if isinstance(exc, ConnectionError):
        return NrcError(
            f"Cannot reach OpenSearch at {t.url} (connection refused or timed out); is the "
            "cluster running? Check --url / NRC_OPENSEARCH_URL."
        )
    if isinstance(exc, AuthenticationException):
        return NrcError(
            f"OpenSearch at {t.url} refused the credentials: set NRC_OPENSEARCH_USER and "
            "NRC_OPENSEARCH_PASSWORD, or NRC_OPENSEARCH_API_KEY."
        )
    text = " ".join(str(exc).split())[:160] or type(exc).__name__
    return NrcError(f"OpenSearch at {t.url} ({t.alias}): {text}")


@contextlib.contextmanager
def guarded(t: Target) -> Iterator[None]:
    """Any failure of the cluster or the connection becomes one NrcError line."""
    from opensearchpy.exceptions import OpenSearchException

    try:
        yield
    except OpenSearchException as exc:
        raise failure(t, exc) from exc
