#!/usr/bin/env python3
"""Splits allocation sample weight: allocations whose allocating frame chain reaches dev.streams before
any sun.security / com.sun.crypto frame (ours) vs the rest (the JDK's TLS)."""
import json, sys, collections
data = json.load(open(sys.argv[1]))
by = collections.Counter(); total = 0; ours = 0
for e in data['recording']['events']:
    v = e['values']; w = v.get('weight', 0); total += w
    frames = v['stackTrace']['frames'] if v.get('stackTrace') else []
    names = [f"{f['method']['type']['name']}.{f['method']['name']}:{f.get('lineNumber')}" for f in frames]
    key = None
    for n in names:
        if n.startswith('sun/security') or n.startswith('com/sun/crypto') or n.startswith('javax/crypto'):
            break
        if n.startswith('dev/streams'):
            key = n; break
    if key:
        ours += w
        by[(v['objectClass']['name'], ' < '.join(x.split('/')[-1] for x in names[:names.index(key)+2]))] += w
print(f"total {total}, ours {ours} = {100*ours/total:.1f}%")
for k, w in by.most_common(20):
    print(f"{100*w/total:5.1f}% {k[0]} | {k[1]}")
