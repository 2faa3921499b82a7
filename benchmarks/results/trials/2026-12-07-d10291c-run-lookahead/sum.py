import json,glob,os,statistics as st
import sys; D=sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
rows={}
for f in sorted(glob.glob(D+'/*.json')):
    run,case=os.path.basename(f)[:-5].split('-')
    try: d=json.load(open(f))
    except Exception: continue
    sc={}
    for b in d:
        m=b['primaryMetric']; name=b['benchmark'].split('.')[-1]
        forks=[st.mean(x) for x in m['rawData']]
        sc[name]=(m['score'],forks)
    if 'memoryObjectStream' in sc and 'arrayBlockingQueue' in sc:
        o,a=sc['memoryObjectStream'],sc['arrayBlockingQueue']
        print(f"{run:4} {case:7} ours {o[0]:6.1f} forks {' '.join(f'{x:5.1f}' for x in o[1])} | ABQ {a[0]:5.1f} | ratio {o[0]/a[0]:.2f}")
