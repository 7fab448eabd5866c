#!/usr/bin/env bash
# Packs the defenceties tool into the local folder feed under a version no earlier run used
# (0.1.0-ci.<UTC timestamp>, so neither the feed nor the NuGet cache can hand back a stale
# package), installs it into a temporary tool path as a user would, and runs the first commands an
# analyst runs on a fresh SQLite database.
#
#   bash .ci/installed-tool.sh
set -euo pipefail
# --no-build packs what the last Release build made (CI builds once); without it, pack builds.
pack_build=()
[ "${1:-}" = "--no-build" ] && pack_build=(--no-build)
root="$(cd "$(dirname "$0")/.." && pwd)"
feed="$root/artifacts/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

suffix="ci.$(date -u +%Y%m%d%H%M%S)"
project="$root/src/DefenceTies.Cli/DefenceTies.Cli.csproj"
echo "== Packing DefenceTies.Cli (version suffix $suffix) into $feed"
mkdir -p "$feed"
dotnet pack "$project" -c Release -o "$feed" -p:VersionSuffix="$suffix" "${pack_build[@]}"
# The version the package took, as its file name says it (not a dotnet msbuild -getProperty run of its own).
version="$(cd "$feed" && ls DefenceTies.Cli.[0-9]*-"$suffix".nupkg)"
version="${version#DefenceTies.Cli.}"
version="${version%.nupkg}"
echo "== Packed DefenceTies.Cli $version"

work="$(mktemp -d)"
cleanup() {
  rm -rf "$work"
}
trap cleanup EXIT

echo "== Installing it with dotnet tool install"
dotnet tool install --tool-path "$work/tools" --add-source "$feed" DefenceTies.Cli --version "$version"
defenceties="$work/tools/defenceties"

# Runs the analyst's first commands against the database named by "$@" (after the command).
first_commands() {
  "$defenceties" migrate --apply "$@"
  "$defenceties" seed "$@"
  "$defenceties" import "$root/tests/DefenceTies.Tests/FactPacks/Packs/test-india-vietnam.json" "$@"
  "$defenceties" verify "$@"
  briefing="$("$defenceties" briefing IN TH "$@")"
  echo "$briefing"
  grep -q "Amitabh Prasad" <<<"$briefing" || { echo "the briefing does not name Amitabh Prasad" >&2; exit 1; }
  "$defenceties" stats --json "$@" | python3 -c 'import json, sys; d = json.load(sys.stdin); n = {t["table"]: t["rows"] for t in d["tables"]}; assert n["nations"] == 249, n'
  set +e
  "$defenceties" briefing IN XX "$@" 2>/dev/null
  status=$?
  set -e
  [ "$status" -eq 4 ] || { echo "an unknown nation exited $status, not 4 (not found)" >&2; exit 1; }
}

"$defenceties" --help | grep -q "EXIT CODES" || { echo "--help does not document the exit codes" >&2; exit 1; }
# validate opens no database, so it runs once, not once per database.
"$defenceties" validate "$root/tests/DefenceTies.Tests/FactPacks/Packs/test-india-vietnam.json"

echo "== The installed tool on a fresh SQLite database"
mkdir -p "$work/analyst"
(cd "$work/analyst" && first_commands)
test -f "$work/analyst/defenceties.db" || { echo "no ./defenceties.db was created" >&2; exit 1; }

# The tool as a process on PostgreSQL (migrate, seed, briefing, a wrong password, Ctrl+C) is the
# process tier's (tests/DefenceTies.Tests/Cli/CliPasswordTests.cs); here, the installed package.
echo "== The installed tool works"
