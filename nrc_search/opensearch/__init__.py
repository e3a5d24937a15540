"""nrc over an OpenSearch cluster: the same documents, speakers, queries and results as Whoosh.

`client` connects (TLS verified unless told otherwise), `mapping` is the explicit index mapping,
`translate` turns nrc's parsed query language into OpenSearch queries, `writer` ingests raw files
with bulk requests that retry, `reader` answers searches and the catalog commands with the same
model values the Whoosh store returns. Imported only when `--backend opensearch` is chosen.
"""
