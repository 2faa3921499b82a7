import json, sys, statistics
for path in sys.argv[1:]:
    print('==', path)
    data = json.load(open(path))
    res = {}
    for b in data:
        name = b['benchmark'].split('.')[-1]
        raw = b['primaryMetric']['rawData']  # forks x iterations
        allv = [v for f in raw for v in f]
        med = statistics.median(allv)
        forks = [round(statistics.mean(f), 1) for f in raw]
        res[name] = med
        print(f'  {name:28s} median {med:8.1f}  forks {forks}')
    if 'sslSocket' in res:
        for n in res:
            if n != 'sslSocket':
                print(f'  {n} / sslSocket = {res[n]/res["sslSocket"]:.3f}')
    if 'sslSocketOneWritePerFlight' in res and 'tlsStream' in res:
        print(f'  tlsStream / sslSocketOneWritePerFlight = {res["tlsStream"]/res["sslSocketOneWritePerFlight"]:.3f}')
