"""Graph files that would reach the network or explode: refused before a parser reads them."""
import json
import time

import pytest
from rdflib import URIRef

from kg.cli import cli
from kg.errors import GraphError
from kg.sparql.engine import load_graph
from kg.sparql.guard import CONTEXT_URL

from .mock_http import answer, serve

CONTEXT = json.dumps({"@context": {"name": "http://schema.org/name"}}).encode()


def jsonld(tmp_path, context, name="g.jsonld"):
    path = tmp_path / name
    path.write_text(json.dumps({"@context": context, "@id": "http://example.org/a", "name": "甲"}), encoding="utf-8")
    return path


def test_a_remote_jsonld_context_is_not_fetched(runner, tmp_path):
    with serve(lambda h: answer(h, body=CONTEXT, headers=[("Content-Type", "application/ld+json")])) as (base, seen):
        path = jsonld(tmp_path, base + "/context.jsonld")
        for command in (["query", str(path), "ASK {}"], ["export", str(path), "-o", str(tmp_path / "x.nt")],
                        ["validate", str(path)], ["viz", str(path), "-o", str(tmp_path / "x.html")]):
            result = runner.invoke(cli, command)
            assert result.exit_code == 1, command
            assert "is not in the file; kg does not fetch it unless you pass --allow-remote" in result.output
        assert seen == []
        allowed = runner.invoke(cli, ["query", str(path), "--allow-remote", "--format", "csv",
                                      "SELECT ?n WHERE { ?s <http://schema.org/name> ?n }"])
        assert allowed.exit_code == 0, allowed.output
        assert allowed.output.splitlines()[1] == "甲" and len(seen) == 1


@pytest.mark.parametrize("context", ["/etc/passwd", "file:///etc/passwd", "ctx.jsonld",
                                     [{"name": "http://schema.org/name"}, "http://127.0.0.1:1/c"]])
def test_contexts_from_other_files_are_refused(tmp_path, context):
    with pytest.raises(GraphError, match="is not in the file"):
        load_graph(jsonld(tmp_path, context))


def test_a_scoped_context_deep_inside_is_checked_too(tmp_path):
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps({"@context": {"p": {"@id": "http://x/p", "@context": "http://127.0.0.1:1/c"}},
                                "@id": "http://x/a", "p": {"@id": "http://x/b"}}), encoding="utf-8")
    with pytest.raises(GraphError, match="http://127.0.0.1:1/c"):
        load_graph(path)


def test_kgs_own_context_is_read_from_the_package(tmp_path):
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps({"@context": CONTEXT_URL, "@id": "kgid:region/140000", "@type": "kg:Province"}),
                    encoding="utf-8")
    graph = load_graph(path)
    assert (URIRef("https://w3id.org/kg-cn/id/region/140000"), None, URIRef("https://w3id.org/kg-cn/def#Province")) \
        in graph


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://ex/">
<rdf:Description rdf:about="http://ex/a"><ex:p>&g;</ex:p></rdf:Description>
</rdf:RDF>
"""


@pytest.mark.parametrize("doctype,what", [
    (LAUGHS, "entity b that expands other entities"),
    ('<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>', "entity x that points outside the file"),
    ('<!DOCTYPE rdf:RDF [ <!ENTITY % p SYSTEM "http://127.0.0.1:1/e.dtd"> %p; ]>', "entity p"),
])
def test_rdfxml_entity_bombs_and_external_entities_are_refused_at_once(tmp_path, doctype, what):
    path = tmp_path / "g.rdf"
    body = doctype if doctype.startswith("<?xml") else f'<?xml version="1.0"?>\n{doctype}\n<rdf:RDF ' \
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
    path.write_text(body, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(GraphError, match=what):
        load_graph(path)
    assert time.monotonic() - started < 5


def test_rdfxml_with_plain_namespace_entities_still_reads(tmp_path):
    path = tmp_path / "g.owl"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n <!ENTITY ex "http://ex/" >\n'
                    ' <!ENTITY rdf "http://www.w3.org/1999/02/22-rdf-syntax-ns#" >\n]>\n'
                    '<rdf:RDF xmlns:rdf="&rdf;" xmlns:ex="&ex;"><rdf:Description rdf:about="&ex;a">'
                    '<ex:p>1</ex:p></rdf:Description></rdf:RDF>', encoding="utf-8")
    assert len(load_graph(path)) == 1
