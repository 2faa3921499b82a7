import re, sys, collections
# usage: per_thread.py STRACE_FILE CONNECTIONS  (strace -f -T -o FILE)
path, conns = sys.argv[1], int(sys.argv[2])
names = {}
counts = collections.defaultdict(collections.Counter)
slow = collections.defaultdict(collections.Counter)
line_re = re.compile(r'^(\d+)\s+(?:<\.\.\. )?(\w+)')
pending = {}
for line in open(path, errors='replace'):
    m = line_re.match(line)
    if not m: continue
    tid, call = m.group(1), m.group(2)
    n = re.search(r'PR_SET_NAME, "([^"]*)"', line)
    if n: names[tid] = n.group(1)
    if 'resumed>' in line:
        call = pending.pop(tid, call)
    elif line.rstrip().endswith('<unfinished ...>'):
        pending[tid] = call
        continue
    counts[tid][call] += 1
    d = re.search(r'<(\d+\.\d+)>\s*$', line)
    # a call that returned EAGAIN is not a wait; one that took > 1 ms under strace probably slept
    if d and float(d.group(1)) > 0.001 and 'EAGAIN' not in line:
        slow[tid][call] += 1
groups = collections.defaultdict(collections.Counter)
gslow = collections.defaultdict(collections.Counter)
def group(name):
    if name.startswith('handshake-clien'): return 'client'
    if name.startswith('handshake-harne'): return 'server'
    if name.startswith('streams-socket'): return 'poller'
    if name.startswith('streams-tls'): return 'timer'
    return None
for tid, c in counts.items():
    g = group(names.get(tid, ''))
    if g:
        groups[g].update(c); gslow[g].update(slow[tid])
for g in ['client', 'server', 'poller', 'timer']:
    c = groups[g]
    tot = sum(c.values())
    print(f'{g}: {tot/conns:.2f} calls per connection')
    for call, k in c.most_common():
        if k / conns >= 0.05:
            s = gslow[g][call]
            print(f'   {call:16s} {k/conns:6.2f}   (>1ms {s/conns:5.2f})')
