# Usage: python3 benchmarks/scripts/summarize-generator.py DIR  (DIR holds generator-<round>-<variant>.txt,
# the output of GeneratorBenchmark JVM by JVM). For each variant: each JVM's fitted ms a spec (processor
# CPU, fastest run, wall, all threads, javac's Filer, the processor without it) and, for each spec set, ms a
# spec with fixed costs and the Filer's ms a file; the JVMs in order, then their median.
import collections, glob, re, statistics, sys

FITS = [("warm processor CPU:", "cpu"), ("warm processor CPU, fastest run:", "fastest"),
        ("warm processor wall:", "wall"), ("warm processor CPU, all threads:", "all"),
        ("warm processor CPU in javac's Filer:", "filer"), ("warm processor CPU without javac's Filer:", "own")]
rows = collections.defaultdict(lambda: collections.defaultdict(list))
for path in sorted(glob.glob(sys.argv[1] + "/generator-*-*.txt")):
    variant = re.search(r"generator-\d+-(.+)\.txt", path).group(1)
    text = open(path).read()
    for key, label in FITS:
        fit = re.search(re.escape("# " + key) + r" ms = (-?[\d.]+) \+ ([\d.]+)", text)
        if fit:
            rows[variant][label].append(float(fit.group(2)))
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("| ") or not cells[1].isdigit():
            continue
        name, specs, files = cells[0], int(cells[1]), int(cells[2])
        rows[variant][name + " cpu/spec"].append(float(cells[3].split()[0]) / specs)
        rows[variant][name + " wall/spec"].append(float(cells[5].split()[0]) / specs)
        if len(cells) > 14:
            rows[variant][name + " filer/file"].append(float(cells[13].split()[0]) / files)
            rows[variant][name + " own/spec"].append(float(cells[14]))
for variant, values in rows.items():
    print(variant)
    for key, xs in values.items():
        print(f"  {key:26s} {' / '.join(f'{x:.2f}' for x in xs)}  median {statistics.median(xs):.2f}")
