import re,sys,os,glob
files=sorted(glob.glob(sys.argv[1]), key=os.path.getmtime)
names=sys.argv[2].split(',')  # benchmark names in run order, each repeated per fork count
forks=int(sys.argv[3])
for i,f in enumerate(files):
    txt=open(f).read()
    pauses=[float(x) for x in re.findall(r'Pause.*?(\d+\.\d+)ms', txt)]
    times=[float(x) for x in re.findall(r'^\[(\d+\.\d+)s\]', txt, re.M)]
    span=times[-1] if times else 0
    print('%-18s %s pauses %4d total %7.1f ms max %5.1f ms over %5.1f s (%.2f%% of the run)'%(names[i//forks] if i//forks < len(names) else '?', os.path.basename(f), len(pauses), sum(pauses), max(pauses or [0]), span, 100*sum(pauses)/1000/span if span else 0))
