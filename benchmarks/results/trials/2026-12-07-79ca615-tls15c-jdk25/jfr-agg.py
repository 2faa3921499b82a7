import re,collections,sys
txt=open(sys.argv[1]).read()
ev=txt.split('jdk.ExecutionSample')[1:]
n=len(ev)
c=collections.Counter(); thr=collections.Counter()
for e in ev:
    frames=re.findall(r'^\s+([\w.$<>]+)\(', e, re.M)
    key=[f for f in frames if f.startswith(('sun.security.ssl','dev.streams','ResumeProbe','javax.net','sun.security.pkcs12','java.security.KeyStore','sun.security.ec.ECDSA','sun.security.provider.certpath'))][:3]
    c[' < '.join(key)]+=1
    t=re.search(r'sampledThread = "([^"]+)"',e).group(1); thr[t]+=1
print(n, thr)
for k,v in c.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 15): print('%5.1f%% %s'%(100*v/n,k))
