"""The hot spots of a JFR recording (a portal run with PORTAL_OPTS / ITEMS_JAVA_OPTS =
-XX:StartFlightRecording=filename=F.jfr,settings=profile,dumponexit=true): reads
`jfr print --events jdk.ExecutionSample F.jfr` and prints the share of samples of the top frames
(self time, by method), then of the frames anywhere on the stack (inclusive time) of the
project's own methods (parcelatlas.*) and of a few libraries (Jetty, Javalin, Hikari, Micrometer,
Jackson, pgjdbc).
Usage: python3 src/test/bench/jfr-top.py F.jfr [TOP=25]"""
import collections, re, subprocess, sys

out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
stacks, stack, inside = [], [], False
for line in out.splitlines():
    s = line.strip()
    if s.startswith("stackTrace = ["):
        stack, inside = [], True
    elif inside and s == "]":
        stacks.append(stack); inside = False
    elif inside and s and s != "...":
        stack.append(re.sub(r"\s+line:.*$", "", s))
n = len(stacks) or 1
print(f"{len(stacks)} samples")
self_ = collections.Counter(st[0] for st in stacks if st)
print(f"-- top {top} frames (self)")
for f, c in self_.most_common(top):
    print(f"{100 * c / n:5.1f}%  {f}")
incl = collections.Counter()
for st in stacks:
    for f in set(st):
        if f.startswith("parcelatlas.") or any(k in f for k in ("Hikari", "micrometer", "javalin.router", "HttpField", "MimeTypes")):
            incl[f] += 1
print(f"-- top {top} of the project's and chosen libraries' frames (inclusive)")
for f, c in incl.most_common(top):
    print(f"{100 * c / n:5.1f}%  {f}")
