import re, sys
# usage: one_connection.py STRACE_FILE N  -- the client's and server's system calls from the client's
# N-th connect to its (N+1)-th, file reads and memory calls left out (C client, S server, P poller, T timer)
path, n = sys.argv[1], int(sys.argv[2])
lines = open(path, errors='replace').read().splitlines()
names = {}
for l in lines:
    m = re.search(r'^(\d+)\s.*PR_SET_NAME, "([^"]*)"', l)
    if m: names[m.group(1)] = m.group(2)
def role(name):
    return ('C' if name.startswith('handshake-clien') else 'S' if name.startswith('handshake-harne')
            else 'P' if name.startswith('streams-socket') else 'T' if name.startswith('streams-tls') else None)
keep = {t: role(v) for t, v in names.items() if role(v)}
sel = [l for l in lines if l.split()[0] in keep
       and not re.search(r'\b(pread64|lseek|newfstatat|openat|mmap|mprotect|munmap|prctl)\(', l)]
idx = [i for i, l in enumerate(sel) if re.search(r' connect\(', l) and keep[l.split()[0]] == 'C']
for l in sel[idx[n]:idx[n + 1]]:
    t = l.split()[0]
    print(keep[t], re.sub(r'"([^"]{0,12})[^"]*"(\.\.\.)?', r'"\1…"', l[len(t):].strip())[:160])
