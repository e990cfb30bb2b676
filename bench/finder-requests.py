#!/usr/bin/env python3
"""Writes bench/finder-requests.txt: one finder request path a line, the request mix of bench/finder-wrk.sh and of the
raw Lucene comparison (FinderLuceneBaseline). Built from the 30 judged needs of ../shared/data/queries-dev.json (their
texts in Finnish, Swedish and English, their company profiles, their language), so that the mix has short and long
texts, texts with and without a profile and profiles without text, in the proportions of that set.

Usage: python3 bench/finder-requests.py [QUERIES_JSON] > bench/finder-requests.txt   (standard library only)
"""
import json
import os
import sys
from urllib.parse import urlencode

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "queries-dev.json")
with open(source, encoding="utf-8") as f:
    queries = json.load(f)["queries"]
print("# GET /api/v1/finder requests built from queries-dev.json by bench/finder-requests.py; one a line")
for q in queries:
    p = q.get("profile", {})
    params = []
    if q.get("text"):
        params.append(("q", q["text"]))
    for key in ("municipality", "industry", "size"):
        if p.get(key):
            params.append((key, p[key]))
    if p.get("markets"):
        params.append(("markets", ",".join(p["markets"])))
    if p.get("stage") is not None:
        params.append(("stage", str(p["stage"])))
    if p.get("needs"):
        params.append(("needs", ",".join(p["needs"])))
    params.append(("lang", q.get("lang", "fi")))
    params.append(("limit", "10"))
    print("/api/v1/finder?" + urlencode(params, safe=","))
