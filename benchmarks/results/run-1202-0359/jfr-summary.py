#!/usr/bin/env python3
"""Summarises jdk.ExecutionSample stacks of a JFR file (from `jfr print`), restricted to samples
whose stack holds ROOT: self and inclusive shares, and optionally the callers of given frames.
usage: jfrsum.py file.jfr ROOT [--callers FRAME ...] [--top N]"""
import subprocess, sys, re, collections
args = sys.argv[1:]
jfr, root = args[0], args[1]
callers = []
top = 40
i = 2
while i < len(args):
    if args[i] == '--callers':
        i += 1
        while i < len(args) and not args[i].startswith('--'):
            callers.append(args[i]); i += 1
    elif args[i] == '--top':
        top = int(args[i + 1]); i += 2
    else:
        raise SystemExit('unknown ' + args[i])
out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '256', jfr],
                     capture_output=True, text=True, check=True).stdout
frame_re = re.compile(r'^\s+([\w$.<>/]+)\(.*\)\s+line:')
samples = []
cur = None
for line in out.splitlines():
    if 'stackTrace = [' in line:
        cur = []
    elif cur is not None:
        m = frame_re.match(line)
        if m:
            cur.append(m.group(1))
        elif line.strip().startswith(']') or line.strip() == '...':
            if line.strip().startswith(']'):
                samples.append(cur); cur = None
sel = [s for s in samples if any(f == root for f in s)]
n = len(sel)
print('samples %d (of %d) with %s' % (n, len(samples), root))
self_c = collections.Counter(s[0] for s in sel if s)
inc = collections.Counter()
for s in sel:
    # frames above the root only
    cut = s[:s.index(root) + 1]
    for f in set(cut):
        inc[f] += 1
print('== self')
for f, c in self_c.most_common(top):
    print('%5.1f%% %s' % (100.0 * c / n, f))
print('== inclusive')
for f, c in inc.most_common(top * 3):
    print('%5.1f%% %s' % (100.0 * c / n, f))
for target in callers:
    cc = collections.Counter()
    tot = 0
    for s in sel:
        if target in s:
            tot += 1
            k = s.index(target)
            # first caller frame that is not in java.util.regex / the target itself
            j = k + 1
            while j < len(s) and (s[j].startswith('java.') ):
                j += 1
            cc[(s[k + 1] if k + 1 < len(s) else '?') + '  <-  ' + (s[j] if j < len(s) else '?')] += 1
    print('== callers of %s (%.1f%%)' % (target, 100.0 * tot / max(n, 1)))
    for f, c in cc.most_common(12):
        print('%5.1f%% %s' % (100.0 * c / n, f))
