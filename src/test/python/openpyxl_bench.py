"""Writes ROWS rows x 10 columns with openpyxl in write-only mode, as many risk teams script it; prints seconds.

Usage: python3 openpyxl_bench.py [rows] [output.xlsx]  (needs python3-openpyxl)
"""
import os
import sys
import tempfile
import time

from openpyxl import Workbook


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tempfile.gettempdir(), "openpyxl-bench.xlsx")
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Vendors")
    ws.append(["Vendor", "Country", "Tier", "Own score", "Inherited score", "Band", "p_eff", "ALE",
               "Annual spend", "Plan cost"])
    bands = ["LOW", "MEDIUM", "HIGH", "CRITICAL"]
    for i in range(rows):
        score = (i * 37) % 100 + 0.5
        ws.append(["Vendor %06d" % i, "TW", 1, score, score, bands[int(score // 25)], 0.001 * (1 + i % 200),
                   1000.0 + i, 50000.0 + i, 250.0 + i % 1000])
    wb.save(out)
    elapsed = time.perf_counter() - start
    print("openpyxl %d rows x 10 columns: %.3f s (%d bytes)" % (rows, elapsed, os.path.getsize(out)))
    os.remove(out)


if __name__ == "__main__":
    main()
