#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and prints the lines to eval:
#   eval "$(.ci/postgres-start.sh)"   # exports KNOWLEDGE_POSTGRES and KNOWLEDGE_POSTGRES_DATA
#   .ci/postgres-stop.sh              # stops it and removes its folder
# The cluster lives in a new temp folder (data and socket), listens on a free port of 127.0.0.1
# only, trusts local connections (nothing here is secret: it dies with the run) and holds one
# database, "knowledge". As root (CI), initdb and pg_ctl run as the user `postgres`, which
# Debian's postgresql package creates; otherwise as the current user.
# Everything but the export lines goes to stderr, so eval sees only those.
set -euo pipefail

bindir="${POSTGRES_BIN:-}"
if [[ -z "$bindir" ]]; then
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$candidate/initdb" ]] && { bindir="$candidate"; break; }
  done
fi
if [[ -z "$bindir" && -n "$(command -v pg_ctl || true)" ]]; then bindir="$(dirname "$(command -v pg_ctl)")"; fi
[[ -n "$bindir" && -x "$bindir/initdb" ]] || { echo "error: no PostgreSQL server found (initdb); apt-get install postgresql" >&2; exit 1; }

as_owner=()
if [[ "$(id -u)" == 0 ]]; then
  getent passwd postgres >/dev/null || { echo "error: running as root, but there is no user 'postgres' to run the cluster" >&2; exit 1; }
  as_owner=(runuser -u postgres --)
fi

root="$(mktemp -d /tmp/knowledge-pg.XXXXXX)"
chmod 755 "$root"
mkdir -p "$root/data" "$root/socket"
[[ ${#as_owner[@]} -eq 0 ]] || chown -R postgres: "$root"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"${as_owner[@]}" "$bindir/initdb" -D "$root/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
  || { cat "$root/initdb.log" >&2; echo "error: initdb failed in $root/data" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
  -o "-p $port -k $root/socket -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >&2 \
  || { cat "$root/server.log" >&2; echo "error: the PostgreSQL server did not start (log above)" >&2; exit 1; }
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres knowledge >&2

echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $root/data" >&2
printf 'export KNOWLEDGE_POSTGRES_DATA=%q\n' "$root"
printf 'export KNOWLEDGE_POSTGRES_BIN=%q\n' "$bindir"
printf 'export KNOWLEDGE_POSTGRES=%q\n' "Host=127.0.0.1;Port=$port;Username=postgres;Database=knowledge"
