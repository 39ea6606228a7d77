#!/usr/bin/env python3
"""Silent request bodies from many source addresses against one target, while a probe fetches a page.

Usage: flood.py HOST:PORT CONNECTIONS SECONDS [FIRST_ADDRESS=2] [LAST_ADDRESS=250]

Each of CONNECTIONS sockets is bound to one of 127.0.0.FIRST..127.0.0.LAST in turn (on Linux the whole
127/8 is local), sends the headers of an anonymous POST announcing a 2,000-byte JSON body, and then
stays silent; when the server answers or closes, it records the status and opens again at once (an
attacker keeps its connections). Meanwhile the probe, from 127.0.0.1, sends GET /api/industries on a
new connection every second (timeout 30 s) and records its latency. Prints one line of key=value:
the probe's worst, median and failures, and the flood's answers by status.
"""
import selectors
import socket
import statistics
import sys
import threading
import time

PATH_FLOOD = "/api/investor/enquiries"
PATH_PROBE = "/api/industries"


def flood(host, port, connections, seconds, first, last, counts, stop):
    sel = selectors.DefaultSelector()
    addresses = [f"127.0.0.{i}" for i in range(first, last + 1)]
    head = (f"POST {PATH_FLOOD} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            "Content-Length: 2000\r\n\r\n").encode()
    opened = [0]

    def open_one(i):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.bind((addresses[i % len(addresses)], 0))
            s.connect_ex((host, port))
        except OSError:
            counts["bind-error"] = counts.get("bind-error", 0) + 1
            s.close()
            return
        opened[0] += 1
        sel.register(s, selectors.EVENT_WRITE, [i, b""])

    for i in range(connections):
        open_one(i)
    while not stop.is_set():
        for key, mask in sel.select(timeout=0.2):
            s, (i, got) = key.fileobj, key.data
            if mask & selectors.EVENT_WRITE:
                try:
                    s.send(head)
                except OSError:
                    counts["refused"] = counts.get("refused", 0) + 1
                    sel.unregister(s); s.close(); open_one(i)
                    continue
                sel.modify(s, selectors.EVENT_READ, [i, b""])
                continue
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if data and b"\r\n" not in got + data:
                key.data[1] = got + data
                continue
            line = (got + data).split(b"\r\n", 1)[0].split(b" ")
            status = line[1].decode() if len(line) > 1 and data else "closed"
            counts[status] = counts.get(status, 0) + 1
            sel.unregister(s); s.close(); open_one(i)
    for key in list(sel.get_map().values()):
        key.fileobj.close()
    counts["opened"] = opened[0]


def probe(host, port, seconds, out):
    end = time.time() + seconds
    while time.time() < end:
        t = time.time()
        try:
            with socket.create_connection((host, port), timeout=30) as s:
                s.settimeout(30)
                s.sendall(f"GET {PATH_PROBE} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
                data = b""
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            status = data.split(b" ", 2)[1].decode() if data else "closed"
            out.append((time.time() - t, status))
        except OSError as e:
            out.append((time.time() - t, type(e).__name__))
        time.sleep(max(0.0, 1.0 - (time.time() - t)))


def main():
    target, connections, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    first = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    last = int(sys.argv[5]) if len(sys.argv) > 5 else 250
    host, port = target.rsplit(":", 1)
    port = int(port)
    counts, probes, stop = {}, [], threading.Event()
    worker = threading.Thread(target=flood, args=(host, port, connections, seconds, first, last, counts, stop))
    worker.start()
    time.sleep(2)  # the flood in place before the first probe
    probe(host, port, seconds, probes)
    stop.set()
    worker.join()
    times = [t for t, _ in probes]
    failed = sum(1 for _, s in probes if s != "200")
    answers = ",".join(f"{k}:{v}" for k, v in sorted(counts.items()))
    print(f"probes={len(probes)} worst_s={max(times):.2f} median_s={statistics.median(times):.3f} "
          f"failed={failed} flood_answers={answers}")


if __name__ == "__main__":
    main()
