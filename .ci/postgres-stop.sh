#!/usr/bin/env bash
# Stops the cluster .ci/postgres-start.sh started (KNOWLEDGE_POSTGRES_DATA, KNOWLEDGE_POSTGRES_BIN)
# and removes its folder. Does nothing when none was started.
set -uo pipefail
root="${KNOWLEDGE_POSTGRES_DATA:-}"
[[ -n "$root" && -d "$root/data" ]] || exit 0
bindir="${KNOWLEDGE_POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)}"
as_owner=()
[[ "$(id -u)" != 0 ]] || as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$bindir/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
case "$root" in /tmp/knowledge-pg.*) rm -rf "$root" ;; esac
