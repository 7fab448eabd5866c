#!/usr/bin/env bash
# Regenerates the compiled EF Core models the provider packages ship (src/DefenceTies.Sqlite/CompiledModels,
# src/DefenceTies.PostgreSql/CompiledModels) with `dotnet ef dbcontext optimize`, from the
# configurations in src/DefenceTies. Run it after every change to the model, as you regenerate the
# migrations. With --check, writes nothing and fails if the shipped models differ from what would
# be generated now (CI runs it over its Release build).
#
#   bash src/regenerate-compiled-models.sh                     # regenerate both
#   bash src/regenerate-compiled-models.sh --check --no-build  # fail on drift (CI)
#
# The generated code is kept as EF Core writes it but for two edits: its classes are internal (the
# packages' public API is UseDefenceTies…, not the model's classes), and the file of assembly
# attributes is left out (EF Core finds a compiled model by that attribute only in the context's own
# assembly; the provider passes its model explicitly).
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
build=true
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    --no-build) build=false ;;
    *) echo "usage: $0 [--check] [--no-build]" >&2; exit 2 ;;
  esac
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for provider in Sqlite PostgreSql; do
  project="src/DefenceTies.$provider"
  if $build; then
    # Built without its compiled model, so that a model the last generation no longer matches
    # (a property removed) cannot stop the build that generates the new one.
    dotnet build "$project" -c Release -v quiet -nologo -p:DefenceTiesWithoutCompiledModel=true >/dev/null
  fi
  dotnet ef dbcontext optimize --project "$project" --no-build --configuration Release \
    --output-dir "$out/$provider" --namespace "DefenceTies.$provider.CompiledModels" >/dev/null
  rm -f "$out/$provider"/*AssemblyAttributes.cs
  sed -i -E 's/^(\s*)public (partial|static partial|unsafe partial) class/\1internal \2 class/' "$out/$provider"/*.cs
  if $check; then
    # Each generation draws a new model id (a GUID naming the model in EF Core's caches): compare without it.
    mkdir -p "$out/shipped/$provider"
    cp "$project/CompiledModels"/*.cs "$out/shipped/$provider/" 2>/dev/null || true
    sed -i -E 's/modelId: new Guid\("[0-9a-f-]+"\)/modelId: MODEL_ID/' "$out/shipped/$provider"/*.cs "$out/$provider"/*.cs
    if ! diff -r -q "$out/shipped/$provider" "$out/$provider" >/dev/null 2>&1; then
      echo "$project/CompiledModels is not what the model generates now: run bash src/regenerate-compiled-models.sh" >&2
      diff -r "$out/shipped/$provider" "$out/$provider" | head -n 40 >&2 || true
      status=1
    fi
  else
    rm -rf "$project/CompiledModels"
    cp -r "$out/$provider" "$project/CompiledModels"
  fi
done
if ! $check && $build; then
  # The build that ships: with the models just generated.
  dotnet build src/DefenceTies.Sqlite -c Release -v quiet -nologo >/dev/null
  dotnet build src/DefenceTies.PostgreSql -c Release -v quiet -nologo >/dev/null
fi
exit "$status"
