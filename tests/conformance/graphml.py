# Reads a DefenceTies GraphML export with networkx (Debian's python3-networkx, under
# /usr/bin/python3) as its users would, nx.read_graphml, and checks what networkx gives against
# the GraphML section of docs/exports.md. Prints one line per broken rule
# ("<rule>: <node, edge or key id>: <detail>") and exits 1, or prints a summary and exits 0.
#
#   /usr/bin/python3 tests/conformance/graphml.py ties.graphml
#
# The header's <key> declarations and the file's node and edge ids are also read with
# xml.etree, as networkx itself reads them, for what networkx does not keep (a key's domain, the
# nodes a file declares, edge ids given twice). The documented attributes are restated below
# (ATTRIBUTES, NODES, EDGES): change them together with docs/exports.md.
#
# Rules:
#   read             networkx.read_graphml reads the file (it refuses, for instance, a value its
#                    key's attr.type cannot parse or a data element with no declared key)
#   key              every <key> is a documented attribute, declared once, for the documented
#                    domain (node, edge or all) with the documented attr.type; every <data> uses a
#                    key declared for its element (networkx does not check the domain)
#   type             every node and edge attribute networkx gives has the Python type of its
#                    documented type (str for string, int for int, bool for boolean)
#   node-attributes  every node carries the attributes documented for its kind and no others
#   edge-attributes  every edge carries the attributes documented for its kind and no others
#   vocabulary       node and edge kinds are documented ones; kind, type and status values are
#                    lower-case words; support is Stated, Implied or Reference; share is a
#                    percentage written exactly ("50.5": at most two decimals, no trailing zero)
#   tie              tie is the id of the edge's own fact: <prefix>-<number> with the prefix of the
#                    edge's kind; a delegation's engagement is engagement-<n>, a holding's post is
#                    post-<n>, a signatory's agreement agreement-<n> and its on_behalf_of
#                    nation-<code>; the edge id is the tie (pair edges: <tie>-<source code>-<target code>)
#   ends             an edge's source and target are nodes the file declares, of the kinds
#                    documented for its kind (networkx would add an undeclared end silently)
#   symmetric        symmetric is true exactly on agreement, exercise and engagement edges, and
#                    those go from the lower alpha-3 code to the higher
#   date             start, end and document_date are YYYY, YYYY-MM or YYYY-MM-DD, real dates, and
#                    an edge does not end before it starts
#   edge-id          every edge has an id, no two edges share one, and networkx keeps every edge
#   value            a value cited on its own is value_<property>_support (Stated, Implied or
#                    Reference), value_<property>_passage (always with it) and value_<property>_note
#                    (only with Implied), each a string key for all; any node or edge may carry them
import calendar
import re
import sys
import xml.etree.ElementTree as ET

import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"

# name: (domain, attr.type, Python type networkx gives)
ATTRIBUTES = {
    "kind": ("all", "string", str),
    "type": ("all", "string", str),
    "label": ("all", "string", str),
    "iso_alpha2": ("node", "string", str),
    "iso_alpha3": ("node", "string", str),
    "cow_code": ("node", "int", int),
    "nation": ("node", "string", str),
    "tie": ("edge", "string", str),
    "engagement": ("edge", "string", str),
    "agreement": ("edge", "string", str),
    "post": ("edge", "string", str),
    "series": ("edge", "string", str),
    "recurrence": ("edge", "string", str),
    "level": ("edge", "string", str),
    "exercise": ("edge", "string", str),
    "response": ("edge", "string", str),
    "place": ("edge", "string", str),
    "start": ("edge", "string", str),
    "end": ("edge", "string", str),
    "status": ("edge", "string", str),
    "share": ("edge", "string", str),
    "category": ("edge", "string", str),
    "quantity": ("edge", "string", str),
    "quantity_unit": ("edge", "string", str),
    "amount": ("edge", "string", str),
    "amount_up_to": ("edge", "string", str),
    "currency": ("edge", "string", str),
    "exactness": ("edge", "string", str),
    "on_behalf_of": ("edge", "string", str),
    "symmetric": ("edge", "boolean", bool),
    "support": ("all", "string", str),
    "note": ("all", "string", str),
    "passage": ("all", "string", str),
    "document": ("all", "string", str),
    "document_date": ("all", "string", str),
    "claimed_in": ("all", "string", str),
    "corroborating_documents": ("all", "string", str),
}

# Every node and edge: its citation (always) and what the citation may add.
EVIDENCE = {"support", "passage", "document", "document_date"}
EVIDENCE_OPTIONAL = {"note", "claimed_in", "corroborating_documents"}

# node kind: (attributes always present, attributes present when known)
NODES = {
    "nation": ({"kind", "label", "iso_alpha2", "iso_alpha3"}, {"cow_code"}),
    "body": ({"kind", "type", "label"}, {"nation"}),
    "person": ({"kind", "label"}, set()),
    "engagement": ({"kind", "type", "label"}, set()),
    "security issue": ({"kind", "label"}, set()),
    "agreement": ({"kind", "type", "label"}, set()),
}

# edge kind: (tie prefix, source kinds, target kinds, symmetric, always present, present when known)
EDGES = {
    "agreement": ("agreement", {"nation"}, {"nation"}, True, {"kind", "type", "label", "tie", "status", "symmetric"}, {"start", "end"}),
    "exercise": ("exercise", {"nation"}, {"nation"}, True, {"kind", "label", "tie", "series", "symmetric"}, {"start", "end", "place", "recurrence"}),
    "engagement": ("engagement", {"nation"}, {"nation"}, True, {"kind", "type", "label", "tie", "start", "end", "symmetric"}, {"place", "status"}),
    "delegation": ("delegation-member", {"person"}, {"nation"}, False, {"kind", "type", "label", "tie", "engagement", "start", "end", "symmetric"}, set()),
    "post holding": ("post-holding", {"person"}, {"body", "nation"}, False, {"kind", "label", "tie", "post", "symmetric"}, {"start", "end"}),
    "policy link": ("policy-link", {"nation"}, {"nation"}, False, {"kind", "type", "label", "tie", "symmetric"}, set()),
    "membership": ("membership", {"nation", "body"}, {"body"}, False, {"kind", "type", "tie", "symmetric"}, {"start", "end"}),
    "engagement participant": ("engagement-participant", {"nation", "body"}, {"engagement"}, False, {"kind", "type", "label", "tie", "engagement", "start", "end", "symmetric"}, set()),
    "agreement party": ("agreement-body-party", {"body"}, {"nation", "body"}, False, {"kind", "type", "label", "tie", "agreement", "status", "symmetric"}, {"start", "end"}),
    "security issue actor": ("security-issue-actor", {"nation", "body"}, {"security issue"}, False, {"kind", "type", "label", "tie", "symmetric"}, {"start", "end"}),
    "tension": ("nation-relation", {"nation"}, {"nation"}, True, {"kind", "label", "tie", "symmetric"}, {"start", "end"}),
    "partnership": ("nation-relation", {"nation"}, {"nation"}, True, {"kind", "label", "tie", "level", "symmetric"}, {"start"}),
    "ownership": ("ownership", {"nation", "body"}, {"body"}, False, {"kind", "tie", "symmetric"}, {"share", "start"}),
    "deal": ("deal", {"nation", "body"}, {"nation", "body"}, False, {"kind", "type", "label", "tie", "category", "symmetric"}, {"quantity", "quantity_unit", "amount", "amount_up_to", "currency", "exactness", "start", "end"}),
    "invitation": ("invitation", {"nation", "person"}, {"nation", "person"}, False, {"kind", "label", "tie", "symmetric"}, {"engagement", "exercise", "response", "start", "end"}),
    "signatory": ("agreement-signatory", {"body"}, {"agreement"}, False, {"kind", "type", "label", "tie", "agreement", "symmetric"}, {"on_behalf_of", "start", "end"}),
}

# Edge kinds drawn once per other end of their fact: the edge id is "<tie>-<target id>".
PER_TARGET = {"agreement party"}

SUPPORT = {"Stated", "Implied", "Reference"}
# A share as the model writes it: a percentage with at most two decimals, no leading zero and no
# trailing zero after the point ("50.5", "100", "0.25"), at most 100: exact text, never a float's.
SHARE = re.compile(r"^(?:100|[1-9]?[0-9](?:\.[0-9]?[1-9])?)$")
# An amount as the model writes it: whole units without grouping or leading zeros, and at most two
# decimals without a trailing zero ("410000000", "350.5"); a quantity: a whole number; a currency:
# an ISO 4217 code.
AMOUNT = re.compile(r"^(?:0|[1-9][0-9]*)(?:\.[0-9]?[1-9])?$")
QUANTITY = re.compile(r"^(?:0|[1-9][0-9]*)$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
VALUE = re.compile(r"^value_([a-z]+(?:_[a-z]+)*)_(support|note|passage)$")


def documented(name):
    """(domain, attr.type, Python type) of a documented attribute, or None."""
    return ATTRIBUTES.get(name) or (("all", "string", str) if VALUE.match(name) else None)
WORDS = re.compile(r"^[a-z]+( [a-z]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

problems = []


def report(rule, where, detail):
    problems.append(f"{rule}: {where}: {' '.join(str(detail).split())}")


def span(value):
    """(earliest, latest) (year, month, day) of a partial date, or None when it is not one."""
    m = DATE.match(value)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return (year, 1, 1), (year, 12, 31)
    month = int(month)
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return (year, month, 1), (year, month, last)
    day = int(day)
    if not 1 <= day <= last:
        return None
    return (year, month, day), (year, month, day)


def check_attributes(rule, where, data, always, known):
    for name in sorted(always - data.keys()):
        report(rule, where, f"missing {name}")
    for name in sorted(data.keys() - always - known):
        if not VALUE.match(name):
            report(rule, where, f"{name} is not documented for this kind")
    values = {}
    for name in data:
        m = VALUE.match(name)
        if m:
            values.setdefault(m.group(1), {})[m.group(2)] = data[name]
    for value, parts in sorted(values.items()):
        if parts.get("support") not in SUPPORT:
            report("value", where, f"value_{value}_support {parts.get('support')!r} is not one of {sorted(SUPPORT)}")
        if "passage" not in parts:
            report("value", where, f"value_{value} has no passage")
        if ("note" in parts) != (parts.get("support") == "Implied"):
            report("value", where, f"value_{value}_note goes with Implied support, and only with it")


def main(path):
    # The file as networkx reads it: keys from the header, then nodes and edges.
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        report("read", path, f"not XML: {error}")
        return
    try:
        g = nx.read_graphml(path, force_multigraph=True)
    except Exception as error:  # networkx raises several kinds; each means it refused the file
        report("read", path, f"networkx refused the file: {type(error).__name__}: {error}")
        return

    # key: the header's declarations and the domain of each data element.
    keys = {}
    for key in root.findall(f"{NS}key"):
        key_id, name, domain, attr_type = key.get("id"), key.get("attr.name"), key.get("for"), key.get("attr.type")
        if key_id in keys:
            report("key", key_id, "declared twice")
        keys[key_id] = (name, domain)
        if documented(name) is None:
            report("key", key_id, f"attribute {name} is not documented")
            continue
        documented_domain, documented_type, _ = documented(name)
        if domain != documented_domain:
            report("key", key_id, f"for={domain}, documented for={documented_domain}")
        if attr_type != documented_type:
            report("key", key_id, f"attr.type={attr_type}, documented attr.type={documented_type}")
    names = [name for name, _ in keys.values()]
    for name in sorted({n for n in names if names.count(n) > 1}):
        report("key", name, "attribute declared by more than one key")

    graph = root.find(f"{NS}graph")
    declared = {}
    for element in graph.findall(f"{NS}node"):
        declared[element.get("id")] = element
    edge_ids = []
    for element in list(graph.findall(f"{NS}node")) + list(graph.findall(f"{NS}edge")):
        own = "node" if element.tag == f"{NS}node" else "edge"
        for data in element.findall(f"{NS}data"):
            key_id = data.get("key")
            if key_id in keys and keys[key_id][1] not in (own, "all"):
                report("key", element.get("id") or "(no id)", f"data {key_id} uses a key for {keys[key_id][1]} on a {own}")
        if own == "edge":
            edge_ids.append(element.get("id"))

    # edge-id: networkx keys a multigraph's edges by their ids; one given twice loses an edge.
    for edge_id in sorted({e for e in edge_ids if e and edge_ids.count(e) > 1}):
        report("edge-id", edge_id, "more than one edge has this id")
    if any(not e for e in edge_ids):
        report("edge-id", path, f"{sum(1 for e in edge_ids if not e)} edges have no id")
    if g.number_of_edges() != len(edge_ids):
        report("edge-id", path, f"networkx holds {g.number_of_edges()} edges, the file has {len(edge_ids)}")

    def check_values(where, data):
        for name, value in data.items():
            if documented(name) and type(value) is not documented(name)[2]:
                report("type", where, f"{name} is {type(value).__name__} {value!r}, documented {documented(name)[1]}")
        for name in ("type", "status"):
            if name in data and not (isinstance(data[name], str) and WORDS.match(data[name])):
                report("vocabulary", where, f"{name} {data[name]!r} is not lower-case words")
        if "support" in data and data["support"] not in SUPPORT:
            report("vocabulary", where, f"support {data['support']!r} is not one of {sorted(SUPPORT)}")
        if "share" in data and not (isinstance(data["share"], str) and SHARE.match(data["share"])):
            report("vocabulary", where, f"share {data['share']!r} is not a percentage written exactly (\"50.5\")")
        for name in ("amount", "amount_up_to"):
            if name in data and not (isinstance(data[name], str) and AMOUNT.match(data[name])):
                report("vocabulary", where, f"{name} {data[name]!r} is not an amount written exactly (\"410000000\")")
        if "quantity" in data and not (isinstance(data["quantity"], str) and QUANTITY.match(data["quantity"])):
            report("vocabulary", where, f"quantity {data['quantity']!r} is not a whole number")
        if "currency" in data and not (isinstance(data["currency"], str) and CURRENCY.match(data["currency"])):
            report("vocabulary", where, f"currency {data['currency']!r} is not an ISO 4217 code")
        if "document_date" in data and (not isinstance(data["document_date"], str) or span(data["document_date"]) is None):
            report("date", where, f"document_date {data['document_date']!r} is not a date")

    kinds = {}
    for node, data in g.nodes(data=True):
        if node not in declared:
            continue  # an edge's undeclared end: reported by "ends"
        kind = data.get("kind")
        kinds[node] = kind
        check_values(node, data)
        if kind not in NODES:
            report("vocabulary", node, f"node kind {kind!r} is not documented")
            continue
        always, known = NODES[kind]
        check_attributes("node-attributes", node, data, always | EVIDENCE, known | EVIDENCE_OPTIONAL)

    for source, target, edge_id, data in g.edges(keys=True, data=True):
        where = edge_id
        kind = data.get("kind")
        check_values(where, data)
        for end, role in ((source, "source"), (target, "target")):
            if end not in declared:
                report("ends", where, f"{role} {end} is not a node of the file")
        if kind not in EDGES:
            report("vocabulary", where, f"edge kind {kind!r} is not documented")
            continue
        prefix, sources, targets, symmetric, always, known = EDGES[kind]
        check_attributes("edge-attributes", where, data, always | EVIDENCE, known | EVIDENCE_OPTIONAL)

        if source in declared and kinds.get(source) not in sources:
            report("ends", where, f"source {source} is a {kinds.get(source)}, documented {'/'.join(sorted(sources))}")
        if target in declared and kinds.get(target) not in targets:
            report("ends", where, f"target {target} is a {kinds.get(target)}, documented {'/'.join(sorted(targets))}")

        tie = data.get("tie")
        if isinstance(tie, str):
            if not re.fullmatch(re.escape(prefix) + r"-[0-9]+", tie):
                report("tie", where, f"tie {tie!r} does not name a {kind} fact ({prefix}-<n>)")
            expected = f"{tie}-{source.removeprefix('nation-')}-{target.removeprefix('nation-')}" if symmetric else f"{tie}-{target}" if kind in PER_TARGET else tie
            if edge_id != expected:
                report("tie", where, f"edge id is not {expected!r}")
        for name, pattern in (("engagement", r"engagement-[0-9]+"), ("post", r"post-[0-9]+"), ("agreement", r"agreement-[0-9]+"), ("on_behalf_of", r"nation-[A-Z]{3}")):
            if isinstance(data.get(name), str) and not re.fullmatch(pattern, data[name]):
                report("tie", where, f"{name} {data[name]!r} does not name a {name}")

        if "symmetric" in data:
            if data["symmetric"] is not symmetric:
                report("symmetric", where, f"symmetric is {data['symmetric']!r} on a {kind} edge, documented {symmetric}")
            elif symmetric and not source < target:
                report("symmetric", where, f"goes from {source} to {target}, documented lower code first")

        spans = {}
        for name in ("start", "end"):
            if isinstance(data.get(name), str):
                spans[name] = span(data[name])
                if spans[name] is None:
                    report("date", where, f"{name} {data[name]!r} is not a date")
        if spans.get("start") and spans.get("end") and spans["end"][1] < spans["start"][0]:
            report("date", where, f"ends ({data['end']}) before it starts ({data['start']})")

    if not problems:
        print(f"ok: networkx {nx.__version__} read {g.number_of_nodes()} nodes and {g.number_of_edges()} edges; every rule holds")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: /usr/bin/python3 graphml.py <export.graphml>", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
    for line in problems:
        print(line)
    sys.exit(1 if problems else 0)
