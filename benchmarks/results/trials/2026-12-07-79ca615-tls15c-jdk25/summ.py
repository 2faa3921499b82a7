import json,statistics as st,sys
for p in sys.argv[1:]:
    try: d=json.load(open(p))
    except Exception as e: print(p,'unreadable',e); continue
    for b in d:
        raw=b['primaryMetric']['rawData']
        forks=[round(st.mean(x),1) for x in raw]
        allv=[v for x in raw for v in x]
        gc=b['secondaryMetrics'].get('gc.alloc.rate.norm',{}).get('score')
        gt=b['secondaryMetrics'].get('gc.time',{}).get('score')
        print(p.split('/')[-1],b['benchmark'].split('.')[-1],'median',round(st.median(allv),2),b['primaryMetric']['scoreUnit'],'forks',forks,'alloc/op',gc and round(gc),'gc.time',gt)
