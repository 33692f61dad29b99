"""Loads a GraphML file with NetworkX and prints a JSON summary (used by GraphMlToolSpecs)."""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
    "types": {n: d.get("type") for n, d in g.nodes(data=True)},
    "mentions": {n: d.get("mentions") for n, d in g.nodes(data=True)},
    "nodeProps": {n: d for n, d in g.nodes(data=True)},
    "edgeList": [[u, v, d] for u, v, d in g.edges(data=True)],
}, sort_keys=True, default=str))
