# Sourced by the benchmark scripts: starts a throw-away PostgreSQL + PostGIS cluster on a free
# loopback port (as the postgres user when run as root, since PostgreSQL refuses root), creates
# the database `bench`, sets $port and $url, and stops and removes it all when the script exits.
# BENCH_DB_CPUS (a taskset CPU list, e.g. 0) runs the cluster on those CPUs only, and
# BENCH_APP_CPUS (e.g. 1) runs what a script wraps in `on_app_cpus` (the portal, its load client,
# pgbench) on those: the database and its clients then no longer share cores, as on separate
# machines. Unset, everything shares every core. BENCH_PG_OPTS: more server options (`-c name=value`…).
on_app_cpus() { if [ -n "${BENCH_APP_CPUS:-}" ]; then taskset -c "$BENCH_APP_CPUS" "$@"; else "$@"; fi; }
db_cpus=(); if [ -n "${BENCH_DB_CPUS:-}" ]; then db_cpus=(taskset -c "$BENCH_DB_CPUS"); fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
data=$(mktemp -d /tmp/atlas-bench-pg.XXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$data"; runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$data" -U atlas --auth=trust -E UTF8 --locale=C -N >/dev/null
as_pg "${db_cpus[@]}" "$bin/pg_ctl" -D "$data" -l "$data/log" -w -o "-p $port -k $data -c listen_addresses=127.0.0.1 ${BENCH_PG_OPTS:-}" start >/dev/null
trap 'as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" ${out:+"$out"}' EXIT
psql -q -h 127.0.0.1 -p "$port" -U atlas -d postgres -c 'CREATE DATABASE bench'
url="jdbc:postgresql://127.0.0.1:$port/bench?user=atlas"
# CPU ticks (user + system, 1/CLK_TCK s) of a process, and of the cluster: the postmaster, its ended
# children (reaped: cutime + cstime) and its live ones (backends, writers) — what PostgreSQL spent,
# whatever else the machine runs, so a figure per request that does not move with the load.
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() { local p t c; p=$(head -1 "$data/postmaster.pid"); t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat")
  for c in $(cat "/proc/$p/task/$p/children"); do t=$((t + $(proc_ticks "$c" 2>/dev/null || echo 0))); done; echo "$t"; }
