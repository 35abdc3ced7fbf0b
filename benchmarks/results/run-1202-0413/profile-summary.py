import json, sys, collections
# Summarise jdk.ExecutionSample of the JMH worker threads: self and inclusive shares per frame.
data = json.load(open(sys.argv[1]))
events = data["recording"]["events"]
thread_filter = sys.argv[2] if len(sys.argv) > 2 else "jmh-worker"
selfc = collections.Counter(); incl = collections.Counter(); n = 0
for e in events:
    v = e["values"]
    t = v.get("sampledThread") or {}
    name = (t.get("javaName") or t.get("osName") or "")
    if thread_filter not in name: continue
    frames = v["stackTrace"]["frames"] if v.get("stackTrace") else []
    names = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in frames]
    if not names: continue
    n += 1
    selfc[names[0]] += 1
    for m in set(names): incl[m] += 1
print("samples", n)
print("== self")
for m, c in selfc.most_common(30): print("%5.1f%% %s" % (100.0*c/n, m))
print("== inclusive")
for m, c in incl.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 120): print("%5.1f%% %s" % (100.0*c/n, m))
