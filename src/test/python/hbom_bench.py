"""HBOM import and export timed against a running Custody (README "Performance").

Generates a CycloneDX 1.6 BOM of COMPONENTS components (a board of boards: each assembly holds ten parts, five
levels deep at most) made by MAKERS fictional companies (a fifth of them at each level), creates a vendor for it, then times through the API:
the dry run (RUNS times, median), the import, the import again (everything recorded already) and the export.

    python3 src/test/python/hbom_bench.py http://localhost:8080 [COMPONENTS] [MAKERS] [RUNS]

Uses the demo login analyst/demo (embedded default) and only the standard library.
"""
import base64
import json
import random
import statistics
import string
import sys
import time
import urllib.error
import urllib.request
import uuid

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
COMPONENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
MAKERS = int(sys.argv[3]) if len(sys.argv) > 3 else 500
RUNS = int(sys.argv[4]) if len(sys.argv) > 4 else 5
AUTH = "Basic " + base64.b64encode(b"analyst:demo").decode()
COUNTRIES = ["TW", "KR", "JP", "DE", "US", "VN", "MY", "NL", "IL", "SE"]


def bom(run):
    made = [0]
    rng = random.Random(run)
    names = {}

    def maker_name(level, index):
        # random words: makers of one run must not resemble those of an earlier run, or the import asks
        key = (level, index)
        if key not in names:
            names[key] = " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(10)).capitalize()
                                  for _ in range(2))
        return names[key]

    def component(level):
        made[0] += 1
        n = made[0]
        # makers of one level never make parts of another, so that the links form no cycle
        maker = n % max(1, MAKERS // 5)
        c = {"type": "firmware" if n % 7 == 0 else "device", "name": "Part %d" % n,
             "manufacturer": {"name": maker_name(level, maker),
                              "address": {"country": COUNTRIES[maker % len(COUNTRIES)]}}}
        if level < 5 and made[0] < COMPONENTS:
            children = []
            for _ in range(10):
                if made[0] >= COMPONENTS:
                    break
                children.append(component(level + 1))
            c["components"] = children
        return c

    top = []
    while made[0] < COMPONENTS:
        top.append(component(1))
    return json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                       "metadata": {"component": {"type": "device", "name": "Bench appliance"}},
                       "components": top}).encode()


def call(method, path, body=None, content_type=None):
    request = urllib.request.Request(BASE + path, data=body, method=method)
    request.add_header("Authorization", AUTH)
    if content_type:
        request.add_header("Content-Type", content_type)
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            data = response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        data = e.read()
        status = e.code
    return status, data, time.perf_counter() - start


def multipart(file):
    boundary = uuid.uuid4().hex
    body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.cdx.json\"\r\n"
             "Content-Type: application/json\r\n\r\n" % boundary).encode() + file
            + ("\r\n--%s--\r\n" % boundary).encode())
    return body, "multipart/form-data; boundary=" + boundary


def main():
    run = uuid.uuid4().hex[:8]
    status, data, _ = call("POST", "/api/organizations", json.dumps(
        {"name": "Bench HBOM Vendor " + run, "kind": "VENDOR", "hqCountry": "SE", "ownership": "PRIVATE"}).encode(),
        "application/json")
    assert status == 201, data
    vendor = json.loads(data)["id"]
    file = bom(run)
    body, content_type = multipart(file)
    print("BOM: %d components, %d makers, %.1f MB" % (COMPONENTS, MAKERS, len(file) / 1048576))
    times = []
    for _ in range(RUNS):
        status, data, seconds = call("POST", "/api/organizations/%d/hbom?dryRun=true" % vendor, body, content_type)
        assert status == 200, data[:500]
        times.append(seconds)
    report = json.loads(data)
    print("dry run: median %.2f s, slowest %.2f s of %d (%d organizations, %d links)"
          % (statistics.median(times), max(times), RUNS, len(report["organizations"]), len(report["links"])))
    status, data, seconds = call("POST", "/api/organizations/%d/hbom" % vendor, body, content_type)
    assert status == 201, data[:500]
    done = json.loads(data)
    print("import: %.2f s (%d organizations, %d links created)"
          % (seconds, done["organizationsCreated"], done["linksCreated"]))
    status, data, seconds = call("POST", "/api/organizations/%d/hbom" % vendor, body, content_type)
    assert status == 201, data[:500]
    print("import again, everything recorded: %.2f s" % seconds)
    status, data, seconds = call("GET", "/api/organizations/%d/hbom?format=json" % vendor)
    print("export (HTTP %d): %.2f s, %.1f MB" % (status, seconds, len(data) / 1048576))


if __name__ == "__main__":
    main()
