#!/usr/bin/env bash
# Applies to a SQLite database the migration scripts of this folder that it has not had yet, in
# order, reading EF Core's __EFMigrationsHistory first. Each script runs in its own transaction
# with sqlite3 -bail, so a failing step leaves the database as it was before that step.
#
#   bash sql/sqlite/apply-missing.sh path/to/defenceties.db        (the file is created if absent)
#
# It first puts the file in WAL mode (PRAGMA journal_mode = WAL; stored in the file, so it holds for
# every later connection), as EF Core's Migrate() does for a file it creates: readers then never
# wait for a writer (docs/reliability.md, "Concurrent use").
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 <sqlite database file>" >&2
  exit 2
fi
db=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 2; }

mode=$(sqlite3 -bail "$db" 'PRAGMA journal_mode = WAL;')
if [ "$mode" != "wal" ]; then
  echo "could not put $db in WAL mode (journal_mode is $mode)" >&2
  exit 1
fi

applied=""
if [ "$(sqlite3 -bail "$db" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';")" = "1" ]; then
  applied=$(sqlite3 -bail "$db" 'SELECT migration_id FROM "__EFMigrationsHistory";')
fi

count=0
for script in "$here"/[0-9][0-9][0-9][0-9]_*.sql; do
  name=$(basename "$script" .sql)
  id=${name#*_}
  if grep -qxF "$id" <<<"$applied"; then
    continue
  fi
  echo "applying $id"
  sqlite3 -bail "$db" < "$script"
  count=$((count + 1))
done
echo "$count migration(s) applied to $db"
