import re, sys
# usage: overlap.py HARNESS_OUTPUT...  -- per round and side: wall, client+server CPU, CPU minus wall
# (the overlap of the two ends; negative: time when neither ran), voluntary switches client/server
for path in sys.argv[1:]:
    print('==', path)
    for line in open(path):
        m = re.match(r'round (\d+) (\S+)\s+wall\s+([\d.]+)\s+client\s+([\d.]+)\s+server\s+([\d.]+).*?sleeps\.client ([\d.]+)\s+sleeps\.server ([\d.]+)', line)
        if not m: continue
        r, side, wall, c, s, sc, ss = m.groups()
        wall, c, s = float(wall), float(c), float(s)
        print(f'  round {r} {side:18s} wall {wall:7.1f}  cpu {c+s:7.1f}  overlap {c+s-wall:7.1f}  sleeps {sc}/{ss}')
