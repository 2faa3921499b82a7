#!/usr/bin/env python3
"""Medians over rounds 1.. (round 0 is still JIT warm-up) of HandshakeCpuHarness output files."""
import re, statistics, sys
from collections import defaultdict
for path in sys.argv[1:]:
    rows = defaultdict(lambda: defaultdict(list))
    for line in open(path):
        m = re.match(r'round (\d+) (\w+)\s+wall\s+([\d.]+)(.*)', line)
        if not m or int(m[1]) == 0:
            continue
        side = m[2]
        rows[side]['wall'].append(float(m[3]))
        for k, v in re.findall(r'(?<![\w.])([\w.]+)\s+([\d.]+)', m[4]):
            rows[side][k].append(float(v))
    for side, cols in rows.items():
        cs = statistics.median([c + s for c, s in zip(cols['client'], cols['server'])])
        print(f"{path}: {side:9s} " + " ".join(f"{k} {statistics.median(v):.0f}" for k, v in cols.items()) + f"  client+server {cs:.0f}  (rounds {len(cols['wall'])})")
