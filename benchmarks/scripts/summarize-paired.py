# Usage: python3 benchmarks/scripts/summarize-paired.py DIR  (DIR holds paired-<side>-<n>.txt, the output of PairedBenchmark JVM by JVM)
# Medians over the JVMs of each JVM's median per-round ratio of generatedClient to rawClient.
import glob, re, statistics, sys
rows = {}
for path in sorted(glob.glob(sys.argv[1] + "/paired-*-*.txt")):
    side = re.search(r"paired-(\w+)-\d+\.txt", path).group(1)
    text = open(path).read()
    for threads, block in re.findall(r"# call over loopback: (\d+) threads.*?\n(.*?)(?=\n#|\Z)", text, re.S):
        for line in block.splitlines():
            if line.startswith("| generatedClient"):
                cells = [c.strip() for c in line.strip("|").split("|")]
                ratios = [float(cells[i].split("x")[0]) for i in (2, 4, 6)]
                rows.setdefault((side, threads), []).append(ratios)
for (side, threads), values in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0] != "before")):
    med = [statistics.median(v[i] for v in values) for i in range(3)]
    lo = [min(v[i] for v in values) for i in range(3)]
    hi = [max(v[i] for v in values) for i in range(3)]
    print("%-6s %s threads, %d JVMs: wall %.2fx (%.2f-%.2f)  process CPU %.2fx (%.2f-%.2f)  calling-thread CPU %.2fx (%.2f-%.2f)" % (
        side, threads, len(values), med[0], lo[0], hi[0], med[1], lo[1], hi[1], med[2], lo[2], hi[2]))
