#!/usr/bin/env python3
"""Lists the slowest tests of the TRX files in a folder: python3 .ci/slowest-tests.py DIR [N]."""
import glob, re, sys, xml.etree.ElementTree as ET

def seconds(text):
    h, m, s = text.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)

folder, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
rows = []
for path in glob.glob(f"{folder}/**/*.trx", recursive=True):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        rows.append((seconds(result.get("duration", "0:0:0")), result.get("testName")))
rows.sort(reverse=True)
for duration, name in rows[:count]:
    print(f"{duration:8.1f} s  {name}")
