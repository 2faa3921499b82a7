import json,statistics,sys,os
D=sys.argv[1] if len(sys.argv) > 1 else '.'
for run in ['A1','B1','B2','A2','A3','B3','B4','A4','A5','B5','B6','A6','A7','B7','B8','A8','A9','B9','B10','A10']:
    p=os.path.join(D,run+'.json')
    if not os.path.exists(p): continue
    out=[]
    for b in json.load(open(p)):
        name=b['benchmark'].split('.')[-1]
        forks=[statistics.median(f) for f in b['primaryMetric']['rawData']]
        out.append('%s %s (%s)'%(name, round(statistics.median(forks)), '/'.join(str(round(x)) for x in forks)))
    print(run, ' | '.join(o for o in out if o.split()[0] in ('memoryObjectStream','synchronousQueue')))
    print('   others:', ' | '.join(o for o in out if o.split()[0] not in ('memoryObjectStream','synchronousQueue')))
