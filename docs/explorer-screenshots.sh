#!/usr/bin/env bash
# Regenerates the screenshots of docs/explorer.md: runs the explorer's browser tests (Debian's
# chromium, a seeded temporary database) with their screenshots sent to a temporary folder, and
# copies the three main pages into docs/images.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "needs chromium: apt-get install -y chromium" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
EXPLORER_SCREENSHOTS="$out" CI=true dotnet test tests/DefenceTies.Explorer.Tests -c Release --filter "FullyQualifiedName~BrowserTests"
cp "$out/nations.png" docs/images/explorer-nations.png
cp "$out/pair-IN-TH.png" docs/images/explorer-pair.png
cp "$out/network.png" docs/images/explorer-network.png
cp "$out/fact.png" docs/images/explorer-fact.png
echo "docs/images/explorer-*.png regenerated"
