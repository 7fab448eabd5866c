#!/usr/bin/env bash
# Regenerates the screenshots of docs/explorer.md from the sample's own database, as a reader sees
# it after the two commands of "Run it": the sample creates, migrates and seeds a temporary SQLite
# file, the explorer serves it (read-only) on a free local port, and Debian's chromium, headless,
# takes the four pages. No test fixture (nor its planted markup) is involved.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "needs chromium: apt-get install -y chromium" >&2; exit 1; }
out=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$out"
}
trap cleanup EXIT

database="$out/defenceties.db"
dotnet run --project samples/DefenceTies.Sample -c Release -- --database "$database" >"$out/sample.log" 2>&1 \
  || { cat "$out/sample.log" >&2; echo "explorer-screenshots: the sample failed (above)" >&2; exit 1; }

dotnet build samples/DefenceTies.Explorer -c Release -v quiet -nologo >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet run --project samples/DefenceTies.Explorer -c Release --no-build --no-launch-profile -- \
  --database "$database" --urls "$base" >"$out/explorer.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "$base/" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$out/explorer.log" >&2; echo "explorer-screenshots: the explorer stopped (above)" >&2; exit 1; }
  sleep 1
done

# The fact page: the first agreement on the India-Thailand timeline, its passage marked.
fact=$(curl -fs "$base/pair/IN/TH" | grep -o '/fact/agreement/[0-9]*' | head -n 1)
[ -n "$fact" ] || { echo "explorer-screenshots: no agreement on /pair/IN/TH" >&2; exit 1; }

# shot PATH HEIGHT FILE: the page at 1200 pixels wide, after its scripts ran (the network draws).
shot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/profile" \
    --window-size="1200,$2" --virtual-time-budget=10000 --screenshot="$out/$3" "$base$1" >/dev/null 2>&1
  cp "$out/$3" "docs/images/$3"
}
shot / 900 explorer-nations.png
shot /pair/IN/TH 1100 explorer-pair.png
shot /network 1700 explorer-network.png
shot "$fact" 1700 explorer-fact.png
echo "docs/images/explorer-*.png regenerated from the sample's database"
