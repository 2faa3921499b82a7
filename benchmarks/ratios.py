#!/usr/bin/env python3
"""Turns JMH JSON results (-rf json) into the markdown tables of docs/benchmarks.md.

    python3 benchmarks/ratios.py results.json
    python3 benchmarks/ratios.py "JDK 17=round1.json,round2.json" "JDK 25=round1-25.json,round2-25.json"

Iterations of the same benchmark and parameters are pooled across the files of one label (rounds of
the whole suite, so every variant is sampled in several stretches of the machine's load). For each
benchmark class and parameter set, every row gets the ratio ours / that row of the pooled median:
for throughput (thrpt) above 1 means ours is faster, for average time (avgt) below 1 means ours is
faster. The median, not the mean, because on a shared machine an iteration that another process
disturbed is an outlier, not a sample; the interquartile range shows how noisy the row was.
gc.alloc.rate.norm (from -prof gc) is shown when present.
"""
import json
import sys
from collections import OrderedDict

OURS = ("memoryObjectStream", "receiveUntil", "textReceiveStream", "fileReadStream", "tlsStream")


def quantile(values, q):
    values = sorted(values)
    position = (len(values) - 1) * q
    low = int(position)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (position - low)


def load(paths):
    rows = OrderedDict()
    for path in paths:
        for result in json.load(open(path)):
            cls, method = result["benchmark"].rsplit(".", 1)
            params = ",".join(f"{k}={v}" for k, v in sorted((result.get("params") or {}).items()))
            metric = result["primaryMetric"]
            alloc = (result.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm", {}).get("score")
            methods = rows.setdefault((cls.split(".")[-1], params), OrderedDict())
            entry = methods.setdefault(method, {"mode": result["mode"], "unit": metric["scoreUnit"],
                                                "raw": [], "alloc": None})
            entry["raw"].extend(v for fork in metric["rawData"] for v in fork)
            if alloc is not None:
                entry["alloc"] = alloc
    return rows


def fmt(value):
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"


def main(args):
    for arg in args:
        label, _, files = arg.rpartition("=")
        paths = files.split(",")
        print(f"\n### {label or paths[0]}\n")
        for (cls, params), methods in load(paths).items():
            medians = {m: quantile(e["raw"], 0.5) for m, e in methods.items()}
            ours = [m for m in methods if m.startswith(OURS)]
            print(f"**{cls}** {params}\n")
            print("| variant | median | p25–p75 | n | unit | B/op | " + " | ".join(f"{o} ÷ this" for o in ours) + " |")
            print("|---|---:|---:|---:|---|---:|" + "---:|" * len(ours))
            for method, e in methods.items():
                ratios = [fmt(medians[o] / medians[method]) if medians[method] else "-" for o in ours]
                alloc = "-" if e["alloc"] is None else f"{e['alloc']:,.0f}"
                print(f"| {method} | {fmt(medians[method])} | {fmt(quantile(e['raw'], 0.25))}–"
                      f"{fmt(quantile(e['raw'], 0.75))} | {len(e['raw'])} | {e['unit']} | {alloc} | "
                      + " | ".join(ratios) + " |")
            print()


if __name__ == "__main__":
    main(sys.argv[1:])
