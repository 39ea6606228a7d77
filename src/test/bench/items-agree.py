"""Checks that two OGC API – Features items resources return the same features for the same boxes.

Used by items.sh before its timed rounds, so the portal and its peer (MapServer) are compared on the
same work: for COUNT random SIZE-degree boxes inside EXTENT (fixed seed), asks both for limit=100
and compares numberReturned and, where a page holds every match, the sets of feature ids; for full
pages the portal is asked with count=true and both numberMatched are compared. Exits 1 on any
difference. Only talks to 127.0.0.1.
Usage: python3 items-agree.py PORTAL_ITEMS_URL? PEER_ITEMS_URL?& WEST,SOUTH,EAST,NORTH SIZE COUNT
"""
import json
import random
import sys
import urllib.request


def page(url):
    assert url.startswith("http://127.0.0.1:"), url
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.load(r)


def main():
    portal, peer, extent, size, count = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
    w, s, e, n = map(float, extent.split(","))
    rng = random.Random(20261205)
    differ = 0
    full = 0
    for _ in range(count):
        x = w + rng.random() * max(0.0, e - w - size)
        y = s + rng.random() * max(0.0, n - s - size)
        box = f"bbox={x:.6f},{y:.6f},{x + size:.6f},{y + size:.6f}&limit=100"
        ours = page(f"{portal}{box}&count=true")
        theirs = page(f"{peer}{box}")
        a, b = ours["numberReturned"], theirs["numberReturned"]
        same = a == b
        if a < 100:
            same = same and {int(f["id"]) for f in ours["features"]} == {int(f["id"]) for f in theirs["features"]}
        else:
            full += 1
            if "numberMatched" in ours and "numberMatched" in theirs:
                same = same and ours["numberMatched"] == theirs["numberMatched"]
        if not same:
            differ += 1
            print(f"differ at {box}: portal {a} (matched {ours.get('numberMatched')}), "
                  f"peer {b} (matched {theirs.get('numberMatched')})")
    print(f"same features from portal and peer: {count - differ} of {count} boxes of {size}° ({full} full pages)")
    sys.exit(1 if differ else 0)


main()
