#!/usr/bin/env bash
# Packs DefenceTies, DefenceTies.Sqlite and DefenceTies.PostgreSql into artifacts/packages under a version no earlier run
# used (0.1.0-ci.<UTC timestamp>), so neither the local feed nor the NuGet cache (~/.nuget/packages,
# keyed by id and version) can hand the consumer a stale package; checks what the packages hold; then
# restores, builds and runs samples/DefenceTies.PackageConsumer against exactly that version, on
# SQLite and on a throwaway PostgreSQL cluster (when the server binaries are installed).
#
#   bash samples/DefenceTies.PackageConsumer/run.sh
set -euo pipefail
# --no-build packs what the last Release build made (CI builds once); without it, pack builds.
pack_build=()
[ "${1:-}" = "--no-build" ] && pack_build=(--no-build)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
feed="$root/artifacts/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

suffix="ci.$(date -u +%Y%m%d%H%M%S)"
echo "== Packing DefenceTies (version suffix $suffix) into $feed"
mkdir -p "$feed"   # shared with .ci/installed-tool.sh, which may pack into it at the same time
# The three packages in one MSBuild run (a project calling Pack on each), not one dotnet pack each
# plus one more to read the version: each of those four processes evaluated the projects anew.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/pack.proj" <<PROJ
<Project>
  <Target Name="Pack">
    <MSBuild Projects="$root/src/DefenceTies/DefenceTies.csproj;$root/src/DefenceTies.Sqlite/DefenceTies.Sqlite.csproj;$root/src/DefenceTies.PostgreSql/DefenceTies.PostgreSql.csproj" Targets="Pack" />
  </Target>
</Project>
PROJ
if [ "${#pack_build[@]}" -eq 0 ]; then
  dotnet msbuild "$work/pack.proj" -restore -t:Pack -nologo -p:Configuration=Release -p:PackageOutputPath="$feed" -p:VersionSuffix="$suffix"
else
  # What dotnet pack --no-build passes.
  dotnet msbuild "$work/pack.proj" -t:Pack -nologo -p:Configuration=Release -p:PackageOutputPath="$feed" -p:VersionSuffix="$suffix" -p:NoBuild=true -p:_IsPacking=true
fi
# The version the packages took, as the core's file name says it (0.1.0-ci.<timestamp>).
version="$(cd "$feed" && ls DefenceTies.[0-9]*-"$suffix".nupkg)"
version="${version#DefenceTies.}"
version="${version%.nupkg}"
echo "== Packed DefenceTies $version"

echo "== Checking the packages"
listing() {
  if command -v unzip >/dev/null; then unzip -Z1 "$1"; else python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}
for id in DefenceTies DefenceTies.Sqlite DefenceTies.PostgreSql; do
  nupkg="$feed/$id.$version.nupkg"
  test -f "$feed/$id.$version.snupkg" || { echo "missing symbols package $id.$version.snupkg" >&2; exit 1; }
  files="$(listing "$nupkg")"
  grep -qx "lib/net10.0/$id.dll" <<<"$files" || { echo "$id: no lib/net10.0/$id.dll" >&2; exit 1; }
  grep -qx "PACKAGE.md" <<<"$files" || { echo "$id: no PACKAGE.md" >&2; exit 1; }
  if grep -E 'runtimeconfig|\.deps\.json|Design\.dll' <<<"$files"; then echo "$id: design-time or runtime files leaked into the package" >&2; exit 1; fi
done

nuspec() { python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.read(next(n for n in z.namelist() if n.endswith(".nuspec"))).decode())' "$1"; }
# The core is provider-neutral: no provider, and no native SQLite binaries for PostgreSQL users.
if grep -E 'id="(Microsoft.EntityFrameworkCore.Sqlite|Npgsql)' <<<"$(nuspec "$feed/DefenceTies.$version.nupkg")"; then
  echo "DefenceTies (core) depends on a database provider" >&2; exit 1
fi
if grep -E 'id="Microsoft.EntityFrameworkCore.Sqlite' <<<"$(nuspec "$feed/DefenceTies.PostgreSql.$version.nupkg")"; then
  echo "DefenceTies.PostgreSql pulls in SQLite" >&2; exit 1
fi
# Each provider package is built against one core: it pins that exact version.
for id in DefenceTies.Sqlite DefenceTies.PostgreSql; do
  grep -q "id=\"DefenceTies\" version=\"\[$version\]\"" <<<"$(nuspec "$feed/$id.$version.nupkg")" \
    || { echo "$id does not pin DefenceTies [$version]" >&2; exit 1; }
done

echo "== Building and running the consumer against DefenceTies $version"
dotnet build "$here/DefenceTies.PackageConsumer.csproj" -c Release -p:DefenceTiesVersion="$version"
if [ -z "${DEFENCETIES_CONSUMER_POSTGRES:-}" ] && compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  pgdir="$(mktemp -d -u)"
  trap 'bash "$root/.ci/throwaway-postgres.sh" stop "$pgdir"; rm -rf "$work"' EXIT
  DEFENCETIES_CONSUMER_POSTGRES="$(bash "$root/.ci/throwaway-postgres.sh" start "$pgdir")"
  export DEFENCETIES_CONSUMER_POSTGRES
fi
dotnet run --project "$here/DefenceTies.PackageConsumer.csproj" -c Release --no-build
