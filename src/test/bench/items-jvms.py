#!/usr/bin/env python3
"""Before/after of two portal builds' CPU a small-box items request, over many fresh JVMs.

One JVM's CPU a request moves +-10% with its JIT's luck, so a comparison of one JVM per build cannot
see 5 us of ~95. This starts each build K times, a fresh JVM each time, in the order A B B A A B ...
(so drift of the machine falls on both), warms each to WARM_REQUESTS items requests (wrk, 5 s runs),
then measures RUNS runs of SECONDS with wrk (items-wrk.lua: random BOX-degree boxes, limit 100, every
answer checked). Per run it reads, from /proc, the JVM's user + system time (/proc/PID/stat: every
thread, live or ended, the JIT's and GC's included) and the request threads' own CPU
(JettyServerThread*, from each thread's schedstat in ns: the work a request does, without the
compiler threads' late compiles), over the requests wrk counted. A JVM's figure is the median of its
runs; a build's is the median of its JVMs, with their range. The ratio B/A of those medians, and of
each pair (the k-th JVM of each), is printed; claim a change only where the JVMs' ranges allow it.

Usage (from the repository root, a PostGIS database filled by scale-city.sh on PG_PORT, database
bench, user atlas): python3 src/test/bench/items-jvms.py PG_PORT K A.jar B.jar
Environment: BENCH_APP_CPUS (taskset list for the portals and wrk; the pinned method: start the
cluster on the other CPUs), SECONDS (10), RUNS (3), WARM_REQUESTS (30000), CONNECTIONS (8),
BOX (0.03), ITEMS_JVM_OPTS (more JVM options, e.g. a JFR recording; {k} is the JVM's index).
"""
import json
import os
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HZ = os.sysconf("SC_CLK_TCK")
BENCH = os.path.dirname(os.path.abspath(__file__))


def env(name, default):
    return type(default)(os.environ.get(name, default))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pin():
    cpus = os.environ.get("BENCH_APP_CPUS")
    return ["taskset", "-c", cpus] if cpus else []


def jvm_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15 of the line)


def request_thread_ns(pid):
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read()
            if name.startswith("JettyServerThre"):
                with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                    total += int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass  # a thread ended meanwhile
    return total


def wrk(port, seconds, extent, box, seed):
    out = subprocess.run(pin() + ["wrk", "-t", "2", "-c", str(env("CONNECTIONS", 8)), "-d", f"{seconds}s",
                                  "--timeout", "60s", "-s", f"{BENCH}/items-wrk.lua", f"http://127.0.0.1:{port}",
                                  "--", extent, str(box), "100", str(seed)],
                         capture_output=True, text=True, check=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("requests "))
    if not re.search(r"errors 0\b", line):
        sys.exit(f"errors in a run: {line}")
    return int(re.search(r"requests (\d+)", line).group(1))


def one_jvm(jar, k, db_url, box, work):
    port = free_port()
    opts = shlex.split(os.environ.get("ITEMS_JVM_OPTS", "").replace("{k}", str(k)))
    log = open(f"{work}/jvm{k}.log", "w")
    proc = subprocess.Popen(pin() + ["java", "-Xmx512m", *opts, "-jar", jar, "serve", "--port", str(port), "--db", db_url],
                            cwd=work, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "ATLAS_WORK_LIMIT_PER_CLIENT": "64"})
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=5)
                break
            except OSError:
                if proc.poll() is not None:
                    sys.exit(f"{jar} ended: see {work}/jvm{k}.log")
                time.sleep(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ogc/collections/parcels") as r:
            extent = ",".join(map(str, json.load(r)["extent"]["spatial"]["bbox"][0]))
        warmed = 0
        while warmed < env("WARM_REQUESTS", 30000):
            warmed += wrk(port, 5, extent, box, 0)
        runs = []
        for r in range(1, env("RUNS", 3) + 1):
            t0, n0 = jvm_ticks(proc.pid), request_thread_ns(proc.pid)
            requests = wrk(port, env("SECONDS", 10), extent, box, 1000 * k + r)
            t1, n1 = jvm_ticks(proc.pid), request_thread_ns(proc.pid)
            runs.append(((t1 - t0) / HZ * 1e6 / requests, (n1 - n0) / 1e3 / requests, requests / env("SECONDS", 10)))
        return runs
    finally:
        proc.terminate()
        proc.wait()
        log.close()


def summary(name, values):
    return (f"{name} median {statistics.median(values):.1f} us (JVMs {min(values):.1f}-{max(values):.1f}: "
            + ", ".join(f"{v:.1f}" for v in values) + ")")


def main():
    pg_port, k_count, jars = sys.argv[1], int(sys.argv[2]), [os.path.abspath(j) for j in sys.argv[3:5]]
    db_url = f"jdbc:postgresql://127.0.0.1:{pg_port}/bench?user=atlas"
    box = env("BOX", 0.03)
    per = {0: [], 1: []}  # build -> [(jvm cpu, request threads cpu, req/s)] medians per JVM
    with tempfile.TemporaryDirectory(prefix="atlas-items-jvms.") as work:
        for k in range(k_count):
            for b in ((0, 1) if k % 2 == 0 else (1, 0)):  # A B B A A B ...
                with open("/proc/loadavg") as f:
                    load = " ".join(f.read().split()[:3])
                runs = one_jvm(jars[b], k * 2 + b, db_url, box, work)
                med = tuple(statistics.median(r[i] for r in runs) for i in range(3))
                per[b].append(med)
                print(f"jvm {k + 1} build {'AB'[b]} (load {load}): JVM {med[0]:.1f} us a request, request threads "
                      f"{med[1]:.1f} us, {med[2]:.0f} req/s (runs: "
                      + "; ".join(f"{a:.1f}/{t:.1f}" for a, t, _ in runs) + ")", flush=True)
    for b, jar in enumerate(jars):
        print(f"build {'AB'[b]} {jar}: " + summary("JVM", [m[0] for m in per[b]]) + "; "
              + summary("request threads", [m[1] for m in per[b]]))
    for i, name in ((0, "JVM"), (1, "request threads")):
        a, b = [m[i] for m in per[0]], [m[i] for m in per[1]]
        pairs = [y / x for x, y in zip(a, b)]
        print(f"B/A {name}: medians {statistics.median(b) / statistics.median(a):.3f}; pairs "
              + ", ".join(f"{p:.3f}" for p in pairs) + f" (B lower in {sum(p < 1 for p in pairs)} of {len(pairs)})")


if __name__ == "__main__":
    main()
