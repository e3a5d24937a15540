"""The OpenSearch backend's pure parts, without a cluster: query translation, targets, TLS."""

from __future__ import annotations

import pytest

from nrc_search.errors import NrcError, QueryError
from nrc_search.opensearch import translate
from nrc_search.opensearch.client import connect, target
from nrc_search.query import parse
from nrc_search.store.schema import make_schema


def dsl(text: str) -> dict:
    return translate.to_dsl(parse(text, make_schema()).query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("treaty", {"match": {"text": {"query": "treaty", "boost": 1.0}}}),
        (
            "missile defences",
            {
                "bool": {
                    "must": [
                        {"match": {"text": {"query": "missile", "boost": 1.0}}},
                        {"match": {"text": {"query": "defences", "boost": 1.0}}},
                    ]
                }
            },
        ),
        (
            "legal",
            {
                "bool": {
                    "should": [
                        {"match": {"text": {"query": "legal", "boost": 1.0}}},
                        {"match": {"text": {"query": "legally", "boost": 0.45}}},
                    ],
                    "minimum_should_match": 1,
                }
            },
        ),
        (
            '"missile cooperation"~3',
            {"match_phrase": {"text": {"query": "missile cooperation", "slop": 3, "boost": 1.0}}},
        ),
        (
            "treaty NOT russia",
            {
                "bool": {
                    "must": [{"match": {"text": {"query": "treaty", "boost": 1.0}}}],
                    "must_not": [{"match": {"text": {"query": "russia", "boost": 1.0}}}],
                }
            },
        ),
        ("defen*", {"prefix": {"text.exact": {"value": "defen", "case_insensitive": True}}}),
        (
            "missle~",
            {
                "fuzzy": {
                    "text.exact": {
                        "value": "missle",
                        "fuzziness": 1,
                        "prefix_length": 0,
                        "max_expansions": translate.MAX_EXPANSIONS,
                        "boost": 1.0,
                    }
                }
            },
        ),
        ("date:2011", {"range": {"date": {"gte": "2011-01-01", "lte": "2011-12-31"}}}),
        ("speaker:lavrov", {"match": {"speaker": {"query": "lavrov", "boost": 1.0}}}),
        ("attribution:quoted", {"term": {"attribution": {"value": "quoted", "boost": 1.0}}}),
    ],
)
def test_query_language_becomes_the_dsl(query: str, expected: dict) -> None:
    assert dsl(query) == expected


def test_or_needs_one_of_its_parts() -> None:
    out = dsl("libya OR afghanistan")
    assert out["bool"]["minimum_should_match"] == 1
    assert [c["match"]["text"]["query"] for c in out["bool"]["should"]] == ["libya", "afghanistan"]


def test_highlight_words_leave_out_negated_and_expanded_terms() -> None:
    q = parse("nato NOT russia defen*", make_schema()).query
    assert translate.match_words(q) == ["nato"]


def test_a_url_is_required_and_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NRC_OPENSEARCH_URL", raising=False)
    with pytest.raises(NrcError, match="NRC_OPENSEARCH_URL"):
        target(None)
    with pytest.raises(NrcError, match="http:// or https://"):
        target("localhost:9200")
    with pytest.raises(NrcError, match="--collection"):
        target("http://127.0.0.1:9200", "Bad Name")


def test_certificates_are_verified_unless_insecure_is_given() -> None:
    secure = connect(target("https://127.0.0.1:9200"))
    insecure = connect(target("https://127.0.0.1:9200", insecure=True))
    assert secure.transport.connection_pool.connections[0].pool.cert_reqs == "CERT_REQUIRED"
    assert insecure.transport.connection_pool.connections[0].pool.cert_reqs == "CERT_NONE"


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NRC_OPENSEARCH_API_KEY", "k3y")
    client = connect(target("https://127.0.0.1:9200"))
    assert client.transport.connection_pool.connections[0].headers["authorization"] == "ApiKey k3y"


def test_an_unsupported_construct_is_an_error_not_ignored() -> None:
    from whoosh import query as Q

    with pytest.raises(QueryError, match="cannot run on OpenSearch"):
        translate.to_dsl(Q.Variations("text", "defence"))


def test_cli_without_a_url_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from nrc_search.cli import main

    monkeypatch.delenv("NRC_OPENSEARCH_URL", raising=False)
    result = CliRunner().invoke(main, ["search", "treaty", "--backend", "opensearch"])
    assert result.exit_code == 2
    assert result.output.strip().startswith("nrc: error: --backend opensearch needs")


def test_cli_names_an_unreachable_cluster() -> None:
    from click.testing import CliRunner

    from nrc_search.cli import main

    args = ["docs", "--backend", "opensearch", "--url", "http://127.0.0.1:9"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "Cannot reach OpenSearch at http://127.0.0.1:9" in result.output


class _LosingCluster:
    """A bulk endpoint that acknowledges every turn but loses the first write of some."""

    def __init__(self, lose: set[str]) -> None:
        self.stored: dict[str, dict] = {}
        self.lose = set(lose)

        class _Indices:
            def refresh(self, index: str) -> None:
                pass

        self.indices = _Indices()

    def bulk(self, body: list[dict], request_timeout: int) -> dict:
        for head, source in zip(body[::2], body[1::2], strict=True):
            _id = head["index"]["_id"]
            if _id in self.lose:
                self.lose.discard(_id)  # acknowledged, never stored (a node died with it)
                continue
            self.stored[_id] = source
        return {"errors": False, "items": [{"index": {"status": 201}}] * (len(body) // 2)}

    def search(self, index: str, body: dict, request_timeout: int) -> dict:
        wanted = set(body["query"]["bool"]["filter"][1]["terms"]["doc_id"])
        counts: dict[str, int] = {}
        for s in self.stored.values():
            if s.get("type") == "turn" and s["doc_id"] in wanted:
                counts[s["doc_id"]] = counts.get(s["doc_id"], 0) + 1
        buckets = [{"key": k, "doc_count": v} for k, v in counts.items()]
        return {"aggregations": {"d": {"buckets": buckets}}}


def test_turns_a_cluster_acknowledged_but_lost_are_written_again() -> None:
    from nrc_search.indexer import IngestSummary
    from nrc_search.opensearch import writer

    actions = [
        {"_id": f"d{d}:{n}", "type": "turn", "doc_id": f"d{d}", "text": "x"}
        for d in range(5)
        for n in range(8)
    ]
    cluster = _LosingCluster({"d1:3", "d4:0", "d4:7"})
    kept, summary = writer._Kept(), IngestSummary()
    writer.bulk(cluster, "ix", kept.watch(iter(actions)))
    assert len(cluster.stored) == 37  # three acknowledged turns are missing
    writer._resend_missing(cluster, "ix", kept, summary)
    assert len(cluster.stored) == 40 and summary.warnings == []
