#!/usr/bin/env python3
"""Rebuilds data/sample from ../shared/data: a compact real subset so a fresh clone can run the main job.

Session files 2024-07-01..2025-08-26 (about 290 sessions, enough for SMA 200 with margin) restricted to
SPY, QQQ, IWM and the watchlist tickers present in the flat files, plus the SPY 2025-08-26 option chain.
Rows are copied byte for byte (no cleaning: quarantine is the loader's job).
"""
import gzip, os, shutil, sys
from datetime import date

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(repo, "..", "shared", "data")
out = os.path.join(repo, "data", "sample")
first, last = date(2024, 7, 1), date(2025, 8, 26)

watch = {l.strip() for l in open(os.path.join(shared, "watchlists", "ai_stocks.txt")) if l.strip()}
keep = watch | {"SPY", "QQQ", "IWM"}
src_root = os.path.join(shared, "flatfiles", "us_stocks_sip", "day_aggs_v1")
sessions = rows = 0
for dirpath, _, files in os.walk(src_root):
    for name in sorted(files):
        day = date.fromisoformat(name[:10])
        if not (first <= day <= last):
            continue
        rel = os.path.relpath(os.path.join(dirpath, name), os.path.join(shared, "flatfiles"))
        dest = os.path.join(out, "flatfiles", rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with gzip.open(os.path.join(dirpath, name), "rt", newline="") as f:
            lines = f.readlines()
        kept = [lines[0]] + [l for l in lines[1:] if l.split(",", 1)[0] in keep]
        with gzip.GzipFile(dest, "wb", mtime=0) as g:
            g.write("".join(kept).encode())
        sessions += 1
        rows += len(kept) - 1

chain = os.path.join("options", "snapshots", "SPY", "2025-08-26.json")
os.makedirs(os.path.dirname(os.path.join(out, chain)), exist_ok=True)
shutil.copyfile(os.path.join(shared, chain), os.path.join(out, chain))
shutil.copyfile(os.path.join(shared, "watchlists", "ai_stocks.txt"), os.path.join(out, "watchlist.txt"))
print(f"{sessions} sessions, {rows} rows, {len(keep)} tickers wanted -> {out}", file=sys.stderr)
