#!/usr/bin/env python3
"""Rebuild nation-names.csv from the countries.json of the npm package world-countries 5.1.0.

    cd /tmp && npm pack world-countries@5.1.0 && tar xzf world-countries-5.1.0.tgz
    python3 src/DefenceTies/Reference/derive-nation-names.py /tmp/package/countries.json

One row per entry of nation-codes.csv, in its order. Every ISO entry must have exactly one entry of
the package with the same alpha-2 code, and that entry's alpha-3 (cca3) and numeric (ccn3) codes must
be the ISO entry's: a mapping that disagrees stops the script instead of writing a doubtful row. The
package's entries with no ISO entry are left out and named on stderr. Values are copied as the
package gives them; a value it does not give stays empty. See README.md (Nation names).
"""

import csv
import io
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
HEADER = ["alpha2", "common_name", "demonym_male", "demonym_female"]


def main(countries_json: str) -> int:
    with open(countries_json, encoding="utf-8") as f:
        package = json.load(f)

    by_alpha2 = {}
    for country in package:
        code = country["cca2"]
        if code in by_alpha2:
            sys.exit(f"the package lists {code} twice")
        by_alpha2[code] = country

    with open(HERE / "nation-codes.csv", encoding="utf-8", newline="") as f:
        iso = list(csv.DictReader(f))

    rows = []
    for entry in iso:
        country = by_alpha2.get(entry["alpha2"])
        if country is None:
            sys.exit(f"the package has no entry for {entry['alpha2']} ({entry['name']})")
        if country.get("cca3") != entry["alpha3"] or country.get("ccn3") != entry["numeric"]:
            sys.exit(
                f"{entry['alpha2']}: the package gives {country.get('cca3')}/{country.get('ccn3')}, "
                f"the ISO list {entry['alpha3']}/{entry['numeric']}"
            )
        english = (country.get("demonyms") or {}).get("eng") or {}
        rows.append([entry["alpha2"], country["name"]["common"], english.get("m", ""), english.get("f", "")])

    iso_codes = {entry["alpha2"] for entry in iso}
    for code in sorted(set(by_alpha2) - iso_codes):
        print(f"left out {code} ({by_alpha2[code]['name']['common']}): not an ISO 3166-1 entry", file=sys.stderr)

    # RFC 4180 quoting (a field is quoted only when it holds a comma, quote or line break), LF line ends.
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    writer.writerows(rows)
    (HERE / "nation-names.csv").write_bytes(out.getvalue().encode("utf-8"))
    print(f"wrote {len(rows)} rows to {HERE / 'nation-names.csv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} path/to/world-countries/countries.json")
    sys.exit(main(sys.argv[1]))
