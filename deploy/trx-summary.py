#!/usr/bin/env python3
"""Adds up the Counters of every TRX file in a folder and prints 'N passed, N failed[, N skipped]' last.
Before it, each failed test's name and the first lines of its message, so that the tail of a CI log (often all
that is kept) names what failed. Exits 1 when a test failed or no test ran at all."""
import glob, sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
failures = []
files = sorted(glob.glob(f"{sys.argv[1]}/*.trx"))
for path in files:
    root = ET.parse(path).getroot()
    counters = root.find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0)) + int(counters.get("inconclusive", 0))
    for result in root.iterfind("t:Results/t:UnitTestResult", ns):
        if result.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"):
            continue
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=ns).strip()
        failures.append((result.get("testName"), message.splitlines()[:6]))
for name, lines in failures:
    print(f"FAILED {name}")
    for line in lines:
        print(f"    {line[:400]}")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
