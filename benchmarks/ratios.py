#!/usr/bin/env python3
"""Turns JMH JSON results (-rf json) into the markdown tables of docs/benchmarks.md.

    python3 benchmarks/ratios.py results-17.json [results-25.json ...]

For each benchmark class and parameter set, every baseline gets the ratio ours / baseline of the
primary score: for throughput (thrpt) above 1 means ours is faster, for average time (avgt) below 1
means ours is faster. gc.alloc.rate.norm (from -prof gc) is shown when present.
"""
import json
import sys
from collections import OrderedDict

OURS = ("memoryObjectStream", "receiveUntil", "textReceiveStream", "fileReadStream", "tlsStream")


def load(path):
    rows = OrderedDict()
    for result in json.load(open(path)):
        cls, method = result["benchmark"].rsplit(".", 1)
        params = ",".join(f"{k}={v}" for k, v in sorted((result.get("params") or {}).items()))
        metric = result["primaryMetric"]
        alloc = (result.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm", {}).get("score")
        rows.setdefault((cls.split(".")[-1], params), []).append(
            (method, result["mode"], metric["score"], metric["scoreError"], metric["scoreUnit"], alloc))
    return rows


def fmt(value):
    if isinstance(value, str) or value != value:  # "NaN": a single iteration has no error
        return "-"
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"


def main(paths):
    for path in paths:
        print(f"\n### {path}\n")
        for (cls, params), methods in load(path).items():
            ours = [m for m in methods if m[0].startswith(OURS)]
            print(f"**{cls}** {params}\n")
            print("| variant | score | ± | unit | B/op | " + " | ".join(f"{o[0]} ÷ this" for o in ours) + " |")
            print("|---|---:|---:|---|---:|" + "---:|" * len(ours))
            for method, mode, score, error, unit, alloc in methods:
                ratios = [fmt(o[2] / score) if score else "-" for o in ours]
                print(f"| {method} | {fmt(score)} | {fmt(error)} | {unit} | "
                      f"{'-' if alloc is None else f'{alloc:,.0f}'} | " + " | ".join(ratios) + " |")
            print()


if __name__ == "__main__":
    main(sys.argv[1:])
