#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample` on stdin; prints the share of samples per thread kind
and the most frequent top-3-frame stacks (line numbers dropped)."""
import re, sys
from collections import Counter
samples, stacks, threads = 0, Counter(), Counter()
thread, frames, in_stack = None, [], False
for line in sys.stdin:
    s = line.strip()
    if s.startswith("sampledThread"):
        m = re.search(r'"([^"]*)"', s)
        name = m.group(1) if m else "?"
        name = re.sub(r"\d+", "N", name) or ("virtual" if "virtual" in s else "?")
        thread = name + (" (virtual)" if "virtual" in s else "")
    elif s.startswith("stackTrace = ["):
        in_stack, frames = True, []
    elif in_stack and s == "]":
        in_stack = False
        samples += 1
        threads[thread] += 1
        stacks[" <- ".join(frames[:3])] += 1
    elif in_stack and s and s != "...":
        frames.append(re.sub(r"\s+line:.*$", "", re.sub(r"\(.*\)", "()", s)))
print(f"{samples} samples")
print("\nby thread:")
for t, n in threads.most_common():
    print(f"{n:7d} {100*n/max(samples,1):5.1f}%  {t}")
print("\ntop-3-frame stacks:")
for st, n in stacks.most_common(40):
    print(f"{n:7d} {100*n/max(samples,1):5.1f}%  {st}")
