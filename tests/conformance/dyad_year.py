# Reads a DefenceTies dyad-year CSV export with pandas (Debian's python3-pandas, under
# /usr/bin/python3) as its users would, pd.read_csv with the dtypes docs/exports.md gives, and
# checks the panel against the dyad-year section of docs/exports.md. Prints one line per broken
# rule ("<rule>: <column, or line N of the file>: <detail>") and exits 1, or prints a summary and
# exits 0.
#
#   /usr/bin/python3 tests/conformance/dyad_year.py ties.csv
#
# The documented header and dtypes are restated below (COUNTS, HEADER, DTYPES): change them
# together with docs/exports.md. Line numbers count the header as line 1.
#
# Rules:
#   read       pandas reads the file as CSV at all
#   header     the header is exactly the documented one, in order
#   dtype      pd.read_csv with the documented dtypes reads every column (ccode1 and ccode2 as
#              nullable Int64, year, the counts and newest_source_year as int64: no empty or
#              non-integer value) and gives those dtypes
#   codes      iso3_1 and iso3_2 are three upper-case letters and differ; a nation has the same
#              ccode (or none) on every row
#   duplicate  no (iso3_1, iso3_2, year) twice, nor the same pair reversed in the same year
#   order      the Correlates of War order for non-directed dyads: ccode1 < ccode2 when both
#              nations have a COW code; with one coded nation it comes first (ccode2 empty);
#              with none, iso3_1 < iso3_2
#   count      every count is zero or more
#   empty      every row has at least one count above zero (a row is a year in which a tie holds)
#   newest     newest_source_year is the same on every row of a pair
#   sorted     rows are sorted by the first nation, the second, then the year, each nation in the
#              pair order (COW code ascending, then the uncoded nations by alpha-3)
import re
import sys

import pandas as pd

COUNTS = [
    "agreements_memorandum_of_understanding",
    "agreements_decision_to_establish",
    "agreements_treaty",
    "agreements_joint_declaration",
    "agreements_other",
    "exercises",
    "engagements",
    "working_groups",
    "tension",
    "arms_deals_ordered",
    "arms_deals_delivered",
    "agreements_ratified",
    "agreements_in_force",
]
HEADER = ["iso3_1", "iso3_2", "ccode1", "ccode2", "year", *COUNTS, "newest_source_year"]
DTYPES = {
    "iso3_1": str,
    "iso3_2": str,
    "ccode1": "Int64",
    "ccode2": "Int64",
    "year": "int64",
    **{c: "int64" for c in COUNTS},
    "newest_source_year": "int64",
}
EXPECTED_DTYPES = {"iso3_1": "object", "iso3_2": "object", "ccode1": "Int64", "ccode2": "Int64", **{c: "int64" for c in ["year", *COUNTS, "newest_source_year"]}}
ALPHA3 = re.compile(r"^[A-Z]{3}$")

problems = []


def report(rule, where, detail):
    problems.append(f"{rule}: {where}: {' '.join(str(detail).split())}")


def line(index):
    return f"line {index + 2}"


def nation_key(ccode, iso3):
    """A nation's place in the pair order: coded nations by COW code, then uncoded ones by alpha-3."""
    return (0, int(ccode), iso3) if not pd.isna(ccode) else (1, 0, iso3)


def main(path):
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as error:  # pandas raises several kinds; each means it refused the file
        report("read", path, f"pandas cannot read the file: {type(error).__name__}: {error}")
        return
    if list(raw.columns) != HEADER:
        report("header", path, f"header is {','.join(raw.columns)}; documented {','.join(HEADER)}")
        return

    try:
        panel = pd.read_csv(path, dtype=DTYPES)
    except Exception:
        # Find the columns the documented dtypes refuse, one at a time.
        for column, dtype in DTYPES.items():
            try:
                pd.read_csv(path, usecols=[column], dtype={column: dtype})
            except Exception as error:
                report("dtype", column, f"not readable as {dtype}: {type(error).__name__}: {error}")
        if not problems:
            report("dtype", path, "the documented dtypes do not read the file")
        return
    for column, dtype in EXPECTED_DTYPES.items():
        if str(panel[column].dtype) != dtype:
            report("dtype", column, f"read as {panel[column].dtype}, documented {dtype}")
    if problems:
        return

    ccodes = {}
    for i, row in panel.iterrows():
        for iso3, ccode in ((row.iso3_1, row.ccode1), (row.iso3_2, row.ccode2)):
            if not isinstance(iso3, str) or not ALPHA3.match(iso3):
                report("codes", line(i), f"{iso3!r} is not an alpha-3 code")
                continue
            code = None if pd.isna(ccode) else int(ccode)
            if iso3 in ccodes and ccodes[iso3][0] != code:
                report("codes", line(i), f"{iso3} has ccode {code}, {ccodes[iso3][0]} on {line(ccodes[iso3][1])}")
            ccodes.setdefault(iso3, (code, i))
        if row.iso3_1 == row.iso3_2:
            report("codes", line(i), f"a pair of {row.iso3_1} with itself")

    seen = {}
    for i, row in panel.iterrows():
        for key in ((row.iso3_1, row.iso3_2, row.year), (row.iso3_2, row.iso3_1, row.year)):
            if key in seen:
                report("duplicate", line(i), f"{row.iso3_1}-{row.iso3_2} {row.year} again (first on {line(seen[key])})")
                break
        seen.setdefault((row.iso3_1, row.iso3_2, row.year), i)

    for i, row in panel.iterrows():
        first, second = nation_key(row.ccode1, row.iso3_1), nation_key(row.ccode2, row.iso3_2)
        if not first < second:
            if first[0] == 0 and second[0] == 0:
                why = f"ccode1 {row.ccode1} is not below ccode2 {row.ccode2}"
            elif first[0] != second[0]:
                why = f"the nation without a COW code ({row.iso3_1}) comes first"
            else:
                why = f"neither has a COW code and {row.iso3_1} is not before {row.iso3_2}"
            report("order", line(i), f"{row.iso3_1}-{row.iso3_2}: {why}")

    for i, row in panel.iterrows():
        negative = [c for c in COUNTS if row[c] < 0]
        if negative:
            report("count", line(i), f"negative {', '.join(negative)}")
        if all(row[c] == 0 for c in COUNTS):
            report("empty", line(i), f"{row.iso3_1}-{row.iso3_2} {row.year}: no tie counted")

    newest = {}
    for i, row in panel.iterrows():
        pair = frozenset((row.iso3_1, row.iso3_2))
        if pair in newest and newest[pair][0] != row.newest_source_year:
            report("newest", line(i), f"newest_source_year {row.newest_source_year}, {newest[pair][0]} on {line(newest[pair][1])}")
        newest.setdefault(pair, (row.newest_source_year, i))

    previous = None
    for i, row in panel.iterrows():
        key = (nation_key(row.ccode1, row.iso3_1), nation_key(row.ccode2, row.iso3_2), row.year)
        if previous is not None and key < previous:
            report("sorted", line(i), f"{row.iso3_1}-{row.iso3_2} {row.year} comes after a row it sorts before")
        previous = key

    if not problems:
        print(f"ok: pandas {pd.__version__} read {len(panel)} rows of {len(newest)} pairs with the documented dtypes; every rule holds")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: /usr/bin/python3 dyad_year.py <export.csv>", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)
