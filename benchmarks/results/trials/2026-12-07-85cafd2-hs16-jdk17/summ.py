import json,sys,statistics,glob
for f in sorted(glob.glob('hs-*.json')):
    d=json.load(open(f)); r={}
    for b in d:
        n=b['benchmark'].split('.')[-1]; raw=b['primaryMetric']['rawData']
        r[n]=(statistics.median([x for fk in raw for x in fk]), [round(statistics.median(fk),1) for fk in raw])
    if 'tlsStream' in r and 'sslSocket' in r:
        # per-fork ratio medians: pair fork i of ours with fork i of sslSocket
        pf=[a/b for a,b in zip(r['tlsStream'][1], r['sslSocket'][1])]
        print(f, 'ours', r['tlsStream'], 'jdk', r['sslSocket'], 'ratio %.3f'%(r['tlsStream'][0]/r['sslSocket'][0]), 'median-of-fork-medians ratio %.3f'%(statistics.median(r['tlsStream'][1])/statistics.median(r['sslSocket'][1])))
