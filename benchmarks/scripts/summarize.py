#!/usr/bin/env python3
"""Turns the JMH JSON results of run-all.sh into the README's figures table, with ratios against
the baselines of the same run. usage: summarize.py RESULTS_DIR"""
import json
import os
import sys

out = sys.argv[1]


def load(name):
    path = os.path.join(out, name)
    return json.load(open(path)) if os.path.exists(path) else []


def short(entry):
    return entry["benchmark"].rsplit(".", 1)[1]


def alloc(entry):
    m = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm") or entry.get(
        "secondaryMetrics", {}).get("·gc.alloc.rate.norm")
    return m["score"] if m else float("nan")


def fmt(score, error):
    if error != error:  # NaN: too few iterations for an error
        return f"{score:,.1f}"
    return f"{score:,.1f} ± {error:,.1f}"


decode = {short(e): e for e in load("decode.json")}
if decode:
    base = decode.get("handWrittenPojo")
    print("### Decode (seed 200 answer, avgt)\n")
    print("| way | ns/op | vs hand-written POJO | B/op |")
    print("|---|---:|---:|---:|")
    for name in ("generatedRecords", "runtimeAnswerPath", "handWrittenPojo", "treeModel"):
        e = decode.get(name)
        if not e:
            continue
        m = e["primaryMetric"]
        ratio = m["score"] / base["primaryMetric"]["score"] if base else float("nan")
        print(f"| {name} | {fmt(m['score'], m['scoreError'])} | {ratio:.2f}x | {alloc(e):,.0f} |")
    print()

for threads in (1, 8):
    rows = load(f"call-t{threads}.json")
    if not rows:
        continue
    by = {(short(e), e["mode"]): e for e in rows}
    print(f"### Call over loopback, {threads} thread(s)\n")
    print("| client | ops/ms (thrpt) | mean us (sample) | p50 us | p99 us | B/op | latency vs raw |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    raw = by.get(("rawClient", "sample"))
    for name in ("generatedClient", "rawClient"):
        t = by.get((name, "thrpt"))
        s = by.get((name, "sample"))
        thr = fmt(t["primaryMetric"]["score"], t["primaryMetric"]["scoreError"]) if t else "-"
        if s:
            m = s["primaryMetric"]
            us = 1000 if m.get("scoreUnit", "").startswith("ms") else 1
            pct = m.get("scorePercentiles", {})
            ratio = m["score"] / raw["primaryMetric"]["score"] if raw else float("nan")
            print(f"| {name} | {thr} | {fmt(m['score'] * us, m['scoreError'] * us)}"
                  f" | {pct.get('50.0', float('nan')) * us:,.0f}"
                  f" | {pct.get('99.0', float('nan')) * us:,.0f} | {alloc(s):,.0f} | {ratio:.2f}x |")
    print()
