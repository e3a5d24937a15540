"""The OpenSearch backend against a real cluster: the same documents, speakers, hits and exports
as the Whoosh store on the judged queries, idempotent ingest, and no loss when a node dies.

Runs only with `-m opensearch` and NRC_OPENSEARCH_URL set (`.ci/run` starts a 2-node cluster with
tools/opensearch-local.sh and runs these after the main suite). Ranking tolerance, stated: every
judged turn that Whoosh puts in its top 10 OpenSearch puts in its top 10 too, and the first
judged hit's rank differs by at most 2 (the engines' BM25 statistics differ per shard).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "seeds", ROOT / "tests" / "relevance" / "corpus"]
QUERIES = json.loads((ROOT / "tests" / "relevance" / "queries.json").read_text(encoding="utf-8"))
URL = os.environ.get("NRC_OPENSEARCH_URL")

pytestmark = [
    pytest.mark.opensearch,
    pytest.mark.skipif(not URL, reason="no OpenSearch cluster (set NRC_OPENSEARCH_URL)"),
]


def _target(name: str):
    from nrc_search.opensearch.client import target

    return target(URL, f"t-{name}-{uuid.uuid4().hex[:8]}")


def _drop(t) -> None:
    from nrc_search.opensearch.client import connect

    client = connect(t)
    client.indices.delete(index=f"{t.alias}-*", ignore=[404])


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """The relevance corpus in a Whoosh index and in an OpenSearch collection."""
    from nrc_search.indexer import ingest
    from nrc_search.opensearch import writer
    from nrc_search.opensearch.reader import Collection

    index = tmp_path_factory.mktemp("os") / "index"
    ingest(index, CORPUS, jobs=1)
    t = _target("pair")
    summary = writer.ingest(t, CORPUS, jobs=1, replicas=1)
    assert summary.failed == 0, summary.warnings
    yield index, Collection(t)
    _drop(t)


def _request(case: dict):
    from nrc_search.model import SearchRequest

    # all words: partial matches ("missing: X") are the Whoosh store's alone (see the README)
    return SearchRequest(
        case["query"], speakers=tuple(case.get("speaker", ())), limit=10, all_words=True
    )


def _ranks(hits, case: dict) -> list[int | None]:
    def matches(h, want):
        return want["contains"] in h.text and want.get("speaker", h.speaker) == h.speaker

    return [next((h.rank for h in hits if matches(h, w)), None) for w in case["expect"]]


@pytest.mark.parametrize("case", QUERIES, ids=[c["query"] for c in QUERIES])
def test_judged_query_same_hits_as_whoosh(pair, case: dict) -> None:
    from nrc_search.search import search

    index, coll = pair
    wh = search(index, _request(case))
    os_ = coll.search(_request(case))
    w_ranks, o_ranks = _ranks(wh.hits, case), _ranks(os_.hits, case)
    for w, o in zip(w_ranks, o_ranks, strict=True):
        assert (w is None) == (o is None), (w_ranks, o_ranks)
    found_w = [r for r in w_ranks if r]
    found_o = [r for r in o_ranks if r]
    if found_w:
        assert abs(min(found_w) - min(found_o)) <= 2
    for reject in case.get("reject", ()):
        assert not any(reject["contains"] in h.text for h in os_.hits)


def test_same_documents_and_speakers(pair) -> None:
    from nrc_search import catalog

    index, coll = pair
    assert coll.list_docs() == catalog.list_docs(index)
    wh = {(s.name, s.turns, s.docs, s.roles) for s in catalog.list_speakers(index)}
    assert {(s.name, s.turns, s.docs, s.roles) for s in coll.list_speakers()} == wh


def test_same_json_export(pair) -> None:
    from nrc_search.export import results_dict
    from nrc_search.model import SearchRequest
    from nrc_search.search import search

    index, coll = pair
    req = SearchRequest(
        "sectoral approach", speakers=("Lavrov",), facets=("speaker", "year"), all_words=True
    )
    wh, os_ = results_dict(search(index, req)), results_dict(coll.search(req))
    for d in (wh, os_):
        for hit in d["hits"]:
            hit.pop("score")
    assert os_ == wh
    assert os_["hits"][0]["highlights"] == [[36, 44], [45, 53]]


def test_show_and_context(pair) -> None:
    from nrc_search import catalog

    index, coll = pair
    fields, info, before, after = coll.show_turn("004_fbef40a881d0f922:8", context=1)
    w_fields, w_info, w_before, w_after = catalog.show_turn(index, "004_fbef40a881d0f922:8", 1)
    assert fields["text"] == w_fields["text"] and fields["speaker"] == w_fields["speaker"]
    assert info == w_info and before == w_before and after == w_after


def test_reingest_is_idempotent_and_updates_and_prunes(tmp_path: Path) -> None:
    from nrc_search.opensearch import writer
    from nrc_search.opensearch.reader import Collection

    src = tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", src)
    t = _target("idem")
    try:
        first = writer.ingest(t, [src], jobs=1, replicas=0)
        again = writer.ingest(t, [src], jobs=1)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
        assert again.total_turns == first.total_turns
        doc = sorted(src.iterdir())[1]
        doc.write_text("MR. SMITH: Only one turn is left about wombats.\n", encoding="utf-8")
        (src / sorted(p.name for p in src.iterdir())[0]).unlink()
        third = writer.ingest(t, [src], jobs=1, prune=True)
        assert (third.updated, third.pruned) == (1, 1)
        coll = Collection(t)
        assert coll.search(_request({"query": "wombats"})).total == 1
        rebuilt = writer.ingest(t, [src], jobs=1, rebuild=True, replicas=0)
        assert rebuilt.total_turns == third.total_turns
        assert len(coll.client.indices.get(index=f"{t.alias}-*")) == 1
    finally:
        _drop(t)


def _local_cluster(nodes: int) -> Path | None:
    state = Path(os.environ.get("NRC_OPENSEARCH_STATE", "/tmp/nrc-opensearch-local"))
    n = state / "nodes"
    return state if n.exists() and int(n.read_text()) >= nodes else None


def test_a_node_killed_during_bulk_ingest_loses_nothing(tmp_path: Path) -> None:
    """replicas = 1 on two nodes: kill node-1 mid-ingest, bring it back, count every turn once."""
    from nrc_search.opensearch import writer
    from nrc_search.opensearch.client import connect

    state = _local_cluster(2)
    if state is None:
        pytest.skip("needs the 2-node cluster of tools/opensearch-local.sh (NRC_OPENSEARCH_STATE)")
    src = tmp_path / "many"
    src.mkdir()
    for i in range(400):
        turns = "\n\n".join(
            f"MR. SPEAKER{j}: Statement {i}-{j} on quokka policy." for j in range(8)
        )
        (src / f"doc{i:03}.txt").write_text(f"Meeting {i}\n\n{turns}\n", encoding="utf-8")
    t = _target("kill")
    script = ROOT / "tools" / "opensearch-local.sh"
    env = {**os.environ, "NRC_OPENSEARCH_STATE": str(state)}
    old_chunk = writer.CHUNK
    writer.CHUNK = 100  # many bulk requests, so the kill lands in the middle
    result: dict = {}

    def run() -> None:
        try:
            result["summary"] = writer.ingest(t, [src], jobs=1, replicas=1)
        except Exception as exc:  # pragma: no cover - reported below
            result["error"] = exc

    try:
        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(2.0)
        subprocess.run([str(script), "kill-node", "1"], env=env, check=True)
        time.sleep(3.0)
        subprocess.run([str(script), "restart-node", "1"], env=env, check=True, timeout=180)
        worker.join(timeout=600)
        assert "error" not in result, result.get("error")
        summary = result["summary"]
        assert summary.failed == 0 and summary.added == 400
        client = connect(t)
        client.cluster.health(wait_for_status="green", timeout="120s", request_timeout=130)
        client.indices.refresh(index=t.alias)
        count = client.count(index=t.alias, body={"query": {"term": {"type": "turn"}}})["count"]
        ids = client.search(
            index=t.alias,
            body={
                "size": 0,
                "aggs": {"u": {"cardinality": {"field": "turn_id", "precision_threshold": 40000}}},
            },
        )["aggregations"]["u"]["value"]
        assert count == summary.total_turns == ids
        assert count == summary.turns > 400  # every turn this run parsed, each once
    finally:
        writer.CHUNK = old_chunk
        _drop(t)


def test_cli_gives_the_same_json_on_both_backends(tmp_path: Path) -> None:
    """`nrc ingest/search/speakers --backend opensearch` print what the Whoosh folder prints."""
    from click.testing import CliRunner

    from nrc_search.cli import main

    t = _target("cli")
    runner = CliRunner()
    os_args = ["--backend", "opensearch", "--url", URL, "--collection", t.collection]
    wh_args = ["--index", str(tmp_path / "index")]
    try:
        for args in (wh_args, os_args):
            result = runner.invoke(main, ["ingest", str(ROOT / "seeds"), *args])
            assert result.exit_code == 0, result.output
        query = ["search", "missile defence", "--speaker", "Lavrov", "--json", "--all-words"]
        wh = json.loads(runner.invoke(main, [*query, *wh_args]).stdout)
        os_ = json.loads(runner.invoke(main, [*query, *os_args]).stdout)
        for d in (wh, os_):
            for hit in d["hits"]:
                hit.pop("score")
        assert os_ == wh and wh["total"] == 4
        speakers = [
            runner.invoke(main, ["speakers", "--format", "json", *a]) for a in (wh_args, os_args)
        ]
        assert json.loads(speakers[0].stdout) == json.loads(speakers[1].stdout)
        nothing = runner.invoke(main, ["search", "quokkas", *os_args])
        assert nothing.exit_code == 1
    finally:
        _drop(t)


def test_captions_records_and_datasets_give_the_same_turns(tmp_path: Path) -> None:
    """Other formats go through the one parser: the same documents, turns and caption times."""
    from nrc_search import catalog
    from nrc_search.export import results_dict
    from nrc_search.indexer import ingest
    from nrc_search.model import SearchRequest
    from nrc_search.opensearch import writer
    from nrc_search.opensearch.reader import Collection
    from nrc_search.search import search

    src = tmp_path / "formats"
    src.mkdir()
    for name in (
        "un_briefing_voices.vtt",
        "un_security_council_record.pdf",
        "unsc_debate_turns.jsonl",
    ):
        shutil.copy(ROOT / "tests" / "fixtures" / name, src / name)
    index = tmp_path / "index"
    ingest(index, [src], jobs=1)
    t = _target("formats")
    try:
        writer.ingest(t, [src], jobs=1, replicas=0)
        coll = Collection(t)
        assert coll.list_docs() == catalog.list_docs(index)
        req = SearchRequest("security", limit=50, all_words=True, speech_only=True)
        wh, os_ = results_dict(search(index, req)), results_dict(coll.search(req))
        # turns that say the word (the Whoosh store also matches a word in a document's title)
        key = [
            (h["turn_id"], h["speaker"], h.get("start"), h.get("end"))
            for h in wh["hits"]
            if "security" in h["text"].lower()
        ]
        assert sorted(key, key=str) == sorted(
            [(h["turn_id"], h["speaker"], h.get("start"), h.get("end")) for h in os_["hits"]],
            key=str,
        )
        assert os_["total"] == len(key) > 0
    finally:
        _drop(t)
